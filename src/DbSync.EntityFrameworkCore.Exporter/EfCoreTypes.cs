using System.Reflection;

namespace DbSync.EntityFrameworkCore.Exporter;

/// <summary>
/// The application's own EF Core types, found by name: the same names since EF Core 2, so one exporter binds to EF Core
/// 8, 9 or 10, whichever the application carries.
/// </summary>
internal sealed class EfCoreTypes
{
    private EfCoreTypes(Assembly core)
    {
        Core = core;
        DbContext = core.GetType("Microsoft.EntityFrameworkCore.DbContext", throwOnError: true)!;
        DbContextOptions = core.GetType("Microsoft.EntityFrameworkCore.DbContextOptions", throwOnError: true)!;
        DesignTimeFactory = core.GetType("Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory`1", throwOnError: true)!;
        DesignTimeModel = core.GetType("Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel", throwOnError: false);
    }

    public Assembly Core { get; }

    public Type DbContext { get; }

    public Type DbContextOptions { get; }

    /// <summary><c>IDesignTimeDbContextFactory&lt;TContext&gt;</c> (open generic); it lives in EF Core itself, not in the Design package.</summary>
    public Type DesignTimeFactory { get; }

    /// <summary><c>IDesignTimeModel</c> (EF Core 6+): the model with every annotation, as migrations and GenerateCreateScript see it.</summary>
    public Type? DesignTimeModel { get; }

    /// <summary>EF Core's version, e.g. "10.0.15", from its informational version.</summary>
    public string Version =>
        (Core.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? Core.GetName().Version?.ToString() ?? "?").Split('+')[0];

    public static EfCoreTypes Bind(Assembly application)
    {
        Assembly core;
        try
        {
            core = Assembly.Load(new AssemblyName("Microsoft.EntityFrameworkCore"));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException)
        {
            throw new ExportException(ExportErrorKind.NoEfCore,
                application.GetName().Name + " does not use EF Core: Microsoft.EntityFrameworkCore is not among its dependencies", e);
        }

        return new EfCoreTypes(core);
    }

    public bool IsContext(Type type) =>
        type.IsClass && !type.IsAbstract && !type.ContainsGenericParameters && DbContext.IsAssignableFrom(type) && type != DbContext;
}
