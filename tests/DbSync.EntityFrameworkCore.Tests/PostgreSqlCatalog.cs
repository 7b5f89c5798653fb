using System.Text;
using DbSync.Testing;
using DbSync.Testing.Databases;
using DbSync.Testing.PostgreSql;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>
/// A PostgreSQL database's schema as the server's own tool prints it: pg_dump --schema-only of everything but the
/// version table and DbSync's own dbsync_* tables, without comments, SET lines and pg_dump's per-run \restrict key.
/// </summary>
internal static class PostgreSqlCatalog
{
    public static async Task<string> DumpAsync(PostgreSqlTestDatabase database)
    {
        string pgDump = Path.Combine(PostgreSqlServer.FindBinDirectory()!, "pg_dump");
        ProcessResult result = await ProcessRunner.RunAsync(pgDump,
            ["--schema-only", "--no-owner", "--no-privileges", "--exclude-table=migrate_version", "--exclude-table=dbsync_*",
             "-h", database.Server.SocketDirectory, "-p", database.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "-U", "postgres", "-d", database.DatabaseName],
            Path.GetTempPath(), timeout: TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, "pg_dump failed: " + result);
        var text = new StringBuilder();
        foreach (string line in result.Stdout.Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith("--", StringComparison.Ordinal) || line.StartsWith("SET ", StringComparison.Ordinal)
                || line.StartsWith("SELECT pg_catalog.set_config", StringComparison.Ordinal) || line.StartsWith('\\'))
            {
                continue;
            }

            text.AppendLine(line);
        }

        return text.ToString();
    }
}
