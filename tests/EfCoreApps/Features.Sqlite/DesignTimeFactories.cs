using Microsoft.EntityFrameworkCore.Design;

namespace Features;

/// <summary>How design-time tools create the contexts that take options: no connection is opened.</summary>
public class CommentedContextFactory : IDesignTimeDbContextFactory<CommentedContext>
{
    public CommentedContext CreateDbContext(string[] args) => new(Provider.Options(Provider.DesignTimeConnection));
}

public class ComputedContextFactory : IDesignTimeDbContextFactory<ComputedContext>
{
    public ComputedContext CreateDbContext(string[] args) => new(Provider.Options(Provider.DesignTimeConnection));
}
