using Microsoft.EntityFrameworkCore;

namespace Features;

/// <summary>
/// One context with every kind of object EF Core creates that DbSync's model carries: store types and lengths,
/// nullability, HasDefaultValue and HasDefaultValueSql, keys and composite keys, unique, composite and filtered indexes,
/// foreign keys with each delete action, check constraints, TPH and TPT, owned types (one and many), an implicit
/// many-to-many join table, value conversions and a shadow property; on PostgreSQL also a stored computed column,
/// comments and a sequence. Provider differences are spelled per provider.
/// </summary>
public class FeaturesContext(DbContextOptions options) : DbContext(options)
{
    private bool Sqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    private bool Postgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>A column name in raw SQL: PostgreSQL folds unquoted names to lower case, and EF Core's are quoted.</summary>
    private string Column(string name) => Postgres ? "\"" + name + "\"" : name;

    public DbSet<Blog> Blogs => Set<Blog>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<Author> Authors => Set<Author>();

    public DbSet<BlogAuthor> BlogAuthors => Set<BlogAuthor>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<Vehicle> Vehicles => Set<Vehicle>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Blog>(blog =>
        {
            blog.ToTable(t => t.HasCheckConstraint("CK_Blogs_Rating", Column("Rating") + " >= 0 AND " + Column("Rating") + " <= 5"));
            blog.Property(b => b.Title).HasMaxLength(200);
            blog.Property(b => b.Url).HasMaxLength(300);
            blog.HasIndex(b => b.Url).IsUnique();
            blog.Property(b => b.IsPublic).HasDefaultValue(true);
            blog.Property(b => b.Status).HasMaxLength(20).HasDefaultValue("draft");
            blog.Property(b => b.CreatedOn).HasDefaultValueSql(Sqlite ? "CURRENT_TIMESTAMP" : "CURRENT_TIMESTAMP(6)");
            blog.Property(b => b.Homepage).HasMaxLength(500);
            blog.Property<DateTime?>("LastUpdated");
            blog.HasIndex("LastUpdated");
        });

        modelBuilder.Entity<Post>(post =>
        {
            post.Property(p => p.Title).HasMaxLength(200);
            post.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            post.HasOne(p => p.Blog).WithMany(b => b.Posts).OnDelete(DeleteBehavior.Cascade);
            post.HasOne(p => p.Author).WithMany().OnDelete(DeleteBehavior.SetNull);
            post.HasIndex(p => new { p.BlogId, p.Title }).IsUnique();
            if (Sqlite || Postgres)
            {
                // MySQL and MariaDB have no filtered indexes.
                post.HasIndex(p => p.PublishedOn).HasFilter(Column("PublishedOn") + " IS NOT NULL");
            }
            else
            {
                post.HasIndex(p => p.PublishedOn);
            }
        });

        modelBuilder.Entity<Tag>(tag =>
        {
            tag.Property(t => t.Name).HasMaxLength(50);
            tag.HasIndex(t => t.Name).IsUnique();
        });

        modelBuilder.Entity<Author>(author =>
        {
            author.Property(a => a.Name).HasMaxLength(100);
            author.OwnsOne(a => a.Contact, contact =>
            {
                contact.Property(c => c.Email).HasMaxLength(200);
                contact.Property(c => c.Phone).HasMaxLength(30);
            });
            author.OwnsMany(a => a.Addresses, address =>
            {
                address.Property(a => a.Street).HasMaxLength(200);
                address.Property(a => a.City).HasMaxLength(100);
            });
        });

        modelBuilder.Entity<BlogAuthor>(link =>
        {
            link.HasKey(l => new { l.BlogId, l.AuthorId });
            link.Property(l => l.Role).HasMaxLength(30);
            link.HasOne(l => l.Blog).WithMany().OnDelete(DeleteBehavior.Cascade);
            link.HasOne(l => l.Author).WithMany().OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Payment>(payment =>
        {
            payment.Property(p => p.Amount).HasPrecision(12, 2);
            payment.HasDiscriminator<string>("Method").HasValue<CardPayment>("card").HasValue<BankPayment>("bank");
            payment.Property<string>("Method").HasMaxLength(10);
        });
        modelBuilder.Entity<CardPayment>().Property(p => p.CardNumber).HasMaxLength(19);
        modelBuilder.Entity<BankPayment>().Property(p => p.Iban).HasMaxLength(34);

        modelBuilder.Entity<Vehicle>(vehicle =>
        {
            vehicle.UseTptMappingStrategy();
            vehicle.Property(v => v.Make).HasMaxLength(50);
        });
        modelBuilder.Entity<Car>().ToTable("Cars");
        modelBuilder.Entity<Truck>().ToTable("Trucks");
        // What DbSync's models read beside tables and keys: a stored computed column on every database, comments where
        // the database keeps them (not SQLite), a sequence where it has them (PostgreSQL).
        modelBuilder.Entity<Blog>(blog =>
        {
            blog.Property<int>("TitleLength").HasComputedColumnSql(Postgres ? "length(\"Title\")" : Sqlite ? "length(Title)" : "char_length(`Title`)", stored: true);
            if (!Sqlite)
            {
                blog.ToTable(t => t.HasComment("The blogs of the site"));
                blog.Property(b => b.Title).HasComment("Shown in lists, it's short");
            }
        });
        if (Postgres)
        {
            modelBuilder.HasSequence<long>("InvoiceNumbers").StartsAt(1000).IncrementsBy(5);
        }
    }
}
