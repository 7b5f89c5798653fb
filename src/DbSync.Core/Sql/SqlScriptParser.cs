using System;
using System.Collections.Generic;

namespace DbSync.Core.Sql
{
    /// <summary>Splits a migration script into statements the way the database's own client would.</summary>
    public static class SqlScriptParser
    {
        /// <summary>Splits <paramref name="text"/> in one forward scan. For a file, <see cref="SqlStatementReader"/> reads it without holding it whole.</summary>
        /// <exception cref="SqlSyntaxException">A string, quoted identifier or block comment is not terminated.</exception>
        public static SqlScript Parse(string text, SqlSyntax syntax)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            var segments = new List<SqlSegment>();
            var statements = new List<SqlStatement>();
            var splitter = new StatementSplitter(syntax ?? throw new ArgumentNullException(nameof(syntax)), segments);
            splitter.SetScript(text);
            while (splitter.Next(out var statement) == SplitStep.Statement)
            {
                statements.Add(statement!);
            }

            return new SqlScript(segments.AsReadOnly(), statements.AsReadOnly());
        }
    }
}
