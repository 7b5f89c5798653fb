namespace DbSync.Core.Sql
{
    /// <summary>How a dialect's client keeps the delimiters inside a routine or trigger body from ending the statement.</summary>
    internal enum CompoundBodyStyle
    {
        /// <summary>
        /// <c>CREATE [...] TRIGGER|PROCEDURE|FUNCTION|EVENT</c> opens a body at <c>BEGIN</c> that a matching <c>END</c>
        /// closes (MySQL routines and triggers, SQLite triggers); only under the default delimiter.
        /// </summary>
        RoutineHeader,

        /// <summary>psql's count: after <c>CREATE [OR REPLACE] FUNCTION|PROCEDURE</c>, <c>BEGIN</c> (and <c>CASE</c> inside it) against <c>END</c>, outside parentheses.</summary>
        BeginAtomic,
    }
}
