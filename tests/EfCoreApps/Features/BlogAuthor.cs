namespace Features;

/// <summary>A composite key (BlogId, AuthorId) and two foreign keys with different delete actions.</summary>
public class BlogAuthor
{
    public int BlogId { get; set; }

    public Blog? Blog { get; set; }

    public int AuthorId { get; set; }

    public Author? Author { get; set; }

    public required string Role { get; set; }
}
