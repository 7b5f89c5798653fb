using System.Globalization;
using DbSync.Schema.Model;
using static DbSync.PostgreSql.Schema.PostgreSqlIdentifiers;

namespace DbSync.PostgreSql.Schema;

/// <summary>CREATE, ALTER and DROP SEQUENCE for standalone sequences; a null bound is NO MINVALUE / NO MAXVALUE (the type's default).</summary>
internal static class PostgreSqlSequenceDdl
{
    public static string Create(SequenceSchema sequence) => "CREATE SEQUENCE " + Quote(sequence.Name) + Options(sequence);

    /// <summary>ALTER SEQUENCE with every option: the sequence keeps its current value (START WITH only records the start for RESTART).</summary>
    public static string Alter(SequenceSchema to) => "ALTER SEQUENCE " + Quote(to.Name) + Options(to);

    public static string Drop(SequenceSchema sequence) => "DROP SEQUENCE " + Quote(sequence.Name);

    private static string Options(SequenceSchema sequence) =>
        " AS " + sequence.DataType
        + " INCREMENT BY " + Number(sequence.Increment)
        + (sequence.MinValue is { } min ? " MINVALUE " + Number(min) : " NO MINVALUE")
        + (sequence.MaxValue is { } max ? " MAXVALUE " + Number(max) : " NO MAXVALUE")
        + " START WITH " + Number(sequence.Start)
        + " CACHE " + Number(sequence.Cache)
        + (sequence.Cycle ? " CYCLE" : " NO CYCLE");

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
