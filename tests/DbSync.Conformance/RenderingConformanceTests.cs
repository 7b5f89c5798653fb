using DbSync.Schema;
using DbSync.Schema.Comparison;
using DbSync.Schema.Model;
using DbSync.Schema.Operations;

namespace DbSync.Conformance;

/// <summary>
/// Every kind of schema operation is rendered by every dialect: a new operation type fails here until each renderer
/// writes it (the renderers pick operations by type, where a forgotten one would otherwise vanish from a script).
/// </summary>
public abstract class RenderingConformanceTests
{
    private static readonly ColumnSchema Id = new("id", "INTEGER", IsNullable: false);
    private static readonly ColumnSchema Name = new("name", "VARCHAR(50)", IsNullable: false);
    private static readonly ColumnSchema Note = new("note", "VARCHAR(20)", IsNullable: true);
    private static readonly ColumnSchema ItemId = new("item_id", "INTEGER", IsNullable: false);
    private static readonly IndexSchema NameIndex = new("ix_items_name", [IndexColumn.Of("name")], IsUnique: false);
    private static readonly UniqueConstraintSchema NameUnique = new(["name"], "uq_items_name");
    private static readonly CheckConstraintSchema IdPositive = new("id > 0", "ck_items_id");
    private static readonly ForeignKeySchema StockItem = new(["item_id"], "items", ["id"], Name: "fk_stock_items");

    /// <summary>The dialect's schema services under test.</summary>
    protected abstract SchemaSupport Dialect { get; }

    /// <summary>A CREATE TRIGGER statement named trg_items on items, in the dialect's SQL.</summary>
    protected abstract string TriggerDefinition { get; }

    private TableSchema Items => new TableSchema("items", [Id, Name, Note]) with { PrimaryKey = new PrimaryKeySchema(["id"]) };

    private TableSchema Stock => new TableSchema("stock", [Id, ItemId]) with { PrimaryKey = new PrimaryKeySchema(["id"]) };

    /// <summary>One operation of each kind, with the name its SQL must mention.</summary>
    private IEnumerable<(SchemaOperation Operation, string Mentions)> Samples()
    {
        TriggerSchema trigger = new("trg_items", TriggerDefinition);
        yield return (new AddTable(Stock), "stock");
        yield return (new DropTable(Stock), "stock");
        yield return (new AddColumn("items", new ColumnSchema("weight", "INTEGER", IsNullable: true)), "weight");
        yield return (new DropColumn("items", Note), "note");
        yield return (new AlterColumn("items", Name, Name with { Type = "VARCHAR(100)" }, ColumnChange.Type), "name");
        yield return (new RenameColumn("items", Note, Note with { Name = "remark" }, ColumnChange.None), "remark");
        yield return (new RenameColumn("items", Note, Note with { Name = "remark", Type = "VARCHAR(40)" }, ColumnChange.Type), "remark");
        yield return (new AlterPrimaryKey("stock", new PrimaryKeySchema(["id"]), new PrimaryKeySchema(["id", "item_id"])), "item_id");
        yield return (new AddIndex("items", NameIndex), "ix_items_name");
        yield return (new DropIndex("items", NameIndex), "ix_items_name");
        yield return (new AddUniqueConstraint("items", NameUnique), "name");
        yield return (new DropUniqueConstraint("items", NameUnique), "items");
        yield return (new AddCheckConstraint("items", IdPositive), "id > 0");
        yield return (new DropCheckConstraint("items", IdPositive), "items");
        yield return (new AddForeignKey("stock", StockItem), "item_id");
        yield return (new DropForeignKey("stock", StockItem), "stock");
        yield return (new AddTrigger("items", trigger), "trg_items");
        yield return (new DropTrigger("items", trigger), "trg_items");
    }

    [Fact]
    public void The_samples_cover_every_kind_of_operation()
    {
        var kinds = typeof(SchemaOperation).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(SchemaOperation)) && !t.IsAbstract).Select(t => t.Name).Order();

        Assert.Equal(kinds, Samples().Select(s => s.Operation.GetType().Name).Distinct().Order());
    }

    [Fact]
    public void Every_kind_of_operation_is_rendered_and_names_what_it_changes()
    {
        foreach (var (operation, mentions) in Samples())
        {
            var (from, to) = SchemasAround(operation);

            string sql = Dialect.Render(new SchemaDiff(from, to, [operation]));

            Assert.True(sql.Contains(mentions, StringComparison.OrdinalIgnoreCase), operation.GetType().Name + " rendered without naming " + mentions + ":\n" + sql);
        }
    }

    [Fact]
    public void An_operation_the_renderer_does_not_know_fails_rather_than_vanishing()
    {
        var diff = new SchemaDiff(new DatabaseSchema([Items]), new DatabaseSchema([Items]), [new UnknownOperation("items")]);

        var error = Assert.Throws<NotSupportedException>(() => Dialect.Render(diff));

        Assert.Contains(nameof(UnknownOperation), error.Message);
    }

    /// <summary>A schema the operation applies to, and the schema it makes: renderers read both for context.</summary>
    private (DatabaseSchema From, DatabaseSchema To) SchemasAround(SchemaOperation operation)
    {
        TableSchema items = Items;
        TableSchema stock = Stock;
        TableSchema itemsAfter = items;
        TableSchema stockAfter = stock;
        switch (operation)
        {
            case AddTable:
                return (new DatabaseSchema([items]), new DatabaseSchema([items, stock]));
            case DropTable:
                return (new DatabaseSchema([items, stock]), new DatabaseSchema([items]));
            case AddColumn add:
                itemsAfter = items with { Columns = [.. items.Columns, add.Column] };
                break;
            case DropColumn:
                itemsAfter = items with { Columns = [Id, Name] };
                break;
            case AlterColumn alter:
                itemsAfter = items with { Columns = [Id, alter.To, Note] };
                break;
            case RenameColumn rename:
                itemsAfter = items with { Columns = [Id, Name, rename.To] };
                break;
            case AlterPrimaryKey key:
                stockAfter = stock with { PrimaryKey = key.To };
                break;
            case AddIndex or DropIndex:
                itemsAfter = items with { Indexes = [NameIndex] };
                break;
            case AddUniqueConstraint or DropUniqueConstraint:
                itemsAfter = items with { UniqueConstraints = [NameUnique] };
                break;
            case AddCheckConstraint or DropCheckConstraint:
                itemsAfter = items with { CheckConstraints = [IdPositive] };
                break;
            case AddForeignKey or DropForeignKey:
                stockAfter = stock with { ForeignKeys = [StockItem] };
                break;
            case AddTrigger add:
                itemsAfter = items with { Triggers = [add.Trigger] };
                break;
            case DropTrigger drop:
                itemsAfter = items with { Triggers = [drop.Trigger] };
                break;
            default:
                throw new InvalidOperationException("no sample schema for " + operation.GetType().Name);
        }

        var before = new DatabaseSchema([items, stock]);
        var after = new DatabaseSchema([itemsAfter, stockAfter]);
        // A drop goes from the schema that has the object to the one that does not.
        return operation.GetType().Name.StartsWith("Drop", StringComparison.Ordinal) && operation is not DropColumn ? (after, before) : (before, after);
    }

    /// <summary>An operation of a kind no renderer was written for, as a future one would be.</summary>
    private sealed record UnknownOperation(string OnTable) : SchemaOperation
    {
        public override string Table => OnTable;

        public override SchemaOperation Invert() => this;

        public override string Describe() => "something new on " + OnTable;
    }
}
