using System.Data.Common;

namespace DbSync.Data;

/// <summary>Provider-neutral ADO.NET helpers shared by the engine and the dialects.</summary>
public static class DbCommandExtensions
{
    /// <summary>Adds a named parameter; values are always bound, never spliced into SQL text.</summary>
    public static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
