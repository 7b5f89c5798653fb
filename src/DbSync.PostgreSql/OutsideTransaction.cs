using DbSync.Core.Sql;
using DbSync.Migrations;

namespace DbSync.PostgreSql;

/// <summary>
/// Statements PostgreSQL refuses inside a transaction block (SQLSTATE 25001), read from their first words as psql
/// would send them: CREATE/DROP INDEX CONCURRENTLY, REINDEX ... CONCURRENTLY (and REINDEX SYSTEM/DATABASE), VACUUM,
/// CREATE/DROP DATABASE, CREATE/DROP TABLESPACE, ALTER SYSTEM, and ALTER TYPE ... ADD VALUE on servers before 12.
/// A version holding one runs outside a transaction.
/// </summary>
internal static class OutsideTransaction
{
    /// <summary>The first statement of <paramref name="step"/> that cannot run in a transaction, or null.</summary>
    public static SqlStatement? FirstIn(MigrationStep step, int serverMajorVersion) =>
        step.Statements.Read().FirstOrDefault(s => Requires(s.Text, serverMajorVersion));

    public static bool Requires(string statement, int serverMajorVersion)
    {
        var words = new List<string>(6);
        foreach (SqlToken token in SqlTokenReader.Tokenize(statement, SqlSyntax.PostgreSql))
        {
            if (token.Kind != SqlTokenKind.Word)
            {
                // REINDEX (VERBOSE) ...: options in parentheses come before the words that matter.
                if (token.IsSymbol("(") || token.IsSymbol(")") || token.IsSymbol(","))
                {
                    continue;
                }

                break;
            }

            words.Add(token.Text.ToUpperInvariant());
            if (words.Count == 6)
            {
                break;
            }
        }

        string Word(int i) => i < words.Count ? words[i] : string.Empty;
        return Word(0) switch
        {
            "VACUUM" => true,
            "CREATE" => Word(1) is "DATABASE" or "TABLESPACE" || (Word(1) == "INDEX" && Word(2) == "CONCURRENTLY")
                || (Word(1) == "UNIQUE" && Word(2) == "INDEX" && Word(3) == "CONCURRENTLY"),
            "DROP" => Word(1) is "DATABASE" or "TABLESPACE" || (Word(1) == "INDEX" && Word(2) == "CONCURRENTLY"),
            "REINDEX" => words.Contains("CONCURRENTLY") || Word(1) is "SYSTEM" or "DATABASE" || words.Skip(1).Take(2).Any(w => w is "SYSTEM" or "DATABASE"),
            "ALTER" => Word(1) == "SYSTEM" || (Word(1) == "TYPE" && serverMajorVersion < 12 && IsAddValue(statement)),
            _ => false,
        };
    }

    private static bool IsAddValue(string statement)
    {
        List<SqlToken> tokens = SqlTokenReader.Tokenize(statement, SqlSyntax.PostgreSql);
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].IsWord("ADD") && tokens[i + 1].IsWord("VALUE"))
            {
                return true;
            }
        }

        return false;
    }
}
