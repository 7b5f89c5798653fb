namespace DbSync.Schema.Model;

/// <summary>The kinds of stored program a database keeps beside its tables (MySQL/MariaDB).</summary>
public enum RoutineKind
{
    Procedure,
    Function,
    Event,
}
