using DbSync.Core.Validation;

namespace DbSync.Core.Tests.Validation;

/// <summary>DBS003: consecutive numbering from init_version + 1, or strictly increasing timestamps.</summary>
public class NumberingValidationTests
{
    [Fact]
    public void A_gap_is_DBS003_at_the_first_script_after_it()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init", "002_add_ports", "004_add_users");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS003", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(Path.Combine(repository.VersionsPath, "004_add_users_default_upgrade.sql"), diagnostic.File);
        Assert.Contains("version 4 follows version 2", diagnostic.Message);
        Assert.Contains("version 3 is missing", diagnostic.Message);
    }

    [Fact]
    public void Each_gap_is_reported_once()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init", "003_b", "004_c", "007_d");

        IReadOnlyList<Diagnostic> diagnostics = repository.Validate();

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("DBS003", d.Code));
        Assert.Contains("version 2 is missing", diagnostics[0].Message);
        Assert.Contains("versions 5 to 6 are missing", diagnostics[1].Message);
    }

    [Fact]
    public void Versions_must_start_at_1()
    {
        using var repository = new TempRepository();
        repository.Versions("002_init", "003_b");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS003", diagnostic.Code);
        Assert.Contains("the first version is 2 but versions start at 1", diagnostic.Message);
    }

    [Fact]
    public void With_init_version_the_first_version_is_init_version_plus_one()
    {
        using var repository = new TempRepository(TempRepository.SequentialConfig + "[dbsync]\ninit_version = 215\n");
        repository.Versions("216_havana", "217_placeholder");

        Assert.Empty(repository.Validate());
    }

    [Fact]
    public void With_init_version_a_first_version_above_init_version_plus_one_is_a_gap()
    {
        using var repository = new TempRepository(TempRepository.SequentialConfig + "[dbsync]\ninit_version = 215\n");
        repository.Versions("217_placeholder");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS003", diagnostic.Code);
        Assert.Contains("init_version + 1 = 216", diagnostic.Message);
    }

    [Fact]
    public void A_version_at_or_below_init_version_is_DBS003()
    {
        using var repository = new TempRepository(TempRepository.SequentialConfig + "[dbsync]\ninit_version = 5\n");
        repository.Versions("005_old", "006_new");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS003", diagnostic.Code);
        Assert.Contains("version 5 is not above [dbsync] init_version 5", diagnostic.Message);
        Assert.Contains("005_old_default_upgrade.sql", diagnostic.File);
    }

    [Fact]
    public void Timestamp_numbering_allows_gaps()
    {
        using var repository = new TempRepository(TempRepository.TimestampConfig);
        repository.Versions("20240101120000_init", "20240315093000_add_ports", "20241201000001_add_users");

        Assert.Empty(repository.Validate());
    }

    [Fact]
    public void Timestamp_numbering_still_requires_versions_above_init_version()
    {
        using var repository = new TempRepository(TempRepository.TimestampConfig + "[dbsync]\ninit_version = 20240201000000\n");
        repository.Versions("20240101120000_init", "20240315093000_add_ports");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS003", diagnostic.Code);
        Assert.Contains("version 20240101120000 is not above [dbsync] init_version 20240201000000", diagnostic.Message);
    }

    [Fact]
    public void Sequential_numbering_rejects_timestamps()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init", "20240315093000_add_ports");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS003", diagnostic.Code);
        Assert.Contains("version 20240315093000 follows version 1", diagnostic.Message);
    }

    [Fact]
    public void Numbering_is_not_judged_without_a_readable_migrate_cfg()
    {
        // A timestamp repository with a broken migrate.cfg must not also drown in gap errors.
        using var repository = new TempRepository("[db_settings]\nuse_timestamp_numbering = True\n");
        repository.Versions("20240101120000_init", "20240315093000_add_ports");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS006", diagnostic.Code);
    }
}
