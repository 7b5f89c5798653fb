using System.Globalization;
using DbSync.Core.Repository;
using DbSync.Errors;

namespace DbSync.Migrations;

/// <summary>
/// Reads a --revision argument: a version number, <c>head</c> (the latest) or <c>base</c> (before the first); for
/// upgrade and downgrade also <c>+N</c> / <c>-N</c>, versions up or down from the database's. A revision that cannot be
/// read, or that the repository does not have, is a bad command line (DBS200).
/// </summary>
public static class RevisionResolver
{
    /// <summary>A version of <paramref name="repository"/> (stamp's --revision).</summary>
    public static long Resolve(string revision, MigrationRepository repository) =>
        Resolve(revision, repository, "a version number, 'head' or 'base'");

    /// <summary>Where upgrade (<paramref name="upgrade"/>) or downgrade goes: a version, or +N (upgrade) / -N (downgrade) versions from the database's.</summary>
    public static RevisionTarget ResolveTarget(string revision, MigrationRepository repository, bool upgrade)
    {
        ArgumentNullException.ThrowIfNull(revision);
        string command = upgrade ? "upgrade" : "downgrade";
        string text = revision.Trim();
        if (text.Length > 0 && text[0] is '+' or '-')
        {
            if (!int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int steps) || steps == 0)
            {
                throw new CommandLineException("--revision '" + revision + "' is not a relative revision: write +N or -N, with N a number of versions from 1 up");
            }

            bool up = text[0] == '+';
            if (up != upgrade)
            {
                throw new CommandLineException(command + " --revision " + text + " would go " + (up ? "up" : "down") + "; run 'dotnet dbsync "
                    + (up ? "upgrade" : "downgrade") + " --revision " + text + "'");
            }

            return RevisionTarget.By(up ? steps : -steps);
        }

        if (!upgrade && IsHead(text))
        {
            throw new CommandLineException("downgrade --revision " + text + ": the latest version is never below the database's; give the version to go down to, 'base' or -N");
        }

        return RevisionTarget.To(Resolve(revision, repository, upgrade ? "a version number, 'head', 'base' or +N" : "a version number, 'base' or -N"));
    }

    /// <summary>"this repository has versions 1 to 7" (or its timestamp range), for messages.</summary>
    public static string Describe(MigrationRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        if (repository.Count == 0)
        {
            return "the repository has no versions yet (only base " + repository.Config.InitVersion + ")";
        }

        long first = repository.Versions.First().Number;
        return "the repository has versions " + first + " to " + repository.Latest + " (base " + repository.Config.InitVersion + ")";
    }

    private static long Resolve(string revision, MigrationRepository repository, string expected)
    {
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(repository);
        string text = revision.Trim();
        if (IsHead(text))
        {
            return repository.Latest;
        }

        if (text.Equals("base", StringComparison.OrdinalIgnoreCase))
        {
            return repository.Config.InitVersion;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long version))
        {
            throw new CommandLineException("--revision '" + revision + "' is not " + expected);
        }

        if (!repository.IsKnownVersion(version))
        {
            throw new CommandLineException("unknown revision " + version + ": " + Describe(repository));
        }

        return version;
    }

    private static bool IsHead(string text) =>
        text.Equals("head", StringComparison.OrdinalIgnoreCase) || text.Equals("latest", StringComparison.OrdinalIgnoreCase);
}
