using Microsoft.EntityFrameworkCore;

namespace Features;

/// <summary>This application's database: PostgreSQL through Npgsql's EF Core provider.</summary>
public static class Provider
{
    /// <summary>What design-time creation configures: nothing is opened to read a model.</summary>
    public const string DesignTimeConnection = "Host=localhost;Database=design";

    public static DbContextOptions Options(string connection) => Configure(new DbContextOptionsBuilder(), connection).Options;

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connection) => builder.UseNpgsql(connection);
}
