namespace Features;

public class Blog
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public required string Url { get; set; }

    public int Rating { get; set; }

    public bool IsPublic { get; set; }

    public string Status { get; set; } = "draft";

    public DateTime CreatedOn { get; set; }

    public Uri? Homepage { get; set; }

    public List<Post> Posts { get; } = [];
}
