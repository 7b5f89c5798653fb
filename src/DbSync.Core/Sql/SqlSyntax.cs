namespace DbSync.Core.Sql
{
    /// <summary>The lexical rules a script is split by: which quotes, comments and escapes exist.</summary>
    public enum SqlSyntax
    {
        /// <summary>SQLite: <c>[bracketed]</c> identifiers, <c>--</c> anywhere, no backslash escapes.</summary>
        Sqlite,

        /// <summary>MySQL/MariaDB as the mysql client reads it: <c>#</c> comments, backslash escapes, executable comments.</summary>
        MySql,
    }
}
