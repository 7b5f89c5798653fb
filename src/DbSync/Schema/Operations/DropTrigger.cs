using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

public sealed record DropTrigger(string Table, TriggerSchema Trigger) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new AddTrigger(Table, Trigger);

    public override string Describe() => "drop trigger " + Trigger.Name + " on " + Table;
}
