using DbSync.Schema.Comparison;
using DbSync.Schema.Model;
using DbSync.Schema.Operations;
using DbSync.Sqlite;

namespace DbSync.Tests.Schema;

/// <summary>
/// Views, routines, virtual tables, sequences and enum types are compared beside the tables, in the order a script
/// can run: what reads a table goes before the table changes and comes back after; what a column uses exists first.
/// </summary>
public sealed class DatabaseObjectComparisonTests
{
    private static readonly TableSchema Items = new TableSchema("items", [new ColumnSchema("id", "INTEGER", IsNullable: false)]);
    private static readonly ViewSchema Base = new("v_base", "CREATE VIEW v_base AS SELECT id FROM items");
    private static readonly ViewSchema OnBase = new("v_on_base", "CREATE VIEW v_on_base AS SELECT id FROM v_base");

    private static SchemaComparer Comparer => new(SqliteDialect.Instance.Schema.Normalizer);

    [Fact]
    public void Views_are_dropped_last_first_before_the_tables_change_and_created_in_order_after()
    {
        var from = new DatabaseSchema([Items]) with { Views = [Base, OnBase] };
        var to = new DatabaseSchema([Items with { Columns = [.. Items.Columns, new ColumnSchema("name", "TEXT", IsNullable: true)] }])
        {
            Views = [Base with { Definition = "CREATE VIEW v_base AS SELECT id, name FROM items" }, OnBase with { Definition = "CREATE VIEW v_on_base AS SELECT id, name FROM v_base" }],
        };

        var described = Comparer.Compare(from, to).Describe();

        Assert.Equal(["drop view v_on_base", "drop view v_base", "add column items.name TEXT", "add view v_base", "add view v_on_base"], described);
    }

    [Fact]
    public void A_view_whose_text_differs_only_in_case_and_spaces_is_unchanged()
    {
        var from = new DatabaseSchema([Items]) with { Views = [Base] };
        var to = new DatabaseSchema([Items]) with { Views = [Base with { Definition = "create view  V_BASE as\n  select ID from ITEMS" }] };

        Assert.Empty(Comparer.Compare(from, to).Operations);
    }

    [Fact]
    public void A_routine_is_matched_by_kind_and_name_and_recreated_when_its_text_changes()
    {
        var procedure = new RoutineSchema("tidy", RoutineKind.Procedure, "CREATE PROCEDURE tidy() DELETE FROM items");
        var from = new DatabaseSchema([Items]) with { Routines = [procedure] };
        var to = new DatabaseSchema([Items]) with { Routines = [procedure with { Definition = "CREATE PROCEDURE tidy() DELETE FROM items WHERE id < 0" }] };

        Assert.Equal(["drop procedure tidy", "add procedure tidy"], Comparer.Compare(from, to).Describe());
    }

    [Fact]
    public void Types_and_sequences_exist_before_the_tables_that_use_them_and_go_after()
    {
        var mood = new EnumTypeSchema("mood", ["sad", "ok"]);
        var numbers = new SequenceSchema("numbers");
        var from = new DatabaseSchema([Items]) with { EnumTypes = [mood], Sequences = [numbers] };
        var to = new DatabaseSchema([Items, new TableSchema("moods", [new ColumnSchema("m", "mood", IsNullable: true)])])
        {
            EnumTypes = [mood with { Values = ["sad", "ok", "happy"] }, new EnumTypeSchema("colour", ["red"])],
        };

        var described = Comparer.Compare(from, to).Describe();

        Assert.Equal(["alter enum type mood: (sad, ok) -> (sad, ok, happy)", "add enum type colour (red)", "add table moods", "drop sequence numbers"], described);
    }

    [Fact]
    public void A_sequence_changed_is_altered_in_place_and_its_type_spelling_does_not_count()
    {
        var numbers = new SequenceSchema("numbers", "BIGINT");

        Assert.Empty(Comparer.Compare(new DatabaseSchema([]) with { Sequences = [numbers] }, new DatabaseSchema([]) with { Sequences = [numbers with { DataType = "bigint" }] }).Operations);
        Assert.Equal(["alter sequence numbers"],
            Comparer.Compare(new DatabaseSchema([]) with { Sequences = [numbers] }, new DatabaseSchema([]) with { Sequences = [numbers with { Increment = 5 }] }).Describe());
    }

    [Fact]
    public void Table_options_are_compared_but_the_auto_increment_counter_is_not()
    {
        var stored = Items with { Options = new TableOptions { Engine = "InnoDB", Collation = "utf8mb4_bin", AutoIncrement = 1000 } };

        Assert.Empty(Comparer.Compare(new DatabaseSchema([stored]), new DatabaseSchema([stored with { Options = stored.Options with { Engine = "INNODB", AutoIncrement = 1 } }])).Operations);
        var changed = Comparer.Compare(new DatabaseSchema([stored]), new DatabaseSchema([stored with { Options = stored.Options with { Engine = "MyISAM" } }]));
        Assert.Equal(["alter table options of items: ENGINE=InnoDB COLLATE=utf8mb4_bin -> ENGINE=MyISAM COLLATE=utf8mb4_bin"], changed.Describe());
    }

    [Fact]
    public void A_generated_column_comment_or_index_prefix_that_changes_is_a_change()
    {
        var column = new ColumnSchema("total", "INTEGER", IsNullable: true, Generated: new GeneratedColumn("a + b", IsStored: false));
        var index = new IndexSchema("ix_name", [new IndexColumn("name", Length: 10)], IsUnique: false);

        Assert.Equal(ColumnChange.Generated, Comparer.CompareColumn(column, column with { Generated = new GeneratedColumn("a + b", IsStored: true) }));
        Assert.Equal(ColumnChange.None, Comparer.CompareColumn(column, column with { Generated = new GeneratedColumn("(A+B)", IsStored: false) }));
        Assert.Equal(ColumnChange.Comment, Comparer.CompareColumn(column, column with { Comment = "sum" }));
        var table = Items with { Indexes = [index] };
        Assert.Equal(["drop index ix_name on items", "add index ix_name on items (name(20))"],
            Comparer.Compare(new DatabaseSchema([table]), new DatabaseSchema([table with { Indexes = [index with { Columns = [new IndexColumn("name", Length: 20)] }] }])).Describe());
    }
}
