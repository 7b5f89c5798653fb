using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DbSync.Core.Errors;
using DbSync.Data;
using DbSync.Migrations;

namespace DbSync.MySql;

/// <summary>
/// The named lock <c>GET_LOCK('dbsync:&lt;database&gt;/&lt;repository_id&gt;')</c> held by a run from start to end, so
/// concurrent runs on one database take turns and each version is applied once. Lock names are server-wide, so the
/// name holds the database: the same repository in two databases of one server does not make them wait. The server releases it when the connection dies, so
/// a killed run never blocks the next. A run that has to wait says so once, naming the holder's connection.
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

    /// <summary>"dbsync:" + database + "/" + repository id; a name too long for the server is replaced by its SHA-256.</summary>
    public static string NameFor(string database, string repositoryId)
    {
        string name = "dbsync:" + database + "/" + repositoryId;
        return name.Length <= MaxNameLength
            ? name
            : "dbsync:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(database + "/" + repositoryId)))[..(MaxNameLength - 7)];
    }

    /// <summary>Takes the lock, waiting at most <paramref name="timeout"/>; a driver failure is the caller's to wrap.</summary>
    public static async Task<MySqlRunLock> AcquireAsync(DbConnection connection, string repositoryId, TimeSpan timeout, IMigrationObserver observer,
        CancellationToken cancellationToken)
    {
        string name = NameFor(connection.Database, repositoryId);
        if (!await TryAsync(connection, name, TimeSpan.Zero, cancellationToken).ConfigureAwait(false))
        {
            observer.Warning("waiting for the lock '" + name + "': " + await HolderAsync(connection, name, cancellationToken).ConfigureAwait(false)
                + " is migrating this database (waiting up to " + Seconds(timeout) + " s; --lock-timeout sets it)");
            if (!await TryAsync(connection, name, timeout, cancellationToken).ConfigureAwait(false))
            {
                throw new DbSyncException(ErrorCodes.LockTimeout, "another run holds the lock '" + name + "' and did not finish within " + Seconds(timeout)
                    + " s; wait for it and retry, or give --lock-timeout SECONDS (SELECT IS_USED_LOCK('" + name + "') gives its connection id for SHOW PROCESSLIST)");
            }
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

    /// <summary>GET_LOCK with a wait; false when another connection held it all that time.</summary>
    private static async Task<bool> TryAsync(DbConnection connection, string name, TimeSpan wait, CancellationToken cancellationToken)
    {
        await using var command = MySqlCommands.Create(connection, "SELECT GET_LOCK(@name, @seconds)", null);
        command.AddParameter("@name", name);
        command.AddParameter("@seconds", wait.TotalSeconds);
        // The server waits: the client must wait longer than it does.
        command.CommandTimeout = (int)Math.Min(int.MaxValue, wait.TotalSeconds + 30);
        object? got = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (got is null or DBNull)
        {
            throw new DbSyncException(ErrorCodes.Database, "the server refused the run lock '" + name + "' (GET_LOCK returned NULL)");
        }

        return Convert.ToInt64(got, CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>"connection 42 (dbsync@10.0.0.5:51234)": who holds the lock, as far as the server tells this user.</summary>
    private static async Task<string> HolderAsync(DbConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = MySqlCommands.Create(connection,
            "SELECT l.id, p.USER, p.HOST FROM (SELECT IS_USED_LOCK(@name) AS id) l LEFT JOIN information_schema.PROCESSLIST p ON p.ID = l.id", null);
        command.AddParameter("@name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false) || reader.IsDBNull(0))
        {
            return "another run";
        }

        string id = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        return reader.IsDBNull(1) ? "connection " + id : "connection " + id + " (" + reader.GetString(1) + "@" + reader.GetString(2) + ")";
    }

    private static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
