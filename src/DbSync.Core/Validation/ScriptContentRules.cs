using DbSync.Core.Errors;
using System.Collections.Generic;
using DbSync.Core.Repository;
using DbSync.Core.Sql;

namespace DbSync.Core.Validation
{
    /// <summary>
    /// Checks on a script's text, from one streaming pass (<see cref="ScriptScan"/>): not UTF-8 text (DBS012), an
    /// unterminated string, quoted identifier or comment (DBS009), transaction control (DBS010: ROLLBACK is an error,
    /// BEGIN and COMMIT a warning, since they are skipped) and no statement at all (DBS011). A script is split with the
    /// lexical rules of the dialect it runs on; a <c>default</c> script runs on both SQLite and MySQL, so it must split
    /// under both. Every finding has the line and column of the construct at fault.
    /// </summary>
    internal static class ScriptContentRules
    {
        private static readonly SqlSyntax[] SqliteOnly = { SqlSyntax.Sqlite };
        private static readonly SqlSyntax[] MySqlOnly = { SqlSyntax.MySql };
        private static readonly SqlSyntax[] Both = { SqlSyntax.Sqlite, SqlSyntax.MySql };
        private static readonly SqlSyntax[] Neither = new SqlSyntax[0];

        // DbSync only runs default, sqlite, mysql and mariadb scripts; the others are kept for sqlalchemy-migrate and not split here.
        public static SqlSyntax[] SyntaxesFor(string dialect)
        {
            switch (dialect)
            {
                case ScriptName.DefaultDialect:
                    return Both;
                case "sqlite":
                    return SqliteOnly;
                case "mysql":
                case "mariadb":
                    return MySqlOnly;
                default:
                    return Neither;
            }
        }

        public static void Check(ScriptFile script, ScriptScan scan, ICollection<Diagnostic> findings)
        {
            // Statements before an error were split all the same, so a DBS009 or DBS012 hides no DBS010 before it.
            CheckTransactionControl(script, scan, findings);
            if (scan.Unreadable != null)
            {
                SourceLocation at = scan.Unreadable.Location!;
                findings.Add(new Diagnostic(ErrorCodes.UnreadableScript, DiagnosticSeverity.Error, script.Path, at.Line, scan.Unreadable.Message, at.Column));
                return;
            }

            if (CheckUnterminated(script, scan, findings) || scan.Syntaxes.Count == 0)
            {
                return;
            }

            foreach (SyntaxScan syntax in scan.Syntaxes)
            {
                if (syntax.StatementCount > 0)
                {
                    return;
                }
            }

            findings.Add(new Diagnostic(ErrorCodes.NoStatement, DiagnosticSeverity.Error, script.Path, 0, ScriptMessages.NoStatement(script.Name.FileName)));
        }

        private static bool CheckUnterminated(ScriptFile script, ScriptScan scan, ICollection<Diagnostic> findings)
        {
            SqlSyntaxException? earliest = null;
            SqlSyntax failedSyntax = SqlSyntax.Sqlite;
            int failures = 0;
            foreach (SyntaxScan syntax in scan.Syntaxes)
            {
                SqlSyntaxException? e = syntax.Error;
                if (e == null)
                {
                    continue;
                }

                failures++;
                if (earliest == null || e.Line < earliest.Line || (e.Line == earliest.Line && e.Location!.Column < earliest.Location!.Column))
                {
                    earliest = e;
                    failedSyntax = syntax.Syntax;
                }
            }

            if (earliest == null)
            {
                return false;
            }

            string fix = "; close it, or escape a quote inside it by doubling it";
            if (failures < scan.Syntaxes.Count)
            {
                // Only one dialect's rules fail: in practice a backslash (an escape in MySQL only) or a '#' comment (MySQL only).
                fix = failedSyntax == SqlSyntax.MySql
                    ? " when read as MySQL (a default script runs on both); in MySQL a backslash escapes the next character, so write a literal backslash as \\\\, or give each dialect its own script"
                    : " when read as SQLite (a default script runs on both); SQLite has no '#' comments, so write comments with --, or give each dialect its own script";
            }

            findings.Add(new Diagnostic(ErrorCodes.UnterminatedLiteral, DiagnosticSeverity.Error, script.Path, earliest.Line, earliest.Message + fix, earliest.Location!.Column));
            return true;
        }

        private static void CheckTransactionControl(ScriptFile script, ScriptScan scan, ICollection<Diagnostic> findings)
        {
            // Both syntaxes of a default script usually see the same statements: each is reported once.
            var reported = new HashSet<int>();
            foreach (SyntaxScan syntax in scan.Syntaxes)
            {
                foreach (SqlStatement statement in syntax.TransactionControl)
                {
                    if (!reported.Add(statement.Offset))
                    {
                        continue;
                    }

                    string shown = ScriptMessages.FirstLine(statement.Text);
                    findings.Add(statement.TransactionControl == TransactionControl.Rollback
                        ? new Diagnostic(ErrorCodes.TransactionControl, DiagnosticSeverity.Error, script.Path, statement.Line, ScriptMessages.Rollback(shown), statement.Column)
                        : new Diagnostic(ErrorCodes.TransactionControl, DiagnosticSeverity.Warning, script.Path, statement.Line, ScriptMessages.SkippedTransactionControl(shown), statement.Column));
                }
            }
        }
    }
}
