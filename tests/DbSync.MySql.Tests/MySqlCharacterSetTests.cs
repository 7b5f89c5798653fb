using DbSync.Configuration;
using DbSync.Testing.Databases;
using DbSync.Testing.MariaDb;
using DbSync.Testing.Repositories;

namespace DbSync.MySql.Tests;

/// <summary>Whatever the server's default character set, DbSync's connection speaks utf8mb4, so a script's text arrives as written.</summary>
public sealed class MySqlCharacterSetTests
{
    [Theory]
    [InlineData(MariaDbServerCharset.Latin1)]
    [InlineData(MariaDbServerCharset.Utf8Mb4)]
    public async Task A_four_byte_character_in_a_script_round_trips_and_the_connection_is_utf8mb4(MariaDbServerCharset serverCharset)
    {
        await using var database = await MariaDbTestDatabase.CreateAsync(serverCharset: serverCharset);
        using var repository = new ScriptRepository();
        repository.Write(1, "notes", "upgrade", "CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(20)) CHARACTER SET utf8mb4;\nINSERT INTO notes VALUES (1, 'caf\u00e9 \U0001F600');\n");

        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);
        string? serverDefault = (string?)await database.ScalarAsync("SELECT @@character_set_server");
        await using var session = await MySqlDialect.Instance.OpenAsync(DatabaseUrlParser.Parse(database.Url, "test"), readOnly: true, TestContext.Current.CancellationToken);
        await using var command = session.Connection.CreateCommand();
        command.CommandText = "SELECT @@character_set_connection, @@character_set_client, @@character_set_results";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));

        Assert.Equal(serverCharset == MariaDbServerCharset.Latin1 ? "latin1" : "utf8mb4", serverDefault);
        Assert.Equal(["utf8mb4", "utf8mb4", "utf8mb4"], new[] { reader.GetString(0), reader.GetString(1), reader.GetString(2) });
        Assert.Equal("caf\u00e9 \U0001F600", await database.ScalarAsync("SELECT body FROM notes WHERE id = 1"));
        Assert.Equal(4L, Convert.ToInt64(await database.ScalarAsync("SELECT OCTET_LENGTH(body) - OCTET_LENGTH('caf\u00e9 ') FROM notes"), System.Globalization.CultureInfo.InvariantCulture));
    }
}
