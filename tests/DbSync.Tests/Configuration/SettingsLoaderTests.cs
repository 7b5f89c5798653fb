using DbSync.Configuration;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Testing;

namespace DbSync.Tests.Configuration;

public sealed class SettingsLoaderTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Without_configuration_the_repository_is_migrations_and_no_connection_is_set()
    {
        using var dir = new TempDirectory();

        var settings = SettingsLoader.Load([], null, Environment(), dir.Path);

        Assert.Null(settings.Connection);
        Assert.Equal(dir.Combine("migrations"), settings.RepositoryPath);
        Assert.Equal("sqlite:///inventory.sqlite", DbSyncSettings.DefaultConnection("inventory").ToString());
    }

    [Fact]
    public void Multi_line_values_comments_and_quotes_are_read_as_oslo_config_does()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("a.conf", "[DEFAULT]\n# comment\n; comment\ndebug = true\n\n[database]\nconnection = \"sqlite:///quoted.db\"\n\n[dbsync]\nrepository: repo\n");

        var settings = SettingsLoader.Load([new ConfigSource(ConfigSourceKind.File, file)], null, Environment(), dir.Path);

        Assert.Equal("quoted.db", settings.Connection!.Database);
        Assert.Equal(dir.Combine("repo"), settings.RepositoryPath);
    }

    [Fact]
    public void The_environment_overrides_files_and_the_option_overrides_the_environment()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("a.conf", "[database]\nconnection = sqlite:///file.db\n[dbsync]\nrepository = from_file\n");
        var sources = new[] { new ConfigSource(ConfigSourceKind.File, file) };

        var fromEnvironment = SettingsLoader.Load(sources, null,
            Environment(("DBSYNC_DATABASE_CONNECTION", "sqlite:///env.db"), ("DBSYNC_REPOSITORY", "from_env")), dir.Path);
        var fromOption = SettingsLoader.Load(sources, "from_option", Environment(("DBSYNC_REPOSITORY", "from_env")), dir.Path);

        Assert.Equal("env.db", fromEnvironment.Connection!.Database);
        Assert.Equal(dir.Combine("from_env"), fromEnvironment.RepositoryPath);
        Assert.Equal(dir.Combine("from_option"), fromOption.RepositoryPath);
    }

    [Fact]
    public void A_config_dir_reads_every_conf_file_sorted_by_name()
    {
        using var dir = new TempDirectory();
        dir.Write("d/b.conf", "[database]\nconnection = sqlite:///b.db\n");
        dir.Write("d/a.conf", "[database]\nconnection = sqlite:///a.db\n[dbsync]\nrepository = repo_a\n");
        dir.Write("d/c.conf.disabled", "[database]\nconnection = sqlite:///c.db\n");

        var settings = SettingsLoader.Load([new ConfigSource(ConfigSourceKind.Directory, "d")], null, Environment(), dir.Path);

        Assert.Equal("b.db", settings.Connection!.Database);
        Assert.Equal(dir.Combine("d", "repo_a"), settings.RepositoryPath);
        Assert.Equal([dir.Combine("d", "a.conf"), dir.Combine("d", "b.conf")], settings.ConfigFiles);
    }

    [Fact]
    public void A_missing_file_or_dir_names_the_option()
    {
        using var dir = new TempDirectory();

        var file = Assert.Throws<CommandLineException>(() => SettingsLoader.Load([new ConfigSource(ConfigSourceKind.File, "nope.conf")], null, Environment(), dir.Path));
        var folder = Assert.Throws<CommandLineException>(() => SettingsLoader.Load([new ConfigSource(ConfigSourceKind.Directory, "nope.d")], null, Environment(), dir.Path));

        Assert.Equal("--config-file nope.conf: no such file", file.Message);
        Assert.Equal("--config-dir nope.d: no such directory", folder.Message);
    }

    [Fact]
    public void A_bad_connection_names_the_file_and_line_it_came_from()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("a.conf", "[database]\n\nconnection = oracle://scott:tiger@h/db\n");

        var error = Assert.Throws<ConfigurationException>(() => SettingsLoader.Load([new ConfigSource(ConfigSourceKind.File, file)], null, Environment(), dir.Path));

        Assert.StartsWith(file + "(3,1): error DBS100: [database] connection: unsupported database scheme 'oracle'", error.ToDiagnosticString());
        Assert.DoesNotContain("tiger", error.Message);
    }
}
