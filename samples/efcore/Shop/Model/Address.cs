namespace Shop.Model;

public class Address
{
    public required string Street { get; set; }

    public required string City { get; set; }

    public string? PostalCode { get; set; }
}
