using Microsoft.EntityFrameworkCore;

namespace Hosted;

/// <summary>Takes the options the host registers: there is no design-time factory and no parameterless constructor.</summary>
public class HostedContext(DbContextOptions<HostedContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();
}

public class Note
{
    public int Id { get; set; }

    public required string Text { get; set; }
}
