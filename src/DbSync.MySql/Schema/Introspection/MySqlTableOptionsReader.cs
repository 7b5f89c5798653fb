using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using DbSync.Schema.Model;

namespace DbSync.MySql.Schema.Introspection;

/// <summary>
/// A table's options from its information_schema.TABLES row: ENGINE, character set and collation (always: SHOW CREATE
/// TABLE always prints them), ROW_FORMAT only where CREATE_OPTIONS says it was set, COMMENT, the AUTO_INCREMENT start;
/// the partitioning clause and FULLTEXT parsers from SHOW CREATE TABLE. Any other CREATE_OPTIONS entry is named in
/// <see cref="DatabaseSchema.Unmodelled"/>.
/// </summary>
internal static partial class MySqlTableOptionsReader
{
    /// <summary>The options of the TABLES row (see <see cref="MySqlCatalogQueries"/>), and whether the table is partitioned.</summary>
    public static TableOptions Read(DbDataReader row, string table, List<string> unmodelled, out bool partitioned)
    {
        partitioned = false;
        string? rowFormat = null;
        foreach (string option in (MySqlSchemaIntrospector.Text(row, 5) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (option.StartsWith("row_format=", StringComparison.OrdinalIgnoreCase))
            {
                rowFormat = option["row_format=".Length..].ToUpperInvariant();
            }
            else if (option.Equals("partitioned", StringComparison.OrdinalIgnoreCase))
            {
                partitioned = true;
            }
            else
            {
                unmodelled.Add("table " + table + " has the table option " + option);
            }
        }

        if (string.Equals(MySqlSchemaIntrospector.Text(row, 1), "SYSTEM VERSIONED", StringComparison.OrdinalIgnoreCase))
        {
            unmodelled.Add("table " + table + " is SYSTEM VERSIONED");
        }

        string? comment = MySqlSchemaIntrospector.Text(row, 6);
        long? autoIncrement = row.IsDBNull(7) ? null : Convert.ToInt64(row.GetValue(7), CultureInfo.InvariantCulture);
        return new TableOptions
        {
            Engine = MySqlSchemaIntrospector.Text(row, 2),
            Collation = MySqlSchemaIntrospector.Text(row, 3),
            CharacterSet = MySqlSchemaIntrospector.Text(row, 4),
            RowFormat = rowFormat,
            Comment = string.IsNullOrEmpty(comment) ? null : comment,
            AutoIncrement = autoIncrement > 1 ? autoIncrement : null,
        };
    }

    /// <summary>Completes a table from SHOW CREATE TABLE: its partitioning clause (without "PARTITION BY") and its FULLTEXT parsers.</summary>
    public static async Task ReadCreateTableAsync(DbConnection connection, MySqlTableBuilder table, bool partitioned, CancellationToken cancellationToken)
    {
        string definition;
        await using (DbCommand command = connection.CreateCommand())
        {
            command.CommandText = "SHOW CREATE TABLE " + MySqlDdl.Quote(table.Name);
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            definition = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetString(1) : string.Empty;
        }

        if (partitioned && Partitioning(definition) is { } clause)
        {
            table.Options = table.Options with { Partitioning = clause };
        }

        foreach (Match parser in ParserPattern().Matches(definition))
        {
            string name = parser.Groups["index"].Value.Replace("``", "`", StringComparison.Ordinal);
            if (table.Indexes.TryGetValue(name, out MySqlTableBuilder.IndexBuilder? index))
            {
                index.Parser = parser.Groups["parser"].Value.Replace("``", "`", StringComparison.Ordinal);
            }
        }
    }

    /// <summary>"RANGE (`y`) (PARTITION ...)" from " PARTITION BY RANGE ..." (MariaDB) or "/*!50100 PARTITION BY ... */" (MySQL).</summary>
    private static string? Partitioning(string definition)
    {
        int at = definition.LastIndexOf("PARTITION BY ", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        string clause = definition[(at + "PARTITION BY ".Length)..].Trim();
        return clause.EndsWith("*/", StringComparison.Ordinal) ? clause[..^2].TrimEnd() : clause;
    }

    [GeneratedRegex(@"FULLTEXT (?:KEY|INDEX) `(?<index>(?:[^`]|``)+)` \([^\n]*\) WITH PARSER `(?<parser>(?:[^`]|``)+)`")]
    private static partial Regex ParserPattern();
}
