using System.Data.Common;
using System.Text.RegularExpressions;
using DbSync.Schema.Model;

namespace DbSync.MySql.Schema.Introspection;

/// <summary>
/// Views, procedures, functions and events as SHOW CREATE spells them, without their DEFINER (the account that ran
/// the statement, not part of the schema). Views come in an order in which each is created after the views its text
/// names (MariaDB has no VIEW_TABLE_USAGE to ask).
/// </summary>
internal static partial class MySqlProgramReader
{
    public static async Task<(List<ViewSchema> Views, List<RoutineSchema> Routines)> ReadAsync(
        DbConnection connection, IReadOnlyList<(string Name, string Kind)> programs, List<string> unmodelled, CancellationToken cancellationToken)
    {
        var views = new List<ViewSchema>();
        var routines = new List<RoutineSchema>();
        foreach (var (name, kind) in programs.OrderBy(p => p.Kind, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal))
        {
            string keyword = kind.ToUpperInvariant();
            string? definition = await ShowCreateAsync(connection, keyword, name, cancellationToken).ConfigureAwait(false);
            if (definition == null)
            {
                unmodelled.Add(keyword.ToLowerInvariant() + " " + name + " could not be read (SHOW CREATE " + keyword + " gave no text: the user may lack the privilege)");
                continue;
            }

            definition = WithoutDefiner(definition);
            switch (keyword)
            {
                case "VIEW":
                    views.Add(new ViewSchema(name, definition));
                    break;
                case "PROCEDURE":
                    routines.Add(new RoutineSchema(name, RoutineKind.Procedure, definition));
                    break;
                case "FUNCTION":
                    routines.Add(new RoutineSchema(name, RoutineKind.Function, definition));
                    break;
                default:
                    routines.Add(new RoutineSchema(name, RoutineKind.Event, definition));
                    break;
            }
        }

        return (InCreationOrder(views), routines);
    }

    /// <summary>"CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY ..." without the DEFINER clause.</summary>
    public static string WithoutDefiner(string definition) => DefinerPattern().Replace(definition, " ", 1);

    /// <summary>The views, each after the views whose quoted name its text mentions (cycles cannot exist: a view cannot be created before what it reads).</summary>
    private static List<ViewSchema> InCreationOrder(List<ViewSchema> views)
    {
        var ordered = new List<ViewSchema>();
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Visit(ViewSchema view)
        {
            if (!visited.Add(view.Name))
            {
                return;
            }

            foreach (ViewSchema used in views.Where(v => v != view && view.Definition.Contains(MySqlDdl.Quote(v.Name), StringComparison.OrdinalIgnoreCase)))
            {
                Visit(used);
            }

            ordered.Add(view);
        }

        foreach (ViewSchema view in views)
        {
            Visit(view);
        }

        return ordered;
    }

    private static async Task<string?> ShowCreateAsync(DbConnection connection, string keyword, string name, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SHOW CREATE " + keyword + " " + MySqlDdl.Quote(name);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        int column = reader.GetOrdinal("Create " + keyword[0] + keyword[1..].ToLowerInvariant());
        return reader.IsDBNull(column) ? null : reader.GetString(column);
    }

    [GeneratedRegex(@"\s+DEFINER\s*=\s*(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|[^\s@]+)(?:@(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|\S+))?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex DefinerPattern();
}
