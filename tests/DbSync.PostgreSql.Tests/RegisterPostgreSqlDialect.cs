using System.Runtime.CompilerServices;
using DbSync.Dialects;

namespace DbSync.PostgreSql.Tests;

/// <summary>As the CLI does at start-up: the engine knows a dialect only once its host registers it.</summary>
internal static class RegisterPostgreSqlDialect
{
    [ModuleInitializer]
    internal static void Register() => DatabaseDialects.Register(PostgreSqlDialect.Instance);
}
