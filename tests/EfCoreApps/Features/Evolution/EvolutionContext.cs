using Microsoft.EntityFrameworkCore;

namespace Features.Evolution;

/// <summary>The evolution steps' base: created with their parameterless constructor (as DbSync creates them), on this application's provider.</summary>
public abstract class EvolutionContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => Provider.Configure(optionsBuilder, Provider.DesignTimeConnection);
}
