using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using DbSync.MySql.Schema;

namespace DbSync.MySql.Tests.Corpus;

/// <summary>
/// A database's schema as the server itself prints it, to compare a database DbSync built with one the plain client
/// built: SHOW CREATE TABLE of every table (but DbSync's version and progress tables), SHOW CREATE VIEW / TRIGGER / PROCEDURE /
/// FUNCTION / EVENT of every other object. Normalised only where the two cannot agree for reasons outside the schema:
/// the DEFINER (the account that ran the script), the AUTO_INCREMENT counter (rows the script inserted), the order
/// of the key lines of a table (the server prints keys in creation order, DbSync creates them sorted by name), and,
/// for triggers and stored programs, spacing and identifier quoting (DbSync writes a trigger's header in its own
/// spelling; its body as the server gave it).
/// </summary>
internal static partial class MariaDbSchemaDescription
{
    public static async Task<string> DescribeAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var objects = await ListAsync(connection, cancellationToken);
        foreach (var (kind, name) in objects)
        {
            string definition = await ShowCreateAsync(connection, kind, name, cancellationToken);
            text.Append("-- ").Append(kind).Append(' ').Append(name).Append('\n')
                .Append(kind == "TABLE" ? Table(definition) : Program(definition)).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>SHOW CREATE TABLE with the key lines sorted and the AUTO_INCREMENT counter left out.</summary>
    private static string Table(string definition)
    {
        var lines = definition.Split('\n').ToList();
        int last = lines.FindLastIndex(l => l.StartsWith(')'));
        var body = lines.Skip(1).Take(last - 1).Select(l => l.TrimEnd().TrimEnd(',')).ToList();
        var columns = body.Where(l => l.TrimStart().StartsWith('`')).ToList();
        var keys = body.Except(columns).Order(StringComparer.Ordinal).ToList();
        string tail = AutoIncrementPattern().Replace(string.Join("\n", lines.Skip(last)), string.Empty);
        return string.Join("\n", new[] { lines[0] }.Concat(columns).Concat(keys).Append(tail));
    }

    private static string Program(string definition) =>
        MySqlSchemaNormalizer.Instance.NormalizeDefinition(DefinerPattern().Replace(definition, " ", 1));

    private static async Task<List<(string Kind, string Name)>> ListAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var objects = new List<(string, string)>();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT 'TABLE', TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> 'migrate_version' AND TABLE_NAME NOT LIKE 'dbsync\\_%'"
            + " UNION ALL SELECT 'VIEW', TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()"
            + " UNION ALL SELECT 'TRIGGER', TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"
            + " UNION ALL SELECT ROUTINE_TYPE, ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()"
            + " UNION ALL SELECT 'EVENT', EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()"
            + " ORDER BY 1, 2";
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            objects.Add((reader.GetString(0), reader.GetString(1)));
        }

        return objects;
    }

    private static async Task<string> ShowCreateAsync(DbConnection connection, string kind, string name, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SHOW CREATE " + kind + " " + MySqlDdl.Quote(name);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        Assert.True(await reader.ReadAsync(cancellationToken), "SHOW CREATE " + kind + " " + name + " returned nothing");
        string column = kind == "TRIGGER" ? "SQL Original Statement" : "Create " + kind[0] + kind[1..].ToLowerInvariant();
        return reader.GetString(reader.GetOrdinal(column));
    }

    [GeneratedRegex(@" AUTO_INCREMENT=\d+")]
    private static partial Regex AutoIncrementPattern();

    [GeneratedRegex(@"\s+DEFINER\s*=\s*(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|[^\s@]+)(?:@(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|\S+))?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex DefinerPattern();
}
