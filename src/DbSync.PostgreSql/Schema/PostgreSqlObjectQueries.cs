namespace DbSync.PostgreSql.Schema;

/// <summary>
/// The catalog queries for what the current schema holds beside its tables: standalone sequences, enum types and views
/// (with the views each view reads, to create them in order). Sent in the same batch as <see cref="PostgreSqlCatalogQueries"/>.
/// </summary>
internal static class PostgreSqlObjectQueries
{
    private const string InSchema = PostgreSqlCatalogQueries.InSchema;

    private const string NotExtension = PostgreSqlCatalogQueries.NotExtension;

    /// <summary>
    /// name, type, start, increment, min, max, cache, cycle of each sequence no column owns (serial and identity
    /// sequences belong to their column).
    /// </summary>
    public const string Sequences =
        "SELECT c.relname::text, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle"
        + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid WHERE c." + InSchema + NotExtension
        + " AND NOT EXISTS (SELECT 1 FROM pg_depend o WHERE o.objid = c.oid AND o.deptype IN ('a', 'i') AND o.refclassid = 'pg_class'::regclass)"
        + " ORDER BY c.relname";

    /// <summary>name and labels (in their sort order) of each enum type.</summary>
    public const string EnumTypes =
        "SELECT t.typname::text, ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)"
        + " FROM pg_type t WHERE t.typnamespace = current_schema()::regnamespace AND t.typtype = 'e'"
        + " AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.objid = t.oid AND e.deptype = 'e') ORDER BY t.typname";

    /// <summary>oid, name, query as the server deparses it, options (check_option, security_barrier...), comment of each view.</summary>
    public const string Views =
        "SELECT c.oid, c.relname::text, pg_get_viewdef(c.oid, true), array_to_string(c.reloptions, ', '), obj_description(c.oid, 'pg_class')"
        + " FROM pg_class c WHERE c." + InSchema + " AND c.relkind = 'v'" + NotExtension + " ORDER BY c.relname";

    /// <summary>
    /// prokind ('f' function, 'p' procedure), signature (name and argument types, as DROP takes it), the CREATE OR REPLACE
    /// statement as the server deparses it, and the schema as it appears in it, of each function and procedure.
    /// </summary>
    public const string Routines =
        "SELECT p.prokind::text, p.oid::regprocedure::text, pg_get_functiondef(p.oid), quote_ident(current_schema()) FROM pg_proc p"
        + " WHERE p.pronamespace = current_schema()::regnamespace AND p.prokind IN ('f', 'p')"
        + " AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.objid = p.oid AND e.deptype = 'e') ORDER BY 2";

    /// <summary>view oid and the oid of a view (of this schema) it reads.</summary>
    public const string ViewDependencies =
        "SELECT DISTINCT r.ev_class, d.refobjid FROM pg_rewrite r"
        + " JOIN pg_depend d ON d.objid = r.oid AND d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass"
        + " JOIN pg_class c ON c.oid = r.ev_class JOIN pg_class f ON f.oid = d.refobjid"
        + " WHERE c." + InSchema + " AND c.relkind = 'v' AND f.relkind = 'v' AND f.oid <> c.oid";
}
