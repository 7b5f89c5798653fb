using System.Data.Common;
using DbSync.Core.Errors;
using DbSync.Data;
using DbSync.MySql.Driver;

namespace DbSync.MySql;

/// <summary>
/// Opens a connection within connect_timeout (<see cref="BoundedOpen"/>). Errors name the host and port, never the
/// password or the connection string.
/// </summary>
public static class MySqlConnectionOpener
{
    public static Task<DbConnection> OpenAsync(MySqlConnectionSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return BoundedOpen.OpenAsync(MySqlDriver.CreateConnection(settings), settings.ConnectTimeoutSeconds, "the MySQL server at " + settings.Endpoint,
            e => MySqlFailure.Wrap("cannot connect to the MySQL server at " + settings.Endpoint + " as " + settings.User
                + " (database " + settings.Database + ")", e, ErrorCodes.ConnectionFailed),
            cancellationToken);
    }
}
