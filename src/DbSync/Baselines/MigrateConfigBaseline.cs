using System.Globalization;
using System.Text;
using DbSync.Core.Errors;
using DbSync.Core.Repository;

namespace DbSync.Baselines;

/// <summary>
/// Sets <c>baseline = N</c> in the <c>[dbsync]</c> section of migrate.cfg, leaving every other line (comments included)
/// and the file's line endings as they are: replaces an existing <c>baseline</c> line, else adds one at the end of
/// <c>[dbsync]</c>, else appends the section.
/// </summary>
internal static class MigrateConfigBaseline
{
    public static async Task SetAsync(string path, long version, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DbSyncException(ErrorCodes.FileAccess, "cannot read migrate.cfg: " + e.Message, new SourceLocation(path), e);
        }

        string newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        string setting = "baseline = " + version.ToString(CultureInfo.InvariantCulture);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        int section = lines.FindIndex(l => l.Trim().Equals("[dbsync]", StringComparison.OrdinalIgnoreCase));
        if (section < 0)
        {
            while (lines.Count > 0 && lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            lines.AddRange(["", "[dbsync]", setting, ""]);
        }
        else
        {
            int end = lines.FindIndex(section + 1, l => l.TrimStart().StartsWith('['));
            end = end < 0 ? lines.Count : end;
            int existing = lines.FindIndex(section + 1, end - section - 1, IsBaselineLine);
            if (existing >= 0)
            {
                lines[existing] = setting;
            }
            else
            {
                // At the end of the section, after its last line that is not blank.
                int last = end - 1;
                while (last > section && lines[last].Trim().Length == 0)
                {
                    last--;
                }

                lines.Insert(last + 1, setting);
            }
        }

        try
        {
            await File.WriteAllTextAsync(path, string.Join(newline, lines), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DbSyncException(ErrorCodes.FileAccess, "cannot write migrate.cfg: " + e.Message, new SourceLocation(path), e);
        }
    }

    private static bool IsBaselineLine(string line)
    {
        string trimmed = line.TrimStart();
        if (!trimmed.StartsWith("baseline", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string rest = trimmed["baseline".Length..].TrimStart();
        return rest.StartsWith('=') || rest.StartsWith(':');
    }
}
