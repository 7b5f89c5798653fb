using DbSync.Configuration;
using DbSync.Core.Repository;
using DbSync.Migrations;
using DbSync.Testing;

namespace DbSync.Tests.MySql;

/// <summary>A migration repository in a temp folder, written script by script, and migrators over it.</summary>
internal sealed class ScriptRepository : IDisposable
{
    private readonly TempDirectory _directory = new("dbsync-mysql");

    public ScriptRepository(string repositoryId = "mysql_tests")
    {
        RepositoryId = repositoryId;
        _directory.Write("repo/migrate.cfg", "[db_settings]\nrepository_id=" + repositoryId + "\nversion_table=migrate_version\nrequired_dbs=[]\n");
        Directory.CreateDirectory(_directory.Combine("repo", "versions"));
    }

    public string RepositoryId { get; }

    public string Path => _directory.Combine("repo");

    /// <summary>Writes versions/NNN_name_DIALECT_OPERATION.sql and returns its path.</summary>
    public string Write(int version, string name, string operation, string sql, string dialect = "default") =>
        _directory.Write(System.IO.Path.Combine("repo", "versions", version.ToString("000", System.Globalization.CultureInfo.InvariantCulture)
            + "_" + name + "_" + dialect + "_" + operation + ".sql"), sql);

    public Migrator Migrator(string url, IMigrationObserver? observer = null, bool sanityCheck = true) =>
        new(MigrationRepository.Load(Path), DatabaseUrlParser.Parse(url, "test URL"), observer, new MigrationOptions { SanityCheck = sanityCheck });

    public void Dispose() => _directory.Dispose();
}
