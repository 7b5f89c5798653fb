using DbSync.Conformance;
using DbSync.Testing.Databases;

namespace DbSync.PostgreSql.Tests.Conformance;

/// <summary>Destructive-change warnings and --rename on PostgreSQL.</summary>
public sealed class PostgreSqlDestructiveChangeConformanceTests : DestructiveChangeConformanceTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgreSqlTestDatabase.CreateAsync();

    /// <summary>PostgreSQL reports varchar as character varying and decimal as numeric.</summary>
    protected override string TypeSpelling(string type) =>
        type.Replace("varchar", "character varying", StringComparison.Ordinal).Replace("decimal", "numeric", StringComparison.Ordinal);
}
