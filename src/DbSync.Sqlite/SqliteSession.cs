using DbSync.Dialects;
using DbSync.Migrations;
using DbSync.Versioning;
using Microsoft.Data.Sqlite;

namespace DbSync.Sqlite;

/// <summary>
/// An SQLite connection. Each version runs in one write transaction (BEGIN IMMEDIATE, the driver's default)
/// together with its version-row update: a failed version leaves nothing behind, and the write lock taken at BEGIN
/// makes concurrent runs apply each version once, so no run lock is needed.
/// </summary>
internal sealed class SqliteSession(SqliteConnection connection) : DatabaseSession(connection)
{
    public override async Task<IReadOnlyList<string>> GetTableNamesAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    public override string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public override Task<IStepScope> BeginStepAsync(VersionTable versionTable, CancellationToken cancellationToken) =>
        TransactionalStepScope.BeginAsync(connection, versionTable, cancellationToken);
}
