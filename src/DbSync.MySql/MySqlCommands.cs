using System.Data.Common;
using System.Text;

namespace DbSync.MySql;

/// <summary>Small helpers for building commands on a driver-neutral connection.</summary>
internal static class MySqlCommands
{
    public static DbCommand Create(DbConnection connection, string sql, DbTransaction? transaction)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }


    /// <summary>
    /// A string literal that means the same under any sql_mode (NO_BACKSLASH_ESCAPES or not) and any connection
    /// charset: the UTF-8 bytes as a hex literal, converted to the column's character set on insert.
    /// </summary>
    public static string Literal(string value) =>
        value.Length == 0 ? "''" : "CONVERT(X'" + Convert.ToHexString(Encoding.UTF8.GetBytes(value)) + "' USING utf8mb4)";
}
