using Microsoft.EntityFrameworkCore;

namespace Features.Evolution.Step1;

/// <summary>The starting point: one entity.</summary>
public class Customer
{
    public int Id { get; set; }

    public required string Name { get; set; }
}

public class Step1Context : EvolutionContext
{
    public DbSet<Customer> Customers => Set<Customer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Customer>().Property(c => c.Name).HasMaxLength(100);
}
