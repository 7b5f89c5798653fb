using DbSync.Core.Integrity;
using DbSync.Core.Repository;
using DbSync.Core.Validation;

namespace DbSync.Core.Tests.Validation;

/// <summary>The validator as a whole, and its agreement with <see cref="MigrationRepository.Load"/>.</summary>
public class RepositoryValidatorTests
{
    [Fact]
    public void The_repository_layout_of_the_design_validates_cleanly()
    {
        using var repository = new TempRepository();
        repository.Script("001_initial_default_upgrade.sql", "CREATE TABLE nodes (id INTEGER PRIMARY KEY, name VARCHAR(255));\n");
        repository.Script("001_initial_default_downgrade.sql", "DROP TABLE nodes;\n");
        repository.Script("002_add_ports_default_upgrade.sql", "-- ports\nCREATE TABLE ports (id INTEGER PRIMARY KEY);\nCREATE INDEX ix_ports ON ports (id);\n");
        repository.Script("002_add_ports_mysql_upgrade.sql", "CREATE TABLE ports (id INT PRIMARY KEY) ENGINE=InnoDB; # MySQL variant\n");
        repository.Script("002_add_ports_default_downgrade.sql", "DROP TABLE ports;\n");
        File.WriteAllText(Path.Combine(repository.Path, "model.sql"), "CREATE TABLE nodes (id INTEGER PRIMARY KEY);\n");
        Directory.CreateDirectory(Path.Combine(repository.Path, "templates"));
        SumFile.Write(repository.Path);

        Assert.Empty(repository.Validate(requireDowngrade: true));
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("002_a_default_apply.sql");
        repository.Script("004_c_default_upgrade.sql", "");
        repository.Script("004_c_default_downgrade.sql", "DROP TABLE c;\nCOMMIT;\n");

        IReadOnlyList<Diagnostic> diagnostics = repository.Validate();

        // Listing problems first, then numbering, then each script's content in file-name order.
        Assert.Equal(new[] { "DBS001", "DBS003", "DBS010", "DBS005" }, diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_diagnostic_prints_in_the_canonical_MSBuild_form()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init", "003_b");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal(diagnostic.File + "(1,1): error DBS003: " + diagnostic.Message, diagnostic.ToString());
    }

    [Fact]
    public void Load_throws_the_first_error_the_validator_reports()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init", "003_b");
        repository.Script("005_c_default_upgrade.sql");
        repository.Script("005_d_default_upgrade.sql");

        Diagnostic first = repository.Validate().First(d => d.Severity == DiagnosticSeverity.Error);
        var error = Assert.Throws<RepositoryException>(() => MigrationRepository.Load(repository.Path));

        Assert.Equal("DBS002", first.Code);
        Assert.Equal(first.Code, error.Diagnostic.Code);
        Assert.Equal(first.File, error.Diagnostic.File);
        Assert.Equal(first.Message, error.Diagnostic.Message);
    }

    [Fact]
    public void Load_reports_a_gap_like_the_validator()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init", "003_b");

        var error = Assert.Throws<RepositoryException>(() => MigrationRepository.Load(repository.Path));

        Assert.Equal(Assert.Single(repository.Validate()).Message, error.Diagnostic.Message);
    }

    [Fact]
    public void Load_accepts_what_only_the_validator_objects_to_because_it_never_opens_a_script()
    {
        // Empty script (DBS005) and missing downgrade, even when required: Load reads the directory listing only.
        using var repository = new TempRepository(TempRepository.SequentialConfig + "[dbsync]\nrequire_downgrade = True\n");
        repository.Versions("001_init");
        repository.Script("002_b_default_upgrade.sql", "");

        MigrationRepository loaded = MigrationRepository.Load(repository.Path);

        Assert.Equal(2, loaded.Latest);
        Assert.Equal(new[] { "DBS004", "DBS005" }, repository.Validate().Select(d => d.Code).OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    public void Load_still_lists_files_it_ignores()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_init_default_upgrade.sql.orig", "backup");

        MigrationRepository loaded = MigrationRepository.Load(repository.Path);

        Assert.Equal(new[] { "001_init_default_upgrade.sql.orig" }, loaded.IgnoredFiles);
        Assert.Equal(1, loaded.Count);
    }
}
