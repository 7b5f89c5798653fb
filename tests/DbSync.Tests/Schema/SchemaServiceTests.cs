using DbSync.Schema.Comparison;
using DbSync.Configuration;
using DbSync.Core.Repository;
using DbSync.Core.Sql;
using DbSync.Dialects;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Revisions;
using DbSync.Schema;
using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.Tests.Schema;

/// <summary>The engine API behind `revision --autogenerate`, `create_schema` and `check`, on an SQLite file.</summary>
public sealed class SchemaServiceTests : IDisposable
{
    private const string Version1 = "CREATE TABLE items (id INTEGER PRIMARY KEY, sku VARCHAR(32) NOT NULL);\nCREATE UNIQUE INDEX ix_items_sku ON items (sku);\n";
    private const string Model = Version1 + "CREATE TABLE ports (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES items (id), name TEXT NOT NULL);\n";

    private readonly TempDirectory _directory = new("dbsync-schema");
    private readonly SqliteTestDatabase _database;

    public SchemaServiceTests()
    {
        _database = new SqliteTestDatabase(_directory.Path);
        _directory.Write("repo/migrate.cfg", "[db_settings]\nrepository_id=shop\nversion_table=migrate_version\nrequired_dbs=[]\n\n[dbsync]\nmodel = model.sql\n");
        _directory.Write("repo/versions/001_items_default_upgrade.sql", Version1);
        _directory.Write("repo/versions/001_items_default_downgrade.sql", "DROP TABLE items;\n");
        _directory.Write("repo/model.sql", Model);
    }

    private MigrationRepository Repository => MigrationRepository.Load(_directory.Combine("repo"));

    private DatabaseUrl Url => DatabaseUrlParser.Parse(_database.Url, "test");

    private SchemaService Service => new(Repository, Url);

    [Fact]
    public async Task Autogenerate_writes_what_the_model_adds_and_the_database_then_matches_it()
    {
        await new Migrator(Repository, Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        AutogenerateResult result = await Service.AutogenerateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["add table ports"], result.Changes);
        Assert.StartsWith("CREATE TABLE ports (", result.UpgradeSql);
        // The downgrade drops what the upgrade adds, and says so above the statement; the upgrade loses nothing.
        Assert.Equal("-- WARNING: dropping table ports deletes it with every row in it\nDROP TABLE ports;", result.DowngradeSql);
        Assert.Empty(result.Warnings);

        RevisionWriter.Write(Repository, "add ports", DateTime.UtcNow, result.ToRevisionContent());
        await new Migrator(Repository, Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains("ports", await _database.GetTablesAsync());
        Assert.False((await Service.AutogenerateAsync(TestContext.Current.CancellationToken)).HasChanges);
        Assert.True((await Service.CheckAsync(TestContext.Current.CancellationToken)).Matches);

        await new Migrator(Repository, Url).DowngradeAsync(1, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("ports", await _database.GetTablesAsync());
    }

    [Fact]
    public async Task Autogenerate_refuses_a_database_behind_the_latest_version_and_says_to_upgrade()
    {
        _directory.Write("repo/versions/002_more_default_upgrade.sql", "CREATE TABLE more (id INTEGER PRIMARY KEY);\n");
        await new Migrator(Repository, Url).UpgradeAsync(1, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DbSyncException>(() => Service.AutogenerateAsync(TestContext.Current.CancellationToken));

        Assert.Contains("the database is at version 1, not at the latest version 2: run 'dotnet dbsync upgrade' first", error.Message);
    }

    [Fact]
    public async Task Autogenerate_refuses_a_database_not_under_version_control_when_the_repository_has_versions()
    {
        var error = await Assert.ThrowsAsync<DbSyncException>(() => Service.AutogenerateAsync(TestContext.Current.CancellationToken));

        Assert.Contains("not under version control yet: run 'dotnet dbsync upgrade' first", error.Message);
        Assert.False(_database.Exists);
    }

    [Fact]
    public async Task A_failing_model_statement_names_model_sql_its_line_and_the_statement()
    {
        _directory.Write("repo/model.sql", Version1 + "\n-- a typo below\nCREATE TABLE ports (id INTEGER PRIMARY KEY, item_id INTEGR NOT NULL,);\n");

        var error = await Assert.ThrowsAsync<StatementFailedException>(() => Service.LoadModelAsync(TestContext.Current.CancellationToken));

        Assert.Contains("model.sql(5,1): error DBS103: ", error.ToDiagnosticString());
        Assert.Contains("statement: CREATE TABLE ports (id INTEGER PRIMARY KEY, item_id INTEGR NOT NULL,)", error.Message);
        Assert.Contains("the model could not be loaded", error.Message);
    }

    [Fact]
    public async Task An_unterminated_string_in_the_model_names_model_sql_and_its_line()
    {
        _directory.Write("repo/model.sql", "CREATE TABLE t (a TEXT DEFAULT 'oops);\n");

        var error = await Assert.ThrowsAsync<SqlSyntaxException>(() => Service.LoadModelAsync(TestContext.Current.CancellationToken));

        Assert.Contains("model.sql(1,32): error DBS009: unterminated string", error.ToDiagnosticString());
    }

    [Fact]
    public async Task A_repository_without_a_model_says_how_to_set_one()
    {
        _directory.Write("repo/migrate.cfg", "[db_settings]\nrepository_id=shop\n");

        var error = await Assert.ThrowsAsync<DbSyncException>(() => Service.CheckAsync(TestContext.Current.CancellationToken));

        Assert.Contains("the repository has no model: add 'model = model.sql' under [dbsync] in " + _directory.Combine("repo", "migrate.cfg"), error.Message);
    }

    [Fact]
    public async Task A_missing_model_file_is_named()
    {
        File.Delete(_directory.Combine("repo", "model.sql"));

        var error = await Assert.ThrowsAsync<DbSyncException>(() => Service.LoadModelAsync(TestContext.Current.CancellationToken));

        Assert.Contains("the model file " + _directory.Combine("repo", "model.sql") + " ([dbsync] model in", error.Message);
    }

    [Fact]
    public async Task Create_schema_creates_the_model_in_an_empty_database_and_stamps_the_latest_version()
    {
        // The scripts build the model: version 2 adds what the model has beyond version 1.
        _directory.Write("repo/versions/002_ports_default_upgrade.sql", Model[Version1.Length..]);
        _directory.Write("repo/versions/002_ports_default_downgrade.sql", "DROP TABLE ports;\n");

        CreateSchemaResult result = await Service.CreateSchemaAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["items", "ports"], result.Tables);
        Assert.Equal(2, result.Version);
        Assert.Null(result.PreviousVersion);
        Assert.Equal(2, await _database.GetVersionAsync("shop"));
        Assert.Empty(new SchemaComparer(Service.Schema.Normalizer).Compare(await Service.IntrospectDatabaseAsync(TestContext.Current.CancellationToken), await Service.LoadModelAsync(TestContext.Current.CancellationToken)).Operations);
    }

    [Fact]
    public async Task Create_schema_refuses_a_model_ahead_of_the_scripts_and_creates_nothing()
    {
        // The model has ports, which no version creates: stamping version 1 on it would record a version it is not at.
        var error = await Assert.ThrowsAsync<DbSyncException>(() => Service.CreateSchemaAsync(TestContext.Current.CancellationToken));

        Assert.Equal(ErrorCodes.SchemaState, error.Code);
        Assert.StartsWith("the model differs from the schema the upgrade scripts build at version 1 (latest)", error.Message);
        Assert.Contains(Environment.NewLine + "  add table ports" + Environment.NewLine, error.Message);
        Assert.False(_database.Exists);
    }

    [Fact]
    public async Task Create_schema_refuses_a_database_that_has_tables_and_changes_nothing()
    {
        await _database.ExecuteAsync("CREATE TABLE legacy (id INTEGER)");
        string before = await _database.DumpSchemaAsync();

        var error = await Assert.ThrowsAsync<DbSyncException>(() => Service.CreateSchemaAsync(TestContext.Current.CancellationToken));

        Assert.Contains("the database already has tables (legacy); create_schema only creates the model's tables in an empty database", error.Message);
        Assert.Equal(before, await _database.DumpSchemaAsync());
    }

    [Fact]
    public async Task Check_compares_the_model_with_what_the_scripts_build_and_never_touches_the_database()
    {
        SchemaCheckResult result = await Service.CheckAsync(TestContext.Current.CancellationToken);

        Assert.False(result.Matches);
        Assert.Equal(1, result.LatestVersion);
        Assert.Equal(["add table ports"], result.Differences);
        Assert.False(_database.Exists);
    }

    [Fact]
    public async Task Check_names_the_script_and_line_when_an_upgrade_script_fails()
    {
        _directory.Write("repo/versions/002_broken_default_upgrade.sql", "CREATE TABLE ok (id INTEGER);\nINSERT INTO nowhere VALUES (1);\n");

        var error = await Assert.ThrowsAsync<StatementFailedException>(() => Service.CheckAsync(TestContext.Current.CancellationToken));

        Assert.Contains("002_broken_default_upgrade.sql(2,1): error DBS103: ", error.ToDiagnosticString());
        Assert.Contains("scratch database", error.Message);
    }

    [Fact]
    public void A_dialect_without_schema_support_is_named()
    {
        DatabaseDialects.Register(new DialectWithoutSchema());
        var url = new DatabaseUrl("nosql", null, null, null, null, "x", new Dictionary<string, string>());

        var error = Assert.Throws<DbSyncException>(() => new SchemaService(Repository, url));

        Assert.Equal("autogenerate, create_schema and check are not supported for nosql yet", error.Message);
    }

    public void Dispose() => _directory.Dispose();

    private sealed class DialectWithoutSchema : DatabaseDialect
    {
        public override string Name => "nosql";

        public override IReadOnlyList<string> UrlSchemes { get; } = ["nosql"];

        public override SqlSyntax Syntax => SqlSyntax.Sqlite;

        public override Task<DatabaseSession> OpenAsync(DatabaseUrl url, bool readOnly, CancellationToken cancellationToken) =>
            throw new NotSupportedException("a dialect for this test only");
    }
}
