using DbSync.Testing;
using DbSync.Testing.Databases;
using DbSync.Testing.MariaDb;
using static DbSync.EndToEnd.Tests.ToolOutput;

namespace DbSync.EndToEnd.Tests.MySql;

/// <summary>
/// `revision --autogenerate`, `check` and `create_schema` through the packed tool on a fresh database of the private
/// MariaDB server (skipped, with the reason, where no mariadbd exists; required under CI=true). The repository is a new
/// one from `init` whose model.sql, in MySQL syntax, is written here; the database is reached through a URL whose
/// password needs percent-encoding, and every run checks the password never shows.
/// </summary>
public sealed class MariaDbAutogenerateScenarios
{
    private const string RepositoryId = "shop";

    private const string Model = """
        -- The shop's schema as it should be, in MySQL syntax.
        CREATE TABLE customers (
            id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
            email VARCHAR(120) NOT NULL,
            name VARCHAR(100) NOT NULL,
            country CHAR(2) NOT NULL DEFAULT 'NL'
        );

        CREATE UNIQUE INDEX ux_customers_email ON customers (email);

        CREATE TABLE orders (
            id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
            customer_id INT NOT NULL,
            status VARCHAR(16) NOT NULL DEFAULT 'new',
            total DECIMAL(10, 2) NOT NULL DEFAULT 0,
            placed_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
            updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
            CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
        );

        CREATE INDEX ix_orders_status ON orders (status);

        CREATE TABLE order_lines (
            order_id INT NOT NULL,
            line_no INT NOT NULL,
            sku VARCHAR(32) NOT NULL,
            quantity INT NOT NULL DEFAULT 1,
            PRIMARY KEY (order_id, line_no),
            CONSTRAINT fk_order_lines_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
        );

        """;

    /// <summary>The model's tables as information_schema shows them once created (MariaDB's spelling).</summary>
    private static readonly string[] ModelColumns =
    [
        "customers.id int(11) NOT NULL auto_increment",
        "customers.email varchar(120) NOT NULL",
        "customers.name varchar(100) NOT NULL",
        "customers.country char(2) NOT NULL DEFAULT 'NL'",
        "order_lines.order_id int(11) NOT NULL",
        "order_lines.line_no int(11) NOT NULL",
        "order_lines.sku varchar(32) NOT NULL",
        "order_lines.quantity int(11) NOT NULL DEFAULT 1",
        "orders.id int(11) NOT NULL auto_increment",
        "orders.customer_id int(11) NOT NULL",
        "orders.status varchar(16) NOT NULL DEFAULT 'new'",
        "orders.total decimal(10,2) NOT NULL DEFAULT 0.00",
        "orders.placed_at timestamp NOT NULL DEFAULT current_timestamp()",
        "orders.updated_at timestamp NOT NULL DEFAULT current_timestamp() on update current_timestamp()",
    ];

    private static readonly string[] ModelIndexes =
    [
        "customers.PRIMARY UNIQUE (id)",
        "customers.ux_customers_email UNIQUE (email)",
        "order_lines.PRIMARY UNIQUE (order_id,line_no)",
        "orders.PRIMARY UNIQUE (id)",
        "orders.fk_orders_customer (customer_id)",
        "orders.ix_orders_status (status)",
    ];

    private static readonly string[] ModelForeignKeys =
    [
        "order_lines.fk_order_lines_order (order_id) -> orders (id) ON DELETE CASCADE",
        "orders.fk_orders_customer (customer_id) -> customers (id) ON DELETE CASCADE",
    ];

    /// <summary>
    /// A workspace on a new MariaDB database whose repository is a fresh `dotnet dbsync init` (in place of the sample),
    /// with <c>model = model.sql</c> set and <see cref="Model"/> written.
    /// </summary>
    private static async Task<Workspace> NewWorkspaceAsync()
    {
        var directory = new TempDirectory("dbsync-autogen-mariadb");
        try
        {
            var workspace = await Workspace.CreateAsync(directory, await MariaDbTestDatabase.CreateAsync());
            Directory.Delete(workspace.RepositoryPath, recursive: true);
            AssertSuccess(await RunAsync(workspace, "init", "--repository-id", RepositoryId));
            await File.AppendAllTextAsync(Path.Combine(workspace.RepositoryPath, "migrate.cfg"), "model = model.sql\n");
            await File.WriteAllTextAsync(workspace.ModelPath(), Model);
            return workspace;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    private static MariaDbTestDatabase MariaDb(Workspace workspace) => (MariaDbTestDatabase)workspace.Database;

    /// <summary>Runs the tool and checks what must hold for every run: no password in the output, no stack trace without --debug.</summary>
    private static Task<ProcessResult> RunAsync(Workspace workspace, params string[] args) => workspace.RunCheckedAsync(args);

    /// <summary>"table.column type [NOT ]NULL [DEFAULT x] [extra]" for every column of the database (but the version table and DbSync's own dbsync_* tables), from information_schema.</summary>
    private static Task<IReadOnlyList<string>> ColumnsAsync(Workspace workspace) =>
        MariaDb(workspace).ColumnAsync(
            "SELECT CONCAT_WS(' ', CONCAT(TABLE_NAME, '.', COLUMN_NAME), COLUMN_TYPE, IF(IS_NULLABLE = 'YES', 'NULL', 'NOT NULL'),"
            + " IF(COLUMN_DEFAULT IS NULL OR COLUMN_DEFAULT = 'NULL', NULL, CONCAT('DEFAULT ', COLUMN_DEFAULT)), NULLIF(EXTRA, ''))"
            + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'migrate_version' AND TABLE_NAME NOT LIKE 'dbsync\\_%'"
            + " ORDER BY BINARY TABLE_NAME, ORDINAL_POSITION");

    /// <summary>"table.index [UNIQUE ](columns)" for every index of the database, from information_schema.</summary>
    private static Task<IReadOnlyList<string>> IndexesAsync(Workspace workspace) =>
        MariaDb(workspace).ColumnAsync(
            "SELECT CONCAT(TABLE_NAME, '.', INDEX_NAME, IF(NON_UNIQUE = 0, ' UNIQUE', ''), ' (', GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX), ')')"
            + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'migrate_version' AND TABLE_NAME NOT LIKE 'dbsync\\_%'"
            + " GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE ORDER BY BINARY TABLE_NAME, BINARY INDEX_NAME");

    /// <summary>"table.key (columns) -> table (columns) ON DELETE rule" for every foreign key of the database, from information_schema.</summary>
    private static Task<IReadOnlyList<string>> ForeignKeysAsync(Workspace workspace) =>
        MariaDb(workspace).ColumnAsync(
            "SELECT CONCAT(k.TABLE_NAME, '.', k.CONSTRAINT_NAME, ' (', GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION), ') -> ',"
            + " k.REFERENCED_TABLE_NAME, ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION), ') ON DELETE ', r.DELETE_RULE)"
            + " FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r"
            + " ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME"
            + " WHERE k.TABLE_SCHEMA = DATABASE() GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.REFERENCED_TABLE_NAME, r.DELETE_RULE"
            + " ORDER BY BINARY k.TABLE_NAME, BINARY k.CONSTRAINT_NAME");

    /// <summary>
    /// Scratch databases (the model's, check's) left on the server, which every command must drop. The server is shared
    /// by this test process, but no other class in it runs the schema commands, so any found was left by these tests.
    /// </summary>
    private static Task<IReadOnlyList<string>> ScratchDatabasesAsync(Workspace workspace) =>
        MariaDb(workspace).ColumnAsync("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'dbsync\\_scratch\\_%'");

    [Fact]
    public async Task Autogenerate_writes_the_model_as_the_first_revision_that_upgrade_applies_and_check_then_passes()
    {
        await using var workspace = await NewWorkspaceAsync();

        var revision = await RunAsync(workspace, "revision", "-m", "Initial schema", "--autogenerate");

        AssertSuccess(revision);
        Assert.Equal(
            [
                "Detected 3 changes:",
                "  add table customers",
                "  add table orders",
                "  add table order_lines",
                "Wrote revision 1:",
                "  " + Path.Combine("migrations", "versions", "001_initial_schema_default_upgrade.sql"),
                "  " + Path.Combine("migrations", "versions", "001_initial_schema_default_downgrade.sql"),
            ],
            Lines(revision.Stdout));
        Assert.Empty(await workspace.Database.GetTablesAsync());

        var upgrade = await RunAsync(workspace, "upgrade");

        AssertSuccess(upgrade);
        Assert.StartsWith("Running upgrade 0 -> 1 (001_initial_schema)", upgrade.Stdout);
        Assert.Equal(1, await workspace.Database.GetVersionAsync(RepositoryId));
        Assert.Equal(ModelColumns, await ColumnsAsync(workspace));
        Assert.Equal(ModelIndexes, await IndexesAsync(workspace));
        Assert.Equal(ModelForeignKeys, await ForeignKeysAsync(workspace));

        var check = await RunAsync(workspace, "check");

        AssertSuccess(check);
        Assert.Equal("The model matches the schema of version 1 (latest).", check.Stdout.Trim());
        Assert.Empty(await ScratchDatabasesAsync(workspace));
    }

    [Fact]
    public async Task A_model_edit_fails_check_naming_each_change_and_its_autogenerated_revision_upgrades_and_downgrades()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await RunAsync(workspace, "revision", "-m", "Initial schema", "--autogenerate"));
        AssertSuccess(await RunAsync(workspace, "upgrade"));
        await workspace.Database.ExecuteAsync("INSERT INTO customers (id, email, name) VALUES (1, 'ada@example.org', 'Ada Lovelace')");
        await workspace.Database.ExecuteAsync("INSERT INTO orders (id, customer_id, status) VALUES (1, 1, 'shipped')");
        var columnsAtVersion1 = await ColumnsAsync(workspace);
        var indexesAtVersion1 = await IndexesAsync(workspace);
        workspace.EditModel("name VARCHAR(100) NOT NULL,", "name VARCHAR(100) NOT NULL,\n    phone VARCHAR(20),");
        workspace.EditModel("CREATE UNIQUE INDEX ux_customers_email ON customers (email);",
            "CREATE UNIQUE INDEX ux_customers_email ON customers (email);\nCREATE INDEX ix_customers_name ON customers (name);");
        workspace.EditModel("status VARCHAR(16) NOT NULL DEFAULT 'new',", "status VARCHAR(32) NOT NULL DEFAULT 'new',");
        string[] changes =
        [
            "add column customers.phone varchar(20)",
            "add index ix_customers_name on customers (name)",
            "alter column orders.status: type varchar(16) -> varchar(32)",
        ];

        var check = await RunAsync(workspace, "check");

        Assert.Equal(1, check.ExitCode);
        Assert.Equal(
            [
                "The model differs from the schema of version 1 (latest); to match the model, the scripts would have to:",
                .. changes.Select(change => "  " + change),
                "Write a revision for them with: dotnet dbsync revision -m \"MESSAGE\" --autogenerate",
            ],
            Lines(check.Stdout));

        var revision = await RunAsync(workspace, "revision", "-m", "Customer phone", "--autogenerate");

        AssertSuccess(revision);
        Assert.Equal(
            [
                "Detected 3 changes:",
                .. changes.Select(change => "  " + change),
                "Wrote revision 2:",
                "  " + Path.Combine("migrations", "versions", "002_customer_phone_default_upgrade.sql"),
                "  " + Path.Combine("migrations", "versions", "002_customer_phone_default_downgrade.sql"),
            ],
            Lines(revision.Stdout));

        var upgrade = await RunAsync(workspace, "upgrade");

        AssertSuccess(upgrade);
        Assert.StartsWith("Running upgrade 1 -> 2 (002_customer_phone)", upgrade.Stdout);
        var columnsAtVersion2 = await ColumnsAsync(workspace);
        Assert.Contains("customers.phone varchar(20) NULL", columnsAtVersion2);
        Assert.Contains("orders.status varchar(32) NOT NULL DEFAULT 'new'", columnsAtVersion2);
        Assert.Contains("customers.ix_customers_name (name)", await IndexesAsync(workspace));
        Assert.Equal("Ada Lovelace", await workspace.Database.ScalarAsync("SELECT name FROM customers WHERE id = 1"));
        Assert.Equal("shipped", await workspace.Database.ScalarAsync("SELECT status FROM orders WHERE id = 1"));
        var checkAgain = await RunAsync(workspace, "check");
        AssertSuccess(checkAgain);
        Assert.Equal("The model matches the schema of version 2 (latest).", checkAgain.Stdout.Trim());

        var downgrade = await RunAsync(workspace, "downgrade", "--revision", "1");

        AssertSuccess(downgrade);
        Assert.StartsWith("Running downgrade 2 -> 1 (002_customer_phone)", downgrade.Stdout);
        Assert.Equal(1, await workspace.Database.GetVersionAsync(RepositoryId));
        Assert.Equal(columnsAtVersion1, await ColumnsAsync(workspace));
        Assert.Equal(indexesAtVersion1, await IndexesAsync(workspace));
        Assert.Equal("Ada Lovelace", await workspace.Database.ScalarAsync("SELECT name FROM customers WHERE id = 1"));
        Assert.Equal("shipped", await workspace.Database.ScalarAsync("SELECT status FROM orders WHERE id = 1"));
    }

    [Fact]
    public async Task Autogenerate_without_changes_says_so_and_writes_nothing()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await RunAsync(workspace, "revision", "-m", "Initial schema", "--autogenerate"));
        AssertSuccess(await RunAsync(workspace, "upgrade"));

        var nothing = await RunAsync(workspace, "revision", "-m", "no change", "--autogenerate");

        AssertSuccess(nothing);
        Assert.Equal("No changes between the database and the model; nothing written (--allow-empty writes an empty revision).", nothing.Stdout.Trim());
        Assert.Equal(["001_initial_schema_default_downgrade.sql", "001_initial_schema_default_upgrade.sql"],
            Directory.GetFiles(workspace.VersionsPath).Select(Path.GetFileName).Order());
        Assert.Empty(await ScratchDatabasesAsync(workspace));
    }

    [Fact]
    public async Task Create_schema_builds_the_model_in_an_empty_database_and_stamps_the_latest_version()
    {
        await using var workspace = await NewWorkspaceAsync();
        // The repository's latest version is the model (autogenerated from the still empty database, which it leaves empty).
        AssertSuccess(await RunAsync(workspace, "revision", "-m", "Initial schema", "--autogenerate"));
        Assert.Empty(await workspace.Database.GetTablesAsync());

        var result = await RunAsync(workspace, "create_schema");

        AssertSuccess(result);
        Assert.Equal("Created 3 tables from the model and stamped version 1 (was None).", result.Stdout.Trim());
        Assert.Equal(["customers", "migrate_version", "order_lines", "orders"], (await workspace.Database.GetSchemaTablesAsync()).Order());
        Assert.Equal(ModelColumns, await ColumnsAsync(workspace));
        Assert.Equal(ModelIndexes, await IndexesAsync(workspace));
        Assert.Equal(ModelForeignKeys, await ForeignKeysAsync(workspace));
        var version = await RunAsync(workspace, "version");
        AssertSuccess(version);
        Assert.Equal("1", version.Stdout.Trim());

        // The database now matches the model: autogenerate finds nothing, upgrade has nothing to run.
        var compare = await RunAsync(workspace, "revision", "-m", "compare", "--autogenerate");
        AssertSuccess(compare);
        Assert.StartsWith("No changes between the database and the model", compare.Stdout);
        Assert.Equal("Database is already at version 1 (latest).", (await RunAsync(workspace, "upgrade")).Stdout.Trim());
        Assert.Empty(await ScratchDatabasesAsync(workspace));
    }

    [Fact]
    public async Task Create_schema_refuses_a_database_with_tables_and_changes_nothing()
    {
        await using var workspace = await NewWorkspaceAsync();
        await workspace.Database.ExecuteAsync("CREATE TABLE legacy (id INT NOT NULL PRIMARY KEY, note VARCHAR(40))");
        var columnsBefore = await ColumnsAsync(workspace);

        var result = await RunAsync(workspace, "create_schema");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error DBS115: the database already has tables (legacy); create_schema only creates the model's tables in an empty database", result.Stderr);
        Assert.Equal(["legacy"], await workspace.Database.GetTablesAsync());
        Assert.Equal(columnsBefore, await ColumnsAsync(workspace));
        Assert.Equal("None", (await RunAsync(workspace, "version")).Stdout.Trim());
        Assert.Empty(await ScratchDatabasesAsync(workspace));
    }

    [Fact]
    public async Task Debug_output_of_the_schema_commands_never_shows_the_password()
    {
        await using var workspace = await NewWorkspaceAsync();

        // RunAsync fails the test wherever the password appears in stdout or stderr, stack traces included.
        var revision = await RunAsync(workspace, "--debug", "revision", "-m", "Initial schema", "--autogenerate");
        AssertSuccess(revision);
        Assert.Contains("debug: introspected the database (0 tables)", revision.Stderr);
        Assert.Contains("debug: loaded the model " + workspace.ModelPath() + " (3 tables)", revision.Stderr);
        var create = await RunAsync(workspace, "--debug", "create_schema");
        AssertSuccess(create);
        Assert.Contains("debug: loaded the model ", create.Stderr);
        var check = await RunAsync(workspace, "--debug", "check");
        AssertSuccess(check);
        Assert.Contains("debug: applied every upgrade script to a scratch database (3 tables)", check.Stderr);
        var upgrade = await RunAsync(workspace, "--debug", "upgrade");
        AssertSuccess(upgrade);
        Assert.Contains("debug: connecting to mysql+pymysql://" + MariaDbServer.User + ":***@127.0.0.1:", upgrade.Stderr);
        var refused = await RunAsync(workspace, "--debug", "create_schema");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error DBS115: the database already has tables", refused.Stderr);

        // A model the server rejects: the error names the statement, still without the password.
        workspace.EditModel("sku VARCHAR(32) NOT NULL,", "sku VARCHAR(32) NOT NULL REFERENCES,");
        var broken = await RunAsync(workspace, "--debug", "check");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("model.sql(", broken.Stderr);
        Assert.Contains("): error DBS103: ", broken.Stderr);
        Assert.Contains("statement: CREATE TABLE order_lines (", broken.Stderr);
        Assert.Empty(await ScratchDatabasesAsync(workspace));
    }
}
