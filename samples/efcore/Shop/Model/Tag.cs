namespace Shop.Model;

public class Tag
{
    public int Id { get; set; }

    public required string Label { get; set; }

    public List<Product> Products { get; } = [];
}
