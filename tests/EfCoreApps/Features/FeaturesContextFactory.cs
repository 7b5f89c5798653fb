using Microsoft.EntityFrameworkCore.Design;

namespace Features;

/// <summary>How design-time tools create FeaturesContext: no connection is opened.</summary>
public class FeaturesContextFactory : IDesignTimeDbContextFactory<FeaturesContext>
{
    public FeaturesContext CreateDbContext(string[] args) => new(Provider.Options(Provider.DesignTimeConnection));
}
