using System.CommandLine;

namespace DbSync.Tool.Cli;

/// <summary>
/// "Did you mean ...?" for a word the parser did not recognise: a misspelt command ('upgade': 'upgrade') or option
/// ('--revison': '--revision'), or a revision given without its option ('upgrade head': '--revision head').
/// </summary>
internal static class Suggestions
{
    /// <summary>The hint for <paramref name="token"/>, unmatched in <paramref name="parseResult"/>, or null.</summary>
    public static string? For(string token, string? previousUnmatched, ParseResult parseResult)
    {
        Command command = parseResult.CommandResult.Command;
        if (token.StartsWith('-') && !IsRelativeRevision(token))
        {
            return Closest(token, OptionNames(parseResult)) is { } option ? "did you mean '" + option + "'?" : null;
        }

        if (LooksLikeRevision(token))
        {
            // After a misspelt option, this is its value: the option's hint says it.
            if (previousUnmatched != null && previousUnmatched.StartsWith('-') && !IsRelativeRevision(previousUnmatched))
            {
                return null;
            }

            if (command.Options.Any(o => o.Name == "--revision"))
            {
                return "did you mean '--revision " + token + "'?";
            }

            if (command is RootCommand)
            {
                return "did you mean 'upgrade --revision " + token + "'?";
            }
        }

        return Closest(token, command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name))) is { } subcommand
            ? "did you mean '" + subcommand + "'?"
            : null;
    }

    /// <summary>The parser's message for an unmatched word, with the hint for it: "Unrecognized command or argument 'upgade'; did you mean 'upgrade'?".</summary>
    public static string WithHint(string message, ParseResult parseResult)
    {
        IReadOnlyList<string> unmatched = parseResult.UnmatchedTokens;
        for (int i = 0; i < unmatched.Count; i++)
        {
            if (message.Contains("'" + unmatched[i] + "'", StringComparison.Ordinal)
                && For(unmatched[i], i == 0 ? null : unmatched[i - 1], parseResult) is { } hint)
            {
                return message.TrimEnd('.') + "; " + hint;
            }
        }

        return message;
    }

    private static bool LooksLikeRevision(string token) =>
        token.Equals("head", StringComparison.OrdinalIgnoreCase) || token.Equals("base", StringComparison.OrdinalIgnoreCase)
        || token.Equals("latest", StringComparison.OrdinalIgnoreCase) || IsRelativeRevision(token)
        || (token.Length > 0 && token.All(char.IsAsciiDigit));

    private static bool IsRelativeRevision(string token) =>
        token.Length > 1 && token[0] is '+' or '-' && token.Skip(1).All(char.IsAsciiDigit);

    /// <summary>The options the command takes, its own and those it inherits.</summary>
    private static IEnumerable<string> OptionNames(ParseResult parseResult)
    {
        for (var result = parseResult.CommandResult; result != null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            foreach (Option option in result.Command.Options)
            {
                if (result == parseResult.CommandResult || option.Recursive)
                {
                    foreach (string name in option.Aliases.Prepend(option.Name).Where(n => n.StartsWith("--", StringComparison.Ordinal)))
                    {
                        yield return name;
                    }
                }
            }
        }
    }

    /// <summary>The candidate closest to <paramref name="word"/>: a unique one it starts, or one at most two edits away (fewer for short words).</summary>
    private static string? Closest(string word, IEnumerable<string> candidates)
    {
        var all = candidates.Distinct(StringComparer.Ordinal).ToList();
        string lower = word.ToLowerInvariant();
        var prefixed = all.Where(c => lower.Length >= 3 && c.StartsWith(lower, StringComparison.Ordinal)).ToList();
        if (prefixed.Count == 1)
        {
            return prefixed[0];
        }

        int limit = Math.Min(2, Math.Max(1, lower.TrimStart('-').Length / 3));
        return all.Select(c => (Name: c, Distance: Distance(lower, c)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>Edits (insert, delete, replace, swap two neighbours) from <paramref name="a"/> to <paramref name="b"/>.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
