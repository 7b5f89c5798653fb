namespace DbSync.Schema.Operations;

/// <summary>Which attributes of a column an <see cref="AlterColumn"/> changes (as the dialect's normaliser judged them).</summary>
[Flags]
public enum ColumnChange
{
    None = 0,
    Type = 1,
    Nullability = 2,
    Default = 4,
    AutoIncrement = 8,
    Collation = 16,
    OnUpdate = 32,
    Generated = 64,
    Comment = 128,
    CharacterSet = 256,
}
