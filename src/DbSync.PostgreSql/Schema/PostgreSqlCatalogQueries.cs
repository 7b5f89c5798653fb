namespace DbSync.PostgreSql.Schema;

/// <summary>
/// The catalog queries of <see cref="PostgreSqlSchemaReader"/>, all on the connection's current schema and sent as one
/// batch. Objects that belong to an extension are left out: the extension owns them.
/// </summary>
internal static class PostgreSqlCatalogQueries
{
    internal const string InSchema = "relnamespace = current_schema()::regnamespace";

    internal const string NotExtension = " AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.objid = c.oid AND e.deptype = 'e')";

    /// <summary>oid, name, kind (r, p), is partition, comment.</summary>
    public const string Tables =
        "SELECT c.oid, c.relname, c.relkind::text, c.relispartition, obj_description(c.oid, 'pg_class') FROM pg_class c"
        + " WHERE c." + InSchema + " AND c.relkind IN ('r', 'p')" + NotExtension + " ORDER BY c.relname";

    /// <summary>table oid, name, type, nullable, default, identity (a, d, ''), generated (s, ''), collation if not the type's, serial, comment.</summary>
    public const string Columns =
        "SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity::text,"
        + " a.attgenerated::text, CASE WHEN a.attcollation <> t.typcollation THEN co.collname END,"
        + " a.attidentity = '' AND pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%' AND pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL,"
        + " col_description(a.attrelid, a.attnum)"
        + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid"
        + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum LEFT JOIN pg_collation co ON co.oid = a.attcollation"
        + " WHERE c." + InSchema + " AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attrelid, a.attnum";

    /// <summary>
    /// table oid, name, type (p, u, c, f, x), columns, definition, referenced table, referenced columns, on update, on delete,
    /// deferrable, match type, validated, referenced table's schema is this one.
    /// </summary>
    public const string Constraints =
        "SELECT k.conrelid, k.conname, k.contype::text,"
        + " ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i),"
        + " pg_get_constraintdef(k.oid), f.relname,"
        + " ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i),"
        + " k.confupdtype::text, k.confdeltype::text, k.condeferrable, k.confmatchtype::text, k.convalidated, f.relnamespace = current_schema()::regnamespace"
        + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid LEFT JOIN pg_class f ON f.oid = k.confrelid"
        + " WHERE c." + InSchema + " AND k.contype IN ('p', 'u', 'c', 'f', 'x') AND k.conislocal ORDER BY k.conrelid, k.conname";

    /// <summary>
    /// Indexes that back no constraint, one row per column: table oid, index name, unique, method, key columns,
    /// position, column (or null for an expression), expression, DESC, NULLS FIRST, default operator class, predicate, nulls not distinct,
    /// the key's collation when it is not the column's (for an expression: when not the database default).
    /// </summary>
    public const string IndexColumns =
        "SELECT i.indrelid, ic.relname, i.indisunique, am.amname, i.indnkeyatts, k.i, a.attname, pg_get_indexdef(i.indexrelid, k.i::int, true),"
        + " COALESCE(i.indoption[k.i - 1] & 1 = 1, false), COALESCE(i.indoption[k.i - 1] & 2 = 2, false), COALESCE(opc.opcdefault, true),"
        + " pg_get_expr(i.indpred, i.indrelid, true), " + NullsNotDistinct + ","
        + " (SELECT co.collname::text FROM pg_collation co WHERE co.oid = (i.indcollation::oid[])[k.i - 1]"
        + " AND co.oid <> COALESCE(a.attcollation, 0) AND (a.attnum IS NOT NULL OR co.oid <> 100))"
        + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid JOIN pg_am am ON am.oid = ic.relam"
        + " CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, i)"
        + " LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0"
        + " LEFT JOIN pg_opclass opc ON opc.oid = (i.indclass::oid[])[k.i - 1]"
        + " WHERE c." + InSchema + " AND c.relkind IN ('r', 'p')"
        + " AND NOT EXISTS (SELECT 1 FROM pg_constraint x WHERE x.conindid = i.indexrelid AND x.contype IN ('p', 'u', 'x'))"
        + " ORDER BY i.indrelid, ic.relname, k.i";

    /// <summary>table oid, trigger name, definition.</summary>
    public const string Triggers =
        "SELECT t.tgrelid, t.tgname, pg_get_triggerdef(t.oid, true) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
        + " WHERE c." + InSchema + " AND NOT t.tgisinternal ORDER BY t.tgrelid, t.tgname";

    /// <summary>
    /// What the model does not hold: kind and name of each materialized view, foreign table, domain, composite type,
    /// aggregate and window function of the schema (functions and procedures are read by <see cref="PostgreSqlObjectQueries"/>) (as are views, standalone sequences and enum types).
    /// </summary>
    public const string Unmodelled =
        "SELECT CASE c.relkind WHEN 'm' THEN 'materialized view' ELSE 'foreign table' END, c.relname::text"
        + " FROM pg_class c WHERE c." + InSchema + " AND c.relkind IN ('m', 'f')" + NotExtension
        + " UNION ALL SELECT CASE t.typtype WHEN 'd' THEN 'domain' ELSE 'composite type' END, t.typname::text FROM pg_type t"
        + " WHERE t.typnamespace = current_schema()::regnamespace AND (t.typtype = 'd' OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))"
        + " AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.objid = t.oid AND e.deptype = 'e')"
        + " UNION ALL SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' ELSE 'window function' END, p.oid::regprocedure::text FROM pg_proc p"
        + " WHERE p.pronamespace = current_schema()::regnamespace AND p.prokind IN ('a', 'w') AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.objid = p.oid AND e.deptype = 'e')"
        + " ORDER BY 1, 2";

    /// <summary>PostgreSQL 15's UNIQUE NULLS NOT DISTINCT; false before.</summary>
    private const string NullsNotDistinct = "(to_jsonb(i) ->> 'indnullsnotdistinct')::boolean IS TRUE";
}
