using System.Data.Common;
using DbSync.Schema.Introspection;
using DbSync.Schema.Model;
using static DbSync.PostgreSql.Schema.PostgreSqlIdentifiers;

namespace DbSync.PostgreSql.Schema;

/// <summary>
/// Reads the result sets of <see cref="PostgreSqlObjectQueries"/>: standalone sequences (bounds left null when they
/// are the type's defaults), enum types and views, each view kept as CREATE VIEW name [WITH (options)] AS its
/// deparsed query, listed so that a view comes after the views it reads; functions and procedures.
/// </summary>
internal sealed class PostgreSqlObjectReader(SchemaFilter filter, List<string> unmodelled)
{
    private readonly List<(uint Oid, ViewSchema View)> _views = [];
    private readonly List<(uint View, uint Reads)> _dependencies = [];

    public List<SequenceSchema> Sequences { get; } = [];

    public List<EnumTypeSchema> EnumTypes { get; } = [];

    public List<RoutineSchema> Routines { get; } = [];

    public async Task ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        await PostgreSqlSchemaReader.RowsAsync(reader, cancellationToken, row =>
        {
            if (!filter.Excludes(row.GetString(0)))
            {
                Sequences.Add(Sequence(row.GetString(0), row.GetString(1), row.GetInt64(2), row.GetInt64(3), row.GetInt64(4), row.GetInt64(5), row.GetInt64(6), row.GetBoolean(7)));
            }
        }, next: true).ConfigureAwait(false);

        await PostgreSqlSchemaReader.RowsAsync(reader, cancellationToken, row =>
        {
            if (!filter.Excludes(row.GetString(0)))
            {
                EnumTypes.Add(new EnumTypeSchema(row.GetString(0), row.GetFieldValue<string[]>(1)));
            }
        }, next: true).ConfigureAwait(false);

        await PostgreSqlSchemaReader.RowsAsync(reader, cancellationToken, row =>
        {
            string name = row.GetString(1);
            if (filter.Excludes(name))
            {
                return;
            }

            string options = row.IsDBNull(3) ? string.Empty : row.GetString(3);
            string query = row.GetString(2).Trim().TrimEnd(';').TrimEnd();
            _views.Add((row.GetFieldValue<uint>(0), new ViewSchema(name, "CREATE VIEW " + Quote(name) + (options.Length == 0 ? string.Empty : " WITH (" + options + ")") + " AS\n" + query)));
            if (!row.IsDBNull(4))
            {
                unmodelled.Add("the comment on view " + name);
            }
        }, next: true).ConfigureAwait(false);

        await PostgreSqlSchemaReader.RowsAsync(reader, cancellationToken, row =>
            _dependencies.Add((row.GetFieldValue<uint>(0), row.GetFieldValue<uint>(1))), next: true).ConfigureAwait(false);

        await PostgreSqlSchemaReader.RowsAsync(reader, cancellationToken, row =>
        {
            string signature = row.GetString(1);
            if (!filter.Excludes(signature[..signature.IndexOf('(', StringComparison.Ordinal)]))
            {
                Routines.Add(Routine(row.GetString(0), signature, row.GetString(2), row.GetString(3)));
            }
        }, next: false).ConfigureAwait(false);
    }

    /// <summary>
    /// A function or procedure under its signature ("f(integer, text)": overloads are different routines), its
    /// definition without the schema pg_get_functiondef always writes before the name, so the same function reads the
    /// same in any schema (a scratch schema, the database's).
    /// </summary>
    private static RoutineSchema Routine(string prokind, string signature, string definition, string quotedSchema)
    {
        RoutineKind kind = prokind == "p" ? RoutineKind.Procedure : RoutineKind.Function;
        string head = "CREATE OR REPLACE " + (kind == RoutineKind.Procedure ? "PROCEDURE " : "FUNCTION ");
        if (definition.StartsWith(head + quotedSchema + ".", StringComparison.Ordinal))
        {
            definition = head + definition[(head.Length + quotedSchema.Length + 1)..];
        }

        return new RoutineSchema(signature, kind, definition.TrimEnd());
    }

    /// <summary>The views in creation order: each after the views it reads, otherwise by name.</summary>
    public List<ViewSchema> Views()
    {
        var ordered = new List<ViewSchema>();
        var done = new HashSet<uint>();
        var visiting = new HashSet<uint>();
        foreach (var (oid, _) in _views)
        {
            Visit(oid);
        }

        return ordered;

        void Visit(uint oid)
        {
            if (done.Contains(oid) || !visiting.Add(oid))
            {
                return;
            }

            foreach (var (_, reads) in _dependencies.Where(d => d.View == oid))
            {
                Visit(reads);
            }

            visiting.Remove(oid);
            done.Add(oid);
            int at = _views.FindIndex(v => v.Oid == oid);
            if (at >= 0)
            {
                ordered.Add(_views[at].View);
            }
        }
    }

    /// <summary>A sequence with MINVALUE/MAXVALUE left null when they are what CREATE SEQUENCE gives its type and direction.</summary>
    private static SequenceSchema Sequence(string name, string type, long start, long increment, long min, long max, long cache, bool cycle)
    {
        var (typeMin, typeMax) = type switch
        {
            "smallint" => ((long)short.MinValue, (long)short.MaxValue),
            "integer" => ((long)int.MinValue, (long)int.MaxValue),
            _ => (long.MinValue, long.MaxValue),
        };
        bool ascending = increment > 0;
        return new SequenceSchema(name, type, start, increment, min == (ascending ? 1 : typeMin) ? null : min, max == (ascending ? typeMax : -1) ? null : max, cache, cycle);
    }
}
