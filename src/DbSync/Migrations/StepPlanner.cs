using DbSync.Core.Repository;
using DbSync.Core.Sql;
using DbSync.Core.Errors;
using DbSync.Errors;

namespace DbSync.Migrations;

/// <summary>
/// Turns a range of versions into steps, reading and splitting every script before the first one runs, so a
/// syntax error in a later script stops the run before anything changes.
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

        string text;
        try
        {
            text = File.ReadAllText(script.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DbSyncException(ErrorCodes.FileAccess, "cannot read the script: " + e.Message, new SourceLocation(script.Path), e);
        }

        SqlScript parsed;
        try
        {
            parsed = SqlScriptParser.Parse(text, syntax);
        }
        catch (SqlSyntaxException e)
        {
            throw e.InFile(script.Path);
        }

        var statements = new List<SqlStatement>(parsed.Statements.Count);
        foreach (SqlStatement statement in parsed.Statements)
        {
            switch (statement.TransactionControl)
            {
                case TransactionControl.Begin:
                case TransactionControl.Commit:
                    // As sqlalchemy-migrate does: each version already runs in a transaction of DbSync's.
                    observer.Warning(script.Name.FileName + " line " + statement.Line + ": '" + statement.Text + "' ignored; DbSync manages the transaction of each version");
                    break;
                case TransactionControl.Rollback:
                    throw new DbSyncException(ErrorCodes.TransactionControl, "'" + statement.Text + "' would undo DbSync's own transaction; remove it from the script",
                        new SourceLocation(script.Path, statement.Line));
                default:
                    statements.Add(statement);
                    break;
            }
        }

        return new MigrationStep(from, to, operation, version, script, statements);
    }
}
