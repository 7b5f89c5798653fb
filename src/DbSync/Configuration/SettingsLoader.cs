using DbSync.Core.Ini;
using DbSync.Core.Errors;
using DbSync.Errors;

namespace DbSync.Configuration;

/// <summary>
/// Builds <see cref="DbSyncSettings"/> the way an oslo.config service does: config files and directories in
/// command-line order, later values winning; then the container overrides <c>DBSYNC_DATABASE_CONNECTION</c> and
/// <c>DBSYNC_REPOSITORY</c>; then <c>--repository</c>.
/// </summary>
public static class SettingsLoader
{
    public const string ConnectionVariable = "DBSYNC_DATABASE_CONNECTION";
    public const string RepositoryVariable = "DBSYNC_REPOSITORY";
    public const string DefaultRepository = "migrations";

    public static DbSyncSettings Load(IReadOnlyList<ConfigSource> sources, string? repositoryOption, Func<string, string?> environment, string currentDirectory)
    {
        var files = new List<string>();
        foreach (ConfigSource source in sources)
        {
            files.AddRange(Expand(source, currentDirectory));
        }

        IniValue? connection = null;
        IniValue? repository = null;
        foreach (string file in files)
        {
            // A malformed file is an IniFormatException (DBS100) located at the file and line.
            IniDocument ini = IniParser.ParseFile(file, stripQuotes: true);

            connection = ini.Get("database", "connection") ?? connection;
            repository = ini.Get("dbsync", "repository") ?? repository;
        }

        DatabaseUrl? url = null;
        string? fromEnvironment = environment(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            url = DatabaseUrlParser.Parse(fromEnvironment, "environment variable " + ConnectionVariable);
        }
        else if (connection != null && connection.Value.Length > 0)
        {
            try
            {
                url = DatabaseUrlParser.Parse(connection.Value, "[database] connection");
            }
            catch (ConfigurationException e)
            {
                // Located at the file and line, so the error reads as a compiler's and an editor can jump to it.
                throw new ConfigurationException(e.Message, new SourceLocation(connection.File, connection.Line));
            }
        }

        string repositoryPath;
        string? repositoryFromEnvironment = environment(RepositoryVariable);
        if (!string.IsNullOrWhiteSpace(repositoryOption))
        {
            repositoryPath = Path.GetFullPath(repositoryOption, currentDirectory);
        }
        else if (!string.IsNullOrWhiteSpace(repositoryFromEnvironment))
        {
            repositoryPath = Path.GetFullPath(repositoryFromEnvironment, currentDirectory);
        }
        else if (repository != null && repository.Value.Length > 0)
        {
            // Relative to the file that names it, so a service's config works from any directory.
            repositoryPath = Path.GetFullPath(repository.Value, Path.GetDirectoryName(repository.File)!);
        }
        else
        {
            repositoryPath = Path.GetFullPath(DefaultRepository, currentDirectory);
        }

        return new DbSyncSettings(url, repositoryPath, files);
    }

    private static IEnumerable<string> Expand(ConfigSource source, string currentDirectory)
    {
        string path = Path.GetFullPath(source.Path, currentDirectory);
        if (source.Kind == ConfigSourceKind.File)
        {
            if (!File.Exists(path))
            {
                throw new CommandLineException("--config-file " + source.Path + ": no such file");
            }

            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new CommandLineException("--config-dir " + source.Path + ": no such directory");
        }

        // oslo.config reads every *.conf in the directory, sorted by name.
        var conf = Directory.GetFiles(path, "*.conf");
        Array.Sort(conf, StringComparer.Ordinal);
        return conf;
    }
}
