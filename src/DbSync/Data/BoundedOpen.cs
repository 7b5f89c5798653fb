using System.Data.Common;
using System.Globalization;
using DbSync.Core.Errors;

namespace DbSync.Data;

/// <summary>
/// Opens a server connection within its connect_timeout, whatever the server does: refuses, never answers the TCP
/// handshake, or accepts and then says nothing. Shared by the server dialects; their messages name the endpoint only.
/// </summary>
public static class BoundedOpen
{
    /// <summary>Slack over connect_timeout for the driver to report its own time-out before this bound cuts in.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    /// <param name="connection">Closed; disposed when opening fails.</param>
    /// <param name="server">"the MySQL server at db:3306", for the time-out message.</param>
    /// <param name="wrap">Turns the driver's failure into the dialect's error (which must not show the password).</param>
    public static async Task<DbConnection> OpenAsync(DbConnection connection, int connectTimeoutSeconds, string server,
        Func<Exception, DbSyncException> wrap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(wrap);
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(TimeSpan.FromSeconds(connectTimeoutSeconds) + Grace);
        try
        {
            await connection.OpenAsync(bound.Token).ConfigureAwait(false);
            return connection;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new DbSyncException(ErrorCodes.ConnectionFailed, "cannot connect to " + server + ": no answer within "
                + connectTimeoutSeconds.ToString(CultureInfo.InvariantCulture) + " s (connect_timeout)");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw wrap(e);
        }
    }
}
