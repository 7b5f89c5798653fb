using DbSync.Schema.Model;
using DbSync.Schema.Operations;

namespace DbSync.Schema.Comparison;

/// <summary>
/// Compares what a database holds beside its tables: views, routines, virtual tables, sequences and enum types. Each
/// is matched by name; a view, routine or virtual table whose normalised text differs is dropped and created again,
/// a sequence or enum type is altered in place (dropping them would take the columns that use them along).
/// </summary>
internal sealed class DatabaseObjectComparer(SchemaNormalizer normalizer)
{
    /// <summary>
    /// What must happen before the tables change: views and virtual tables that go or change are dropped (last created,
    /// first dropped), routines that go or change are dropped, and the types and sequences new columns need are created.
    /// </summary>
    public IEnumerable<SchemaOperation> BeforeTables(DatabaseSchema from, DatabaseSchema to)
    {
        foreach (ViewSchema view in Removed(from.Views, to.Views, v => v.Name, v => v.Definition).Reverse())
        {
            yield return new DropView(view);
        }

        foreach (VirtualTableSchema table in Removed(from.VirtualTables, to.VirtualTables, t => t.Name, t => t.Definition))
        {
            yield return new DropVirtualTable(table);
        }

        foreach (RoutineSchema routine in Removed(from.Routines, to.Routines, RoutineKey, r => r.Definition))
        {
            yield return new DropRoutine(routine);
        }

        foreach (EnumTypeSchema type in to.EnumTypes)
        {
            EnumTypeSchema? current = from.EnumTypes.FirstOrDefault(t => normalizer.SameName(t.Name, type.Name));
            if (current == null)
            {
                yield return new AddEnumType(type);
            }
            else if (!current.Values.SequenceEqual(type.Values, StringComparer.Ordinal))
            {
                yield return new AlterEnumType(current, type);
            }
        }

        foreach (SequenceSchema sequence in to.Sequences)
        {
            SequenceSchema? current = from.Sequences.FirstOrDefault(s => normalizer.SameName(s.Name, sequence.Name));
            if (current == null)
            {
                yield return new AddSequence(sequence);
            }
            else if (Canonical(current) != Canonical(sequence))
            {
                yield return new AlterSequence(current, sequence);
            }
        }
    }

    /// <summary>
    /// What must happen after the tables change: sequences and types no column uses any more are dropped, then routines,
    /// virtual tables and views are created (views last, in the order of <paramref name="to"/>, which creates each after
    /// those it reads).
    /// </summary>
    public IEnumerable<SchemaOperation> AfterTables(DatabaseSchema from, DatabaseSchema to)
    {
        foreach (SequenceSchema sequence in from.Sequences.Where(s => !to.Sequences.Any(t => normalizer.SameName(t.Name, s.Name))))
        {
            yield return new DropSequence(sequence);
        }

        foreach (EnumTypeSchema type in from.EnumTypes.Where(e => !to.EnumTypes.Any(t => normalizer.SameName(t.Name, e.Name))))
        {
            yield return new DropEnumType(type);
        }

        foreach (RoutineSchema routine in Removed(to.Routines, from.Routines, RoutineKey, r => r.Definition))
        {
            yield return new AddRoutine(routine);
        }

        foreach (VirtualTableSchema table in Removed(to.VirtualTables, from.VirtualTables, t => t.Name, t => t.Definition))
        {
            yield return new AddVirtualTable(table);
        }

        foreach (ViewSchema view in Removed(to.Views, from.Views, v => v.Name, v => v.Definition))
        {
            yield return new AddView(view);
        }
    }

    /// <summary>A sequence as compared: its name's case and its type's spelling do not count.</summary>
    private static SequenceSchema Canonical(SequenceSchema sequence) =>
        sequence with { Name = sequence.Name.ToLowerInvariant(), DataType = sequence.DataType.ToLowerInvariant() };

    private static string RoutineKey(RoutineSchema routine) => routine.KindName + " " + routine.Name;

    /// <summary>The items of <paramref name="items"/> that <paramref name="others"/> has not under the same name with the same normalised text, in their order.</summary>
    private IEnumerable<T> Removed<T>(IReadOnlyList<T> items, IReadOnlyList<T> others, Func<T, string> name, Func<T, string> definition) =>
        items.Where(item => !others.Any(other => normalizer.SameName(name(other), name(item))
            && normalizer.NormalizeDefinition(definition(other)) == normalizer.NormalizeDefinition(definition(item))));
}
