using System.Diagnostics;
using System.Reflection;
using DbSync.Core.Repository;
using DbSync.Migrations;

namespace DbSync.Versioning;

/// <summary>
/// What one run writes to the audit trail: who runs it (OS user, host, tool version), and for the step in progress
/// its script's checksum and clock, so the row a step scope writes with the version row says how long it took.
/// </summary>
public sealed class AuditTrail(HistoryTable table, string? toolVersion = null)
{
    private readonly Stopwatch _clock = new();
    private MigrationStep? _step;
    private string? _sha256;

    public HistoryTable Table { get; } = table;

    public HistorySql Sql => Table.Sql;

    /// <summary>The version rows record: the engine's informational version (e.g. 0.2.0+1a2b3c4), unless the host names its own.</summary>
    public string ToolVersion { get; } = toolVersion ?? EngineVersion;

    public static string EngineVersion { get; } =
        typeof(AuditTrail).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(AuditTrail).Assembly.GetName().Version?.ToString() ?? "unknown";

    private static readonly string? OsUser = Try(() => Environment.UserName);
    private static readonly string? Host = Try(() => Environment.MachineName);

    /// <summary>The step loop starts <paramref name="step"/>: its script's checksum (of the file as it runs) and its clock.</summary>
    public void Start(MigrationStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _step = step;
        _sha256 = ScriptChecksum.Of(step.Script.Path);
        _clock.Restart();
    }

    /// <summary>The row of <paramref name="step"/>, now: applied (or reverted) when <paramref name="success"/>, else failed.</summary>
    public HistoryRecord Of(MigrationStep step, bool success)
    {
        ArgumentNullException.ThrowIfNull(step);
        bool started = ReferenceEquals(step, _step);
        bool upgrade = step.Operation == ScriptOperation.Upgrade;
        return new HistoryRecord(Table.RepositoryId, upgrade ? step.To : step.From, upgrade ? HistoryRecord.Upgrade : HistoryRecord.Downgrade,
            step.Script.Name.FileName, started ? _sha256 : ScriptChecksum.Of(step.Script.Path), HistoryRecord.Timestamp(DateTime.UtcNow),
            started ? _clock.ElapsedMilliseconds : null, OsUser, Host, ToolVersion, success);
    }

    /// <summary>The row a stamp writes for <paramref name="version"/>: the checksum of its upgrade script now (none for base).</summary>
    public HistoryRecord Stamp(long version, ScriptFile? script) =>
        new(Table.RepositoryId, version, HistoryRecord.Stamp, script?.Name.FileName, script == null ? null : ScriptChecksum.Of(script.Path),
            HistoryRecord.Timestamp(DateTime.UtcNow), null, OsUser, Host, ToolVersion, Success: true);

    /// <summary>The row an offline script writes for <paramref name="step"/>: no duration, user or host (the client's run is not timed or known).</summary>
    public static HistoryRecord Offline(string repositoryId, MigrationStep step, string? toolVersion)
    {
        ArgumentNullException.ThrowIfNull(step);
        bool upgrade = step.Operation == ScriptOperation.Upgrade;
        return new HistoryRecord(repositoryId, upgrade ? step.To : step.From, upgrade ? HistoryRecord.Upgrade : HistoryRecord.Downgrade,
            step.Script.Name.FileName, ScriptChecksum.Of(step.Script.Path), HistoryRecord.Timestamp(DateTime.UtcNow), null, null, null,
            (toolVersion ?? EngineVersion) + " (offline script)", Success: true);
    }

    private static string? Try(Func<string> read)
    {
        try
        {
            string value = read();
            return string.IsNullOrEmpty(value) ? null : value;
        }
        catch (Exception e) when (e is InvalidOperationException or PlatformNotSupportedException)
        {
            return null;
        }
    }
}
