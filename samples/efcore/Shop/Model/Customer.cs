namespace Shop.Model;

public class Customer
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>An owned type: its properties are columns of the Customers table (Address_Street, ...).</summary>
    public Address? Address { get; set; }

    public List<Order> Orders { get; } = [];
}
