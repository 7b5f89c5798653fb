using DbSync.Testing.Repositories;
using DbSync.Testing.Schema.RoundTrip;
using DbSync.Testing.Schema;
using DbSync.Testing;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Testing.Databases;
using DbSync.Testing.MariaDb;

namespace DbSync.MySql.Tests;

/// <summary>Reaching the server: bounded time-outs that name host and port, and credentials that never show.</summary>
public sealed class MySqlConnectionTests
{
    [Fact]
    public async Task A_closed_local_port_fails_quickly_naming_host_and_port_but_not_the_password()
    {
        int port = ClosedPort();
        using var repository = new ScriptRepository();
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<DbSyncException>(() =>
            repository.Migrator("mysql+pymysql://u:Secr%40t1@127.0.0.1:" + port + "/app").GetVersionAsync(TestContext.Current.CancellationToken));

        Assert.Contains("cannot connect to the MySQL server at 127.0.0.1:" + port, error.Message);
        Assert.DoesNotContain("Secr", error.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), "took " + clock.Elapsed);
    }

    [Fact]
    public async Task A_server_that_accepts_but_never_answers_times_out_after_connect_timeout()
    {
        // A local socket that accepts the TCP connection and then says nothing: the network rules here allow only
        // local addresses, and this is what a hung or firewalled server looks like from the client.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        int port = ((IPEndPoint)silent.LocalEndpoint).Port;
        using var repository = new ScriptRepository();
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<DbSyncException>(() =>
            repository.Migrator("mysql+pymysql://u:Secr%40t1@127.0.0.1:" + port + "/app?connect_timeout=2").GetVersionAsync(TestContext.Current.CancellationToken));

        Assert.Contains("cannot connect to the MySQL server at 127.0.0.1:" + port, error.Message);
        Assert.DoesNotContain("Secr", error.ToString());
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task A_percent_encoded_password_works()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "t", "upgrade", "CREATE TABLE t (id INT);");

        Assert.Contains("p%40ss%3Aw%2Frd%25@", database.Url);
        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_showing_it()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        string url = database.Url.Replace("p%40ss%3Aw%2Frd%25", "wr0ng%40pass", StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<DbSyncException>(() => repository.Migrator(url).GetVersionAsync(TestContext.Current.CancellationToken));

        Assert.Contains("cannot connect to the MySQL server at 127.0.0.1:" + database.Server.Port + " as dbsync", error.Message);
        Assert.Contains("Access denied", error.Message);
        Assert.DoesNotContain("wr0ng", error.ToString());
    }

    [Fact]
    public async Task The_unix_socket_parameter_connects_through_the_socket()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "t", "upgrade", "CREATE TABLE t (id INT);");
        string url = "mariadb://" + MariaDbServer.User + ":" + Uri.EscapeDataString(MariaDbServer.Password) + "@/" + database.DatabaseName
            + "?unix_socket=" + Uri.EscapeDataString(database.Server.Socket) + "&charset=utf8mb4&connect_timeout=5&ssl_mode=DISABLED";

        await repository.Migrator(url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
