using DbSync.Configuration;
using DbSync.Core.Repository;
using DbSync.Migrations;
using DbSync.Schema;

namespace DbSync.Testing.Repositories;

/// <summary>A migration repository in a temp folder, written script by script, and the engine's services over it.</summary>
public sealed class ScriptRepository : IDisposable
{
    private readonly TempDirectory _directory = new("dbsync-repo");

    public ScriptRepository(string repositoryId = "conformance", string? model = null)
    {
        RepositoryId = repositoryId;
        _directory.Write("repo/migrate.cfg", "[db_settings]\nrepository_id=" + repositoryId + "\nversion_table=migrate_version\nrequired_dbs=[]\n"
            + (model == null ? string.Empty : "[dbsync]\nmodel = model.sql\n"));
        Directory.CreateDirectory(_directory.Combine("repo", "versions"));
        if (model != null)
        {
            WriteModel(model);
        }
    }

    public string RepositoryId { get; }

    public string Path => _directory.Combine("repo");

    public string VersionsPath => _directory.Combine("repo", "versions");

    /// <summary>Writes versions/NNN_name_DIALECT_OPERATION.sql and returns its path.</summary>
    public string Write(int version, string name, string operation, string sql, string dialect = "default") =>
        _directory.Write(System.IO.Path.Combine("repo", "versions", version.ToString("000", System.Globalization.CultureInfo.InvariantCulture)
            + "_" + name + "_" + dialect + "_" + operation + ".sql"), sql);

    /// <summary>Writes model.sql (the repository's migrate.cfg must name it: create with a model).</summary>
    public string WriteModel(string sql) => _directory.Write(System.IO.Path.Combine("repo", "model.sql"), sql);

    public MigrationRepository Load() => MigrationRepository.Load(Path);

    public Migrator Migrator(string url, IMigrationObserver? observer = null, bool sanityCheck = true, TimeSpan? lockTimeout = null, bool allowChanged = false) =>
        new(Load(), DatabaseUrlParser.Parse(url, "test URL"), observer, new MigrationOptions
        {
            SanityCheck = sanityCheck,
            LockTimeout = lockTimeout ?? MigrationOptions.DefaultLockTimeout,
            AllowChangedScripts = allowChanged,
        });

    public SchemaService Schema(string url, IMigrationObserver? observer = null) =>
        new(Load(), DatabaseUrlParser.Parse(url, "test URL"), observer);

    public void Dispose() => _directory.Dispose();
}
