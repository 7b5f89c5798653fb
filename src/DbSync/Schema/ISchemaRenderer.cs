using DbSync.Schema.Comparison;

namespace DbSync.Schema;

/// <summary>Writes the SQL of a dialect for a diff's operations; every kind of operation must be handled (or fail loudly).</summary>
public interface ISchemaRenderer
{
    /// <summary>
    /// The SQL script (statements ending with ';', comments saying why where it is not obvious) that applies the diff's
    /// operations; it runs inside DbSync's per-version step, so it holds no BEGIN or COMMIT.
    /// </summary>
    string Render(SchemaDiff diff);
}
