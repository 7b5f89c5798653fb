using System.Text.RegularExpressions;
using DbSync.Core.Integrity;

namespace DbSync.MSBuild.Tests.EndToEnd;

/// <summary><c>dotnet build</c> of a project that references the packed DbSync.MSBuild, as a user would run it.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class BuildTests
{
    private const string SkippedTarget = "Skipping target \"DbSyncValidateMigrations\" because all output files are up-to-date";

    private readonly PackedPackageFixture _package;

    public BuildTests(PackedPackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public void A_good_repository_builds_and_a_noop_rebuild_skips_the_check_until_a_script_is_added()
    {
        var project = new SampleProject(_package);
        SampleRepository.Create(project.Repository, "001_init", "002_add_ports");

        DotNetResult first = project.Build();
        AssertSucceeded(first);
        Assert.DoesNotContain("DBS0", first.Output);
        Assert.True(File.Exists(project.StampFile));
        DateTime validatedAt = File.GetLastWriteTimeUtc(project.StampFile);

        DotNetResult noop = project.Build();
        AssertSucceeded(noop);
        Assert.Contains(SkippedTarget, noop.Output);
        Assert.Equal(validatedAt, File.GetLastWriteTimeUtc(project.StampFile));

        SampleRepository.WriteScript(project.Repository, "004_add_users_default_upgrade.sql", "CREATE TABLE users (id INTEGER);\n");
        DotNetResult added = project.Build();
        AssertFailedWith(added, project.Script("004_add_users_default_upgrade.sql"), "DBS003");
        Assert.DoesNotContain(SkippedTarget, added.Output);
    }

    [Fact]
    public void Deleting_a_script_after_a_good_build_is_caught()
    {
        var project = new SampleProject(_package);
        SampleRepository.Create(project.Repository, "001_init", "002_add_ports", "003_add_users");
        AssertSucceeded(project.Build());

        File.Delete(project.Script("002_add_ports_default_upgrade.sql"));
        File.Delete(project.Script("002_add_ports_default_downgrade.sql"));
        DotNetResult result = project.Build();

        AssertFailedWith(result, project.Script("003_add_users_default_upgrade.sql"), "DBS003");
    }

    [Fact]
    public void Editing_a_script_recorded_in_dbsync_sum_fails_the_next_build()
    {
        var project = new SampleProject(_package);
        SampleRepository.Create(project.Repository, "001_init", "002_add_ports");
        SumFile.Write(project.Repository);
        AssertSucceeded(project.Build());

        SampleRepository.WriteScript(project.Repository, "001_init_default_upgrade.sql", "CREATE TABLE t001_init (id INTEGER, edited TEXT);\n");
        DotNetResult result = project.Build();

        AssertFailedWith(result, project.Script("001_init_default_upgrade.sql"), "DBS007");
    }

    [Theory]
    [InlineData("gap", "DBS003")]
    [InlineData("duplicate", "DBS002")]
    [InlineData("bad name", "DBS001")]
    [InlineData("missing migrate.cfg", "DBS006")]
    public void A_broken_repository_fails_the_build_with_the_error_at_the_file_at_fault(string breakage, string code)
    {
        var project = new SampleProject(_package);
        SampleRepository.Create(project.Repository, "001_init", "002_add_ports");
        string atFault;
        switch (breakage)
        {
            case "gap":
                atFault = SampleRepository.WriteScript(project.Repository, "004_add_users_default_upgrade.sql", "CREATE TABLE users (id INTEGER);\n");
                break;
            case "duplicate":
                atFault = SampleRepository.WriteScript(project.Repository, "002_add_users_default_upgrade.sql", "CREATE TABLE users (id INTEGER);\n");
                break;
            case "bad name":
                atFault = SampleRepository.WriteScript(project.Repository, "03_add_users_default_upgrade.sql", "CREATE TABLE users (id INTEGER);\n");
                break;
            default:
                atFault = Path.Combine(project.Repository, "migrate.cfg");
                File.Delete(atFault);
                break;
        }

        AssertFailedWith(project.Build(), atFault, code);
    }

    [Fact]
    public void A_missing_downgrade_is_a_warning_and_an_error_with_DbSyncRequireDowngrade()
    {
        var project = new SampleProject(_package);
        SampleRepository.Create(project.Repository, "001_init");
        string upgrade = SampleRepository.WriteScript(project.Repository, "002_add_ports_default_upgrade.sql", "CREATE TABLE ports (id INTEGER);\n");

        DotNetResult lenient = project.Build();
        AssertSucceeded(lenient);
        Assert.Matches(new Regex("^\\s*" + Regex.Escape(upgrade) + "\\(1,1\\): warning DBS004: ", RegexOptions.Multiline), lenient.Output);

        // Changing the property alone, with no file touched, must re-run the check.
        AssertFailedWith(project.Build("-p:DbSyncRequireDowngrade=true"), upgrade, "DBS004");
    }

    [Fact]
    public void Warnings_are_printed_again_by_a_no_change_build_until_they_are_fixed()
    {
        var project = new SampleProject(_package);
        SampleRepository.Create(project.Repository, "001_init");
        string upgrade = SampleRepository.WriteScript(project.Repository, "002_add_ports_default_upgrade.sql", "CREATE TABLE ports (id INTEGER);\n");
        var warning = new Regex("^\\s*" + Regex.Escape(upgrade) + "\\(1,1\\): warning DBS004: ", RegexOptions.Multiline);

        DotNetResult first = project.Build();
        DotNetResult again = project.Build();

        AssertSucceeded(first);
        Assert.Matches(warning, first.Output);
        AssertSucceeded(again);
        Assert.Matches(warning, again.Output);
        Assert.DoesNotContain(SkippedTarget, again.Output);

        SampleRepository.WriteScript(project.Repository, "002_add_ports_default_downgrade.sql", "DROP TABLE ports;\n");
        DotNetResult fixedBuild = project.Build();
        DotNetResult noop = project.Build();
        AssertSucceeded(fixedBuild);
        Assert.DoesNotMatch(warning, fixedBuild.Output);
        Assert.Contains(SkippedTarget, noop.Output);
    }

    [Fact]
    public void A_missing_repository_folder_is_reported_at_the_folder_without_a_line()
    {
        var project = new SampleProject(_package, "    <DbSyncRepository>no-such-folder</DbSyncRepository>\n");
        string folder = Path.Combine(project.Folder, "no-such-folder");

        DotNetResult result = project.Build();

        Assert.True(result.ExitCode != 0, "the build succeeded:\n" + result.Output);
        Assert.Matches(new Regex("^\\s*" + Regex.Escape(folder) + "/? ?: error DBS006: no migration repository at ", RegexOptions.Multiline), result.Output);
        Assert.DoesNotContain(folder + "(1,1)", result.Output);
    }

    [Fact]
    public void DbSyncValidate_false_turns_the_check_off()
    {
        var project = new SampleProject(_package, "    <DbSyncValidate>false</DbSyncValidate>\n");
        SampleRepository.Create(project.Repository, "001_init", "003_add_ports");

        DotNetResult result = project.Build();

        AssertSucceeded(result);
        Assert.DoesNotContain("DBS003", result.Output);
    }

    [Fact]
    public void DbSyncRepository_points_the_check_at_another_folder()
    {
        var project = new SampleProject(_package, "    <DbSyncRepository>../shared/db</DbSyncRepository>\n");
        string repository = Path.GetFullPath(Path.Combine(project.Folder, "..", "shared", "db"));
        SampleRepository.Create(repository, "001_init", "003_add_ports");

        DotNetResult result = project.Build();

        AssertFailedWith(result, Path.Combine(repository, "versions", "003_add_ports_default_upgrade.sql"), "DBS003");
        Directory.Delete(Path.GetDirectoryName(repository)!, recursive: true);
    }

    private static void AssertSucceeded(DotNetResult result)
    {
        Assert.True(result.ExitCode == 0, "the build failed:\n" + result.Output);
        Assert.DoesNotContain(": error DBS", result.Output);
    }

    private static void AssertFailedWith(DotNetResult result, string file, string code)
    {
        Assert.True(result.ExitCode != 0, "the build succeeded:\n" + result.Output);
        var canonical = new Regex("^\\s*" + Regex.Escape(file) + "\\(\\d+,\\d+\\): error " + code + ": ", RegexOptions.Multiline);
        Assert.True(canonical.IsMatch(result.Output), "no '" + file + "(line,col): error " + code + ":' line in:\n" + result.Output);
    }
}
