using DbSync.Schema;
using DbSync.Schema.Comparison;
using DbSync.Schema.Model;
using DbSync.Schema.Operations;
using DbSync.Schema.Rendering;
using static DbSync.PostgreSql.Schema.PostgreSqlIdentifiers;

namespace DbSync.PostgreSql.Schema;

/// <summary>
/// Renders a diff as a PostgreSQL script. The version runs in one transaction, so order is only about dependencies:
/// views (<see cref="PostgreSqlViewPlan"/>), triggers, foreign keys, indexes and constraints go first; then the enum
/// types and sequences new columns need are created or altered; tables are dropped, altered in place (one ALTER TABLE
/// each) and created without their foreign keys, which are added once every table exists (as pg_dump does, so
/// cycles need nothing special); functions and procedures are created or replaced, then indexes, foreign keys, triggers
/// and comments follow; sequences, types and routines nothing uses any more are dropped, and views are created last.
/// </summary>
internal sealed class PostgreSqlSchemaRenderer : ISchemaRenderer
{
    public string Render(SchemaDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        foreach (SchemaOperation operation in diff.Operations)
        {
            RequireHandled(operation);
        }

        var script = new SqlScriptBuilder();
        var added = diff.Operations.OfType<AddTable>().Select(o => o.Definition).ToList();
        var dropped = diff.Operations.OfType<DropTable>().Select(o => o.Definition).ToList();
        var altered = diff.Operations.Where(o => o is not (AddTable or DropTable)).ToList();
        var views = new PostgreSqlViewPlan(diff);

        script.Group();
        foreach (ViewSchema view in views.Drops)
        {
            script.Statement("DROP VIEW " + Quote(view.Name));
        }

        foreach (DropTrigger drop in altered.OfType<DropTrigger>())
        {
            script.Statement("DROP TRIGGER " + Quote(drop.Trigger.Name) + " ON " + Quote(drop.Table));
        }

        foreach (DropForeignKey drop in altered.OfType<DropForeignKey>())
        {
            script.Statement("ALTER TABLE " + Quote(drop.Table) + " DROP CONSTRAINT " + PostgreSqlDdl.NameOf(drop.Table, drop.ForeignKey.Name, drop.ForeignKey.Columns, "fkey"));
        }

        foreach (DropIndex drop in altered.OfType<DropIndex>())
        {
            script.Statement("DROP INDEX " + Quote(drop.Index.Name));
        }

        // Keys between dropped tables go first: DROP TABLE refuses a table another one still references.
        var droppedNames = dropped.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (TableSchema table in dropped)
        {
            foreach (ForeignKeySchema key in table.ForeignKeys.Where(k => droppedNames.Contains(k.ReferencedTable) && k.ReferencedTable != table.Name))
            {
                script.Statement("ALTER TABLE " + Quote(table.Name) + " DROP CONSTRAINT " + PostgreSqlDdl.NameOf(table.Name, key.Name, key.Columns, "fkey"));
            }
        }

        RenderTypesAndSequences(diff, script);
        foreach (TableSchema table in TableOrder.ChildrenFirst(dropped))
        {
            script.Comments(diff.WarningsFor(table.Name, o => o is DropTable));
            script.Statement("DROP TABLE " + Quote(table.Name));
        }

        foreach (var group in altered.Where(IsTableChange).GroupBy(o => o.Table))
        {
            script.Group();

            // RENAME COLUMN is an ALTER TABLE of its own; a rename that also redefines the column is then altered under its new name.
            foreach (RenameColumn rename in group.OfType<RenameColumn>())
            {
                script.Statement("ALTER TABLE " + Quote(group.Key) + " RENAME COLUMN " + Quote(rename.From.Name) + " TO " + Quote(rename.To.Name));
            }

            var operations = group.Select(o => o is RenameColumn { Changes: not ColumnChange.None } r ? new AlterColumn(r.Table, r.From with { Name = r.To.Name }, r.To, r.Changes) : o)
                .Where(o => o is not RenameColumn).ToList();
            foreach (AlterColumn alter in operations.OfType<AlterColumn>().Where(a => a.From.IsNullable && !a.To.IsNullable && a.To.Default != null))
            {
                // A column becoming NOT NULL takes its default where it was NULL, so the ALTER keeps the rows.
                script.Statement("UPDATE " + Quote(group.Key) + " SET " + Quote(alter.To.Name) + " = " + alter.To.Default + " WHERE " + Quote(alter.From.Name) + " IS NULL");
            }

            var clauses = PostgreSqlAlterClauses.For(group.Key, operations).ToList();
            if (clauses.Count > 0)
            {
                script.Comments(group.SelectMany(diff.WarningsFor));
                script.Statement("ALTER TABLE " + Quote(group.Key) + "\n    " + string.Join(",\n    ", clauses));
            }

            foreach (string comment in PostgreSqlAlterClauses.Comments(group.Key, operations))
            {
                script.Statement(comment);
            }
        }

        foreach (TableSchema table in TableOrder.ParentsFirst(added))
        {
            script.Group();
            script.Statement(PostgreSqlDdl.CreateTable(table));
            foreach (string comment in PostgreSqlDdl.Comments(table))
            {
                script.Statement(comment);
            }
        }

        // Functions after the tables they may name (RETURNS SETOF items, a SQL body), before the indexes, keys and
        // triggers that may call them. A changed one is replaced in place: dropping it would break its triggers.
        var replaced = diff.Operations.OfType<AddRoutine>().Select(a => RoutineKey(a.Routine)).ToHashSet(StringComparer.Ordinal);
        foreach (AddRoutine add in diff.Operations.OfType<AddRoutine>())
        {
            script.Group();
            script.Statement(add.Routine.Definition);
        }

        script.Group();
        foreach (var (table, index) in added.SelectMany(t => t.Indexes.Select(i => (t.Name, i))).Concat(altered.OfType<AddIndex>().Select(a => (a.Table, a.Index))))
        {
            script.Statement(PostgreSqlDdl.CreateIndex(table, index));
        }

        script.Group();
        foreach (var (table, key) in added.SelectMany(t => t.ForeignKeys.Select(k => (t.Name, k))).Concat(altered.OfType<AddForeignKey>().Select(a => (a.Table, a.ForeignKey))))
        {
            script.Statement("ALTER TABLE " + Quote(table) + " ADD " + PostgreSqlDdl.ForeignKeyClause(key));
        }

        foreach (TriggerSchema trigger in added.SelectMany(t => t.Triggers).Concat(altered.OfType<AddTrigger>().Select(a => a.Trigger)))
        {
            script.Group();
            script.Statement(trigger.Definition.TrimEnd().TrimEnd(';'));
        }

        script.Group();
        foreach (DropSequence drop in altered.OfType<DropSequence>())
        {
            script.Statement(PostgreSqlSequenceDdl.Drop(drop.Sequence));
        }

        foreach (DropEnumType drop in altered.OfType<DropEnumType>())
        {
            script.Statement(PostgreSqlEnumTypeDdl.Drop(drop.Type));
        }

        // Last, once no trigger, default or dropped table uses them any more.
        foreach (DropRoutine drop in altered.OfType<DropRoutine>().Where(d => !replaced.Contains(RoutineKey(d.Routine))))
        {
            script.Statement("DROP " + drop.Routine.KindName.ToUpperInvariant() + " " + drop.Routine.Name);
        }

        foreach (ViewSchema view in views.Creates)
        {
            script.Group();
            script.Statement(view.Definition.TrimEnd().TrimEnd(';'));
        }

        return script.ToString().TrimEnd('\n');
    }

    /// <summary>Enum types and sequences the new and changed columns need, before the tables change.</summary>
    private static void RenderTypesAndSequences(SchemaDiff diff, SqlScriptBuilder script)
    {
        foreach (SchemaOperation operation in diff.Operations)
        {
            switch (operation)
            {
                case AddEnumType add:
                    script.Statement(PostgreSqlEnumTypeDdl.Create(add.Type));
                    break;
                case AlterEnumType alter:
                    script.Comments(diff.WarningsFor(alter));
                    foreach (string statement in PostgreSqlEnumTypeDdl.Alter(alter.From, alter.To, diff.From, diff.To))
                    {
                        script.Statement(statement);
                    }

                    break;
                case AddSequence add:
                    script.Statement(PostgreSqlSequenceDdl.Create(add.Sequence));
                    break;
                case AlterSequence alter:
                    script.Statement(PostgreSqlSequenceDdl.Alter(alter.To));
                    break;
            }
        }
    }

    private static string RoutineKey(RoutineSchema routine) => routine.KindName + " " + routine.Name;

    /// <summary>The operations a table's ALTER TABLE (and its COMMENT statements) carries.</summary>
    private static bool IsTableChange(SchemaOperation operation) => operation is AddColumn or DropColumn or AlterColumn or RenameColumn or AlterPrimaryKey
        or AddUniqueConstraint or DropUniqueConstraint or AddCheckConstraint or DropCheckConstraint or AlterTableOptions;

    /// <summary>
    /// The operations this renderer writes. The passes above pick operations by type, so a new kind of operation would
    /// be silently left out: it fails here instead until it is handled (a test renders every kind).
    /// </summary>
    private static void RequireHandled(SchemaOperation operation) => _ = operation switch
    {
        AddTable or DropTable or AddColumn or DropColumn or AlterColumn or RenameColumn or AlterPrimaryKey or AddIndex or DropIndex
            or AddUniqueConstraint or DropUniqueConstraint or AddForeignKey or DropForeignKey or AddCheckConstraint or DropCheckConstraint
            or AddTrigger or DropTrigger or AddView or DropView or AddSequence or DropSequence or AlterSequence or AddEnumType or DropEnumType or AlterEnumType
            or AddRoutine or DropRoutine => true,
        AlterTableOptions options => PostgreSqlAlterClauses.RequireCommentOnly(options),
        AddVirtualTable or DropVirtualTable => PortableFeatures.Refuse(operation, "PostgreSQL"),
        _ => throw new NotSupportedException("the PostgreSQL renderer does not handle " + operation.GetType().Name + " (" + operation.Describe() + ")"),
    };
}
