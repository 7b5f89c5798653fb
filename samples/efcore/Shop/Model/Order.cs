namespace Shop.Model;

public class Order
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer? Customer { get; set; }

    public DateTime PlacedAt { get; set; }

    /// <summary>Stored as text ('Pending', 'Shipped', ...): a value conversion.</summary>
    public OrderStatus Status { get; set; }

    public List<OrderLine> Lines { get; } = [];
}
