using DbSync.Testing.Repositories;
using DbSync.Testing.Schema.RoundTrip;
using DbSync.Testing.Schema;
using DbSync.Testing;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Testing.Databases;

namespace DbSync.MySql.Tests;

public sealed class MySqlMigratorTests
{
    [Fact]
    public async Task Upgrade_downgrade_and_stamp_move_the_version_row_and_the_schema()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "users", "upgrade", "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50));\nINSERT INTO users VALUES (1, 'ada');\n");
        repository.Write(1, "users", "downgrade", "DROP TABLE users;\n");
        repository.Write(2, "ports", "upgrade", "CREATE TABLE ports (id INT PRIMARY KEY);\nCREATE INDEX ix_users_name ON users (name);\n");
        repository.Write(2, "ports", "downgrade", "DROP INDEX ix_users_name ON users;\nDROP TABLE ports;\n");
        var migrator = repository.Migrator(database.Url);

        var up = await migrator.UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((0L, 2L, 2), (up.StartVersion, up.EndVersion, up.Steps.Count));
        Assert.Equal(2L, await database.GetVersionAsync(repository.RepositoryId));
        // No trace of DbSync's statement log: completed versions leave nothing behind.
        Assert.Equal(["migrate_version", "ports", "users"], await database.GetSchemaTablesAsync());
        Assert.Equal("ada", await database.ScalarAsync("SELECT name FROM users WHERE id = 1"));
        Assert.Equal(2L, await migrator.GetVersionAsync(TestContext.Current.CancellationToken));

        var down = await migrator.DowngradeAsync(0, TestContext.Current.CancellationToken);

        Assert.Equal(0L, down.EndVersion);
        Assert.Equal(0L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(["migrate_version"], await database.GetSchemaTablesAsync());

        long? previous = await migrator.StampAsync(2, TestContext.Current.CancellationToken);

        Assert.Equal(0L, previous);
        Assert.Equal(2L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(["migrate_version"], await database.GetSchemaTablesAsync());
    }

    [Fact]
    public async Task The_version_table_is_exactly_sqlalchemy_migrates()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "t", "upgrade", "CREATE TABLE t (id INT);");

        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        var columns = await database.ColumnAsync("SELECT CONCAT(COLUMN_NAME, ' ', COLUMN_TYPE, ' ', IS_NULLABLE, ' ', COLUMN_KEY) FROM information_schema.COLUMNS"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrate_version' ORDER BY ORDINAL_POSITION");
        Assert.Equal(["repository_id varchar(250) NO PRI", "repository_path text YES ", "version int(11) YES "], columns);
        Assert.Equal(repository.Path, await database.ScalarAsync("SELECT repository_path FROM migrate_version"));
    }

    [Fact]
    public async Task A_mysql_variant_of_a_script_wins_over_the_default_one()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "t", "upgrade", "CREATE TABLE from_default (id INT);");
        repository.Write(1, "t", "upgrade", "CREATE TABLE from_mysql (id INT);", dialect: "mysql");

        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["from_mysql", "migrate_version"], await database.GetSchemaTablesAsync());
    }

    [Theory]
    [InlineData("mariadb", "from_mariadb")]
    [InlineData("mariadb+pymysql", "from_mariadb")]
    [InlineData("mysql+pymysql", "from_mysql")]
    public async Task A_mariadb_url_runs_mariadb_scripts_before_mysql_and_default_ones(string scheme, string created)
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "t", "upgrade", "CREATE TABLE from_default (id INT);");
        repository.Write(1, "t", "upgrade", "CREATE TABLE from_mysql (id INT);", dialect: "mysql");
        repository.Write(1, "t", "upgrade", "CREATE TABLE from_mariadb (id INT);", dialect: "mariadb");
        // Version 2 has no mariadb script: a mariadb URL falls back to the mysql one, then to default for version 3.
        repository.Write(2, "u", "upgrade", "CREATE TABLE two_default (id INT);");
        repository.Write(2, "u", "upgrade", "CREATE TABLE two_mysql (id INT);", dialect: "mysql");
        repository.Write(3, "v", "upgrade", "CREATE TABLE three_default (id INT);");
        var migrator = repository.Migrator(database.UrlWithScheme(scheme));

        await migrator.UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([created, "migrate_version", "three_default", "two_mysql"], await database.GetSchemaTablesAsync());
    }

    [Fact]
    public async Task Delimiter_scripts_create_procedures_and_triggers_that_work()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "audit", "upgrade", """
            CREATE TABLE items (id INT PRIMARY KEY, qty INT NOT NULL);
            CREATE TABLE audit (item_id INT, note VARCHAR(100));

            DELIMITER //
            CREATE PROCEDURE add_item(IN p_id INT, IN p_qty INT)
            BEGIN
              DECLARE v_note VARCHAR(100);
              SET v_note = CONCAT('added; qty=', p_qty);
              INSERT INTO items VALUES (p_id, p_qty);
            END //

            CREATE TRIGGER items_audit AFTER INSERT ON items FOR EACH ROW
            BEGIN
              INSERT INTO audit VALUES (NEW.id, CONCAT('qty ', NEW.qty, ';'));
            END//
            DELIMITER ;

            CALL add_item(7, 3);
            """);
        repository.Write(1, "audit", "downgrade", """
            DELIMITER $$
            DROP TRIGGER items_audit$$
            DROP PROCEDURE add_item$$
            DELIMITER ;
            DROP TABLE audit;
            DROP TABLE items;
            """);
        var migrator = repository.Migrator(database.Url);

        await migrator.UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("qty 3;", await database.ScalarAsync("SELECT note FROM audit WHERE item_id = 7"));
        await database.ExecuteAsync("CALL add_item(8, 5)");
        Assert.Equal(2L, await database.CountAsync("audit"));
        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));

        await migrator.DowngradeAsync(0, TestContext.Current.CancellationToken);

        Assert.Equal(["migrate_version"], await database.GetSchemaTablesAsync());
        Assert.Equal(0L, Convert.ToInt64(await database.ScalarAsync("SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()")));
    }

    [Fact]
    public async Task Scripts_may_use_user_variables()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "vars", "upgrade", "CREATE TABLE n (v INT);\nSET @start = 40;\nINSERT INTO n VALUES (@start + 2);\n");

        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(42, Convert.ToInt32(await database.ScalarAsync("SELECT v FROM n")));
    }

    [Fact]
    public async Task A_schema_with_tables_but_no_version_table_is_refused_and_left_alone()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        await database.ExecuteAsync("CREATE TABLE existing (id INT)");
        using var repository = new ScriptRepository();
        repository.Write(1, "t", "upgrade", "CREATE TABLE t (id INT);");

        var error = await Assert.ThrowsAsync<NotUnderVersionControlException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("not under version control, but has tables", error.Message);
        Assert.Equal(["existing"], await database.GetSchemaTablesAsync());
        Assert.Null(await repository.Migrator(database.Url).GetVersionAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Several_repositories_share_one_version_table_once_each_is_under_version_control()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var first = new ScriptRepository("first");
        using var second = new ScriptRepository("second");
        first.Write(1, "a", "upgrade", "CREATE TABLE a (id INT);");
        second.Write(1, "b", "upgrade", "CREATE TABLE b (id INT);");
        second.Write(2, "c", "upgrade", "CREATE TABLE c (id INT);");

        await first.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        // As oslo.db: the first repository's tables make the database "not under version control" for the second
        // until it is stamped at its starting version.
        await Assert.ThrowsAsync<NotUnderVersionControlException>(() => second.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));
        await second.Migrator(database.Url).StampAsync(0, TestContext.Current.CancellationToken);
        await second.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1L, await database.GetVersionAsync("first"));
        Assert.Equal(2L, await database.GetVersionAsync("second"));
    }

    [Fact]
    public async Task A_version_ending_in_an_insert_that_returns_rows_is_recorded_once()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "seed", "upgrade", "CREATE TABLE seed (id INT PRIMARY KEY);\nINSERT INTO seed VALUES (41), (42) RETURNING id;\n");
        repository.Write(2, "more", "upgrade", "INSERT INTO seed VALUES (43) RETURNING id;\n");

        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(3L, await database.CountAsync("seed"));
    }
}
