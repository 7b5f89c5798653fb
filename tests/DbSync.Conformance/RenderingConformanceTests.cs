using DbSync.Core.Errors;
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

    /// <summary>A CREATE VIEW statement named v_items reading items, in the dialect's SQL.</summary>
    protected virtual string ViewDefinition => "CREATE VIEW v_items AS SELECT id, name FROM items";

    /// <summary>A CREATE PROCEDURE statement named p_items, in the dialect's SQL (dialects without routines refuse it).</summary>
    protected virtual string RoutineDefinition => "CREATE PROCEDURE p_items() SELECT id FROM items";

    /// <summary>A CREATE VIRTUAL TABLE statement named ft_items (dialects without virtual tables refuse it).</summary>
    protected virtual string VirtualTableDefinition => "CREATE VIRTUAL TABLE ft_items USING fts5(name)";

    /// <summary>The options of items after the sample AlterTableOptions (a comment, unless the dialect's tables have none).</summary>
    protected virtual TableOptions TableOptionsChange => TableOptions.None with { Comment = "the catalogue" };

    /// <summary>
    /// The kinds of operation the dialect refuses with DBS114 (objects it does not have, or that DbSync does not write
    /// for it yet): each must fail with an error naming the object, never render to nothing.
    /// </summary>
    protected virtual IReadOnlySet<Type> Refused { get; } = new HashSet<Type>();

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
        ViewSchema view = new("v_items", ViewDefinition);
        yield return (new AddView(view), "v_items");
        yield return (new DropView(view), "v_items");
        RoutineSchema routine = new("p_items", RoutineKind.Procedure, RoutineDefinition);
        yield return (new AddRoutine(routine), "p_items");
        yield return (new DropRoutine(routine), "p_items");
        VirtualTableSchema virtualTable = new("ft_items", "fts5", VirtualTableDefinition);
        yield return (new AddVirtualTable(virtualTable), "ft_items");
        yield return (new DropVirtualTable(virtualTable), "ft_items");
        SequenceSchema sequence = new("item_numbers");
        yield return (new AddSequence(sequence), "item_numbers");
        yield return (new DropSequence(sequence), "item_numbers");
        yield return (new AlterSequence(sequence, sequence with { Increment = 10 }), "item_numbers");
        EnumTypeSchema mood = new("mood", ["sad", "ok"]);
        yield return (new AddEnumType(mood), "mood");
        yield return (new DropEnumType(mood), "mood");
        yield return (new AlterEnumType(mood, mood with { Values = ["sad", "ok", "happy"] }), "happy");
        yield return (new AlterTableOptions("items", TableOptions.None, TableOptionsChange), "items");
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
        foreach (var (operation, mentions) in Samples().Where(s => !Refused.Contains(s.Operation.GetType())))
        {
            var (from, to) = SchemasAround(operation);

            string sql = Dialect.Render(new SchemaDiff(from, to, [operation]));

            Assert.True(sql.Contains(mentions, StringComparison.OrdinalIgnoreCase), operation.GetType().Name + " rendered without naming " + mentions + ":\n" + sql);
        }
    }

    [Fact]
    public void An_operation_the_dialect_refuses_fails_with_an_error_naming_the_object()
    {
        foreach (var (operation, mentions) in Samples().Where(s => Refused.Contains(s.Operation.GetType())))
        {
            var (from, to) = SchemasAround(operation);

            var error = Assert.Throws<DbSyncException>(() => Dialect.Render(new SchemaDiff(from, to, [operation])));

            Assert.Equal(ErrorCodes.NotSupported, error.Code);
            Assert.Contains(operation.Table, error.Message, StringComparison.Ordinal);
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
            case AddView add:
                return Objects(operation, Tables() with { Views = [add.View] });
            case DropView drop:
                return Objects(operation, Tables() with { Views = [drop.View] });
            case AddRoutine add:
                return Objects(operation, Tables() with { Routines = [add.Routine] });
            case DropRoutine drop:
                return Objects(operation, Tables() with { Routines = [drop.Routine] });
            case AddVirtualTable add:
                return Objects(operation, Tables() with { VirtualTables = [add.Definition] });
            case DropVirtualTable drop:
                return Objects(operation, Tables() with { VirtualTables = [drop.Definition] });
            case AddSequence add:
                return Objects(operation, Tables() with { Sequences = [add.Sequence] });
            case DropSequence drop:
                return Objects(operation, Tables() with { Sequences = [drop.Sequence] });
            case AddEnumType add:
                return Objects(operation, Tables() with { EnumTypes = [add.Type] });
            case DropEnumType drop:
                return Objects(operation, Tables() with { EnumTypes = [drop.Type] });
            case AlterSequence alter:
                return (Tables() with { Sequences = [alter.From] }, Tables() with { Sequences = [alter.To] });
            case AlterEnumType alter:
                return (Tables() with { EnumTypes = [alter.From] }, Tables() with { EnumTypes = [alter.To] });
            case AlterTableOptions options:
                itemsAfter = items with { Options = options.To };
                break;
            default:
                throw new InvalidOperationException("no sample schema for " + operation.GetType().Name);
        }

        var before = new DatabaseSchema([items, stock]);
        var after = new DatabaseSchema([itemsAfter, stockAfter]);
        // A drop goes from the schema that has the object to the one that does not.
        return operation.GetType().Name.StartsWith("Drop", StringComparison.Ordinal) && operation is not DropColumn ? (after, before) : (before, after);
    }

    private DatabaseSchema Tables() => new([Items, Stock]);

    /// <summary>An add goes from the schema without the object to <paramref name="with"/>; a drop the other way.</summary>
    private static (DatabaseSchema From, DatabaseSchema To) Objects(SchemaOperation operation, DatabaseSchema with)
    {
        var without = new DatabaseSchema(with.Tables);
        return operation.GetType().Name.StartsWith("Drop", StringComparison.Ordinal) ? (with, without) : (without, with);
    }

    /// <summary>An operation of a kind no renderer was written for, as a future one would be.</summary>
    private sealed record UnknownOperation(string OnTable) : SchemaOperation
    {
        public override string Table => OnTable;

        public override SchemaOperation Invert() => this;

        public override string Describe() => "something new on " + OnTable;
    }
}
