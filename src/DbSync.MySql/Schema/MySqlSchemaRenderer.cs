using DbSync.Schema;
using DbSync.Schema.Comparison;
using DbSync.Schema.Model;
using DbSync.Schema.Operations;
using DbSync.Schema.Rendering;

namespace DbSync.MySql.Schema;

/// <summary>
/// Renders a diff as a MySQL/MariaDB script. MySQL alters tables in place, so each changed table gets one ALTER TABLE
/// (one table copy at most) between the statements that must come before and after it: foreign keys are dropped
/// first and added last, so the tables and indexes they need exist; triggers are created last. Each DDL statement
/// commits on its own (DbSync records progress so a failed version resumes where it stopped).
/// </summary>
internal sealed class MySqlSchemaRenderer : ISchemaRenderer
{
    public string Render(SchemaDiff diff)
    {
        foreach (SchemaOperation operation in diff.Operations)
        {
            RequireHandled(operation);
            PortableFeatures.Require(operation, "MySQL/MariaDB");
        }

        var script = new SqlScriptBuilder();
        var added = diff.Operations.OfType<AddTable>().Select(o => o.Definition).ToList();
        var dropped = diff.Operations.OfType<DropTable>().Select(o => o.Definition).ToList();
        var altered = diff.Operations.Where(o => o is not (AddTable or DropTable or AddView or DropView or AddRoutine or DropRoutine)).ToList();

        // MySQL will not change a column a foreign key uses: such keys are dropped before and added back after.
        var suspended = SuspendedForeignKeys(diff, altered);
        script.Group();

        // Views and routines that go or change go first (in the comparer's order: a view before those it reads).
        foreach (SchemaOperation drop in diff.Operations.Where(o => o is DropView or DropRoutine))
        {
            script.Statement(drop is DropView view ? "DROP VIEW " + MySqlDdl.Quote(view.View.Name)
                : "DROP " + ((DropRoutine)drop).Routine.KindName.ToUpperInvariant() + " " + MySqlDdl.Quote(drop.Table));
        }

        var droppedKeys = altered.OfType<DropForeignKey>().Select(o => (o.Table, Key: o.ForeignKey)).Concat(suspended.Select(s => (s.Table, Key: s.From))).ToList();
        foreach (var group in droppedKeys.GroupBy(k => k.Table, StringComparer.OrdinalIgnoreCase))
        {
            script.Statement("ALTER TABLE " + MySqlDdl.Quote(group.Key) + " " + string.Join(", ", group.Select(k => "DROP FOREIGN KEY " + MySqlDdl.Quote(k.Key.Name!))));
        }

        // A dropped table's referrers among the dropped tables lose their keys first: MySQL refuses to drop a referenced table.
        var droppedNames = dropped.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (TableSchema table in dropped)
        {
            var keys = table.ForeignKeys.Where(k => droppedNames.Contains(k.ReferencedTable) && k.Name != null).ToList();
            if (keys.Count > 0)
            {
                script.Statement("ALTER TABLE " + MySqlDdl.Quote(table.Name) + " " + string.Join(", ", keys.Select(k => "DROP FOREIGN KEY " + MySqlDdl.Quote(k.Name!))));
            }
        }

        foreach (DropTrigger drop in altered.OfType<DropTrigger>())
        {
            script.Statement("DROP TRIGGER " + MySqlDdl.Quote(drop.Trigger.Name));
        }

        foreach (TableSchema table in TableOrder.ChildrenFirst(dropped))
        {
            script.Comments(diff.WarningsFor(table.Name, o => o is DropTable));
            script.Statement("DROP TABLE " + MySqlDdl.Quote(table.Name));
        }

        foreach (var group in altered.Where(o => o is not (DropForeignKey or AddForeignKey or DropTrigger or AddTrigger)).GroupBy(o => o.Table))
        {
            script.Group();

            // A column becoming NOT NULL takes its default where it was NULL, so the ALTER keeps the rows.
            foreach (AlterColumn alter in group.OfType<AlterColumn>().Where(a => a.From.IsNullable && !a.To.IsNullable && a.To.Default != null))
            {
                script.Statement("UPDATE " + MySqlDdl.Quote(group.Key) + " SET " + MySqlDdl.Quote(alter.To.Name) + " = " + MySqlDdl.DefaultValue(alter.To.Default!)
                    + " WHERE " + MySqlDdl.Quote(alter.From.Name) + " IS NULL");
            }

            script.Comments(group.SelectMany(diff.WarningsFor));
            var rewritten = group.Select(o => o switch { AlterColumn a => a.To.Name, AddColumn a => a.Column.Name, RenameColumn r => r.To.Name, _ => null })
                .OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            AlterTableOptions? options = group.OfType<AlterTableOptions>().FirstOrDefault();

            // Partitioning goes before the table's other changes and comes back after them (keys and engines depend on it).
            if (options?.From.Partitioning != null && MySqlTableOptionsDdl.Partitioning(options) != null)
            {
                script.Statement("ALTER TABLE " + MySqlDdl.Quote(group.Key) + " REMOVE PARTITIONING");
            }

            var specifications = (options == null ? [] : MySqlTableOptionsDdl.Specifications(options, diff.To.FindTable(group.Key), rewritten))
                .Concat(AlterSpecifications(group.ToList(), options, diff.To.FindTable(group.Key))).ToList();
            if (specifications.Count > 0)
            {
                script.Statement("ALTER TABLE " + MySqlDdl.Quote(group.Key) + "\n    " + string.Join(",\n    ", specifications));
            }

            if (options?.To.Partitioning != null && MySqlTableOptionsDdl.Partitioning(options) != null)
            {
                script.Statement("ALTER TABLE " + MySqlDdl.Quote(group.Key) + "\nPARTITION BY " + options.To.Partitioning);
            }
        }

        // New tables, parents first; a foreign key to a table not created yet waits for the ALTER TABLEs below.
        var created = new HashSet<string>(diff.From.Tables.Where(t => !droppedNames.Contains(t.Name)).Select(t => t.Name), StringComparer.OrdinalIgnoreCase);
        var deferred = new List<(string Table, ForeignKeySchema Key)>();
        foreach (TableSchema table in TableOrder.ParentsFirst(added))
        {
            created.Add(table.Name);
            script.Group();
            script.Statement(MySqlDdl.CreateTable(table, key => created.Contains(key.ReferencedTable)));
            deferred.AddRange(table.ForeignKeys.Where(k => !created.Contains(k.ReferencedTable)).Select(k => (table.Name, k)));
        }

        var addedKeys = altered.OfType<AddForeignKey>().Select(o => (o.Table, Key: o.ForeignKey)).Concat(deferred).Concat(suspended.Select(s => (s.Table, Key: s.To))).ToList();
        if (addedKeys.Count > 0)
        {
            script.Group();
        }

        foreach (var group in addedKeys.GroupBy(k => k.Table))
        {
            script.Statement("ALTER TABLE " + MySqlDdl.Quote(group.Key) + " " + string.Join(", ", group.Select(k => "ADD " + MySqlDdl.ForeignKeyClause(k.Key))));
        }

        foreach (TriggerSchema trigger in added.SelectMany(t => t.Triggers).Concat(altered.OfType<AddTrigger>().Select(a => a.Trigger)))
        {
            script.Group();
            WriteProgram(script, trigger.Definition);
        }

        // Routines before views: a view may call a function; views in the model's order, each after those it reads.
        foreach (SchemaOperation add in diff.Operations.OfType<AddRoutine>().Concat<SchemaOperation>(diff.Operations.OfType<AddView>()))
        {
            script.Group();
            WriteProgram(script, add is AddView view ? view.View.Definition : ((AddRoutine)add).Routine.Definition);
        }

        return script.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// The foreign keys, kept by the diff, that use a column an <see cref="AlterColumn"/> changes (as the child's
    /// column or the parent's): with their definition before (to drop) and after (to add back).
    /// </summary>
    private static List<(string Table, ForeignKeySchema From, ForeignKeySchema To)> SuspendedForeignKeys(SchemaDiff diff, IReadOnlyList<SchemaOperation> altered)
    {
        var changed = altered.OfType<AlterColumn>().Select(a => (a.Table, Column: a.To.Name)).ToList();
        bool Changed(string table, IEnumerable<string> columns) =>
            columns.Any(c => changed.Any(x => string.Equals(x.Table, table, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Column, c, StringComparison.OrdinalIgnoreCase)));

        var suspended = new List<(string, ForeignKeySchema, ForeignKeySchema)>();
        foreach (TableSchema table in diff.From.Tables)
        {
            TableSchema? target = diff.To.FindTable(table.Name);
            foreach (ForeignKeySchema key in target == null ? [] : table.ForeignKeys)
            {
                bool kept = !altered.OfType<DropForeignKey>().Any(d => string.Equals(d.Table, table.Name, StringComparison.OrdinalIgnoreCase) && d.ForeignKey == key);
                ForeignKeySchema? after = target!.ForeignKeys.FirstOrDefault(k => k.Name == key.Name);
                if (kept && after != null && key.Name != null && (Changed(table.Name, key.Columns) || Changed(key.ReferencedTable, key.ReferencedColumns)))
                {
                    suspended.Add((table.Name, key, after));
                }
            }
        }

        return suspended;
    }

    /// <summary>One table's changes as the clauses of a single ALTER TABLE: drops first, then adds and changes.</summary>
    private static IEnumerable<string> AlterSpecifications(IReadOnlyList<SchemaOperation> operations, AlterTableOptions? options, TableSchema? target)
    {
        // MariaDB cannot MODIFY a generated column into another generation ("not yet supported for generated
        // columns"): it holds no data of its own, so it is dropped and added again at its place.
        var regenerated = operations.OfType<AlterColumn>().Where(a => a.Changes.HasFlag(ColumnChange.Generated) && a.From.Generated != null && a.To.Generated != null).ToList();
        foreach (DropIndex drop in operations.OfType<DropIndex>())
        {
            yield return "DROP INDEX " + MySqlDdl.Quote(drop.Index.Name);
        }

        foreach (DropUniqueConstraint drop in operations.OfType<DropUniqueConstraint>())
        {
            yield return "DROP INDEX " + MySqlDdl.Quote(drop.Constraint.Name ?? drop.Constraint.Columns[0]);
        }

        foreach (DropCheckConstraint drop in operations.OfType<DropCheckConstraint>())
        {
            yield return "DROP CONSTRAINT " + MySqlDdl.Quote(drop.Constraint.Name!);
        }

        foreach (AlterPrimaryKey alter in operations.OfType<AlterPrimaryKey>().Where(a => a.From != null))
        {
            yield return "DROP PRIMARY KEY";
        }

        foreach (string name in operations.OfType<DropColumn>().Select(d => d.Column.Name).Concat(regenerated.Select(r => r.From.Name)))
        {
            yield return "DROP COLUMN " + MySqlDdl.Quote(name);
        }

        // RENAME COLUMN (MariaDB 10.5, MySQL 8.0) where only the name changes; CHANGE COLUMN renames and redefines at once.
        foreach (RenameColumn rename in operations.OfType<RenameColumn>())
        {
            yield return rename.Changes == ColumnChange.None
                ? "RENAME COLUMN " + MySqlDdl.Quote(rename.From.Name) + " TO " + MySqlDdl.Quote(rename.To.Name)
                : "CHANGE COLUMN " + MySqlDdl.Quote(rename.From.Name) + " " + MySqlDdl.ColumnDefinition(MySqlTableOptionsDdl.InTableCharacterSet(rename.To, options));
        }

        foreach (AddColumn add in operations.OfType<AddColumn>())
        {
            yield return "ADD COLUMN " + MySqlDdl.ColumnDefinition(MySqlTableOptionsDdl.InTableCharacterSet(add.Column, options));
        }

        foreach (AlterColumn alter in regenerated)
        {
            int at = target?.Columns.ToList().FindIndex(c => string.Equals(c.Name, alter.To.Name, StringComparison.OrdinalIgnoreCase)) ?? -1;
            yield return "ADD COLUMN " + MySqlDdl.ColumnDefinition(alter.To) + (at > 0 ? " AFTER " + MySqlDdl.Quote(target!.Columns[at - 1].Name) : at == 0 ? " FIRST" : string.Empty);
        }

        foreach (AlterColumn alter in operations.OfType<AlterColumn>().Except(regenerated))
        {
            yield return "MODIFY COLUMN " + MySqlDdl.ColumnDefinition(MySqlTableOptionsDdl.InTableCharacterSet(alter.To, options));
        }

        foreach (AlterPrimaryKey alter in operations.OfType<AlterPrimaryKey>().Where(a => a.To != null))
        {
            yield return "ADD PRIMARY KEY (" + MySqlDdl.PrimaryKeyColumns(alter.To!) + ")";
        }

        foreach (AddUniqueConstraint add in operations.OfType<AddUniqueConstraint>())
        {
            yield return "ADD UNIQUE " + (add.Constraint.Name == null ? string.Empty : MySqlDdl.Quote(add.Constraint.Name) + " ") + "(" + MySqlDdl.QuoteList(add.Constraint.Columns) + ")";
        }

        foreach (AddIndex add in operations.OfType<AddIndex>())
        {
            yield return "ADD " + MySqlDdl.IndexClause(add.Index);
        }

        foreach (AddCheckConstraint add in operations.OfType<AddCheckConstraint>())
        {
            yield return "ADD " + MySqlDdl.CheckClause(add.Constraint);
        }
    }

    /// <summary>A trigger or routine whose body has statements of its own goes between DELIMITER lines, as the mysql client (and DbSync's splitter) read it.</summary>
    private static void WriteProgram(SqlScriptBuilder script, string text)
    {
        string definition = text.TrimEnd().TrimEnd(';');
        if (!definition.Contains(';', StringComparison.Ordinal))
        {
            script.Statement(definition);
            return;
        }

        script.Verbatim("DELIMITER $$");
        script.Verbatim(definition + "$$");
        script.Verbatim("DELIMITER ;");
    }

    /// <summary>
    /// The operations this renderer writes. The passes above pick operations by type, so a new kind of operation would
    /// be silently left out: it fails here instead until it is handled (a test renders every kind).
    /// </summary>
    private static void RequireHandled(SchemaOperation operation) => _ = operation switch
    {
        AddTable or DropTable or AddColumn or DropColumn or AlterColumn or RenameColumn or AlterPrimaryKey or AddIndex or DropIndex
            or AddUniqueConstraint or DropUniqueConstraint or AddForeignKey or DropForeignKey or AddCheckConstraint or DropCheckConstraint
            or AddTrigger or DropTrigger or AddView or DropView or AddRoutine or DropRoutine or AlterTableOptions => true,
        AddVirtualTable or DropVirtualTable or AddSequence or DropSequence or AlterSequence
            or AddEnumType or DropEnumType or AlterEnumType => PortableFeatures.Refuse(operation, "MySQL"),
        _ => throw new NotSupportedException("the MySQL renderer does not handle " + operation.GetType().Name + " (" + operation.Describe() + ")"),
    };
}
