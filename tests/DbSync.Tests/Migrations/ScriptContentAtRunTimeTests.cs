using System.Text;
using DbSync.Core.Errors;
using DbSync.Core.Sql;
using DbSync.Migrations;
using DbSync.Testing;
using DbSync.Testing.Repositories;

namespace DbSync.Tests.Migrations;

/// <summary>
/// What `upgrade` does with scripts that are not plain statements: a NUL byte or another encoding is refused at once
/// (DBS012) before anything runs, a script of comments only is refused (DBS011) and a 0-byte script is a no-op step.
/// </summary>
public sealed class ScriptContentAtRunTimeTests : IDisposable
{
    private readonly ScriptRepository _repository = new("runtime");
    private readonly TempDirectory _directory = new("dbsync-runtime");

    private string Url => "sqlite:///" + _directory.Combine("runtime.db");

    public void Dispose()
    {
        _repository.Dispose();
        _directory.Dispose();
    }

    // Microsoft.Data.Sqlite prepares a command's text statement by statement until no text is left; SQLite stops
    // reading at a NUL and reports no progress, so a NUL in a statement made that loop spin for ever.
    [Fact(Timeout = 30_000)]
    public async Task A_NUL_byte_in_a_script_is_DBS012_at_its_offset_and_nothing_runs()
    {
        _repository.Write(1, "init", "upgrade", "CREATE TABLE a (id INTEGER);\n");
        string script = _repository.Write(2, "data", "upgrade", "CREATE TABLE b (id INTEGER);\nINSERT INTO b VALUES (1);\0\n");

        var error = await Assert.ThrowsAsync<UnreadableScriptException>(() =>
            _repository.Migrator(Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.StartsWith(script + "(2,26): error DBS012: 002_data_default_upgrade.sql holds a NUL byte at byte offset 54 (line 2)", error.ToDiagnosticString());
        Assert.True(await _repository.Migrator(Url).GetVersionAsync(TestContext.Current.CancellationToken) is null or 0);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_UTF16_script_is_DBS012_naming_the_encoding()
    {
        string script = _repository.Write(1, "init", "upgrade", "");
        File.WriteAllText(script, "CREATE TABLE a (id INTEGER);\n", Encoding.Unicode);

        var error = await Assert.ThrowsAsync<UnreadableScriptException>(() =>
            _repository.Migrator(Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(script + "(1,1): error DBS012: 001_init_default_upgrade.sql is UTF-16 (little-endian byte-order mark), not UTF-8; save it as UTF-8 (with or without BOM)",
            error.ToDiagnosticString());
    }

    [Fact]
    public async Task A_script_of_comments_only_is_refused_with_DBS011_as_the_build_does()
    {
        _repository.Write(1, "init", "upgrade", "CREATE TABLE a (id INTEGER);\n");
        string script = _repository.Write(2, "todo", "upgrade", "-- Revision 2: upgrade.\n-- Write the statements that upgrade the schema, each ending with ';'.\n");

        var error = await Assert.ThrowsAsync<DbSyncException>(() =>
            _repository.Migrator(Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(ErrorCodes.NoStatement, error.Code);
        Assert.StartsWith(script + "(1,1): error DBS011: 002_todo_default_upgrade.sql holds no statement", error.ToDiagnosticString());
    }

    [Fact]
    public async Task A_zero_byte_script_runs_as_a_no_op_with_a_warning()
    {
        _repository.Write(1, "init", "upgrade", "CREATE TABLE a (id INTEGER);\n");
        _repository.Write(2, "placeholder", "upgrade", "");
        var observer = new RecordingObserver();

        await _repository.Migrator(Url, observer).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, await _repository.Migrator(Url).GetVersionAsync(TestContext.Current.CancellationToken));
        Assert.Contains("warning: 002_placeholder_default_upgrade.sql is empty (0 bytes) and runs as a no-op", observer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ROLLBACK_is_refused_at_its_line_and_column()
    {
        string script = _repository.Write(1, "init", "upgrade", "CREATE TABLE a (id INTEGER);\n  ROLLBACK;\n");

        var error = await Assert.ThrowsAsync<DbSyncException>(() =>
            _repository.Migrator(Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(script + "(2,3): error DBS010: 'ROLLBACK' would undo DbSync's own transaction; remove it from the script", error.ToDiagnosticString());
    }

    // No PostgreSQL dialect is registered yet: the planner is asked directly, as the dialect's runs will ask it.
    [Theory]
    [InlineData("SELECT 1;\n\\connect other\n", 2, 1, "'\\connect other' is a psql backslash command, which only psql runs")]
    [InlineData("SELECT 1;\n  COPY item FROM stdin;\n1\tbolt\n\\.\n", 2, 3, "'COPY item FROM stdin' reads its rows from psql's input, which DbSync does not send")]
    public void What_only_psql_understands_is_refused_before_anything_runs(string text, int line, int column, string message)
    {
        string script = _repository.Write(1, "init", "upgrade", text);
        var planner = new StepPlanner(Core.Repository.MigrationRepository.Load(_repository.Path), ["postgresql"], SqlSyntax.PostgreSql, NullMigrationObserver.Instance);

        var error = Assert.Throws<DbSyncException>(() => planner.Plan(0, 1));

        Assert.Equal(ErrorCodes.NotSupported, error.Code);
        Assert.StartsWith(script + "(" + line + "," + column + "): error DBS114: " + message, error.ToDiagnosticString());
    }
}
