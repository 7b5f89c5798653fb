namespace DbSync.Migrations;

/// <summary>
/// Where an offline script starts (<c>--from</c>): a version the database is under version control at, or base, a
/// database not under version control yet (the script then creates the version table and its row, as a run does).
/// Without one, the script starts at the database's version, read without changing anything.
/// </summary>
public readonly record struct OfflineScriptStart
{
    private OfflineScriptStart(long? version)
    {
        Version = version;
    }

    /// <summary>The version the database is at, or null for base (not under version control).</summary>
    public long? Version { get; }

    public bool IsBase => Version == null;

    /// <summary>A database not under version control (no version row): the script puts it there at init_version first.</summary>
    public static OfflineScriptStart Base => new(null);

    /// <summary>A database whose version row says <paramref name="version"/>.</summary>
    public static OfflineScriptStart At(long version) => new(version);
}
