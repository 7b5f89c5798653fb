using System.Collections;
using System.Reflection;
using MySqlClient = global::MySql.Data.MySqlClient;

namespace DbSync.MySql.Driver;

/// <summary>
/// MySql.Data 8.0.16 does not know the name <c>utf8mb3</c>, which MariaDB 10.6+ (and MySQL 8.0.30+) report for
/// utf8 columns: reading any such column (information_schema, SHOW CREATE TABLE, version()) throws
/// "Character set 'utf8mb3' is not supported" and leaves the connection unusable. utf8mb3 is the old utf8, so this
/// adds it to the driver's internal charset map as an alias of utf8. Applied once, before the first connection.
/// </summary>
internal static class Utf8Mb3Alias
{
    private static readonly Lazy<bool> Applied = new(Apply, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True once the alias is in place (or the driver already knew utf8mb3).</summary>
    public static bool EnsureApplied() => Applied.Value;

    private static bool Apply()
    {
        Type map = typeof(MySqlClient.MySqlConnection).Assembly.GetType("MySql.Data.MySqlClient.CharSetMap", throwOnError: true)!;
        const BindingFlags Static = BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public;

        // The map is filled by a static initializer in 8.0.16; make sure it ran before reading it.
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(map.TypeHandle);
        var mapping = map.GetField("_mapping", Static)?.GetValue(null) as IDictionary;
        if (mapping == null)
        {
            map.GetMethod("InitializeMapping", Static)?.Invoke(null, null);
            mapping = map.GetField("_mapping", Static)?.GetValue(null) as IDictionary;
        }

        if (mapping == null)
        {
            throw new InvalidOperationException("MySql.Data's CharSetMap._mapping was not found: this driver version needs a new utf8mb3 fix");
        }

        object? lockObject = map.GetField("LockObject", Static)?.GetValue(null);
        lock (lockObject ?? mapping)
        {
            if (!mapping.Contains("utf8mb3"))
            {
                mapping["utf8mb3"] = mapping["utf8"];
            }
        }

        return true;
    }
}
