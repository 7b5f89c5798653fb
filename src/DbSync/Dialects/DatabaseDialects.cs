using DbSync.Configuration;
using DbSync.Dialects.Sqlite;
using DbSync.Errors;

namespace DbSync.Dialects;

/// <summary>Picks the dialect for a URL.</summary>
public static class DatabaseDialects
{
    public static DatabaseDialect For(DatabaseUrl url) => url.Dialect switch
    {
        "sqlite" => SqliteDialect.Instance,
        _ => throw new ConfigurationException("database dialect '" + url.Dialect + "' is not supported yet"),
    };
}
