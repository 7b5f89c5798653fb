using System.Globalization;
using DbSync.Core.Repository;
using DbSync.Errors;

namespace DbSync.Migrations;

/// <summary>
/// Where an upgrade or downgrade goes: a version of the repository, or, as Alembic's <c>+2</c> and <c>-1</c>, a number
/// of versions up or down from wherever the database is, resolved once the run has read the database's version.
/// </summary>
public readonly record struct RevisionTarget
{
    private RevisionTarget(long? version, int steps)
    {
        Version = version;
        Steps = steps;
    }

    /// <summary>The version, or null for a relative target.</summary>
    public long? Version { get; }

    /// <summary>Versions up (positive) or down (negative) from the database's version; 0 for a version.</summary>
    public int Steps { get; }

    public bool IsRelative => Version == null;

    public static RevisionTarget To(long version) => new(version, 0);

    /// <summary><paramref name="steps"/> versions up (positive) or down (negative); never 0.</summary>
    public static RevisionTarget By(int steps) =>
        steps == 0 ? throw new ArgumentOutOfRangeException(nameof(steps), "a relative revision moves at least one version") : new(null, steps);

    /// <summary>
    /// The version this target names for a database at <paramref name="current"/> (a version of <paramref name="repository"/>).
    /// A relative target that goes past the latest version or below base is a DBS101 error saying how far it can go.
    /// </summary>
    public long Resolve(long current, MigrationRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        if (Version is long version)
        {
            return version;
        }

        // The versions a database can be at, in order: base, then every script's version.
        var versions = new List<long> { repository.Config.InitVersion };
        versions.AddRange(repository.Versions.Select(v => v.Number));
        int at = versions.IndexOf(current);
        int target = at + Steps;
        if (target >= versions.Count)
        {
            int above = versions.Count - 1 - at;
            throw new RevisionException("--revision " + this + " goes past the latest version: the database is at version " + N(current) + ", "
                + (above == 0 ? "which is the latest" : Versions(above) + " below the latest (" + N(repository.Latest) + "); use --revision +" + N(above) + " or head"));
        }

        if (target < 0)
        {
            throw new RevisionException("--revision " + this + " goes below base: the database is at version " + N(current) + ", "
                + (at == 0 ? "which is base (" + N(versions[0]) + ")" : Versions(at) + " above base (" + N(versions[0]) + "); use --revision -" + N(at) + " or base"));
        }

        return versions[target];
    }

    /// <summary>"4", "+2", "-1": as --revision takes it.</summary>
    public override string ToString() => Version is long version ? N(version) : (Steps > 0 ? "+" : "-") + N(Math.Abs((long)Steps));

    private static string Versions(int count) => N(count) + (count == 1 ? " version" : " versions");

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
