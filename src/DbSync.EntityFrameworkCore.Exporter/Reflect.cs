using System.Reflection;

namespace DbSync.EntityFrameworkCore.Exporter;

/// <summary>
/// Late-bound access to the application's EF Core objects. Members are looked up on the object's class and then on its
/// interfaces, since EF Core implements much of its metadata API explicitly.
/// </summary>
internal static class Reflect
{
    public static object? Get(object target, string property)
    {
        PropertyInfo? info = FindProperty(target.GetType(), property);
        return info == null
            ? throw new MissingMemberException(target.GetType().FullName, property)
            : info.GetValue(target);
    }

    public static object? GetOrNull(object target, string property) => FindProperty(target.GetType(), property)?.GetValue(target);

    /// <summary>The items of a collection; a dictionary's values (EF Core's classes expose some collections as dictionaries).</summary>
    public static IEnumerable<object> Items(object? sequence) =>
        sequence is System.Collections.IEnumerable items ? items.Cast<object>().Select(ValueOf) : [];

    public static object? Invoke(MethodInfo method, object? target, params object?[] arguments)
    {
        try
        {
            return method.Invoke(target, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException != null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    /// <summary>A type of a loaded (or loadable) assembly by full name, or null.</summary>
    public static Type? FindType(string assemblyName, string typeName)
    {
        try
        {
            return Assembly.Load(new AssemblyName(assemblyName)).GetType(typeName);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>The types of an assembly that could be loaded (an assembly may hold types whose dependencies are absent).</summary>
    public static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.Where(t => t != null)!;
        }
    }

    private static object ValueOf(object item)
    {
        Type type = item.GetType();
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) ? type.GetProperty("Value")!.GetValue(item)! : item;
    }

    private static PropertyInfo? FindProperty(Type type, string name)
    {
        PropertyInfo? info = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        if (info != null)
        {
            return info;
        }

        foreach (Type contract in type.GetInterfaces())
        {
            info = contract.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            if (info != null)
            {
                return info;
            }
        }

        return null;
    }
}
