using DbSync.Core.Errors;
using DbSync.Schema.Model;
using DbSync.Schema.Operations;
using static DbSync.PostgreSql.Schema.PostgreSqlIdentifiers;

namespace DbSync.PostgreSql.Schema;

/// <summary>One table's changes as the clauses of a single ALTER TABLE: drops first, then adds and changes.</summary>
internal static class PostgreSqlAlterClauses
{
    public static IEnumerable<string> For(string table, IReadOnlyList<SchemaOperation> operations)
    {
        foreach (DropUniqueConstraint drop in operations.OfType<DropUniqueConstraint>())
        {
            yield return "DROP CONSTRAINT " + PostgreSqlDdl.NameOf(table, drop.Constraint.Name, drop.Constraint.Columns, "key");
        }

        foreach (DropCheckConstraint drop in operations.OfType<DropCheckConstraint>())
        {
            yield return "DROP CONSTRAINT " + PostgreSqlDdl.NameOf(table, drop.Constraint.Name, [], "check");
        }

        foreach (AlterPrimaryKey alter in operations.OfType<AlterPrimaryKey>().Where(a => a.From != null))
        {
            yield return "DROP CONSTRAINT " + PostgreSqlDdl.NameOf(table, alter.From!.Name, alter.From.Columns, "pkey");
        }

        foreach (DropColumn drop in operations.OfType<DropColumn>())
        {
            yield return "DROP COLUMN " + Quote(drop.Column.Name);
        }

        foreach (AddColumn add in operations.OfType<AddColumn>())
        {
            yield return "ADD COLUMN " + PostgreSqlDdl.ColumnDefinition(add.Column);
        }

        foreach (string clause in operations.OfType<AlterColumn>().SelectMany(AlterColumn))
        {
            yield return clause;
        }

        foreach (AlterPrimaryKey alter in operations.OfType<AlterPrimaryKey>().Where(a => a.To != null))
        {
            yield return "ADD " + (alter.To!.Name == null ? string.Empty : "CONSTRAINT " + Quote(alter.To.Name) + " ") + "PRIMARY KEY (" + QuoteList(alter.To.Columns) + ")";
        }

        foreach (AddUniqueConstraint add in operations.OfType<AddUniqueConstraint>())
        {
            yield return "ADD " + PostgreSqlDdl.UniqueClause(add.Constraint);
        }

        foreach (AddCheckConstraint add in operations.OfType<AddCheckConstraint>())
        {
            yield return "ADD " + PostgreSqlDdl.CheckClause(add.Constraint);
        }
    }

    /// <summary>The COMMENT statements after a table's ALTER TABLE: new and changed comments, and those of columns created again.</summary>
    public static IEnumerable<string> Comments(string table, IReadOnlyList<SchemaOperation> operations)
    {
        foreach (AlterTableOptions options in operations.OfType<AlterTableOptions>())
        {
            yield return PostgreSqlDdl.TableComment(table, options.To.Comment);
        }

        foreach (AddColumn add in operations.OfType<AddColumn>().Where(a => a.Column.Comment != null))
        {
            yield return PostgreSqlDdl.ColumnComment(table, add.Column.Name, add.Column.Comment);
        }

        foreach (AlterColumn alter in operations.OfType<AlterColumn>())
        {
            if (alter.Changes.HasFlag(ColumnChange.Comment) || (Recreated(alter) && alter.To.Comment != null))
            {
                yield return PostgreSqlDdl.ColumnComment(table, alter.To.Name, alter.To.Comment);
            }
        }
    }

    /// <summary>A table's options on PostgreSQL are its comment: any other option (never read here) is refused.</summary>
    public static bool RequireCommentOnly(AlterTableOptions options)
    {
        if (options.From with { Comment = null } != options.To with { Comment = null })
        {
            throw new DbSyncException(ErrorCodes.NotSupported, options.Table + ": PostgreSQL has no table options beside the comment ("
                + options.Describe() + "); write this change by hand");
        }

        return true;
    }

    /// <summary>
    /// A column that becomes generated, or whose generation expression changes, is dropped and added again: PostgreSQL
    /// cannot change an expression in place (it can only DROP EXPRESSION, which keeps the values).
    /// </summary>
    private static bool Recreated(AlterColumn alter) => alter.Changes.HasFlag(ColumnChange.Generated) && alter.To.Generated != null;

    /// <summary>ALTER COLUMN clauses for what changed: type (with USING a cast, and the collation), default, NOT NULL, identity, generation.</summary>
    private static IEnumerable<string> AlterColumn(AlterColumn alter)
    {
        string column = "ALTER COLUMN " + Quote(alter.To.Name) + " ";
        ColumnSchema to = alter.To;
        if (Recreated(alter))
        {
            yield return "DROP COLUMN " + Quote(alter.From.Name);
            yield return "ADD COLUMN " + PostgreSqlDdl.ColumnDefinition(to);
            yield break;
        }

        if (alter.Changes.HasFlag(ColumnChange.Generated))
        {
            yield return column + "DROP EXPRESSION";
        }

        bool serialGone = alter.From.IsAutoIncrement && alter.From.Identity == null && !(to.IsAutoIncrement && to.Identity == null);
        if (alter.Changes.HasFlag(ColumnChange.Default) || serialGone || (alter.Changes.HasFlag(ColumnChange.AutoIncrement) && to.Identity != null && alter.From.Default != null))
        {
            yield return column + (to.Default == null ? "DROP DEFAULT" : "SET DEFAULT " + to.Default);
        }

        if (alter.Changes.HasFlag(ColumnChange.AutoIncrement) && alter.From.Identity != null && to.Identity == null)
        {
            yield return column + "DROP IDENTITY";
        }

        if (alter.Changes.HasFlag(ColumnChange.Type) || alter.Changes.HasFlag(ColumnChange.Collation))
        {
            yield return column + "TYPE " + to.Type + (to.Collation == null ? string.Empty : " COLLATE " + Quote(to.Collation))
                + (alter.Changes.HasFlag(ColumnChange.Type) ? " USING " + Quote(to.Name) + "::" + to.Type : string.Empty);
        }

        if (alter.Changes.HasFlag(ColumnChange.Nullability))
        {
            yield return column + (to.IsNullable ? "DROP NOT NULL" : "SET NOT NULL");
        }

        if (alter.Changes.HasFlag(ColumnChange.AutoIncrement) && to.Identity != null)
        {
            yield return column + (alter.From.Identity == null ? "ADD " + PostgreSqlDdl.IdentityClause(to.Identity.Value)
                : "SET GENERATED " + (to.Identity == IdentityGeneration.Always ? "ALWAYS" : "BY DEFAULT"));
        }
        else if (alter.Changes.HasFlag(ColumnChange.AutoIncrement) && to.IsAutoIncrement && to.Identity == null)
        {
            // serial is a sequence owned by the column plus its nextval default, which takes statements around the ALTER.
            throw new DbSyncException(ErrorCodes.NotSupported, "making " + alter.Table + "." + to.Name + " a serial column is not autogenerated: write CREATE SEQUENCE ... OWNED BY"
                + " and SET DEFAULT nextval(...) by hand, or make it an identity column (GENERATED BY DEFAULT AS IDENTITY) in the model");
        }
    }
}
