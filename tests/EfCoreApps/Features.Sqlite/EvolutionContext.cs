using Microsoft.EntityFrameworkCore;

namespace Features.Evolution;

/// <summary>The evolution steps' base: a parameterless constructor (how DbSync creates them) configures SQLite.</summary>
public abstract class EvolutionContext : DbContext
{
    protected EvolutionContext()
    {
    }

    protected EvolutionContext(DbContextOptions options)
        : base(options)
    {
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (!optionsBuilder.IsConfigured)
        {
            optionsBuilder.UseSqlite("Data Source=:memory:");
        }
    }
}
