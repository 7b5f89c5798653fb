using DbSync.Core.Repository;
using DbSync.Core.Validation;

namespace DbSync.Core.Tests.Validation;

/// <summary>_mariadb_ scripts: a valid name (not DBS001), split as MySQL, paired and de-duplicated as any other dialect.</summary>
public class MariaDbScriptValidationTests
{
    [Fact]
    public void A_mariadb_script_beside_mysql_and_default_ones_is_valid()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_init_mysql_upgrade.sql", "CREATE TABLE t (id INT) ENGINE=InnoDB;\n");
        repository.Script("001_init_mariadb_upgrade.sql", "CREATE TABLE t (id INT, v INET6) ENGINE=InnoDB; # MariaDB only\n");
        repository.Script("001_init_mariadb_downgrade.sql", "DROP TABLE t;\n");

        Assert.Empty(repository.Validate(requireDowngrade: true));
    }

    [Fact]
    public void A_mariadb_script_is_split_with_mysql_rules()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        // A backslash escape is MySQL's: under SQLite rules the string would not end.
        repository.Script("001_init_mariadb_upgrade.sql", "INSERT INTO t VALUES ('it\\'s');\n/* not closed\n");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS009", diagnostic.Code);
        Assert.Equal(2, diagnostic.Line);
    }

    [Fact]
    public void Two_mariadb_upgrades_of_one_version_are_DBS002()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_init_mariadb_upgrade.sql");
        repository.Script("001_other_mariadb_upgrade.sql");

        Diagnostic diagnostic = Assert.Single(repository.Validate(), d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal("DBS002", diagnostic.Code);
        Assert.Contains("version 1 has two mariadb upgrade scripts", diagnostic.Message);
    }

    [Fact]
    public void A_mariadb_upgrade_is_undone_by_a_mysql_downgrade_where_it_has_none()
    {
        using var repository = new TempRepository();
        repository.Script("001_init_mariadb_upgrade.sql");
        repository.Script("001_init_mysql_upgrade.sql");
        repository.Script("001_init_mysql_downgrade.sql", "DROP TABLE t;\n");

        Assert.Empty(repository.Validate(requireDowngrade: true));
    }

    [Fact]
    public void A_mariadb_upgrade_without_any_downgrade_names_the_three_scripts_that_would_do()
    {
        using var repository = new TempRepository();
        repository.Script("001_init_mariadb_upgrade.sql");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS004", diagnostic.Code);
        Assert.Contains("no downgrade script for mariadb; add 001_init_mariadb_downgrade.sql, 001_init_mysql_downgrade.sql or 001_init_default_downgrade.sql",
            diagnostic.Message);
    }

    [Fact]
    public void A_mariadb_database_prefers_mariadb_then_mysql_then_default_scripts()
    {
        using var repository = new TempRepository();
        repository.Script("001_init_default_upgrade.sql");
        repository.Script("001_init_mysql_upgrade.sql");
        repository.Script("001_init_mariadb_upgrade.sql");
        repository.Script("001_init_default_downgrade.sql", "DROP TABLE t;\n");
        repository.Script("001_init_mysql_downgrade.sql", "DROP TABLE t;\n");
        MigrationVersion version = Assert.Single(MigrationRepository.Load(repository.Path).Versions);

        Assert.Equal("001_init_mariadb_upgrade.sql", version.GetScript(["mariadb", "mysql"], ScriptOperation.Upgrade)!.Name.FileName);
        Assert.Equal("001_init_mysql_downgrade.sql", version.GetScript(["mariadb", "mysql"], ScriptOperation.Downgrade)!.Name.FileName);
        Assert.Equal("001_init_mysql_upgrade.sql", version.GetScript(["mysql"], ScriptOperation.Upgrade)!.Name.FileName);
        Assert.Equal("001_init_default_upgrade.sql", version.GetScript(["sqlite"], ScriptOperation.Upgrade)!.Name.FileName);
    }
}
