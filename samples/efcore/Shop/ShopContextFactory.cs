using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Shop;

/// <summary>
/// How design-time tools (dotnet ef, DbSync) create the context: no host to start, no connection opened. The
/// application itself uses the same options with its own connection string.
/// </summary>
public class ShopContextFactory : IDesignTimeDbContextFactory<ShopContext>
{
    public const string DefaultConnection = "Data Source=shop.db";

    public ShopContext CreateDbContext(string[] args) => Create(args.Length > 0 ? args[0] : DefaultConnection);

    public static ShopContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<ShopContext>().UseSqlite(connectionString).Options);
}
