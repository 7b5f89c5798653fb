using DbSync.Core.Validation;

namespace DbSync.Core.Tests.Validation;

/// <summary>DBS004: a version without an upgrade (error) or a downgrade (warning, or error when required).</summary>
public class ScriptPairingValidationTests
{
    [Fact]
    public void A_version_without_an_upgrade_is_a_DBS004_error()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        string downgrade = repository.Script("002_add_ports_default_downgrade.sql", "DROP TABLE ports;\n");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS004", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(downgrade, diagnostic.File);
        Assert.Contains("add 002_add_ports_default_upgrade.sql", diagnostic.Message);
    }

    [Fact]
    public void A_version_without_a_downgrade_is_a_DBS004_warning()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        string upgrade = repository.Script("002_add_ports_default_upgrade.sql");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS004", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(upgrade, diagnostic.File);
        Assert.Contains("add 002_add_ports_default_downgrade.sql", diagnostic.Message);
    }

    [Fact]
    public void RequireDowngrade_makes_a_missing_downgrade_an_error()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("002_add_ports_default_upgrade.sql");

        Diagnostic diagnostic = Assert.Single(repository.Validate(requireDowngrade: true));

        Assert.Equal("DBS004", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Require_downgrade_in_migrate_cfg_makes_a_missing_downgrade_an_error()
    {
        using var repository = new TempRepository(TempRepository.SequentialConfig + "[dbsync]\nrequire_downgrade = True\n");
        repository.Versions("001_init");
        repository.Script("002_add_ports_default_upgrade.sql");

        Diagnostic diagnostic = Assert.Single(repository.Validate(requireDowngrade: false));

        Assert.Equal("DBS004", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void A_default_downgrade_covers_every_dialect()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_init_mysql_upgrade.sql");

        Assert.Empty(repository.Validate(requireDowngrade: true));
    }

    [Fact]
    public void A_dialect_upgrade_needs_a_downgrade_for_that_dialect_or_a_default_one()
    {
        using var repository = new TempRepository();
        repository.Script("001_init_mysql_upgrade.sql");
        repository.Script("001_init_sqlite_upgrade.sql");
        repository.Script("001_init_sqlite_downgrade.sql", "DROP TABLE t;\n");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS004", diagnostic.Code);
        Assert.EndsWith("001_init_mysql_upgrade.sql", diagnostic.File);
        Assert.Contains("no downgrade script for mysql; add 001_init_mysql_downgrade.sql or 001_init_default_downgrade.sql", diagnostic.Message);
    }
}
