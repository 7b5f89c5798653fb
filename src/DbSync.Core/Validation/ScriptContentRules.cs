using DbSync.Core.Errors;
using System.Collections.Generic;
using DbSync.Core.Repository;
using DbSync.Core.Sql;

namespace DbSync.Core.Validation
{
    /// <summary>
    /// Checks on a script's text: empty (DBS005), an unterminated string, quoted identifier or comment (DBS009), and
    /// transaction-control statements the engine would skip (DBS010). A script is split with the lexical rules of
    /// the dialect it runs on; a <c>default</c> script runs on both SQLite and MySQL, so it must split under both.
    /// </summary>
    internal static class ScriptContentRules
    {
        private static readonly SqlSyntax[] SqliteOnly = { SqlSyntax.Sqlite };
        private static readonly SqlSyntax[] MySqlOnly = { SqlSyntax.MySql };
        private static readonly SqlSyntax[] Both = { SqlSyntax.Sqlite, SqlSyntax.MySql };
        private static readonly SqlSyntax[] Neither = new SqlSyntax[0];

        public static void Check(ScriptFile script, string text, ICollection<Diagnostic> findings)
        {
            if (IsBlank(text))
            {
                findings.Add(new Diagnostic(ErrorCodes.EmptyScript, DiagnosticSeverity.Error, script.Path, 0,
                    script.Name.FileName + " is empty; write the version's statements, or a SQL comment saying why it does nothing"));
                return;
            }

            SqlSyntax[] syntaxes = SyntaxesFor(script.Name.Dialect);
            SqlScript? parsed = null;
            SqlSyntaxException? earliest = null;
            SqlSyntax failedSyntax = SqlSyntax.Sqlite;
            int failures = 0;
            foreach (SqlSyntax syntax in syntaxes)
            {
                try
                {
                    SqlScript result = SqlScriptParser.Parse(text, syntax);
                    parsed = parsed ?? result;
                }
                catch (SqlSyntaxException e)
                {
                    failures++;
                    if (earliest == null || e.Line < earliest.Line)
                    {
                        earliest = e;
                        failedSyntax = syntax;
                    }
                }
            }

            if (earliest != null)
            {
                string fix = "; close it, or escape a quote inside it by doubling it";
                if (failures < syntaxes.Length)
                {
                    // Only one dialect's rules fail: in practice a backslash (an escape in MySQL only) or a '#' comment (MySQL only).
                    fix = failedSyntax == SqlSyntax.MySql
                        ? " when read as MySQL (a default script runs on both); in MySQL a backslash escapes the next character, so write a literal backslash as \\\\, or give each dialect its own script"
                        : " when read as SQLite (a default script runs on both); SQLite has no '#' comments, so write comments with --, or give each dialect its own script";
                }

                findings.Add(new Diagnostic(ErrorCodes.UnterminatedLiteral, DiagnosticSeverity.Error, script.Path, earliest.Line, earliest.Message + fix));
            }

            if (parsed != null)
            {
                CheckTransactionControl(script, parsed, findings);
            }
        }

        private static void CheckTransactionControl(ScriptFile script, SqlScript parsed, ICollection<Diagnostic> findings)
        {
            foreach (SqlStatement statement in parsed.Statements)
            {
                if (statement.TransactionControl == TransactionControl.None)
                {
                    continue;
                }

                findings.Add(new Diagnostic(ErrorCodes.TransactionControl, DiagnosticSeverity.Warning, script.Path, statement.Line,
                    "'" + FirstLine(statement.Text) + "' is skipped when the script runs: DbSync runs each version in a transaction of its own; remove the statement"));
            }
        }

        // DbSync only runs default, sqlite and mysql scripts; the others are kept for sqlalchemy-migrate and not split here.
        private static SqlSyntax[] SyntaxesFor(string dialect)
        {
            switch (dialect)
            {
                case ScriptName.DefaultDialect:
                    return Both;
                case "sqlite":
                    return SqliteOnly;
                case "mysql":
                    return MySqlOnly;
                default:
                    return Neither;
            }
        }

        private static bool IsBlank(string text)
        {
            foreach (char c in text)
            {
                if (!char.IsWhiteSpace(c) && c != '\uFEFF')
                {
                    return false;
                }
            }

            return true;
        }

        private static string FirstLine(string text)
        {
            int end = text.IndexOfAny(new[] { '\r', '\n' });
            return end < 0 ? text : text.Substring(0, end);
        }
    }
}
