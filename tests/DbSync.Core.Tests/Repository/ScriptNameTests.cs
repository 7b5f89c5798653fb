using DbSync.Core.Repository;

namespace DbSync.Core.Tests.Repository;

public sealed class ScriptNameTests
{
    [Theory]
    [InlineData("001_initial_default_upgrade.sql", 1, "initial", "default", ScriptOperation.Upgrade)]
    [InlineData("002_add_ports_mysql_downgrade.sql", 2, "add_ports", "mysql", ScriptOperation.Downgrade)]
    [InlineData("0216_havana_sqlite_upgrade.sql", 216, "havana", "sqlite", ScriptOperation.Upgrade)]
    [InlineData("20261121103000_add_x_default_upgrade.sql", 20261121103000, "add_x", "default", ScriptOperation.Upgrade)]
    [InlineData("003_default_upgrade.sql", 3, "", "default", ScriptOperation.Upgrade)]
    [InlineData("004_x_ibm_db_sa_upgrade.sql", 4, "x", "ibm_db_sa", ScriptOperation.Upgrade)]
    public void Names_split_on_underscores_as_sqlalchemy_migrate_does(string file, long version, string description, string dialect, ScriptOperation operation)
    {
        var name = ScriptName.TryParse(file, out string? error);

        Assert.Null(error);
        Assert.NotNull(name);
        Assert.Equal(version, name.Version);
        Assert.Equal(description, name.Description);
        Assert.Equal(dialect, name.Dialect);
        Assert.Equal(operation, name.Operation);
    }

    [Theory]
    [InlineData("README")]
    [InlineData("__init__.py")]
    [InlineData("001_x_default_upgrade.sql.orig")]
    [InlineData("001_x_default_upgrade.pyc")]
    public void Files_that_are_not_scripts_are_ignored(string file)
    {
        Assert.Null(ScriptName.TryParse(file, out string? error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("001_upgrade.sql", "too few parts")]
    [InlineData("01_x_default_upgrade.sql", "three or more digits")]
    [InlineData("001a_x_default_upgrade.sql", "three or more digits")]
    [InlineData("001_x_default_up.sql", "must end in _upgrade.sql or _downgrade.sql")]
    [InlineData("001_x_oracle8_upgrade.sql", "dialect 'oracle8'")]
    [InlineData("001_add_ports.py", "Python migration scripts are not supported")]
    [InlineData("99999999999999999999_x_default_upgrade.sql", "too large")]
    public void Bad_names_are_errors_that_say_what_is_expected(string file, string reason)
    {
        Assert.Null(ScriptName.TryParse(file, out string? error));
        Assert.NotNull(error);
        Assert.Contains(reason, error);
        Assert.Contains(file.Split('.')[0], error);
    }
}
