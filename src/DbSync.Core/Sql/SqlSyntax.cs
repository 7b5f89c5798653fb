using System;

namespace DbSync.Core.Sql
{
    /// <summary>
    /// The lexical rules a script is read by, as data: which quotes delimit strings and names, which comments and
    /// escapes exist, and what the dialect's command-line client does beyond the server's grammar. One instance per
    /// dialect; a new dialect is a new instance here, not a branch in the lexer. Compared by reference.
    /// </summary>
    public sealed class SqlSyntax
    {
        /// <summary>SQLite: <c>"names"</c>, <c>`names`</c> and <c>[names]</c>, <c>--</c> anywhere, no backslash escapes.</summary>
        public static readonly SqlSyntax Sqlite = new SqlSyntax("sqlite", SqlRules.BracketIdentifiers | SqlRules.DelimiterDirective)
        {
            IdentifierQuotes = "\"`",
        };

        /// <summary>MySQL/MariaDB as the mysql client reads it: <c>#</c> comments, backslash escapes, executable comments, <c>DELIMITER</c>.</summary>
        public static readonly SqlSyntax MySql = new SqlSyntax("mysql",
            SqlRules.BackslashEscapes | SqlRules.HashComments | SqlRules.DashCommentNeedsSpace | SqlRules.ExecutableComments | SqlRules.DelimiterDirective)
        {
            StringQuotes = "'\"",
            IdentifierQuotes = "`",
        };

        /// <summary>
        /// PostgreSQL as psql reads it: <c>$tag$</c> bodies, <c>E'...'</c> escapes (plain strings have none), nested
        /// block comments, <c>BEGIN ATOMIC ... END</c> bodies, and psql's backslash commands and <c>COPY ... FROM stdin</c> flagged.
        /// </summary>
        public static readonly SqlSyntax PostgreSql = new SqlSyntax("postgresql",
            SqlRules.EscapeStringPrefix | SqlRules.DollarQuotes | SqlRules.NestedBlockComments | SqlRules.ClientCommands)
        {
            CompoundBodies = CompoundBodyStyle.BeginAtomic,
        };

        private readonly SqlRules _rules;

        private SqlSyntax(string name, SqlRules rules)
        {
            Name = name;
            _rules = rules;
        }

        /// <summary>The dialect's name as script file names spell it: <c>sqlite</c>, <c>mysql</c>, <c>postgresql</c>.</summary>
        public string Name { get; }

        /// <summary>Quote characters that delimit string literals (a doubled quote stands for itself).</summary>
        internal string StringQuotes { get; private init; } = "'";

        /// <summary>Quote characters that delimit names (a doubled quote stands for itself; never a backslash escape).</summary>
        internal string IdentifierQuotes { get; private init; } = "\"";

        /// <summary>How a routine or trigger body that holds delimiters is recognised.</summary>
        internal CompoundBodyStyle CompoundBodies { get; private init; } = CompoundBodyStyle.RoutineHeader;

        internal bool Has(SqlRules rule) => (_rules & rule) == rule;

        /// <summary>The syntax of a dialect named as in script file names (<c>postgres</c> too), or null for another name.</summary>
        public static SqlSyntax? FromName(string name)
        {
            switch ((name ?? throw new ArgumentNullException(nameof(name))).ToLowerInvariant())
            {
                case "sqlite":
                    return Sqlite;
                case "mysql":
                case "mariadb":
                    return MySql;
                case "postgresql":
                case "postgres":
                    return PostgreSql;
                default:
                    return null;
            }
        }

        public override string ToString() => Name;
    }
}
