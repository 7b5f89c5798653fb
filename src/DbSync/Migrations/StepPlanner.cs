using DbSync.Core.Repository;
using DbSync.Core.Sql;
using DbSync.Core.Errors;
using DbSync.Core.Validation;
using DbSync.Errors;

namespace DbSync.Migrations;

/// <summary>
/// Turns a range of versions into steps, reading and splitting every script before the first one runs, so a
/// syntax error, a file that is not UTF-8 text (DBS012) or a script with no statement (DBS011) in a later script
/// stops the run before anything changes.
/// </summary>
internal sealed class StepPlanner(MigrationRepository repository, string dialect, SqlSyntax syntax, IMigrationObserver observer)
{
    /// <summary>Steps from <paramref name="current"/> to <paramref name="target"/>, keyed by the version they start from.</summary>
    public Dictionary<long, MigrationStep> Plan(long current, long target)
    {
        var steps = new Dictionary<long, MigrationStep>();
        if (target > current)
        {
            long from = current;
            foreach (MigrationVersion version in repository.Range(current, target))
            {
                steps[from] = Load(from, version.Number, version, ScriptOperation.Upgrade);
                from = version.Number;
            }
        }
        else if (target < current)
        {
            var versions = repository.Range(target, current).ToList();
            for (int i = versions.Count - 1; i >= 0; i--)
            {
                long to = i == 0 ? target : versions[i - 1].Number;
                steps[versions[i].Number] = Load(versions[i].Number, to, versions[i], ScriptOperation.Downgrade);
            }
        }

        return steps;
    }

    private MigrationStep Load(long from, long to, MigrationVersion version, ScriptOperation operation)
    {
        ScriptFile script = version.GetScript(dialect, operation)
            ?? throw new DbSyncException(ErrorCodes.MissingScript, "version " + version.Number + " (" + version.Name + ") has no " + dialect + " or default "
                + (operation == ScriptOperation.Upgrade ? "upgrade" : "downgrade") + " script, so the database cannot move past it",
                new SourceLocation(version.Scripts[0].Path));

        var statements = new List<SqlStatement>();
        try
        {
            if (new FileInfo(script.Path).Length == 0)
            {
                // sqlalchemy-migrate writes 0-byte scripts and runs them as nothing; so does DbSync, with a word.
                observer.Warning(ScriptMessages.Empty(script.Name.FileName));
                return new MigrationStep(from, to, operation, version, script, statements);
            }

            using SqlStatementReader reader = SqlStatementReader.Open(script.Path, syntax);
            bool any = false;
            while (reader.Read() is { } statement)
            {
                any = true;
                if (Keep(script, statement))
                {
                    statements.Add(statement);
                }
            }

            if (!any)
            {
                throw new DbSyncException(ErrorCodes.NoStatement, ScriptMessages.NoStatement(script.Name.FileName), new SourceLocation(script.Path));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DbSyncException(ErrorCodes.FileAccess, "cannot read the script: " + e.Message, new SourceLocation(script.Path), e);
        }

        return new MigrationStep(from, to, operation, version, script, statements);
    }

    // Whether the statement runs: BEGIN and COMMIT are skipped with a warning; ROLLBACK and client commands refuse the script.
    private bool Keep(ScriptFile script, SqlStatement statement)
    {
        var at = new SourceLocation(script.Path, statement.Line, statement.Column);
        switch (statement.ClientCommand)
        {
            case ClientCommand.MetaCommand:
                throw new DbSyncException(ErrorCodes.NotSupported, "'" + ScriptMessages.FirstLine(statement.Text)
                    + "' is a psql backslash command, which only psql runs; DbSync sends statements to the server, so remove it", at);
            case ClientCommand.CopyFromStdin:
                throw new DbSyncException(ErrorCodes.NotSupported, "'" + ScriptMessages.FirstLine(statement.Text)
                    + "' reads its rows from psql's input, which DbSync does not send; write the rows as INSERT statements", at);
        }

        switch (statement.TransactionControl)
        {
            case TransactionControl.Begin:
            case TransactionControl.Commit:
                // As sqlalchemy-migrate does: each version already runs in a transaction of DbSync's.
                observer.Warning(script.Name.FileName + " line " + statement.Line + ": '" + statement.Text + "' ignored; DbSync manages the transaction of each version");
                return false;
            case TransactionControl.Rollback:
                throw new DbSyncException(ErrorCodes.TransactionControl, ScriptMessages.Rollback(ScriptMessages.FirstLine(statement.Text)), at);
            default:
                return true;
        }
    }
}
