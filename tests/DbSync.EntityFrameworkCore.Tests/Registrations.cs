using System.Runtime.CompilerServices;
using DbSync.Dialects;
using DbSync.EntityFrameworkCore;
using DbSync.MySql;
using DbSync.PostgreSql;
using DbSync.Sqlite;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>The dialects and the ef: model source, registered as the CLI does at start-up.</summary>
internal static class Registrations
{
    [ModuleInitializer]
    internal static void Register()
    {
        DatabaseDialects.Register(SqliteDialect.Instance);
        DatabaseDialects.Register(MySqlDialect.Instance);
        DatabaseDialects.Register(PostgreSqlDialect.Instance);
        EntityFrameworkCoreModels.Register();
    }
}
