namespace DbSync.EntityFrameworkCore.Exporter;

/// <summary>Why no model came out; DbSync turns each into a one-line DBS108 error naming the project.</summary>
internal enum ExportErrorKind
{
    /// <summary>Anything else: the context's constructor, the factory or the host threw.</summary>
    Failed,

    /// <summary>The application does not use EF Core.</summary>
    NoEfCore,

    /// <summary>No DbContext was found.</summary>
    NoContext,

    /// <summary>Several were found and none was named.</summary>
    SeveralContexts,

    /// <summary>The named one is not among those found.</summary>
    UnknownContext,

    /// <summary>The context's provider is not a relational one (InMemory, Cosmos).</summary>
    NotRelational,
}
