using System.Reflection;
using Microsoft.EntityFrameworkCore;

// ensure-created CONTEXT CONNECTION: the schema EF Core itself creates for a context, for the tests to compare with.
if (args is not ["ensure-created", var name, var connection])
{
    Console.Error.WriteLine("usage: ensure-created CONTEXT CONNECTION");
    return 2;
}

Type type = Assembly.GetExecutingAssembly().GetTypes().Single(t => t.Name == name && typeof(DbContext).IsAssignableFrom(t));
await using var context = (DbContext)Activator.CreateInstance(type, Features.Provider.Options(connection))!;
await context.Database.EnsureCreatedAsync();
return 0;
