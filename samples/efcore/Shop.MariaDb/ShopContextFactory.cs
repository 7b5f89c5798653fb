using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Shop;

/// <summary>
/// How design-time tools (dotnet ef, DbSync) create the context on MariaDB: the server version is named, never detected,
/// so reading the model opens no connection.
/// </summary>
public class ShopContextFactory : IDesignTimeDbContextFactory<ShopContext>
{
    public static readonly ServerVersion Server = new MariaDbServerVersion(new Version(10, 11));

    public const string DefaultConnection = "Server=localhost;Database=shop";

    public ShopContext CreateDbContext(string[] args) => Create(args.Length > 0 ? args[0] : DefaultConnection);

    public static ShopContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<ShopContext>().UseMySql(connectionString, Server).Options);
}
