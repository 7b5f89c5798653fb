namespace DbSync.Configuration;

/// <summary>What the configuration says: the database to connect to and the repository to use.</summary>
public sealed class DbSyncSettings
{
    public DbSyncSettings(DatabaseUrl? connection, string repositoryPath, IReadOnlyList<string> configFiles)
    {
        Connection = connection;
        RepositoryPath = repositoryPath;
        ConfigFiles = configFiles;
    }

    /// <summary>The configured database; null when nothing configures one (then <see cref="DefaultConnection"/> applies).</summary>
    public DatabaseUrl? Connection { get; }

    /// <summary>Full path of the migration repository.</summary>
    public string RepositoryPath { get; }

    /// <summary>The files read, in the order they were applied.</summary>
    public IReadOnlyList<string> ConfigFiles { get; }

    /// <summary>mogan-dbsync's default without a config file: an SQLite file named after the repository, in the current directory.</summary>
    public static DatabaseUrl DefaultConnection(string repositoryId) =>
        new("sqlite", null, null, null, null, repositoryId + ".sqlite", new Dictionary<string, string>());
}
