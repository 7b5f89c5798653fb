using System.Globalization;
using DbSync.Core.Repository;
using DbSync.Core.Errors;
using DbSync.Errors;

namespace DbSync.Migrations;

/// <summary>Reads a --revision argument: a version number, <c>head</c> (the latest) or <c>base</c> (before the first).</summary>
public static class RevisionResolver
{
    public static long Resolve(string revision, MigrationRepository repository)
    {
        string text = revision.Trim();
        if (text.Equals("head", StringComparison.OrdinalIgnoreCase) || text.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            return repository.Latest;
        }

        if (text.Equals("base", StringComparison.OrdinalIgnoreCase))
        {
            return repository.Config.InitVersion;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long version))
        {
            throw new CommandLineException("--revision '" + revision + "' is not a version number, 'head' or 'base'");
        }

        if (!repository.IsKnownVersion(version))
        {
            throw new CommandLineException("unknown revision " + version + ": " + Describe(repository));
        }

        return version;
    }

    /// <summary>"this repository has versions 1 to 7" (or its timestamp range), for messages.</summary>
    public static string Describe(MigrationRepository repository)
    {
        if (repository.Count == 0)
        {
            return "the repository has no versions yet (only base " + repository.Config.InitVersion + ")";
        }

        long first = repository.Versions.First().Number;
        return "the repository has versions " + first + " to " + repository.Latest + " (base " + repository.Config.InitVersion + ")";
    }
}
