using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace Features.Evolution.Step7;

/// <summary>Step 6 plus a relationship: each Product has an optional supplier, a Customer.</summary>
public class Customer
{
    public int Id { get; set; }

    [Column("Name")]
    public required string FullName { get; set; }

    public string? Email { get; set; }
}

public class Product
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public int? SupplierId { get; set; }

    public Customer? Supplier { get; set; }
}

public class Step7Context : EvolutionContext
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Product> Products => Set<Product>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>().Property(c => c.FullName).HasMaxLength(100);
        modelBuilder.Entity<Customer>().Property(c => c.Email).HasMaxLength(200);
        modelBuilder.Entity<Customer>().HasIndex(c => c.Email).IsUnique();
        modelBuilder.Entity<Product>().Property(p => p.Title).HasMaxLength(300);
        modelBuilder.Entity<Product>().HasOne(p => p.Supplier).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}
