using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

public sealed record AddTrigger(string Table, TriggerSchema Trigger) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new DropTrigger(Table, Trigger);

    public override string Describe() => "add trigger " + Trigger.Name + " on " + Table;
}
