using DbSync.Core.Repository;
using DbSync.Core.Validation;
using DbSync.Core.Errors;

namespace DbSync.Core.Tests.Repository;

public sealed class MigrateConfigTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dbsync-cfg-" + Guid.NewGuid().ToString("N"));

    public MigrateConfigTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private MigrateConfig Load(string text)
    {
        string path = Path.Combine(_dir, "migrate.cfg");
        File.WriteAllText(path, text);
        return MigrateConfig.Load(path);
    }

    [Fact]
    public void Sqlalchemy_migrate_settings_and_dbsync_settings_are_read()
    {
        var config = Load("[db_settings]\nrepository_id=heat\nversion_table=heat_version\nrequired_dbs=['sqlite', \"mysql\"]\nuse_timestamp_numbering=True\n"
            + "[dbsync]\nmodel = model.sql\nrequire_downgrade = yes\ninit_version = 72\n");

        Assert.Equal("heat", config.RepositoryId);
        Assert.Equal("heat_version", config.VersionTable);
        Assert.Equal(["sqlite", "mysql"], config.RequiredDbs);
        Assert.True(config.UseTimestampNumbering);
        Assert.Equal("model.sql", config.Model);
        Assert.True(config.RequireDowngrade);
        Assert.Equal(72, config.InitVersion);
    }

    [Fact]
    public void Defaults_match_sqlalchemy_migrate()
    {
        var config = Load("[db_settings]\nrepository_id = app\n");

        Assert.Equal("migrate_version", config.VersionTable);
        Assert.Empty(config.RequiredDbs);
        Assert.False(config.UseTimestampNumbering);
        Assert.Null(config.Model);
        Assert.False(config.RequireDowngrade);
        Assert.Equal(0, config.InitVersion);
    }

    [Theory]
    [InlineData("[other]\nx = 1\n", 0, "no [db_settings] section")]
    [InlineData("[db_settings]\nversion_table = v\n", 0, "repository_id is missing")]
    [InlineData("[db_settings]\nrepository_id = a\nversion_table = drop table;\n", 3, "not a plain table name")]
    [InlineData("[db_settings]\nrepository_id = a\nuse_timestamp_numbering = sometimes\n", 3, "must be True or False")]
    [InlineData("[db_settings]\nrepository_id = a\nrequired_dbs = sqlite\n", 3, "must be a list")]
    [InlineData("[db_settings]\nrepository_id = a\n[dbsync]\ninit_version = -1\n", 4, "init_version must be a non-negative whole number")]
    [InlineData("[db_settings]\nrepository_id = a\nnonsense\n", 3, "expected 'key = value'")]
    public void Invalid_files_are_DBS006_with_the_line(string text, int line, string reason)
    {
        var error = Assert.Throws<RepositoryException>(() => Load(text));

        Assert.Equal(ErrorCodes.InvalidMigrateConfig, error.Diagnostic.Code);
        Assert.Equal(line, error.Diagnostic.Line);
        Assert.Contains(reason, error.Diagnostic.Message);
    }

    [Fact]
    public void A_missing_file_says_how_to_create_a_repository()
    {
        var error = Assert.Throws<RepositoryException>(() => MigrateConfig.Load(Path.Combine(_dir, "migrate.cfg")));

        Assert.Equal(ErrorCodes.InvalidMigrateConfig, error.Diagnostic.Code);
        Assert.Contains("dotnet dbsync init", error.Diagnostic.Message);
    }
}
