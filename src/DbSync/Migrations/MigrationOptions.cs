namespace DbSync.Migrations;

/// <summary>Switches for a run.</summary>
public sealed class MigrationOptions
{
    /// <summary>oslo.db's schema sanity check before and after a migration (MySQL: utf8 collation, InnoDB engine).</summary>
    public bool SanityCheck { get; init; } = true;
}
