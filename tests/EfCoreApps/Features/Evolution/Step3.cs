using Microsoft.EntityFrameworkCore;

namespace Features.Evolution.Step3;

/// <summary>Step 2 plus a property: Customer.Email.</summary>
public class Customer
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }
}

public class Product
{
    public int Id { get; set; }

    public required string Title { get; set; }
}

public class Step3Context : EvolutionContext
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Product> Products => Set<Product>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>().Property(c => c.Name).HasMaxLength(100);
        modelBuilder.Entity<Customer>().Property(c => c.Email).HasMaxLength(200);
        modelBuilder.Entity<Product>().Property(p => p.Title).HasMaxLength(200);
    }
}
