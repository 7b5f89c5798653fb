using DbSync.Core.Sql;
using DbSync.Schema.Model;

namespace DbSync.Sqlite.Schema;

/// <summary>
/// SQLite's virtual tables as sqlite_master keeps them: a <c>CREATE VIRTUAL TABLE name USING module(...)</c> row, and
/// the ordinary-looking shadow tables the module creates to hold its data, which belong to the virtual table and are
/// never tables of the model (https://www.sqlite.org/vtab.html#xshadowname).
/// </summary>
internal static class SqliteVirtualTables
{
    /// <summary>The shadow table suffixes of the modules SQLite ships (fts3/fts4, fts5, rtree, geopoly).</summary>
    private static readonly Dictionary<string, string[]> ShadowSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fts3"] = ["content", "segments", "segdir", "docsize", "stat"],
        ["fts4"] = ["content", "segments", "segdir", "docsize", "stat"],
        ["fts5"] = ["data", "idx", "content", "docsize", "config"],
        ["rtree"] = ["node", "parent", "rowid"],
        ["rtree_i32"] = ["node", "parent", "rowid"],
        ["geopoly"] = ["node", "parent", "rowid"],
    };

    public static bool IsVirtual(string sql) => sql.TrimStart().StartsWith("CREATE VIRTUAL", StringComparison.OrdinalIgnoreCase);

    /// <summary>The virtual table a sqlite_master row creates, its module read from "USING module".</summary>
    public static VirtualTableSchema Read(string name, string sql)
    {
        List<SqlToken> tokens = SqlTokenReader.Tokenize(sql, SqlSyntax.Sqlite);
        int usingAt = tokens.FindIndex(t => t.IsWord("USING"));
        string module = usingAt >= 0 && usingAt + 1 < tokens.Count ? tokens[usingAt + 1].Value.ToLowerInvariant() : string.Empty;
        return new VirtualTableSchema(name, module, sql);
    }

    /// <summary>The names of the shadow tables of <paramref name="tables"/> (those of modules SQLite ships; another module's are unknown).</summary>
    public static HashSet<string> ShadowTables(IEnumerable<VirtualTableSchema> tables)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (VirtualTableSchema table in tables)
        {
            foreach (string suffix in ShadowSuffixes.GetValueOrDefault(table.Module) ?? [])
            {
                names.Add(table.Name + "_" + suffix);
            }
        }

        return names;
    }

    /// <summary>Whether the module is one whose shadow tables DbSync knows (the others' are reported, not modelled).</summary>
    public static bool IsKnownModule(string module) => ShadowSuffixes.ContainsKey(module);
}
