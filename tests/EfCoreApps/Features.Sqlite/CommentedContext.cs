using Microsoft.EntityFrameworkCore;

namespace Features;

/// <summary>Comments on a table and a column: EF Core writes them, DbSync's model does not carry them, so DbSync warns.</summary>
public class CommentedContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Invoice> Invoices => Set<Invoice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Invoice>().ToTable(t => t.HasComment("Issued invoices"));
        modelBuilder.Entity<Invoice>().Property(i => i.Total).HasComment("Including tax");
    }
}

public class Invoice
{
    public int Id { get; set; }

    public decimal Total { get; set; }
}
