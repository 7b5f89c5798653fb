namespace DbSync.Schema.Model;

/// <summary>
/// A table's primary key: its columns in key order. <see cref="PrefixLengths"/> is MySQL's key prefix per column
/// (<c>PRIMARY KEY (id, jid(70))</c>: null, 70), null when no column has one.
/// </summary>
public sealed record PrimaryKeySchema(IReadOnlyList<string> Columns, string? Name = null)
{
    public IReadOnlyList<int?>? PrefixLengths { get; init; }

    /// <summary>The prefix length of the key's <paramref name="index"/>th column, or null.</summary>
    public int? PrefixLength(int index) => PrefixLengths != null && index < PrefixLengths.Count ? PrefixLengths[index] : null;
}
