using System.Data.Common;
using DbSync.Dialects;
using DbSync.Schema.Model;
using DbSync.Schema.Rendering;

namespace DbSync.Schema;

/// <summary>
/// Makes a failed create_schema all-or-nothing where the database commits DDL on its own (MySQL): the model's tables
/// created before the failure are dropped, so the database is left empty, as it was found. Where DDL rolled back with the
/// transaction (SQLite) nothing is left and nothing is dropped. Either way the sentence returned says what happened, as
/// checked on the database, not as assumed.
/// </summary>
internal static class CreateSchemaUndo
{
    /// <summary>
    /// Drops the tables of <paramref name="modelTables"/> that exist now (create_schema checked under the run lock that
    /// none did before it started, so these are its own), children first; returns where the database was left.
    /// </summary>
    public static async Task<string> UndoAsync(DatabaseSession session, IReadOnlyList<TableSchema> modelTables)
    {
        // CancellationToken.None: as a rollback, the undo runs even when the run is being stopped.
        HashSet<string> present;
        try
        {
            present = new HashSet<string>(await session.GetTableNamesAsync(CancellationToken.None).ConfigureAwait(false), StringComparer.OrdinalIgnoreCase);
        }
        catch (Exception e) when (session.IsDatabaseFailure(e))
        {
            return "no version was stamped, but DbSync could not list the tables to undo what it created (" + session.DescribeFailure(e)
                + "); drop those of the model's tables that exist (" + string.Join(", ", modelTables.Select(t => t.Name)) + ") before running create_schema again.";
        }

        var created = TableOrder.ChildrenFirst(modelTables).Where(t => present.Contains(t.Name)).Select(t => t.Name).ToList();
        if (created.Count == 0)
        {
            return "nothing was created (the transaction rolled back) and no version was stamped.";
        }

        var dropped = new List<string>();
        foreach (string table in created)
        {
            try
            {
                await using DbCommand command = session.Connection.CreateCommand();
                command.CommandText = "DROP TABLE " + session.QuoteIdentifier(table);
                await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (session.IsDatabaseFailure(e))
            {
                return "no version was stamped, but the database commits each CREATE TABLE on its own and dropping the tables create_schema had created failed ("
                    + session.DescribeFailure(e) + "): drop " + string.Join(", ", created.Except(dropped)) + " by hand before running create_schema again.";
            }

            dropped.Add(table);
        }

        return "the database commits each CREATE TABLE on its own, so create_schema dropped the tables it had created ("
            + string.Join(", ", dropped) + "); the database is empty again and no version was stamped.";
    }
}
