using System.Text;
using System.Text.RegularExpressions;
using DbSync.Testing.Databases;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>
/// A MariaDB database's schema as the server itself prints it: SHOW CREATE TABLE of every base table but the version
/// table and DbSync's own dbsync_* tables, with the AUTO_INCREMENT counter (data, not schema) left out.
/// </summary>
internal static partial class MariaDbCatalog
{
    public static async Task<string> DumpAsync(MariaDbTestDatabase database)
    {
        var text = new StringBuilder();
        await using var connection = await database.Server.OpenAsync(database.DatabaseName);
        foreach (string table in await database.GetTablesAsync())
        {
            if (table == "migrate_version" || table.StartsWith("dbsync_", StringComparison.Ordinal))
            {
                continue;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = "SHOW CREATE TABLE `" + table + "`";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            text.AppendLine(AutoIncrement().Replace(reader.GetString(1), string.Empty));
        }

        return text.ToString();
    }

    [GeneratedRegex(@" AUTO_INCREMENT=\d+")]
    private static partial Regex AutoIncrement();
}
