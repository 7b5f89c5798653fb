using Microsoft.EntityFrameworkCore;

namespace Features.Evolution.Step2;

/// <summary>Step 1 plus an entity: Product.</summary>
public class Customer
{
    public int Id { get; set; }

    public required string Name { get; set; }
}

public class Product
{
    public int Id { get; set; }

    public required string Title { get; set; }
}

public class Step2Context : EvolutionContext
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Product> Products => Set<Product>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>().Property(c => c.Name).HasMaxLength(100);
        modelBuilder.Entity<Product>().Property(p => p.Title).HasMaxLength(200);
    }
}
