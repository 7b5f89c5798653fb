using Microsoft.EntityFrameworkCore;
using Shop;

// The schema belongs to DbSync (dotnet dbsync upgrade): the application only reads and writes rows.
string connectionString = args.Length > 0 ? args[0] : ShopContextFactory.DefaultConnection;
await using ShopContext db = ShopContextFactory.Create(connectionString);
int customers = await db.Customers.CountAsync();
Console.WriteLine($"{customers} customers");
