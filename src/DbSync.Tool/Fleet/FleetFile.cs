using DbSync.Configuration;
using DbSync.Core.Errors;
using DbSync.Errors;

namespace DbSync.Tool.Fleet;

/// <summary>
/// A fleet file: one database URL per line, as [database] connection takes it. Blank lines and lines starting with
/// '#' are skipped, and so is the rest of a line after " #" (a '#' inside a URL must be percent-encoded as %23 anyway).
/// A relative SQLite path is relative to the current folder, as everywhere else. A bad line is DBS120 at the file and
/// line, without the line's text (it may hold a password).
/// </summary>
internal static class FleetFile
{
    public static async Task<IReadOnlyList<FleetMember>> ReadAsync(string path, string shownAs, CancellationToken cancellationToken)
    {
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FleetDefinitionException(shownAs + ": cannot read the fleet file: " + e.Message, new SourceLocation(path));
        }

        var members = new List<FleetMember>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Length; i++)
        {
            string text = WithoutComment(lines[i]);
            if (text.Length == 0)
            {
                continue;
            }

            var where = new SourceLocation(path, i + 1, 1);
            DatabaseUrl url;
            try
            {
                url = DatabaseUrlParser.Parse(text, "database URL");
            }
            catch (ConfigurationException e)
            {
                throw new FleetDefinitionException(e.Message, where, e);
            }

            var member = new FleetMember(members.Count, url);
            if (firstLine.TryGetValue(member.Name, out int first))
            {
                throw new FleetDefinitionException(member.Name + " is already on line " + first + "; each database is listed once", where);
            }

            firstLine[member.Name] = i + 1;
            members.Add(member);
        }

        return members.Count > 0
            ? members
            : throw new FleetDefinitionException(shownAs + ": the fleet file lists no database; write one database URL per line (e.g. sqlite:///tenants/a.db)",
                new SourceLocation(path));
    }

    /// <summary>The line without a comment and surrounding blanks: '#' at its start, or after a blank.</summary>
    private static string WithoutComment(string line)
    {
        string text = line.Trim();
        if (text.StartsWith('#'))
        {
            return string.Empty;
        }

        for (int i = 1; i < text.Length; i++)
        {
            if (text[i] == '#' && char.IsWhiteSpace(text[i - 1]))
            {
                return text[..i].TrimEnd();
            }
        }

        return text;
    }
}
