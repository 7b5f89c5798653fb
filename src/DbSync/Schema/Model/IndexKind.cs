namespace DbSync.Schema.Model;

/// <summary>What kind of index MySQL/MariaDB builds: a FULLTEXT or SPATIAL index is not a B-tree with another name.</summary>
public enum IndexKind
{
    /// <summary>An ordinary (B-tree or the access method in <see cref="IndexSchema.Method"/>) index.</summary>
    Regular,

    /// <summary>MySQL's FULLTEXT index (with an optional <see cref="IndexSchema.Parser"/>).</summary>
    FullText,

    /// <summary>MySQL's SPATIAL index on a geometry column.</summary>
    Spatial,
}
