using Microsoft.EntityFrameworkCore;

namespace Features;

/// <summary>This application's database: SQLite.</summary>
public static class Provider
{
    /// <summary>What design-time creation configures: nothing is opened to read a model.</summary>
    public const string DesignTimeConnection = "Data Source=:memory:";

    public static DbContextOptions Options(string connection) => Configure(new DbContextOptionsBuilder(), connection).Options;

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connection) => builder.UseSqlite(connection);
}
