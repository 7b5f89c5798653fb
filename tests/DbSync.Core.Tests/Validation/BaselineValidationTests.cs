using DbSync.Core.Integrity;
using DbSync.Core.Repository;
using DbSync.Core.Validation;

namespace DbSync.Core.Tests.Validation;

/// <summary>A repository with a baseline (<c>[dbsync] baseline</c>, versions/baseline/): what the build and <c>validate</c> accept and report (DBS122).</summary>
public class BaselineValidationTests
{
    private const string BaselineConfig = TempRepository.SequentialConfig + "\n[dbsync]\nbaseline = 2\n";

    [Fact]
    public void A_repository_with_a_baseline_validates_cleanly_and_loads_it()
    {
        using var repository = new TempRepository(BaselineConfig);
        repository.Versions("001_a", "002_b", "003_c");
        WriteBaseline(repository, "002_baseline_sqlite_upgrade.sql", "CREATE TABLE t001_a (id INTEGER);\nCREATE TABLE t002_b (id INTEGER);\n");
        SumFile.Write(repository.Path);

        Assert.Empty(repository.Validate(requireDowngrade: true));
        MigrationRepository loaded = MigrationRepository.Load(repository.Path);
        Assert.Equal(2, loaded.Baseline!.Number);
        Assert.Equal("002_baseline_sqlite_upgrade.sql", loaded.Baseline.GetScript(["sqlite"], ScriptOperation.Upgrade)!.Name.FileName);

        // Version 2's own scripts are unchanged for a database that upgrades from version 1.
        Assert.Equal("002_b_default_upgrade.sql", loaded.Find(2)!.GetScript(["sqlite"], ScriptOperation.Upgrade)!.Name.FileName);
    }

    [Fact]
    public void A_baseline_setting_without_its_script_is_an_error_at_its_line()
    {
        using var repository = new TempRepository(BaselineConfig);
        repository.Versions("001_a", "002_b");

        Diagnostic error = Assert.Single(repository.Validate());

        Assert.Equal(("DBS122", DiagnosticSeverity.Error, 8), (error.Code, error.Severity, error.Line));
        Assert.Contains("002_baseline_DIALECT_upgrade.sql", error.Message, StringComparison.Ordinal);
        var thrown = Assert.Throws<RepositoryException>(() => MigrationRepository.Load(repository.Path));
        Assert.Equal("DBS122", thrown.Diagnostic.Code);
    }

    [Fact]
    public void A_baseline_of_an_unknown_version_is_an_error_and_stale_baseline_scripts_are_warnings()
    {
        using var repository = new TempRepository(TempRepository.SequentialConfig + "\n[dbsync]\nbaseline = 7\n");
        repository.Versions("001_a", "002_b");
        WriteBaseline(repository, "001_baseline_sqlite_upgrade.sql", "CREATE TABLE t001_a (id INTEGER);\n");

        IReadOnlyList<Diagnostic> findings = repository.Validate();

        Assert.Equal(new[] { ("DBS122", DiagnosticSeverity.Error), ("DBS122", DiagnosticSeverity.Warning) }, findings.Select(f => (f.Code, f.Severity)));
        Assert.Contains("baseline 7 is not a version of versions/", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("001_baseline_sqlite_upgrade.sql is not used", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_script_gets_the_content_checks_of_every_script()
    {
        using var repository = new TempRepository(BaselineConfig);
        repository.Versions("001_a", "002_b");
        WriteBaseline(repository, "002_baseline_sqlite_upgrade.sql", "CREATE TABLE t (name VARCHAR(10) DEFAULT 'open);\n");

        Diagnostic finding = Assert.Single(repository.Validate());

        Assert.Equal("DBS009", finding.Code);
        Assert.EndsWith("002_baseline_sqlite_upgrade.sql", finding.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Dbsync_sum_records_the_baseline_script_so_an_edit_is_DBS007_for_the_build_and_for_upgrade()
    {
        using var repository = new TempRepository(BaselineConfig);
        repository.Versions("001_a", "002_b");
        WriteBaseline(repository, "002_baseline_sqlite_upgrade.sql", "CREATE TABLE t001_a (id INTEGER);\nCREATE TABLE t002_b (id INTEGER);\n");

        Assert.Equal(5, SumFile.Write(repository.Path));
        Assert.Contains(SumFile.Load(Path.Combine(repository.Path, SumFile.FileName)).Entries,
            e => e.Path == "versions/baseline/002_baseline_sqlite_upgrade.sql");
        Assert.Empty(repository.Validate());
        Assert.Empty(SumFileVerifier.Verify(repository.Path));

        // A new database runs the baseline instead of versions 1 and 2: an edit to it must not go unnoticed.
        WriteBaseline(repository, "002_baseline_sqlite_upgrade.sql", "CREATE TABLE t001_a (id INTEGER, extra TEXT);\nCREATE TABLE t002_b (id INTEGER);\n");

        foreach (IReadOnlyList<Diagnostic> findings in new[] { repository.Validate(), SumFileVerifier.Verify(repository.Path) })
        {
            Diagnostic finding = Assert.Single(findings);
            Assert.Equal("DBS007", finding.Code);
            Assert.EndsWith(Path.Combine("baseline", "002_baseline_sqlite_upgrade.sql"), finding.File, StringComparison.Ordinal);
            Assert.Contains("002_baseline_sqlite_upgrade.sql changed since it was recorded in dbsync.sum", finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_baseline_script_added_after_the_last_hash_is_DBS008()
    {
        using var repository = new TempRepository(BaselineConfig);
        repository.Versions("001_a", "002_b");
        SumFile.Write(repository.Path);
        WriteBaseline(repository, "002_baseline_sqlite_upgrade.sql", "CREATE TABLE t001_a (id INTEGER);\nCREATE TABLE t002_b (id INTEGER);\n");

        Diagnostic finding = Assert.Single(repository.Validate());

        Assert.Equal("DBS008", finding.Code);
        Assert.Contains("002_baseline_sqlite_upgrade.sql is not recorded in dbsync.sum", finding.Message, StringComparison.Ordinal);
    }

    private static void WriteBaseline(TempRepository repository, string fileName, string text)
    {
        string folder = Path.Combine(repository.VersionsPath, RepositoryBaseline.Folder);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, fileName), text);
    }
}
