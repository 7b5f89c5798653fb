namespace DbSync.EntityFrameworkCore;

/// <summary>Which DbSync dialect an EF Core provider's SQL is for: the provider must match the database DbSync connects to.</summary>
internal static class EfProviders
{
    private static readonly Dictionary<string, string> Dialects = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.EntityFrameworkCore.Sqlite"] = "sqlite",
        ["Pomelo.EntityFrameworkCore.MySql"] = "mysql",
        ["MySql.EntityFrameworkCore"] = "mysql",
        ["MySql.Data.EntityFrameworkCore"] = "mysql",
        ["Npgsql.EntityFrameworkCore.PostgreSQL"] = "postgresql",
    };

    /// <summary>The dialect name (sqlite, mysql, postgresql) of <paramref name="provider"/>, or null for a provider DbSync does not read.</summary>
    public static string? DialectOf(string provider) => Dialects.GetValueOrDefault(provider);

    /// <summary>"SQLite", "MySQL/MariaDB", "PostgreSQL", for messages.</summary>
    public static string Describe(string dialect) => dialect switch
    {
        "sqlite" => "SQLite",
        "mysql" => "MySQL/MariaDB",
        "postgresql" => "PostgreSQL",
        _ => dialect,
    };
}
