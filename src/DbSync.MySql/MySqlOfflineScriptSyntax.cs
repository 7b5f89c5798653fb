using DbSync.Core.Sql;
using DbSync.Dialects;
using DbSync.MySql.Schema;

namespace DbSync.MySql;

/// <summary>
/// Offline scripts for the mysql/mariadb client: DDL commits on its own, so there is no transaction to write; the
/// connection speaks utf8mb4 as DbSync's does; a statement with ';' in its body (a trigger, procedure or function)
/// is written between <c>DELIMITER $$</c> and <c>DELIMITER ;</c>, since the client would otherwise cut it there.
/// </summary>
internal sealed class MySqlOfflineScriptSyntax : OfflineScriptSyntax
{
    public static readonly MySqlOfflineScriptSyntax Instance = new();

    /// <summary>Delimiters to switch to, the first one the statement does not contain.</summary>
    private static readonly string[] Delimiters = ["$$", "//", ";;", "$$$$"];

    public override bool TransactionalDdl => false;

    public override IReadOnlyList<string> Preamble { get; } = ["SET NAMES utf8mb4"];

    public override string QuoteIdentifier(string name) => MySqlDdl.Quote(name);

    /// <summary>Plain when it needs no escape; otherwise a literal that means the same under any sql_mode (hex UTF-8).</summary>
    public override string QuoteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.All(c => c is >= ' ' and <= '~' and not '\'' and not '\\')
            ? "'" + value + "'"
            : MySqlCommands.Literal(value);
    }

    public override string? DelimiterFor(string statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (!SqlTokenReader.Tokenize(statement, SqlSyntax.MySql).Any(t => t.IsSymbol(";")))
        {
            return null;
        }

        return Delimiters.First(d => !statement.Contains(d, StringComparison.Ordinal));
    }
}
