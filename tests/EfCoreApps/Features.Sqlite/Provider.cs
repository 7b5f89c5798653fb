using Microsoft.EntityFrameworkCore;

namespace Features;

/// <summary>This application's database: SQLite.</summary>
public static class Provider
{
    public static DbContextOptions Options(string connection) => new DbContextOptionsBuilder().UseSqlite(connection).Options;
}
