using System.Text;
using DbSync.Core.Repository;
using DbSync.Core.Errors;
using DbSync.Errors;

namespace DbSync.Repositories;

/// <summary>Creates an empty repository in sqlalchemy-migrate's layout: migrate.cfg and versions/.</summary>
public static class RepositoryInitializer
{
    public static void Create(string path, string repositoryId, bool useTimestampNumbering)
    {
        string full = Path.GetFullPath(path);
        if (File.Exists(Path.Combine(full, MigrateConfig.FileName)))
        {
            throw new DbSyncException(ErrorCodes.FileAccess, "already holds a repository (migrate.cfg exists); nothing was changed", new SourceLocation(Path.Combine(full, MigrateConfig.FileName)));
        }

        if (repositoryId.Length == 0 || repositoryId.Any(char.IsWhiteSpace))
        {
            throw new CommandLineException("--repository-id '" + repositoryId + "' must be a non-empty name without spaces");
        }

        Directory.CreateDirectory(Path.Combine(full, MigrationRepository.VersionsFolder));
        File.WriteAllText(Path.Combine(full, MigrateConfig.FileName), Config(repositoryId, useTimestampNumbering), new UTF8Encoding(false));
    }

    /// <summary>
    /// The repository id `init` records when none is given: the folder's name, or its parent's when the folder has the
    /// conventional name (a project's migrations/ folder names the project, not the repository), with spaces as '_'.
    /// </summary>
    public static string DefaultRepositoryId(string path)
    {
        var folder = new DirectoryInfo(Path.GetFullPath(path));
        if (folder.Name.Equals("migrations", StringComparison.OrdinalIgnoreCase) && folder.Parent is { Parent: not null } parent)
        {
            folder = parent;
        }

        string name = string.Join("_", folder.Name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return name.Length == 0 ? "migrations" : name;
    }

    // The same settings and comments as sqlalchemy-migrate's template, plus DbSync's own section.
    private static string Config(string repositoryId, bool useTimestampNumbering) => $"""
        [db_settings]
        # Used to identify which repository this database is versioned under.
        # You can use the name of your project.
        repository_id={repositoryId}

        # The name of the database table used to track the schema version.
        # This name shouldn't already be used by your project.
        # If this is changed once a database is under version control, you'll need to
        # change the table name in each database too.
        version_table=migrate_version

        # Databases this repository must work on (kept for sqlalchemy-migrate).
        # This must be a list; example: ['postgres','sqlite']
        required_dbs=[]

        # When creating new change scripts, number them latest_version + 1 (False)
        # or with the UTC timestamp (True).
        use_timestamp_numbering={(useTimestampNumbering ? "True" : "False")}

        [dbsync]
        # DbSync's own settings; sqlalchemy-migrate ignores this section.
        # model = model.sql          desired schema, for revision --autogenerate, create_schema and check
        # require_downgrade = False  a version without a downgrade script fails validation
        # init_version = 0           the version an empty database starts at

        """;
}
