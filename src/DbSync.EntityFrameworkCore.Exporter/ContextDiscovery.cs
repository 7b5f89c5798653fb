using System.Reflection;

namespace DbSync.EntityFrameworkCore.Exporter;

/// <summary>
/// Finds the application's DbContext types and how to create each, in EF Core's design-time order: an
/// <c>IDesignTimeDbContextFactory&lt;T&gt;</c>; else the application's host (its service provider, as the app itself
/// registers the context with AddDbContext); else a parameterless constructor. The host is started only when a context
/// needs it, or when the application's assemblies define no context (then the host's registrations are the list).
/// </summary>
internal sealed class ContextDiscovery(EfCoreTypes ef, IReadOnlyList<Assembly> assemblies, Assembly application, string[] arguments)
{
    private HostServices? _host;

    public IReadOnlyList<ContextCandidate> Find()
    {
        var candidates = new Dictionary<Type, ContextCandidate>();
        List<Type> types = assemblies.SelectMany(Reflect.LoadableTypes).ToList();
        foreach (Type factory in types.Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters))
        {
            foreach (Type contract in factory.GetInterfaces())
            {
                if (contract.IsGenericType && contract.GetGenericTypeDefinition() == ef.DesignTimeFactory && ef.IsContext(contract.GenericTypeArguments[0]))
                {
                    candidates.TryAdd(contract.GenericTypeArguments[0],
                        new ContextCandidate(contract.GenericTypeArguments[0], "its IDesignTimeDbContextFactory " + factory.Name, () => FromFactory(factory, contract)));
                }
            }
        }

        foreach (Type context in types.Where(ef.IsContext))
        {
            candidates.TryAdd(context, new ContextCandidate(context, "the application's host, else its parameterless constructor", () => FromHostOrConstructor(context)));
        }

        if (candidates.Count == 0)
        {
            foreach (Type context in Host.RegisteredContexts(ef))
            {
                candidates.TryAdd(context, new ContextCandidate(context, "the application's host", () => Host.CreateContext(context)!));
            }
        }

        return candidates.Values.OrderBy(c => c.Type.Name, StringComparer.Ordinal).ThenBy(c => c.Type.FullName, StringComparer.Ordinal).ToList();
    }

    private HostServices Host => _host ??= HostServices.Start(application, arguments);

    private object FromFactory(Type factory, Type contract)
    {
        object instance = Activator.CreateInstance(factory)
            ?? throw new ExportException(ExportErrorKind.Failed, "cannot create " + factory.FullName);
        MethodInfo create = contract.GetMethod("CreateDbContext")!;
        return Reflect.Invoke(create, instance, new object[] { arguments })
            ?? throw new ExportException(ExportErrorKind.Failed, factory.FullName + ".CreateDbContext returned null");
    }

    private object FromHostOrConstructor(Type context)
    {
        if (Host.CreateContext(context) is { } fromHost)
        {
            return fromHost;
        }

        if (context.GetConstructor(Type.EmptyTypes) == null)
        {
            throw new ExportException(ExportErrorKind.Failed, context.Name + " has no IDesignTimeDbContextFactory<" + context.Name
                + ">, is not registered by the application's host (" + Host.Describe() + ") and has no parameterless constructor: add a design-time factory");
        }

        return Activator.CreateInstance(context)!;
    }
}
