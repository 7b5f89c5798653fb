namespace DbSync.Schema.Model;

/// <summary>The SQL spelling of <see cref="ReferentialAction"/>, both ways.</summary>
public static class ReferentialActions
{
    public static string ToSql(this ReferentialAction action) => action switch
    {
        ReferentialAction.Restrict => "RESTRICT",
        ReferentialAction.Cascade => "CASCADE",
        ReferentialAction.SetNull => "SET NULL",
        ReferentialAction.SetDefault => "SET DEFAULT",
        _ => "NO ACTION",
    };

    /// <summary>"CASCADE", "set null", "NO ACTION"...; anything unknown is NO ACTION, the SQL default.</summary>
    public static ReferentialAction Parse(string? sql) => (sql ?? string.Empty).Trim().ToUpperInvariant() switch
    {
        "RESTRICT" => ReferentialAction.Restrict,
        "CASCADE" => ReferentialAction.Cascade,
        "SET NULL" => ReferentialAction.SetNull,
        "SET DEFAULT" => ReferentialAction.SetDefault,
        _ => ReferentialAction.NoAction,
    };
}
