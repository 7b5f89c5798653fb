using DbSync.Core.Errors;
using DbSync.Schema.Model;
using DbSync.Schema.Operations;

namespace DbSync.Schema.Rendering;

/// <summary>
/// The parts of the model only some databases have (index access methods and INCLUDE columns, identity columns): a
/// renderer for a database without them refuses an operation that uses them (DBS114) rather than leave them out.
/// </summary>
public static class PortableFeatures
{
    public static void Require(SchemaOperation operation, string database)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var (columns, indexes) = operation switch
        {
            AddTable add => (add.Definition.Columns, add.Definition.Indexes),
            DropTable drop => (drop.Definition.Columns, drop.Definition.Indexes),
            AddColumn add => ([add.Column], []),
            DropColumn drop => ([drop.Column], []),
            AlterColumn alter => ([alter.From, alter.To], []),
            AddIndex add => ([], [add.Index]),
            DropIndex drop => (Array.Empty<ColumnSchema>(), new[] { drop.Index }),
            _ => (Array.Empty<ColumnSchema>(), Array.Empty<IndexSchema>()),
        };
        string? what = columns.FirstOrDefault(c => c.Identity != null) is { } identity ? "column " + identity.Name + " is an identity column"
            : indexes.FirstOrDefault(i => i.Method != null) is { } method ? "index " + method.Name + " uses the access method " + method.Method
            : indexes.FirstOrDefault(i => i.Include is { Count: > 0 }) is { } include ? "index " + include.Name + " has INCLUDE columns"
            : null;
        if (what != null)
        {
            throw new DbSyncException(ErrorCodes.NotSupported, operation.Table + ": " + what + ", which " + database
                + " cannot express (" + operation.Describe() + "); write this change by hand");
        }
    }

    /// <summary>
    /// Refuses an operation on a kind of object the database does not have or DbSync does not write for it yet (DBS114),
    /// naming the object: a renderer's answer for it, so nothing the comparer found is left out of a script silently.
    /// </summary>
    public static bool Refuse(SchemaOperation operation, string database)
    {
        ArgumentNullException.ThrowIfNull(operation);
        throw new DbSyncException(ErrorCodes.NotSupported, operation.Table + ": DbSync cannot write '" + operation.Describe() + "' for " + database
            + " yet; write this change by hand");
    }
}
