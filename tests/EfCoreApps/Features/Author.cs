namespace Features;

public class Author
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public ContactDetails Contact { get; set; } = new();

    public List<PostalAddress> Addresses { get; } = [];
}

public class ContactDetails
{
    public string? Email { get; set; }

    public string? Phone { get; set; }
}

public class PostalAddress
{
    public required string Street { get; set; }

    public required string City { get; set; }
}
