using DbSync.Core.Repository;
using DbSync.Versioning;

namespace DbSync.Migrations;

/// <summary>
/// Compares the upgrade scripts of the applied versions with the checksums the audit trail recorded. A version's
/// record is its latest successful row: an upgrade or a stamp records the script's checksum; a downgrade since means
/// the version was reverted, and a version without a row (sqlalchemy-migrate's, or older) is not checked.
/// </summary>
internal static class AppliedScripts
{
    public static VerifyResult Compare(MigrationRepository repository, IReadOnlyList<string> dialects, long? current, IReadOnlyList<HistoryRecord> records)
    {
        if (current is not long version)
        {
            return new VerifyResult(null, 0, 0, []);
        }

        Dictionary<long, HistoryRecord> latest = Latest(records);
        int verified = 0;
        int unrecorded = 0;
        var changed = new List<ChangedScript>();
        foreach (MigrationVersion applied in repository.Versions.Where(v => v.Number <= version))
        {
            if (!latest.TryGetValue(applied.Number, out HistoryRecord? record) || !record.RecordsChecksum || record.Sha256 == null)
            {
                unrecorded++;
                continue;
            }

            ScriptFile? script = applied.GetScript(dialects, ScriptOperation.Upgrade);
            string? now = script == null ? null : ScriptChecksum.Of(script.Path);
            if (now != null && string.Equals(now, record.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                verified++;
            }
            else
            {
                changed.Add(new ChangedScript(applied.Number, script?.Name.FileName ?? record.Script ?? string.Empty, script?.Path, record, now));
            }
        }

        return new VerifyResult(version, verified, unrecorded, changed);
    }

    /// <summary>The checksum each version's upgrade script has now where it differs from its record (or has none), for a stamp up to <paramref name="version"/>.</summary>
    public static IEnumerable<(MigrationVersion Version, ScriptFile? Script)> ToRecord(MigrationRepository repository, IReadOnlyList<string> dialects, long version,
        IReadOnlyList<HistoryRecord> records)
    {
        Dictionary<long, HistoryRecord> latest = Latest(records);
        foreach (MigrationVersion applied in repository.Versions.Where(v => v.Number <= version))
        {
            ScriptFile? script = applied.GetScript(dialects, ScriptOperation.Upgrade);
            string? now = script == null ? null : ScriptChecksum.Of(script.Path);
            bool same = latest.TryGetValue(applied.Number, out HistoryRecord? record) && record.RecordsChecksum
                && string.Equals(record.Sha256, now, StringComparison.OrdinalIgnoreCase);
            if (!same || applied.Number == version)
            {
                yield return (applied, script);
            }
        }
    }

    /// <summary>The latest successful row of each version (rows come in the order they were written).</summary>
    public static Dictionary<long, HistoryRecord> Latest(IReadOnlyList<HistoryRecord> records)
    {
        var latest = new Dictionary<long, HistoryRecord>();
        foreach (HistoryRecord record in records.Where(r => r.Success))
        {
            latest[record.Version] = record;
        }

        return latest;
    }
}
