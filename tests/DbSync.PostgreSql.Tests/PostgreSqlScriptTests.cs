using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Testing;
using DbSync.Testing.Databases;
using DbSync.Testing.Repositories;

namespace DbSync.PostgreSql.Tests;

/// <summary>Scripts as psql runs them, through upgrade on the private server: dollar quoting, E'' strings, nested comments, COPY refused, script names.</summary>
public sealed class PostgreSqlScriptTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Functions_do_blocks_dollar_quotes_escape_strings_and_nested_comments_run_as_psql_runs_them()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "audit", "upgrade", """
            /* a comment /* nested */ still a comment; */
            CREATE TABLE items (id integer PRIMARY KEY, note text);
            CREATE TABLE audit (item_id integer, note text);

            CREATE FUNCTION items_audit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO audit VALUES (NEW.id, 'added; ' || NEW.note);
                RETURN NEW;
            END;
            $$;

            CREATE TRIGGER trg_items AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION items_audit();

            DO $body$
            BEGIN
                INSERT INTO items VALUES (1, E'it\'s; a \\ test');
                INSERT INTO items VALUES (2, $q$semi;colon$q$);
            END
            $body$;
            """);

        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);

        Assert.Equal(["added; it's; a \\ test", "added; semi;colon"], await database.ColumnAsync("SELECT note FROM audit ORDER BY item_id"));
        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
    }

    [Fact]
    public async Task Copy_from_stdin_is_refused_naming_the_file_and_line_before_any_script_runs()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "a", "upgrade", "CREATE TABLE a (id integer);\n");
        string script = repository.Write(2, "b", "upgrade", "CREATE TABLE b (id integer);\nCOPY b (id) FROM stdin;\n1\n2\n\\.\n");

        var error = await Assert.ThrowsAsync<DbSyncException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));

        Assert.StartsWith(script + "(2,1): error DBS114: ", error.ToDiagnosticString());
        Assert.Contains("COPY b (id) FROM stdin", error.Message);
        Assert.Equal(["migrate_version"], await database.GetTablesAsync());
        Assert.Equal(0L, await database.GetVersionAsync(repository.RepositoryId));
    }

    [Fact]
    public async Task Postgresql_scripts_win_over_postgres_ones_which_win_over_default_ones()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "t", "upgrade", "CREATE TABLE from_default (id integer);");
        repository.Write(1, "t", "upgrade", "CREATE TABLE from_postgres (id integer);", dialect: "postgres");
        repository.Write(2, "u", "upgrade", "CREATE TABLE from_default_2 (id integer);");
        repository.Write(2, "u", "upgrade", "CREATE TABLE from_postgres_2 (id integer);", dialect: "postgres");
        repository.Write(2, "u", "upgrade", "CREATE TABLE from_postgresql_2 (id integer);", dialect: "postgresql");

        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);

        Assert.Equal(["dbsync_history", "from_postgres", "from_postgresql_2", "migrate_version"], await database.GetTablesAsync());
    }

    [Fact]
    public async Task A_failed_version_leaves_nothing_behind_and_names_the_server_message()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "a", "upgrade", "CREATE TABLE a (id integer);\n");
        repository.Write(2, "b", "upgrade", "CREATE TABLE b (id integer);\nINSERT INTO b VALUES (1);\nCREATE INDEX ix_b ON b (id);\nINSERT INTO nowhere VALUES (1);\n");

        var error = await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));

        Assert.Equal(4, error.Line);
        Assert.Contains("relation \"nowhere\" does not exist [SQLSTATE 42P01]", error.Message);
        Assert.Contains("nothing of version 2 was applied; the database is still at version 1.", error.Message);
        // The audit trail keeps the failure: its table and a row with success = false, written after the rollback.
        Assert.Equal(["a", "dbsync_history", "migrate_version"], await database.GetTablesAsync());
        Assert.Equal(["2 False"], await database.ColumnAsync("SELECT version || ' ' || CASE WHEN success THEN 'True' ELSE 'False' END FROM dbsync_history WHERE version = 2"));
        Assert.Equal("0", (await database.ColumnAsync("SELECT count(*) FROM pg_class WHERE relname = 'ix_b'"))[0]);
    }

    [Fact]
    public async Task The_unix_socket_is_reached_with_host_as_a_query_parameter()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "a", "upgrade", "CREATE TABLE a (id integer);\n");
        string url = "postgresql://" + Testing.PostgreSql.PostgreSqlServer.User + "@/" + database.DatabaseName + "?host=" + Uri.EscapeDataString(database.Server.SocketDirectory)
            + "&port=" + database.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await repository.Migrator(url).UpgradeAsync(cancellationToken: Token);

        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
    }

    [Fact]
    public async Task A_search_path_naming_no_schema_is_a_clear_error()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "a", "upgrade", "CREATE TABLE a (id integer);\n");

        var error = await Assert.ThrowsAsync<DbSyncException>(() => repository.Migrator(database.Url + "?options=-csearch_path%3Dmissing").UpgradeAsync(cancellationToken: Token));

        Assert.Equal(ErrorCodes.Configuration, error.Code);
        Assert.Contains("no schema of the search_path 'missing' exists", error.Message);
        Assert.DoesNotContain(Testing.PostgreSql.PostgreSqlServer.Password, error.ToString());
    }

    [Fact]
    public async Task Tables_without_a_primary_key_are_named_in_a_warning_and_the_run_goes_on()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "a", "upgrade", "CREATE TABLE keyed (id integer PRIMARY KEY);\nCREATE TABLE loose (id integer);\n");
        var observer = new RecordingObserver();

        await repository.Migrator(database.Url, observer).UpgradeAsync(cancellationToken: Token);

        Assert.Contains("warning: tables without a primary key: loose (logical replication cannot update or delete their rows; --no-sanity-check skips this check)", observer.Lines);
        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
    }
}
