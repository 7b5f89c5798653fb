namespace Shop.Model;

public class Product
{
    public int Id { get; set; }

    public required string Sku { get; set; }

    public required string Name { get; set; }

    public decimal Price { get; set; }

    public bool IsActive { get; set; }

    /// <summary>Many-to-many: EF Core makes the join table ProductTag.</summary>
    public List<Tag> Tags { get; } = [];
}
