using System.Reflection;

namespace DbSync.EntityFrameworkCore.Exporter;

/// <summary>
/// The application's service provider, obtained as EF Core's design-time tools obtain it (through
/// Microsoft.Extensions.HostFactoryResolver's rules): Program's <c>BuildWebHost</c>, <c>CreateWebHostBuilder</c> or
/// <c>CreateHostBuilder</c>; else the entry point run until it builds its host (minimal hosting, <c>Host.CreateApplicationBuilder</c>),
/// which is then stopped before it starts. The environment is Development unless ASPNETCORE_ENVIRONMENT or
/// DOTNET_ENVIRONMENT says otherwise. A host that cannot be built is not an error by itself: its reason is kept for the
/// message of a context that needed it.
/// </summary>
internal sealed class HostServices
{
    private const BindingFlags DeclaredStatic = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private readonly IServiceProvider? _services;
    private readonly string _description;

    private HostServices(IServiceProvider? services, string description)
    {
        _services = services;
        _description = description;
    }

    public static HostServices Start(Assembly application, string[] arguments)
    {
        string environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Development";
        Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? environment);
        Environment.SetEnvironmentVariable("DOTNET_ENVIRONMENT", Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? environment);

        Type? program = application.EntryPoint?.DeclaringType;
        if (program == null)
        {
            return new HostServices(null, application.GetName().Name + " has no entry point");
        }

        try
        {
            foreach (string name in new[] { "BuildWebHost", "CreateWebHostBuilder", "CreateHostBuilder" })
            {
                MethodInfo? factory = program.GetMethod(name, DeclaredStatic, null, [typeof(string[])], null);
                if (factory != null && factory.ReturnType != typeof(void))
                {
                    object? made = Reflect.Invoke(factory, null, new object[] { arguments });
                    object? host = name == "BuildWebHost" || made == null ? made : Reflect.Invoke(made.GetType().GetMethod("Build", Type.EmptyTypes)!, made);
                    return FromHost(host, "the host of " + program.Name + "." + name);
                }
            }

            if (!HostingListener.CanListen())
            {
                return new HostServices(null, "it builds no host (Program has no CreateHostBuilder and Microsoft.Extensions.Hosting 6+ is not loaded)");
            }

            string[] withName = arguments.Contains("--applicationName", StringComparer.OrdinalIgnoreCase)
                ? arguments
                : [.. arguments, "--applicationName", application.GetName().Name!];
            return FromHost(new HostingListener(application.EntryPoint!, withName).BuildHost(), "the host its entry point builds");
        }
        catch (Exception e)
        {
            Exception cause = ExportException.Unwrap(e);
            return new HostServices(null, "building its host failed: " + cause.GetType().Name + ": " + cause.Message);
        }
    }

    public string Describe() => _description;

    /// <summary>The contexts the host registered (every <c>DbContextOptions</c> in its services names one).</summary>
    public IEnumerable<Type> RegisteredContexts(EfCoreTypes ef)
    {
        if (_services?.GetService(typeof(IEnumerable<>).MakeGenericType(ef.DbContextOptions)) is not System.Collections.IEnumerable options)
        {
            return [];
        }

        return options.Cast<object>().Select(o => Reflect.Get(o, "ContextType") as Type).Where(t => t != null && ef.IsContext(t)).Select(t => t!).Distinct().ToList();
    }

    /// <summary>The context from the host's services (AddDbContext, or AddDbContextFactory's factory), or null.</summary>
    public object? CreateContext(Type context)
    {
        if (_services == null)
        {
            return null;
        }

        if (_services.GetService(context) is { } registered)
        {
            return registered;
        }

        Type? factoryContract = context.Assembly.GetType("Microsoft.EntityFrameworkCore.IDbContextFactory`1")
            ?? Reflect.FindType("Microsoft.EntityFrameworkCore", "Microsoft.EntityFrameworkCore.IDbContextFactory`1");
        if (factoryContract != null && _services.GetService(factoryContract.MakeGenericType(context)) is { } factory)
        {
            return Reflect.Invoke(factory.GetType().GetMethod("CreateDbContext", Type.EmptyTypes)!, factory);
        }

        return null;
    }

    private static HostServices FromHost(object? host, string description)
    {
        if (host == null || Reflect.GetOrNull(host, "Services") is not IServiceProvider root)
        {
            return new HostServices(null, description + " has no services");
        }

        // Contexts are scoped services: resolve them in a scope, as a request would (the root refuses under Development's scope validation).
        Type? scopeFactoryType = Reflect.FindType("Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.DependencyInjection.IServiceScopeFactory");
        if (scopeFactoryType != null && root.GetService(scopeFactoryType) is { } scopeFactory)
        {
            object scope = Reflect.Invoke(scopeFactoryType.GetMethod("CreateScope")!, scopeFactory)!;
            return new HostServices((IServiceProvider)Reflect.Get(scope, "ServiceProvider")!, description);
        }

        return new HostServices(root, description);
    }
}
