using DbSync.Core.Errors;
using DbSync.Core.Repository;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Testing;

namespace DbSync.Tests.Migrations;

/// <summary>--revision as upgrade and downgrade read it: versions, head and base, and +N / -N counted in the repository's versions.</summary>
public sealed class RevisionTargetTests : IDisposable
{
    private readonly TempDirectory _directory = new("dbsync-target");

    public void Dispose() => _directory.Dispose();

    /// <summary>A timestamp-numbered repository: relative revisions count versions, not numbers.</summary>
    private MigrationRepository Repository()
    {
        _directory.Write("repo/migrate.cfg", "[db_settings]\nrepository_id = app\nuse_timestamp_numbering = True\n");
        foreach (string version in new[] { "20260101000000", "20260201000000", "20260301000000" })
        {
            _directory.Write("repo/versions/" + version + "_v_default_upgrade.sql", "SELECT 1;\n");
        }

        return MigrationRepository.Load(_directory.Combine("repo"));
    }

    [Theory]
    [InlineData("+1", true, 0, 20260101000000)]
    [InlineData("+3", true, 0, 20260301000000)]
    [InlineData("+1", true, 20260101000000, 20260201000000)]
    [InlineData("head", true, 20260101000000, 20260301000000)]
    [InlineData("20260201000000", true, 0, 20260201000000)]
    [InlineData("-1", false, 20260301000000, 20260201000000)]
    [InlineData("-3", false, 20260301000000, 0)]
    [InlineData("base", false, 20260301000000, 0)]
    public void Targets_resolve_against_the_database_s_version(string revision, bool upgrade, long current, long expected)
    {
        var repository = Repository();

        Assert.Equal(expected, RevisionResolver.ResolveTarget(revision, repository, upgrade).Resolve(current, repository));
    }

    [Theory]
    [InlineData("+2", true, 20260201000000, "--revision +2 goes past the latest version: the database is at version 20260201000000, 1 version below the latest (20260301000000); use --revision +1 or head")]
    [InlineData("+1", true, 20260301000000, "--revision +1 goes past the latest version: the database is at version 20260301000000, which is the latest")]
    [InlineData("-2", false, 20260101000000, "--revision -2 goes below base: the database is at version 20260101000000, 1 version above base (0); use --revision -1 or base")]
    [InlineData("-1", false, 0, "--revision -1 goes below base: the database is at version 0, which is base (0)")]
    public void Beyond_the_ends_is_a_revision_error_saying_how_far_it_can_go(string revision, bool upgrade, long current, string message)
    {
        var repository = Repository();
        RevisionTarget target = RevisionResolver.ResolveTarget(revision, repository, upgrade);

        var error = Assert.Throws<RevisionException>(() => target.Resolve(current, repository));

        Assert.Equal(message, error.Message);
        Assert.Equal(ErrorCodes.Revision, error.Code);
    }

    [Theory]
    [InlineData("-1", true, "upgrade --revision -1 would go down; run 'dotnet dbsync downgrade --revision -1'")]
    [InlineData("+1", false, "downgrade --revision +1 would go up; run 'dotnet dbsync upgrade --revision +1'")]
    [InlineData("head", false, "downgrade --revision head: the latest version is never below the database's")]
    [InlineData("+x", true, "--revision '+x' is not a relative revision")]
    [InlineData("-0", false, "--revision '-0' is not a relative revision")]
    [InlineData("tip", true, "--revision 'tip' is not a version number, 'head', 'base' or +N")]
    [InlineData("tip", false, "--revision 'tip' is not a version number, 'base' or -N")]
    [InlineData("20260102000000", true, "unknown revision 20260102000000: the repository has versions 20260101000000 to 20260301000000 (base 0)")]
    public void A_target_that_cannot_be_read_is_a_bad_command_line(string revision, bool upgrade, string message)
    {
        var error = Assert.Throws<CommandLineException>(() => RevisionResolver.ResolveTarget(revision, Repository(), upgrade));

        Assert.StartsWith(message, error.Message);
        Assert.True(error.IsUsageError);
    }
}
