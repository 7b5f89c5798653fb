using Microsoft.EntityFrameworkCore;

namespace Features;

/// <summary>This application's database: MariaDB 10.11 through Pomelo (the server version is given, never detected: no connection at design time).</summary>
public static class Provider
{
    /// <summary>What design-time creation configures: nothing is opened to read a model.</summary>
    public const string DesignTimeConnection = "Server=localhost;Database=design";

    public static readonly ServerVersion Server = new MariaDbServerVersion(new Version(10, 11));

    public static DbContextOptions Options(string connection) => Configure(new DbContextOptionsBuilder(), connection).Options;

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connection) => builder.UseMySql(connection, Server);
}
