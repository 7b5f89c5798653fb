using System.Data.Common;

namespace DbSync.Data;

/// <summary>Provider-neutral ADO.NET helpers shared by the engine and the dialects.</summary>
public static class DbCommandExtensions
{
    /// <summary>The first column of every row <paramref name="sql"/> returns, as strings (a list of names, typically).</summary>
    public static async Task<List<string>> ReadStringsAsync(this DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var values = new List<string>();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>Adds a named parameter; values are always bound, never spliced into SQL text.</summary>
    public static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
