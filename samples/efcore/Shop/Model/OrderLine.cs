namespace Shop.Model;

/// <summary>A composite key (OrderId, ProductId).</summary>
public class OrderLine
{
    public int OrderId { get; set; }

    public Order? Order { get; set; }

    public int ProductId { get; set; }

    public Product? Product { get; set; }

    public int Quantity { get; set; }
}
