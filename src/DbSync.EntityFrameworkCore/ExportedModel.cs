namespace DbSync.EntityFrameworkCore;

/// <summary>What the exporter read from the application: the context, its provider, EF Core's version, the create script, and what DbSync cannot carry.</summary>
internal sealed record ExportedModel(string Context, string Provider, string EfCoreVersion, string Script, IReadOnlyList<string> Warnings);
