namespace DbSync.EntityFrameworkCore.Exporter;

/// <summary>
/// What EF Core's model holds that DbSync's schema model does not carry, named one by one so nothing is lost silently:
/// comments on tables and columns, and sequences, unless the provider's database is one whose DbSync reader models them
/// (comments: PostgreSQL's COMMENT ON and MySQL's COMMENT clauses; sequences: PostgreSQL's CREATE SEQUENCE; both read back
/// like any model.sql). SQLite keeps no comments. Read from the design-time model's relational view
/// (<c>IDesignTimeModel</c>, <c>GetRelationalModel()</c>, EF Core 6+), the one GenerateCreateScript renders.
/// </summary>
internal static class ModelWarnings
{
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>The EF Core providers whose database DbSync reads comments of: PostgreSQL, and MySQL/MariaDB (Pomelo's and Oracle's providers).</summary>
    private static readonly HashSet<string> CommentsModelled = new(StringComparer.OrdinalIgnoreCase) { Npgsql, "Pomelo.EntityFrameworkCore.MySql", "MySql.EntityFrameworkCore" };

    public static IReadOnlyList<string> Collect(object context, EfCoreTypes ef, string provider)
    {
        var warnings = new List<string>();
        bool comments = !CommentsModelled.Contains(provider);
        bool sequences = !string.Equals(provider, Npgsql, StringComparison.OrdinalIgnoreCase);
        if (!comments && !sequences)
        {
            return warnings;
        }

        try
        {
            object? relational = RelationalModel(context, ef);
            if (relational == null)
            {
                return warnings;
            }

            foreach (object table in comments ? Reflect.Items(Reflect.GetOrNull(relational, "Tables")) : [])
            {
                string tableName = (string)Reflect.Get(table, "Name")!;
                if (Reflect.GetOrNull(table, "Comment") is string tableComment)
                {
                    warnings.Add("table " + tableName + " has a comment ('" + tableComment + "'): DbSync does not read comments on this database, so it is neither compared nor created");
                }

                foreach (object column in Reflect.Items(Reflect.GetOrNull(table, "Columns")))
                {
                    if (Reflect.GetOrNull(column, "Comment") is string comment)
                    {
                        warnings.Add("column " + tableName + "." + Reflect.Get(column, "Name") + " has a comment ('" + comment
                            + "'): DbSync does not read comments on this database, so it is neither compared nor created");
                    }
                }
            }

            foreach (object sequence in sequences ? Reflect.Items(Reflect.GetOrNull(relational, "Sequences")) : [])
            {
                warnings.Add("sequence " + Reflect.Get(sequence, "Name") + ": DbSync does not read sequences on this database, so it is neither compared nor created; create it in a script of your own");
            }
        }
        catch (Exception e)
        {
            // Only the warnings are lost, and the warning says so: the script itself is already generated.
            warnings.Add("could not look for comments and sequences in the model (" + ExportException.Unwrap(e).Message + "); any it has are not compared");
        }

        return warnings;
    }

    private static object? RelationalModel(object context, EfCoreTypes ef)
    {
        if (ef.DesignTimeModel == null || Reflect.Get(context, "Instance") is not IServiceProvider services || services.GetService(ef.DesignTimeModel) is not { } designTime)
        {
            return null;
        }

        object model = Reflect.Get(designTime, "Model")!;
        Type? extensions = Reflect.FindType("Microsoft.EntityFrameworkCore.Relational", "Microsoft.EntityFrameworkCore.RelationalModelExtensions");
        var method = extensions?.GetMethods().FirstOrDefault(m => m.Name == "GetRelationalModel" && m.GetParameters().Length == 1 && m.GetParameters()[0].ParameterType.IsInstanceOfType(model));
        return method == null ? null : Reflect.Invoke(method, null, model);
    }
}
