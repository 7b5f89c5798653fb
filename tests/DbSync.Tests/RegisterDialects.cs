using System.Runtime.CompilerServices;
using DbSync.Dialects;
using DbSync.MySql;
using DbSync.Sqlite;

namespace DbSync.Tests;

/// <summary>The dialects these tests use, registered as the CLI does at start-up.</summary>
internal static class RegisterDialects
{
    [ModuleInitializer]
    internal static void Register()
    {
        DatabaseDialects.Register(SqliteDialect.Instance);
        DatabaseDialects.Register(MySqlDialect.Instance);
    }
}
