using DbSync.Core.Errors;
using DbSync.PostgreSql.Driver;

namespace DbSync.PostgreSql;

/// <summary>
/// Turns a driver exception into DbSync's error: what was being done, then what the server said. Npgsql never puts
/// the connection string in its messages and DbSync never prints it, so no password can reach the text.
/// </summary>
internal static class PostgreSqlFailure
{
    public static DbSyncException Wrap(string doing, Exception exception, string code = ErrorCodes.Database) =>
        new(code, doing + ": " + PostgreSqlDriver.Describe(exception), null, exception);
}
