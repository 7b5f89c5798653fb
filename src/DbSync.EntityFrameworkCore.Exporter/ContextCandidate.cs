namespace DbSync.EntityFrameworkCore.Exporter;

/// <summary>A DbContext type the application has, and how to create it (design-time factory, host, constructor).</summary>
internal sealed record ContextCandidate(Type Type, string How, Func<object> Create)
{
    public string Name => Type.Name;
}
