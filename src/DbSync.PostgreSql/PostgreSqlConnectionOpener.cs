using System.Data.Common;
using DbSync.Core.Errors;
using DbSync.Data;
using DbSync.PostgreSql.Driver;

namespace DbSync.PostgreSql;

/// <summary>
/// Opens a connection within connect_timeout (<see cref="BoundedOpen"/>). Errors name the endpoint, the user and the
/// database, never the password or the connection string.
/// </summary>
public static class PostgreSqlConnectionOpener
{
    public static Task<DbConnection> OpenAsync(PostgreSqlConnectionSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return BoundedOpen.OpenAsync(PostgreSqlDriver.CreateConnection(settings), settings.ConnectTimeoutSeconds, "the PostgreSQL server at " + settings.Endpoint,
            e => PostgreSqlFailure.Wrap("cannot connect to " + settings.Describe(), e, ErrorCodes.ConnectionFailed),
            cancellationToken);
    }
}
