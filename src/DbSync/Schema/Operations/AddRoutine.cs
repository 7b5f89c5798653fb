using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Creates a stored procedure, function or event.</summary>
public sealed record AddRoutine(RoutineSchema Routine) : SchemaOperation
{
    public override string Table => Routine.Name;

    public override SchemaOperation Invert() => new DropRoutine(Routine);

    public override string Describe() => "add " + Routine.KindName + " " + Routine.Name;
}
