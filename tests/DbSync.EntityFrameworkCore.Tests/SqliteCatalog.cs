using System.Text;
using DbSync.Testing.Databases;
using Microsoft.Data.Sqlite;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>
/// An SQLite database's schema as SQLite itself reports it, read here without DbSync's introspection: every object of
/// sqlite_master but the version table and DbSync's own dbsync_* tables, and per table the pragmas table_xinfo,
/// index_list/index_xinfo and foreign_key_list.
/// </summary>
internal static class SqliteCatalog
{
    public static async Task<string> DumpAsync(SqliteTestDatabase database)
    {
        var text = new StringBuilder();
        await using var connection = new SqliteConnection("Data Source=" + database.FilePath + ";Mode=ReadOnly");
        await connection.OpenAsync();
        List<string> tables = await LinesAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'migrate_version' AND name NOT LIKE 'dbsync!_%' ESCAPE '!' ORDER BY name");
        foreach (string line in await LinesAsync(connection, "SELECT type || ' ' || name || ' on ' || tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_sequence' AND tbl_name <> 'migrate_version' AND tbl_name NOT LIKE 'dbsync!_%' ESCAPE '!' ORDER BY type, name"))
        {
            text.AppendLine(line);
        }

        foreach (string table in tables)
        {
            string quoted = "'" + table.Replace("'", "''", StringComparison.Ordinal) + "'";
            text.AppendLine("table " + table);
            Append(text, "  column ", await LinesAsync(connection, "SELECT name || ' ' || type || ' notnull=' || \"notnull\" || ' default=' || COALESCE(dflt_value, '-') || ' pk=' || pk || ' hidden=' || hidden FROM pragma_table_xinfo(" + quoted + ") ORDER BY cid"));
            Append(text, "  index ", await LinesAsync(connection, "SELECT l.name || ' unique=' || l.\"unique\" || ' origin=' || l.origin || ' partial=' || l.partial || ' keys=' || (SELECT group_concat(COALESCE(x.name, '<expr>') || CASE x.\"desc\" WHEN 1 THEN ' desc' ELSE '' END, ',') FROM pragma_index_xinfo(l.name) x WHERE x.key = 1) FROM pragma_index_list(" + quoted + ") l ORDER BY l.name"));
            Append(text, "  foreign key ", await LinesAsync(connection, "SELECT \"from\" || ' -> ' || \"table\" || '.' || COALESCE(\"to\", '(pk)') || ' on update ' || on_update || ' on delete ' || on_delete FROM pragma_foreign_key_list(" + quoted + ") ORDER BY id, seq"));
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string prefix, IEnumerable<string> lines)
    {
        foreach (string line in lines)
        {
            text.Append(prefix).AppendLine(line);
        }
    }

    private static async Task<List<string>> LinesAsync(SqliteConnection connection, string sql)
    {
        var lines = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.IsDBNull(0) ? "<null>" : reader.GetString(0));
        }

        return lines;
    }
}
