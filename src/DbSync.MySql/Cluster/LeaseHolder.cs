using System.Globalization;
using System.Security.Cryptography;

namespace DbSync.MySql.Cluster;

/// <summary>
/// Who holds a lease, as the waiting runs print it: "dbsync on HOST pid PID since TIME UTC (run TOKEN)". The token makes
/// two runs of one process (a library host, the tests) different holders. It names the client machine and process only,
/// never a user, URL or password.
/// </summary>
internal static class LeaseHolder
{
    /// <summary>The column's width.</summary>
    public const int MaxLength = 255;

    public static string ForThisRun()
    {
        string token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        string text = "dbsync on " + Environment.MachineName + " pid " + Environment.ProcessId.ToString(CultureInfo.InvariantCulture)
            + " since " + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC (run " + token + ")";
        return text.Length <= MaxLength ? text : text[..(MaxLength - 16)] + " (run " + token + ")";
    }
}
