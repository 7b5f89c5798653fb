using System.Data.Common;
using System.Globalization;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.MySql.Driver;

namespace DbSync.MySql;

/// <summary>
/// Opens a connection within connect_timeout, whatever the server does: refuses, never answers the TCP handshake,
/// or accepts and then says nothing. Errors name the host and port, never the password or the connection string.
/// </summary>
public static class MySqlConnectionOpener
{
    /// <summary>Slack over connect_timeout for the driver to report its own time-out before this bound cuts in.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    public static async Task<DbConnection> OpenAsync(MySqlConnectionSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        DbConnection connection = MySqlDriver.CreateConnection(settings);
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(TimeSpan.FromSeconds(settings.ConnectTimeoutSeconds) + Grace);
        try
        {
            await connection.OpenAsync(bound.Token).ConfigureAwait(false);
            return connection;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new DbSyncException(ErrorCodes.ConnectionFailed, "cannot connect to the MySQL server at " + settings.Endpoint + ": no answer within "
                + settings.ConnectTimeoutSeconds.ToString(CultureInfo.InvariantCulture) + " s (connect_timeout)");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw MySqlFailure.Wrap("cannot connect to the MySQL server at " + settings.Endpoint + " as " + settings.User
                + " (database " + settings.Database + ")", e, ErrorCodes.ConnectionFailed);
        }
    }
}
