using Microsoft.EntityFrameworkCore;
using Shop.Model;

namespace Shop;

public class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<Order> Orders => Set<Order>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>(customer =>
        {
            customer.Property(c => c.Name).HasMaxLength(100);
            customer.Property(c => c.Email).HasMaxLength(200);
            customer.HasIndex(c => c.Email).IsUnique();
            customer.Property(c => c.CreatedAt).HasDefaultValueSql("CURRENT_TIMESTAMP");
            customer.OwnsOne(c => c.Address, address =>
            {
                address.Property(a => a.Street).HasMaxLength(200);
                address.Property(a => a.City).HasMaxLength(100);
                address.Property(a => a.PostalCode).HasMaxLength(20);
            });
        });

        modelBuilder.Entity<Product>(product =>
        {
            product.Property(p => p.Sku).HasMaxLength(32);
            product.HasIndex(p => p.Sku).IsUnique();
            product.Property(p => p.Name).HasMaxLength(200);
            product.Property(p => p.Price).HasPrecision(10, 2);
            product.Property(p => p.IsActive).HasDefaultValue(true);
        });

        modelBuilder.Entity<Tag>().Property(t => t.Label).HasMaxLength(50);

        modelBuilder.Entity<Order>(order =>
        {
            order.Property(o => o.Status).HasConversion<string>().HasMaxLength(20).HasDefaultValue(OrderStatus.Pending);
            order.HasIndex(o => o.PlacedAt);
        });

        modelBuilder.Entity<OrderLine>(line =>
        {
            line.HasKey(l => new { l.OrderId, l.ProductId });
            line.HasOne(l => l.Order).WithMany(o => o.Lines).OnDelete(DeleteBehavior.Cascade);
            line.HasOne(l => l.Product).WithMany().OnDelete(DeleteBehavior.Restrict);
        });
    }
}
