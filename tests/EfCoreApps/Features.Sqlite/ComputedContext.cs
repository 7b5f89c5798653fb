using Microsoft.EntityFrameworkCore;

namespace Features;

/// <summary>A computed column: DbSync's model has no generated columns yet, so loading the model stops with DBS114 naming it.</summary>
public class ComputedContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Line> Lines => Set<Line>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Line>().Property(l => l.Total).HasComputedColumnSql("Quantity * Price", stored: true);
}

public class Line
{
    public int Id { get; set; }

    public int Quantity { get; set; }

    public decimal Price { get; set; }

    public decimal Total { get; set; }
}
