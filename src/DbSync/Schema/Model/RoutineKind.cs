namespace DbSync.Schema.Model;

/// <summary>The kinds of stored program a database keeps beside its tables (MySQL/MariaDB; functions and procedures on PostgreSQL).</summary>
public enum RoutineKind
{
    Procedure,
    Function,
    Event,
}
