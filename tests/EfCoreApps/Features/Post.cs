namespace Features;

public class Post
{
    public int Id { get; set; }

    public int BlogId { get; set; }

    public Blog? Blog { get; set; }

    public int? AuthorId { get; set; }

    public Author? Author { get; set; }

    public required string Title { get; set; }

    public string? Content { get; set; }

    public DateTime? PublishedOn { get; set; }

    public PostKind Kind { get; set; }

    public List<Tag> Tags { get; } = [];
}
