using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DbSync.Data;
using DbSync.Core.Errors;
using DbSync.Errors;

namespace DbSync.MySql;

/// <summary>
/// The named lock <c>GET_LOCK('dbsync:&lt;repository_id&gt;')</c> held by a run from start to end, so concurrent runs
/// on one database take turns and each version is applied once. The server releases it if the connection dies.
/// </summary>
internal sealed class MySqlRunLock : IAsyncDisposable
{
    /// <summary>The server's limit on lock names.</summary>
    private const int MaxNameLength = 64;

    private readonly DbConnection _connection;

    private MySqlRunLock(DbConnection connection, string name)
    {
        _connection = connection;
        Name = name;
    }

    public string Name { get; }

    /// <summary>"dbsync:" + the repository id; an id too long for a lock name is replaced by its SHA-256.</summary>
    public static string NameFor(string repositoryId)
    {
        string name = "dbsync:" + repositoryId;
        return name.Length <= MaxNameLength
            ? name
            : "dbsync:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(repositoryId)))[..(MaxNameLength - 7)];
    }

    public static async Task<MySqlRunLock> AcquireAsync(DbConnection connection, string repositoryId, TimeSpan timeout,
        string? password, CancellationToken cancellationToken)
    {
        string name = NameFor(repositoryId);
        object? got;
        try
        {
            got = await GetLockAsync(connection, name, timeout.TotalSeconds, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            throw MySqlFailure.Wrap("cannot take the run lock '" + name + "'", e, password);
        }

        if (got is null or DBNull)
        {
            throw new DbSyncException(ErrorCodes.Database, "the server refused the run lock '" + name + "' (GET_LOCK returned NULL)");
        }

        if (IsZero(got))
        {
            throw new DbSyncException(ErrorCodes.LockTimeout, "another run holds the lock '" + name + "' and did not finish within " + Seconds(timeout)
                + " s; wait for it and retry (SELECT IS_USED_LOCK('" + name + "') gives its connection id for SHOW PROCESSLIST)");
        }

        return new MySqlRunLock(connection, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            // The server released the lock with the connection.
            return;
        }

        await ReleaseAsync().ConfigureAwait(false);
    }

    private async Task ReleaseAsync()
    {
        try
        {
            await using var command = MySqlCommands.Create(_connection, "SELECT RELEASE_LOCK(@name)", null);
            command.AddParameter("@name", Name);
            await command.ExecuteScalarAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (DbException)
        {
            // Closing the connection releases it anyway.
        }
    }

    private static async Task<object?> GetLockAsync(DbConnection connection, string name, double seconds, CancellationToken cancellationToken)
    {
        await using var command = MySqlCommands.Create(connection, "SELECT GET_LOCK(@name, @seconds)", null);
        command.AddParameter("@name", name);
        command.AddParameter("@seconds", seconds);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool IsZero(object? value) => value is not (null or DBNull) && Convert.ToInt64(value, CultureInfo.InvariantCulture) == 0;

    private static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
