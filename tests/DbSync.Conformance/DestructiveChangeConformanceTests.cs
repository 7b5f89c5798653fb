using DbSync.Errors;
using DbSync.Revisions;
using DbSync.Schema;
using DbSync.Schema.Comparison;
using DbSync.Testing;
using DbSync.Testing.Databases;
using DbSync.Testing.Repositories;

namespace DbSync.Conformance;

/// <summary>
/// Autogenerate on every dialect says what can lose data or fail on existing rows (dropping a table or column, narrowing a
/// type, NOT NULL without a default on a table with rows): a warning naming table and column, and a <c>-- WARNING:</c> line
/// just above the statement in the script. A drop and an add of the same type is a rename hint; --rename writes a rename
/// that keeps the rows, and the downgrade renames back.
/// </summary>
public abstract class DestructiveChangeConformanceTests
{
    private const string Version1 = """
        CREATE TABLE items (
            id INTEGER NOT NULL PRIMARY KEY,
            name VARCHAR(100) NOT NULL,
            descr VARCHAR(200),
            qty INTEGER,
            price DECIMAL(10,2),
            note VARCHAR(50)
        );
        CREATE TABLE legacy (id INTEGER NOT NULL PRIMARY KEY);
        INSERT INTO items (id, name, descr, qty, price, note) VALUES (1, 'bolt', 'a bolt', 5, 1.25, 'n');
        """;

    private const string Columns = "id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL, descr VARCHAR(200), qty INTEGER, price DECIMAL(10,2), note VARCHAR(50)";

    /// <summary>A new, empty database of the dialect (skipped, with the reason, where its server is absent).</summary>
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A type as the dialect's warnings spell it (they name types as the database reports them).</summary>
    protected virtual string TypeSpelling(string type) => type;

    [Fact]
    public async Task Dropping_a_table_is_a_warning_naming_it_and_marked_above_its_drop()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = Repository("CREATE TABLE items (" + Columns + ");");

        var (result, observer) = await GenerateAsync(database, repository);

        Assert.Contains("warning: dropping table legacy deletes it with every row in it", observer.Lines);
        AssertWarnedAbove(result.UpgradeSql, "dropping table legacy", "DROP TABLE", "legacy");
        Assert.Single(result.Warnings);
    }

    [Fact]
    public async Task Dropping_a_column_is_a_warning_naming_table_and_column_and_marked_above_its_statement()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = Repository(Model(Columns.Replace(", note VARCHAR(50)", string.Empty, StringComparison.Ordinal)));

        var (result, observer) = await GenerateAsync(database, repository);

        Assert.Contains("warning: dropping column items.note deletes the data in it", observer.Lines);
        AssertWarnedAbove(result.UpgradeSql, "dropping column items.note", DropColumnStatement, "note");
        Assert.Single(result.Warnings);
    }

    [Theory]
    [InlineData("name VARCHAR(100)", "name VARCHAR(50)", "items.name", "varchar(100) to varchar(50)")]
    [InlineData("qty INTEGER", "qty SMALLINT", "items.qty", "smallint")]
    [InlineData("price DECIMAL(10,2)", "price DECIMAL(8,1)", "items.price", "decimal(8,1)")]
    public async Task Narrowing_a_type_is_a_warning_and_marked_above_the_statement_that_changes_it(string before, string after, string column, string says)
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = Repository(Model(Columns.Replace(before, after, StringComparison.Ordinal)));

        var (result, observer) = await GenerateAsync(database, repository);

        string warning = Assert.Single(observer.Lines, l => l.StartsWith("warning: ", StringComparison.Ordinal));
        Assert.StartsWith("warning: narrowing column " + column + " from ", warning);
        Assert.Contains(TypeSpelling(says), warning, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("values already in it may not fit", warning);
        AssertWarnedAbove(result.UpgradeSql, "narrowing column " + column, ChangeStatement, "items");
    }

    [Fact]
    public async Task Widening_a_type_or_adding_a_nullable_column_is_no_warning()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = Repository(Model(Columns.Replace("name VARCHAR(100)", "name VARCHAR(150)", StringComparison.Ordinal)
            .Replace("qty INTEGER", "qty BIGINT", StringComparison.Ordinal) + ", weight INTEGER"));

        var (result, observer) = await GenerateAsync(database, repository);

        Assert.True(result.HasChanges);
        Assert.Empty(result.Warnings);
        Assert.DoesNotContain(observer.Lines, l => l.StartsWith("warning: ", StringComparison.Ordinal));
        Assert.DoesNotContain("WARNING", result.UpgradeSql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_not_null_without_a_default_to_an_existing_table_is_a_warning_for_a_new_and_a_changed_column()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = Repository(Model(Columns.Replace("descr VARCHAR(200)", "descr VARCHAR(200) NOT NULL", StringComparison.Ordinal)
            + ", code VARCHAR(10) NOT NULL"));

        var (result, observer) = await GenerateAsync(database, repository);

        Assert.Contains(observer.Lines, l => l.StartsWith("warning: adding column items.code NOT NULL without a default to an existing table", StringComparison.Ordinal));
        Assert.Contains(observer.Lines, l => l.StartsWith("warning: making column items.descr NOT NULL without a default", StringComparison.Ordinal));
        AssertWarnedAbove(result.UpgradeSql, "adding column items.code NOT NULL", AddColumnStatement, "items");
        AssertWarnedAbove(result.UpgradeSql, "making column items.descr NOT NULL", ChangeStatement, "items");
        Assert.Equal(2, result.Warnings.Count);
    }

    [Fact]
    public async Task A_dropped_and_an_added_column_of_one_type_is_a_rename_hint_with_the_option_to_give()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = Repository(Model(Columns.Replace("descr VARCHAR(200)", "description VARCHAR(200)", StringComparison.Ordinal)));

        var (result, observer) = await GenerateAsync(database, repository);

        Assert.Contains("warning: column items.descr is dropped and items.description added with the same type: if it is a rename,"
            + " 'revision --autogenerate --rename items.descr=description' keeps the data", observer.Lines);
        AssertWarnedAbove(result.UpgradeSql, "--rename items.descr=description", DropColumnStatement, "descr");
    }

    [Theory]
    [InlineData("description VARCHAR(200)")]
    [InlineData("description VARCHAR(300) NOT NULL DEFAULT 'none'")]
    public async Task A_rename_keeps_the_rows_on_upgrade_and_the_downgrade_renames_back(string renamed)
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = Repository(Model(Columns.Replace("descr VARCHAR(200)", renamed, StringComparison.Ordinal))
           );

        var (result, observer) = await GenerateAsync(database, repository, ColumnRename.Parse("items.descr=description"));

        Assert.Contains("RENAME COLUMN", result.UpgradeSql.Replace("CHANGE COLUMN", "RENAME COLUMN", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("DROP COLUMN", result.UpgradeSql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(observer.Lines, l => l.StartsWith("warning: ", StringComparison.Ordinal));
        Assert.StartsWith("rename column items.descr -> items.description", Assert.Single(result.Changes));
        RevisionWriter.Write(repository.Load(), "rename descr", DateTime.UtcNow, result.ToRevisionContent());

        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);

        Assert.Equal("a bolt", await database.ScalarAsync("SELECT description FROM items WHERE id = 1"));
        Assert.False((await repository.Schema(database.Url).AutogenerateAsync(Token)).HasChanges);

        await repository.Migrator(database.Url).DowngradeAsync(1, Token);

        Assert.Equal("a bolt", await database.ScalarAsync("SELECT descr FROM items WHERE id = 1"));
        Assert.Equal("bolt", await database.ScalarAsync("SELECT name FROM items WHERE id = 1"));
    }

    [Fact]
    public async Task A_rename_of_an_indexed_column_moves_the_index_with_it_and_keeps_the_rows()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository(model: Model(Columns.Replace("descr VARCHAR(200)", "description VARCHAR(200)", StringComparison.Ordinal))
            + "\nCREATE INDEX ix_items_descr ON items (description);");
        repository.Write(1, "items", "upgrade", Version1 + "\nCREATE INDEX ix_items_descr ON items (descr);\n");
        repository.Write(1, "items", "downgrade", "DROP TABLE legacy;\nDROP TABLE items;\n");

        var (result, _) = await GenerateAsync(database, repository, ColumnRename.Parse("items.descr=description"));
        RevisionWriter.Write(repository.Load(), "rename descr", DateTime.UtcNow, result.ToRevisionContent());
        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);

        Assert.Equal("a bolt", await database.ScalarAsync("SELECT description FROM items WHERE id = 1"));
        Assert.False((await repository.Schema(database.Url).AutogenerateAsync(Token)).HasChanges);

        await repository.Migrator(database.Url).DowngradeAsync(1, Token);

        Assert.Equal("a bolt", await database.ScalarAsync("SELECT descr FROM items WHERE id = 1"));
    }

    [Theory]
    [InlineData("items.nosuch=description", "the change does not drop column items.nosuch (the database has no such column)")]
    [InlineData("items.name=description", "the change does not drop column items.name (the model still has it)")]
    [InlineData("items.descr=title", "the change does not add column items.title (the model has no such column)")]
    [InlineData("stock.descr=description", "neither the database nor the model has a table stock")]
    public async Task A_rename_the_change_does_not_show_is_a_command_line_error_naming_the_option(string option, string why)
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = Repository(Model(Columns.Replace("descr VARCHAR(200)", "description VARCHAR(200)", StringComparison.Ordinal)));

        var error = await Assert.ThrowsAsync<CommandLineException>(() => GenerateAsync(database, repository, ColumnRename.Parse(option)));

        Assert.Equal("DBS200", error.Code);
        Assert.Equal("--rename " + option + ": " + why, error.Message);
    }

    /// <summary>How the dialect drops a column in place (SQLite: ALTER TABLE ... DROP COLUMN; MySQL: in the table's ALTER TABLE).</summary>
    private const string DropColumnStatement = "DROP COLUMN";

    /// <summary>Where a dialect adds a column NOT NULL without a default: SQLite rebuilds the table (INSERT of its rows), MySQL alters it.</summary>
    private static readonly string[] AddColumnStatement = ["ADD COLUMN", "INSERT INTO"];

    /// <summary>Where a dialect changes a column: SQLite copies the rows into the rebuilt table; MySQL and PostgreSQL alter it.</summary>
    private static readonly string[] ChangeStatement = ["MODIFY COLUMN", "ALTER COLUMN", "INSERT INTO"];

    private static ScriptRepository Repository(string model)
    {
        var repository = new ScriptRepository(model: model);
        repository.Write(1, "items", "upgrade", Version1);
        repository.Write(1, "items", "downgrade", "DROP TABLE legacy;\nDROP TABLE items;\n");
        return repository;
    }

    /// <summary>A model with items as given and legacy as it is.</summary>
    private static string Model(string itemsColumns) => "CREATE TABLE items (" + itemsColumns + ");\nCREATE TABLE legacy (id INTEGER NOT NULL PRIMARY KEY);";

    private static async Task<(AutogenerateResult Result, RecordingObserver Observer)> GenerateAsync(TestDatabase database, ScriptRepository repository,
        params ColumnRename[] renames)
    {
        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);
        var observer = new RecordingObserver();
        var result = await repository.Schema(database.Url, observer).AutogenerateAsync(renames, Token);
        return (result, observer);
    }

    private static void AssertWarnedAbove(string sql, string warning, string statement, string mentions) =>
        AssertWarnedAbove(sql, warning, [statement], mentions);

    /// <summary>
    /// The script has a "-- WARNING: ..." line holding <paramref name="warning"/>, and the statement right below it (past
    /// other comment lines) starts with one of <paramref name="statements"/> and mentions <paramref name="mentions"/>.
    /// </summary>
    private static void AssertWarnedAbove(string sql, string warning, string[] statements, string mentions)
    {
        string[] lines = sql.Split('\n');
        int at = Array.FindIndex(lines, l => l.StartsWith("-- WARNING: ", StringComparison.Ordinal) && l.Contains(warning, StringComparison.Ordinal));
        Assert.True(at >= 0, "no '-- WARNING: ..." + warning + "' line in:\n" + sql);
        int next = at + 1;
        while (next < lines.Length && lines[next].StartsWith("--", StringComparison.Ordinal))
        {
            next++;
        }

        Assert.True(next < lines.Length, "nothing below the warning in:\n" + sql);
        string below = string.Join("\n", lines.Skip(next).TakeWhile((_, i) => i == 0 || !lines[next + i - 1].TrimEnd().EndsWith(';')));
        Assert.True(statements.Any(s => below.Contains(s, StringComparison.OrdinalIgnoreCase)) && below.Contains(mentions, StringComparison.OrdinalIgnoreCase),
            "the statement below the warning is not the change:\n" + below + "\nin:\n" + sql);
    }
}
