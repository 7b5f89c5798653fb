using System.Runtime.CompilerServices;
using DbSync.Dialects;
using DbSync.MySql;

namespace DbSync.Tests.MySql;

/// <summary>As the CLI does at start-up: the engine knows MySQL only once a host registers it.</summary>
internal static class RegisterMySqlDialect
{
    [ModuleInitializer]
    internal static void Register() => DatabaseDialects.Register(MySqlDialect.Instance);
}
