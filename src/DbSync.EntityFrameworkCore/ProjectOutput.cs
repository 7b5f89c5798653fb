namespace DbSync.EntityFrameworkCore;

/// <summary>
/// A built application, as the exporter needs it: its assembly, the .deps.json and .runtimeconfig.json beside it, the
/// NuGet package folders its dependencies resolve from (a class library's are not copied to its output), and its folder.
/// </summary>
internal sealed record ProjectOutput(string AssemblyPath, string DepsFile, string RuntimeConfig, IReadOnlyList<string> PackageFolders, string ProjectDirectory);
