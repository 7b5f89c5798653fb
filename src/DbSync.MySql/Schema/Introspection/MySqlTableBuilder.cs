using DbSync.Schema.Model;

namespace DbSync.MySql.Schema.Introspection;

/// <summary>One table as the information_schema rows describe it, gathered row by row and built into a <see cref="TableSchema"/>.</summary>
internal sealed class MySqlTableBuilder(string name, TableOptions options)
{
    public string Name { get; } = name;

    public TableOptions Options { get; set; } = options;

    /// <summary>Whether CREATE_OPTIONS says "partitioned": SHOW CREATE TABLE then gives the clause.</summary>
    public bool IsPartitioned { get; init; }

    public List<ColumnSchema> Columns { get; } = [];

    public Dictionary<string, IndexBuilder> Indexes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (List<string> Columns, string Table, List<string> Referenced, ReferentialAction OnDelete, ReferentialAction OnUpdate)> ForeignKeys { get; } = new(StringComparer.Ordinal);

    public List<CheckConstraintSchema> Checks { get; } = [];

    public List<TriggerSchema> Triggers { get; } = [];

    public TableSchema Build()
    {
        PrimaryKeySchema? key = Indexes.TryGetValue("PRIMARY", out IndexBuilder? primary)
            ? new PrimaryKeySchema(primary.Columns.Select(c => c.Name!).ToList())
            {
                PrefixLengths = primary.Columns.Any(c => c.Length != null) ? primary.Columns.Select(c => c.Length).ToList() : null,
            }
            : null;
        return new TableSchema(
            Name,
            Columns,
            key,
            [],
            Indexes.Where(i => i.Key != "PRIMARY").OrderBy(i => i.Key, StringComparer.OrdinalIgnoreCase)
                .Select(i => new IndexSchema(i.Key, i.Value.Columns, i.Value.IsUnique, Kind: i.Value.Kind, Parser: i.Value.Parser, IsInvisible: i.Value.IsInvisible)).ToList(),
            ForeignKeys.OrderBy(k => k.Key, StringComparer.Ordinal)
                .Select(k => new ForeignKeySchema(k.Value.Columns, k.Value.Table, k.Value.Referenced, k.Value.OnDelete, k.Value.OnUpdate, k.Key)).ToList(),
            Checks,
            Triggers) { Options = Options };
    }

    /// <summary>One index's attributes and keys, in key order.</summary>
    internal sealed class IndexBuilder(bool isUnique, IndexKind kind, bool isInvisible)
    {
        public bool IsUnique { get; } = isUnique;

        public IndexKind Kind { get; } = kind;

        public bool IsInvisible { get; } = isInvisible;

        public string? Parser { get; set; }

        public List<IndexColumn> Columns { get; } = [];
    }
}
