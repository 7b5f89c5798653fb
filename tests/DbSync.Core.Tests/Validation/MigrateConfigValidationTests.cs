using DbSync.Core.Validation;

namespace DbSync.Core.Tests.Validation;

/// <summary>DBS006: the repository folder, migrate.cfg and versions/ must be there and readable.</summary>
public class MigrateConfigValidationTests
{
    [Fact]
    public void A_missing_migrate_cfg_is_DBS006_naming_the_file()
    {
        using var repository = new TempRepository(config: null);
        repository.Versions("001_init");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS006", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(repository.ConfigPath, diagnostic.File);
        Assert.Contains("migrate.cfg is missing", diagnostic.Message);
        Assert.Contains("dotnet dbsync init", diagnostic.Message);
    }

    [Fact]
    public void A_migrate_cfg_without_repository_id_is_DBS006()
    {
        using var repository = new TempRepository("[db_settings]\nversion_table = migrate_version\n");
        repository.Versions("001_init");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS006", diagnostic.Code);
        Assert.Contains("repository_id is missing", diagnostic.Message);
    }

    [Fact]
    public void A_malformed_migrate_cfg_line_is_DBS006_at_that_line()
    {
        using var repository = new TempRepository("[db_settings]\nrepository_id = sample\nthis is not a setting\n");
        repository.Versions("001_init");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS006", diagnostic.Code);
        Assert.Equal(3, diagnostic.Line);
    }

    [Fact]
    public void An_invalid_boolean_is_DBS006_at_its_line()
    {
        using var repository = new TempRepository(TempRepository.SequentialConfig + "[dbsync]\nrequire_downgrade = maybe\n");
        repository.Versions("001_init");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS006", diagnostic.Code);
        Assert.Equal(7, diagnostic.Line);
        Assert.Contains("True or False", diagnostic.Message);
    }

    [Fact]
    public void Other_problems_are_still_reported_when_migrate_cfg_is_missing()
    {
        using var repository = new TempRepository(config: null);
        repository.Versions("001_init");
        repository.Script("002_x_default_apply.sql");

        IReadOnlyList<Diagnostic> diagnostics = repository.Validate();

        Assert.Equal(new[] { "DBS006", "DBS001" }, diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_missing_repository_folder_is_DBS006()
    {
        string missing = Path.Combine(Path.GetTempPath(), "dbsync-validation-" + Guid.NewGuid().ToString("N"));

        Diagnostic diagnostic = Assert.Single(RepositoryValidator.Validate(missing, new ValidationOptions()));

        Assert.Equal("DBS006", diagnostic.Code);
        Assert.Contains("no migration repository at " + missing, diagnostic.Message);
        Assert.Contains("DbSyncRepository", diagnostic.Message);
        // About a folder: no line or column, not "(1,1)".
        Assert.StartsWith(missing + ": error DBS006: no migration repository at ", diagnostic.ToString());
    }

    [Fact]
    public void A_missing_versions_folder_is_DBS006()
    {
        using var repository = new TempRepository();
        Directory.Delete(repository.VersionsPath);

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS006", diagnostic.Code);
        Assert.Equal(repository.VersionsPath, diagnostic.File);
        Assert.Contains("no versions/ folder", diagnostic.Message);
    }
}
