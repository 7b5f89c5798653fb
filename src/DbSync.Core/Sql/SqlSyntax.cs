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
        public static readonly SqlSyntax Sqlite = new SqlSyntax("sqlite")
        {
            StringQuotes = "'",
            IdentifierQuotes = "\"`",
            BracketIdentifiers = true,
            DelimiterDirective = true,
            CompoundBodies = CompoundBodyStyle.RoutineHeader,
        };

        /// <summary>MySQL/MariaDB as the mysql client reads it: <c>#</c> comments, backslash escapes, executable comments, <c>DELIMITER</c>.</summary>
        public static readonly SqlSyntax MySql = new SqlSyntax("mysql")
        {
            StringQuotes = "'\"",
            IdentifierQuotes = "`",
            BackslashEscapes = true,
            HashComments = true,
            DashCommentNeedsSpace = true,
            ExecutableComments = true,
            DelimiterDirective = true,
            CompoundBodies = CompoundBodyStyle.RoutineHeader,
        };

        /// <summary>
        /// PostgreSQL as psql reads it: <c>$tag$</c> bodies, <c>E'...'</c> escapes (plain strings have none), nested
        /// block comments, <c>BEGIN ATOMIC ... END</c> bodies, and psql's backslash commands and <c>COPY ... FROM stdin</c> flagged.
        /// </summary>
        public static readonly SqlSyntax PostgreSql = new SqlSyntax("postgresql")
        {
            StringQuotes = "'",
            IdentifierQuotes = "\"",
            EscapeStringPrefix = true,
            DollarQuotes = true,
            NestedBlockComments = true,
            ParenthesesHoldDelimiter = true,
            CompoundBodies = CompoundBodyStyle.BeginAtomic,
            ClientCommands = true,
        };

        private SqlSyntax(string name)
        {
            Name = name;
        }

        /// <summary>The dialect's name as script file names spell it: <c>sqlite</c>, <c>mysql</c>, <c>postgresql</c>.</summary>
        public string Name { get; }

        /// <summary>Quote characters that delimit string literals (a doubled quote stands for itself).</summary>
        internal string StringQuotes { get; private set; } = "'";

        /// <summary>Quote characters that delimit names (a doubled quote stands for itself; never a backslash escape).</summary>
        internal string IdentifierQuotes { get; private set; } = "\"";

        /// <summary><c>[name]</c>, with no escape inside.</summary>
        internal bool BracketIdentifiers { get; private set; }

        /// <summary>A backslash escapes the next character inside string literals.</summary>
        internal bool BackslashEscapes { get; private set; }

        /// <summary><c>E'...'</c> strings, where a backslash escapes the next character.</summary>
        internal bool EscapeStringPrefix { get; private set; }

        /// <summary><c>$$ ... $$</c> and <c>$tag$ ... $tag$</c> strings.</summary>
        internal bool DollarQuotes { get; private set; }

        /// <summary><c>#</c> starts a line comment.</summary>
        internal bool HashComments { get; private set; }

        /// <summary><c>--</c> starts a comment only before whitespace or the end (the mysql client's rule: <c>1--1</c> is an expression).</summary>
        internal bool DashCommentNeedsSpace { get; private set; }

        /// <summary><c>/*! */</c>, <c>/*M! */</c> and <c>/*+ */</c> are executed, so they are statement content.</summary>
        internal bool ExecutableComments { get; private set; }

        /// <summary><c>/* /* */ */</c> nests.</summary>
        internal bool NestedBlockComments { get; private set; }

        /// <summary>The client's <c>DELIMITER xx</c> line changes the statement delimiter.</summary>
        internal bool DelimiterDirective { get; private set; }

        /// <summary>A delimiter inside parentheses does not end the statement (psql).</summary>
        internal bool ParenthesesHoldDelimiter { get; private set; }

        /// <summary>How a routine or trigger body that holds delimiters is recognised.</summary>
        internal CompoundBodyStyle CompoundBodies { get; private set; }

        /// <summary>psql's backslash commands and <c>COPY ... FROM stdin</c> data, which only the client understands.</summary>
        internal bool ClientCommands { get; private set; }

        /// <summary>The syntax of a dialect named as in script file names (<c>postgres</c> too), or null for another name.</summary>
        public static SqlSyntax? FromName(string name)
        {
            switch ((name ?? throw new ArgumentNullException(nameof(name))).ToLowerInvariant())
            {
                case "sqlite":
                    return Sqlite;
                case "mysql":
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
