using System;

namespace DbSync.Core.Sql
{
    /// <summary>Splits a migration script into statements the way the database's own client would.</summary>
    public static class SqlScriptParser
    {
        /// <summary>Splits <paramref name="text"/> in one forward scan.</summary>
        /// <exception cref="SqlSyntaxException">A string, quoted identifier or block comment is not terminated.</exception>
        public static SqlScript Parse(string text, SqlSyntax syntax)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            return new SqlScanner(text, syntax).Scan();
        }
    }
}
