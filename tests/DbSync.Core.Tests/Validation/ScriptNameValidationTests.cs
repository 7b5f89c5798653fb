using DbSync.Core.Validation;

namespace DbSync.Core.Tests.Validation;

/// <summary>DBS001 (bad file name) and DBS002 (two scripts for one version, dialect and operation).</summary>
public class ScriptNameValidationTests
{
    [Theory]
    [InlineData("01_init_default_upgrade.sql", "three or more digits")]
    [InlineData("001_init_default_apply.sql", "_upgrade.sql or _downgrade.sql")]
    [InlineData("001_init_oracle9_upgrade.sql", "dialect 'oracle9'")]
    [InlineData("001_upgrade.sql", "too few parts")]
    [InlineData("001_init.py", "Python migration scripts are not supported")]
    public void A_badly_named_script_is_DBS001_at_that_file(string fileName, string explanation)
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        string bad = repository.Script(fileName);

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS001", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(bad, diagnostic.File);
        Assert.Contains(explanation, diagnostic.Message);
    }

    [Fact]
    public void Files_that_do_not_start_with_digits_are_ignored_as_sqlalchemy_migrate_does()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("README.md", "notes");
        repository.Script("__init__.py", "");
        repository.Script("001_init_default_upgrade.sql.orig", "");

        Assert.Empty(repository.Validate());
    }

    [Fact]
    public void Two_upgrade_scripts_for_one_version_are_DBS002_at_the_second()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init", "002_add_ports");
        string second = repository.Script("002_add_users_default_upgrade.sql");

        Diagnostic diagnostic = Assert.Single(repository.Validate(), d => d.Code == "DBS002" && d.Severity == DiagnosticSeverity.Error);

        Assert.Equal(second, diagnostic.File);
        Assert.Contains("002_add_ports_default_upgrade.sql and 002_add_users_default_upgrade.sql", diagnostic.Message);
        Assert.Contains("renumber one", diagnostic.Message);
    }

    [Fact]
    public void Dialect_variants_of_one_version_are_not_duplicates()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_init_mysql_upgrade.sql", "CREATE TABLE t (id INT) ENGINE=InnoDB;\n");
        repository.Script("001_init_sqlite_upgrade.sql");

        Assert.Empty(repository.Validate());
    }

    [Fact]
    public void Scripts_of_one_version_with_different_descriptions_are_a_DBS002_warning()
    {
        // Two branches each added version 2, one with its upgrade and the other with its downgrade only.
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("002_add_ports_default_upgrade.sql");
        string other = repository.Script("002_add_users_default_downgrade.sql", "DROP TABLE users;\n");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS002", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(other, diagnostic.File);
        Assert.Contains("002_add_ports and 002_add_users", diagnostic.Message);
    }

    [Fact]
    public void A_dialect_variant_without_a_description_matches_any_description()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_sqlite_upgrade.sql");

        Assert.Empty(repository.Validate());
    }
}
