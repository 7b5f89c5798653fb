using DbSync.Schema;
using DbSync.Schema.Comparison;
using DbSync.Schema.Model;
using DbSync.Schema.Operations;
using DbSync.Schema.Rendering;

namespace DbSync.Sqlite.Schema;

/// <summary>
/// Renders a diff as an SQLite script. What ALTER TABLE cannot do in place becomes a table rebuild that keeps the rows
/// (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"), adapted to run inside
/// DbSync's per-version transaction: see <see cref="SqliteRebuildPlan"/> and the comment written above a rebuild.
/// </summary>
internal sealed class SqliteSchemaRenderer : ISchemaRenderer
{
    private const string RebuildPrefix = "dbsync_rebuild_";

    public string Render(SchemaDiff diff)
    {
        foreach (SchemaOperation operation in diff.Operations)
        {
            RequireHandled(operation);
            PortableFeatures.Require(operation, "SQLite");
            RequireSqliteOptions(operation);
        }

        if (diff.Operations.OfType<RenameColumn>().ToList() is { Count: > 0 } renames)
        {
            return RenderRenamesFirst(diff, renames);
        }

        var plan = SqliteRebuildPlan.For(diff);
        var script = new SqlScriptBuilder();
        var added = diff.Operations.OfType<AddTable>().Select(o => o.Definition).ToList();
        var dropped = diff.Operations.OfType<DropTable>().Select(o => o.Definition).ToList();
        var rebuiltFrom = diff.From.Tables.Where(t => plan.Rebuilds(t.Name)).ToList();
        var rebuiltTo = diff.To.Tables.Where(t => plan.Rebuilds(t.Name)).ToList();

        // Changes on tables that are neither created, dropped nor rebuilt (those get their indexes and triggers whole).
        var inPlace = diff.Operations.Where(o => o is not (AddTable or DropTable) && !plan.Rebuilds(o.Table)).ToList();

        // Dropping a table that others reference would fail their foreign keys at once, unless the check waits for COMMIT.
        bool referencedDrop = dropped.Any(d => diff.From.Tables.Any(t => t != d && t.ForeignKeys.Any(k => string.Equals(k.ReferencedTable, d.Name, StringComparison.OrdinalIgnoreCase))));
        if (rebuiltFrom.Count > 0 || referencedDrop)
        {
            WriteHeader(script, plan, rebuiltFrom.Count > 0);
            script.Statement("PRAGMA defer_foreign_keys = ON");
        }

        // Views go first (and come back last) when what they read changes.
        var views = SqliteViewPlan.For(diff, rebuiltFrom.Concat(dropped).Select(t => t.Name).Concat(inPlace.OfType<DropColumn>().Select(d => d.Table)));
        script.Group();
        foreach (ViewSchema view in views.Drop)
        {
            script.Statement("DROP VIEW " + SqliteIdentifiers.Quote(view.Name));
        }

        script.Group();
        foreach (DropTrigger drop in inPlace.OfType<DropTrigger>())
        {
            script.Statement("DROP TRIGGER " + SqliteIdentifiers.Quote(drop.Trigger.Name));
        }

        foreach (DropIndex drop in inPlace.OfType<DropIndex>())
        {
            script.Statement("DROP INDEX " + SqliteIdentifiers.Quote(drop.Index.Name));
        }

        foreach (DropColumn drop in inPlace.OfType<DropColumn>())
        {
            script.Comments(diff.WarningsFor(drop));
            script.Statement("ALTER TABLE " + SqliteIdentifiers.Quote(drop.Table) + " DROP COLUMN " + SqliteIdentifiers.Quote(drop.Column.Name));
        }

        // After DROP COLUMN, which checks every trigger: one may still read a virtual table going now (its own table goes below).
        foreach (DropVirtualTable drop in inPlace.OfType<DropVirtualTable>())
        {
            script.Comments(diff.WarningsFor(drop));
            script.Statement("DROP TABLE " + SqliteIdentifiers.Quote(drop.Definition.Name));
        }

        // Every row is copied out before any table is dropped: an ON DELETE action may reach any table of the rebuild.
        script.Group();
        foreach (TableSchema table in rebuiltFrom)
        {
            script.Statement("CREATE TEMP TABLE " + Saved(table.Name) + " AS SELECT * FROM main." + SqliteIdentifiers.Quote(table.Name));
            if (HasAutoIncrement(table) && HasAutoIncrement(diff.To.FindTable(table.Name)!))
            {
                script.Statement("CREATE TEMP TABLE " + SavedSequence(table.Name) + " AS SELECT seq FROM main.sqlite_sequence WHERE name = "
                    + SqliteIdentifiers.Literal(table.Name));
            }
        }

        ClearRestrictingReferences(script, rebuiltFrom.Concat(dropped).ToList());
        foreach (TableSchema table in SqliteDropOrder.Of(rebuiltFrom.Concat(dropped)))
        {
            script.Comments(diff.WarningsFor(table.Name, o => o is DropTable));
            script.Statement("DROP TABLE " + SqliteIdentifiers.Quote(table.Name));
        }

        foreach (TableSchema table in TableOrder.ParentsFirst(added.Concat(rebuiltTo)))
        {
            script.Group();
            script.Statement(SqliteDdl.CreateTable(table));
        }

        // Rows go back once every table exists: an INSERT needs the tables its foreign keys name, cycles included.
        script.Group();
        foreach (TableSchema table in TableOrder.ParentsFirst(rebuiltTo))
        {
            CopyBack(script, diff.From.FindTable(table.Name)!, table, diff.WarningsFor(table.Name, o => o is not (AddTable or DropTable)));
        }

        script.Group();
        foreach (AddColumn add in inPlace.OfType<AddColumn>())
        {
            script.Comments(diff.WarningsFor(add));
            script.Statement("ALTER TABLE " + SqliteIdentifiers.Quote(add.Table) + " ADD COLUMN " + SqliteDdl.ColumnDefinition(add.Column));
        }

        script.Group();
        foreach (TableSchema table in added.Concat(rebuiltTo))
        {
            foreach (IndexSchema index in table.Indexes)
            {
                script.Statement(SqliteDdl.CreateIndex(table.Name, index));
            }
        }

        foreach (AddIndex add in inPlace.OfType<AddIndex>())
        {
            script.Statement(SqliteDdl.CreateIndex(add.Table, add.Index));
        }

        foreach (AddVirtualTable add in inPlace.OfType<AddVirtualTable>())
        {
            script.Group();
            script.Statement(add.Definition.Definition.TrimEnd().TrimEnd(';'));
        }

        // In the model's order, which creates each view after those it reads.
        foreach (ViewSchema view in views.Create)
        {
            script.Group();
            script.Statement(view.Definition.TrimEnd().TrimEnd(';'));
        }

        // Triggers last: their bodies may use any table or view of the new schema.
        var triggers = added.Concat(rebuiltTo).SelectMany(t => t.Triggers).Concat(inPlace.OfType<AddTrigger>().Select(a => a.Trigger));
        foreach (TriggerSchema trigger in triggers)
        {
            script.Group();
            script.Statement(trigger.Definition.TrimEnd().TrimEnd(';'));
        }

        return script.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// Renames in place first (ALTER TABLE RENAME COLUMN, SQLite 3.25+, which also renames the column in the table's
    /// indexes, triggers and keys), then the rest of the diff on the schema with the names changed: a rename that also
    /// changes the column's definition becomes a change of the renamed column (a rebuild that copies its rows by the new
    /// name). The same order undoes it in the downgrade.
    /// </summary>
    private string RenderRenamesFirst(SchemaDiff diff, IReadOnlyList<RenameColumn> renames)
    {
        var script = new SqlScriptBuilder();
        foreach (RenameColumn rename in renames)
        {
            script.Comments(diff.WarningsFor(rename));
            script.Statement("ALTER TABLE " + SqliteIdentifiers.Quote(rename.Table) + " RENAME COLUMN " + SqliteIdentifiers.Quote(rename.From.Name)
                + " TO " + SqliteIdentifiers.Quote(rename.To.Name));
        }

        // The views and virtual tables stay as they are (RENAME COLUMN rewrites the views that read the column).
        var renamed = new DatabaseSchema(diff.From.Tables.Select(t => Renamed(t, renames.Where(r => string.Equals(r.Table, t.Name, StringComparison.OrdinalIgnoreCase)).ToList())).ToList())
        {
            Views = diff.From.Views,
            VirtualTables = diff.From.VirtualTables,
        };
        var rest = diff.Operations.SelectMany(o => o is RenameColumn r
            ? r.Changes == ColumnChange.None ? [] : [new AlterColumn(r.Table, r.From with { Name = r.To.Name }, r.To, r.Changes)]
            : new[] { o }).ToList();
        string remainder = rest.Count == 0 ? string.Empty : Render(new SchemaDiff(renamed, diff.To, rest) { Warnings = diff.Warnings });
        return script.ToString().TrimEnd('\n') + (remainder.Length == 0 ? string.Empty : "\n\n" + remainder);
    }

    /// <summary>The table as it is after its columns are renamed (names in keys and constraints included).</summary>
    private static TableSchema Renamed(TableSchema table, IReadOnlyList<RenameColumn> renames)
    {
        if (renames.Count == 0)
        {
            return table;
        }

        string New(string column) => renames.FirstOrDefault(r => string.Equals(r.From.Name, column, StringComparison.OrdinalIgnoreCase))?.To.Name ?? column;
        return table with
        {
            Columns = table.Columns.Select(c => c with { Name = New(c.Name) }).ToList(),
            PrimaryKey = table.PrimaryKey == null ? null : table.PrimaryKey with { Columns = table.PrimaryKey.Columns.Select(New).ToList() },
            UniqueConstraints = table.UniqueConstraints.Select(u => u with { Columns = u.Columns.Select(New).ToList() }).ToList(),
            ForeignKeys = table.ForeignKeys.Select(k => k with { Columns = k.Columns.Select(New).ToList() }).ToList(),
        };
    }

    private static void WriteHeader(SqlScriptBuilder script, SqliteRebuildPlan plan, bool rebuilds)
    {
        if (rebuilds)
        {
            script.Comment(
                "SQLite cannot make these changes with ALTER TABLE, so the tables are rebuilt, keeping their rows\n"
                + "(https://www.sqlite.org/lang_altertable.html, \"Making Other Kinds Of Table Schema Changes\"):");
            foreach (var (table, reason) in plan.Reasons)
            {
                script.Comment("  " + table + ": " + reason);
            }

            script.Comment(
                "Each table's rows are copied to a TEMP table; the table is dropped, created in its new shape and given back\n"
                + "its rows (in the columns both shapes have), its indexes and its triggers.");
        }

        script.Comment(
            "This runs inside DbSync's transaction for the version, where PRAGMA foreign_keys cannot be switched off: foreign\n"
            + "keys are checked at COMMIT instead (defer_foreign_keys), tables an ON DELETE action would change are rebuilt\n"
            + "with their parent, and no table is renamed, so triggers and views naming a rebuilt table keep working.");
    }

    /// <summary>
    /// With foreign keys on, DROP TABLE deletes the rows first, and ON DELETE RESTRICT (never deferred) stops it when
    /// another row being dropped (often of the same table) references them. Their rows are saved or going anyway, so
    /// the references are set to NULL first; the table's triggers are dropped before, so the UPDATE fires none.
    /// A NOT NULL reference cannot be cleared: that DROP fails and the version rolls back.
    /// </summary>
    private static void ClearRestrictingReferences(SqlScriptBuilder script, IReadOnlyList<TableSchema> dropping)
    {
        var names = dropping.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (TableSchema table in dropping)
        {
            var columns = table.ForeignKeys.Where(k => k.OnDelete == ReferentialAction.Restrict && names.Contains(k.ReferencedTable))
                .SelectMany(k => k.Columns).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (columns.Count == 0 || !columns.All(c => table.FindColumn(c)?.IsNullable ?? false))
            {
                continue;
            }

            script.Comment("ON DELETE RESTRICT would stop dropping " + table.Name + " while its rows reference rows dropped with it: clear the references.");
            foreach (TriggerSchema trigger in table.Triggers)
            {
                script.Statement("DROP TRIGGER " + SqliteIdentifiers.Quote(trigger.Name));
            }

            script.Statement("UPDATE " + SqliteIdentifiers.Quote(table.Name) + " SET " + string.Join(", ", columns.Select(c => SqliteIdentifiers.Quote(c) + " = NULL")));
        }
    }

    /// <summary>INSERT INTO the new table the columns both shapes have; a column becoming NOT NULL takes its default where it was NULL.</summary>
    private static void CopyBack(SqlScriptBuilder script, TableSchema from, TableSchema to, IEnumerable<string> warnings)
    {
        var targets = new List<string>();
        var values = new List<string>();
        foreach (ColumnSchema column in to.Columns)
        {
            ColumnSchema? old = from.FindColumn(column.Name);
            if (old == null || column.Generated != null)
            {
                // A generated column computes its values; an INSERT cannot give them.
                continue;
            }

            string source = SqliteIdentifiers.Quote(old.Name);
            targets.Add(SqliteIdentifiers.Quote(column.Name));
            values.Add(!column.IsNullable && old.IsNullable && column.Default != null
                ? "COALESCE(" + source + ", " + SqliteDdl.DefaultValue(column.Default) + ")"
                : source);
        }

        foreach (ColumnSchema column in to.Columns.Where(c => NeedsValue(c, from.FindColumn(c.Name), to)))
        {
            script.Comment(to.Name + "." + column.Name + " is NOT NULL without a default: rows already in " + to.Name
                + " need a value for it; give one in the INSERT below.");
        }

        // The rows are cut down to the new shape here: what a reviewer must not miss goes above this INSERT.
        script.Comments(warnings);
        if (targets.Count > 0)
        {
            script.Statement("INSERT INTO " + SqliteIdentifiers.Quote(to.Name) + " (" + string.Join(", ", targets) + ")\n"
                + "SELECT " + string.Join(", ", values) + " FROM temp." + Saved(from.Name));
        }

        if (HasAutoIncrement(from) && HasAutoIncrement(to))
        {
            // AUTOINCREMENT never reuses a number: carry the table's counter over, not just the highest id copied.
            script.Statement("DELETE FROM main.sqlite_sequence WHERE name = " + SqliteIdentifiers.Literal(to.Name));
            script.Statement("INSERT INTO main.sqlite_sequence (name, seq) SELECT " + SqliteIdentifiers.Literal(to.Name) + ", seq FROM temp." + SavedSequence(from.Name));
            script.Statement("DROP TABLE temp." + SavedSequence(from.Name));
        }

        script.Statement("DROP TABLE temp." + Saved(from.Name));
    }

    /// <summary>A NOT NULL column without a default that the copied rows have no value for (a new rowid key numbers itself).</summary>
    private static bool NeedsValue(ColumnSchema column, ColumnSchema? old, TableSchema table) =>
        !column.IsNullable && column.Default == null && column.Generated == null && (old == null || old.IsNullable)
        && !(table.PrimaryKey is { Columns.Count: 1 } key && string.Equals(key.Columns[0], column.Name, StringComparison.OrdinalIgnoreCase)
             && string.Equals(column.Type, "INTEGER", StringComparison.OrdinalIgnoreCase));

    private static bool HasAutoIncrement(TableSchema table) => table.Columns.Any(c => c.IsAutoIncrement);

    private static string Saved(string table) => SqliteIdentifiers.Quote(RebuildPrefix + table);

    private static string SavedSequence(string table) => SqliteIdentifiers.Quote(RebuildPrefix + table + "_sequence");

    /// <summary>Refuses (DBS114) table options SQLite does not have (an engine, a comment...): only WITHOUT ROWID and STRICT are written.</summary>
    private static void RequireSqliteOptions(SchemaOperation operation)
    {
        bool expressible = operation switch
        {
            AddTable add => IsSqliteOptions(add.Definition.Options),
            DropTable drop => IsSqliteOptions(drop.Definition.Options),
            AlterTableOptions alter => IsSqliteOptions(alter.From) && IsSqliteOptions(alter.To),
            _ => true,
        };
        if (!expressible)
        {
            PortableFeatures.Refuse(operation, "SQLite (its tables have no engine, character set, collation, row format, comment or partitioning)");
        }
    }

    private static bool IsSqliteOptions(TableOptions options) => options with { AutoIncrement = null, WithoutRowId = false, Strict = false } == TableOptions.None;

    /// <summary>
    /// The operations this renderer writes. The passes above pick operations by type, so a new kind of operation would
    /// be silently left out: it fails here instead until it is handled (a test renders every kind).
    /// </summary>
    private static void RequireHandled(SchemaOperation operation) => _ = operation switch
    {
        AddTable or DropTable or AddColumn or DropColumn or AlterColumn or RenameColumn or AlterPrimaryKey or AddIndex or DropIndex
            or AddUniqueConstraint or DropUniqueConstraint or AddForeignKey or DropForeignKey or AddCheckConstraint or DropCheckConstraint
            or AddTrigger or DropTrigger or AddView or DropView or AddVirtualTable or DropVirtualTable or AlterTableOptions => true,

        // SQLite has no stored routines, sequences or enumerated types.
        AddRoutine or DropRoutine or AddSequence or DropSequence or AlterSequence or AddEnumType or DropEnumType or AlterEnumType
            => PortableFeatures.Refuse(operation, "SQLite"),
        _ => throw new NotSupportedException("the SQLite renderer does not handle " + operation.GetType().Name + " (" + operation.Describe() + ")"),
    };
}
