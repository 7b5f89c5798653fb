using System.Data.Common;
using DbSync.Dialects;

namespace DbSync.Schema.Introspection;

/// <summary>
/// A throw-away database of the target dialect: the model is executed in it and introspected (the database is the
/// parser), and `check` applies every upgrade script to one. Disposing it drops it.
/// </summary>
public sealed class ScratchDatabase(DatabaseSession session, Func<ValueTask>? drop = null) : IAsyncDisposable
{
    public DatabaseSession Session { get; } = session;

    /// <summary>Executes one statement.</summary>
    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using DbCommand command = Session.Connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (drop != null)
            {
                await drop().ConfigureAwait(false);
            }
        }
        finally
        {
            await Session.DisposeAsync().ConfigureAwait(false);
        }
    }
}
