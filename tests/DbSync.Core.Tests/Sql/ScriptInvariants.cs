using System.Linq;
using System.Text;
using DbSync.Core.Sql;

namespace DbSync.Core.Tests.Sql;

/// <summary>Structural properties every parse result must have, whatever the script.</summary>
internal static class ScriptInvariants
{
    /// <summary>Returns null when all hold, else a description of the first violation.</summary>
    public static string? Check(string script, SqlScript parsed)
    {
        // (a) lossless, (b) contiguous and ordered.
        var expectedOffset = 0;
        var joined = new StringBuilder();
        foreach (var segment in parsed.Segments)
        {
            if (segment.Offset != expectedOffset)
            {
                return $"segment {segment} starts at {segment.Offset}, expected {expectedOffset}";
            }

            if (segment.Raw.Length == 0)
            {
                return $"empty segment at {segment.Offset}";
            }

            if (segment.Line != LineOf(script, segment.Offset))
            {
                return $"segment at {segment.Offset} has line {segment.Line}, expected {LineOf(script, segment.Offset)}";
            }

            expectedOffset += segment.Raw.Length;
            joined.Append(segment.Raw);
        }

        if (joined.ToString() != script)
        {
            return "segments do not reproduce the script";
        }

        // (c) statements sit where they say, (d) in order, and each is a Statement segment.
        var statementSegments = parsed.Segments.Where(s => s.Kind == SqlSegmentKind.Statement).ToList();
        if (statementSegments.Count != parsed.Statements.Count)
        {
            return $"{statementSegments.Count} statement segments but {parsed.Statements.Count} statements";
        }

        var previousOffset = -1;
        for (var i = 0; i < parsed.Statements.Count; i++)
        {
            var statement = parsed.Statements[i];
            if (statement.Offset <= previousOffset)
            {
                return $"statement {i} at {statement.Offset} is not after {previousOffset}";
            }

            previousOffset = statement.Offset;
            if (statement.Text.Length == 0 || string.CompareOrdinal(script, statement.Offset, statement.Text, 0, statement.Text.Length) != 0)
            {
                return $"statement {i} text is not found at offset {statement.Offset}: {statement.Text}";
            }

            if (statement.Text != statement.Text.Trim())
            {
                return $"statement {i} has surrounding whitespace: [{statement.Text}]";
            }

            if (statement.Line != LineOf(script, statement.Offset))
            {
                return $"statement {i} line {statement.Line}, expected {LineOf(script, statement.Offset)}";
            }

            if (statement.EndLine != statement.Line + statement.Text.Count(c => c == '\n'))
            {
                return $"statement {i} end line {statement.EndLine}";
            }

            if (statementSegments[i].Offset != statement.Offset || statementSegments[i].Raw != statement.Text)
            {
                return $"statement {i} does not match its segment";
            }
        }

        return null;
    }

    public static int LineOf(string script, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (script[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }
}
