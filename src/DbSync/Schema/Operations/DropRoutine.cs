using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Drops a stored procedure, function or event.</summary>
public sealed record DropRoutine(RoutineSchema Routine) : SchemaOperation
{
    public override string Table => Routine.Name;

    public override SchemaOperation Invert() => new AddRoutine(Routine);

    public override string Describe() => "drop " + Routine.KindName + " " + Routine.Name;
}
