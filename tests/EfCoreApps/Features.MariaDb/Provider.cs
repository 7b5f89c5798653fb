using Microsoft.EntityFrameworkCore;

namespace Features;

/// <summary>This application's database: MariaDB 10.11 through Pomelo (the server version is given, never detected: no connection at design time).</summary>
public static class Provider
{
    public static readonly ServerVersion Server = new MariaDbServerVersion(new Version(10, 11));

    public static DbContextOptions Options(string connection) => new DbContextOptionsBuilder().UseMySql(connection, Server).Options;
}
