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
/// <param name="dialects">The script dialects the database runs, most specific first (<see cref="Dialects.DatabaseDialect.ScriptDialects"/>).</param>
/// <param name="useBaseline">Whether a database at the initial version takes the repository's baseline (false: the scripts of versions/ only).</param>
internal sealed class StepPlanner(MigrationRepository repository, IReadOnlyList<string> dialects, SqlSyntax syntax, IMigrationObserver observer, bool useBaseline = true)
{
    /// <summary>Steps from <paramref name="current"/> to <paramref name="target"/>, keyed by the version they start from.</summary>
    public Dictionary<long, MigrationStep> Plan(long current, long target)
    {
        var steps = new Dictionary<long, MigrationStep>();
        if (target > current)
        {
            long from = current;
            if (BaselineFrom(current, target) is MigrationVersion baseline)
            {
                // A database at the initial version builds the baseline's schema in one step, then goes on from there.
                steps[from] = Load(from, baseline.Number, baseline, ScriptOperation.Upgrade);
                from = baseline.Number;
            }

            foreach (MigrationVersion version in repository.Range(from, target))
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

    /// <summary>
    /// The repository's baseline when an upgrade from <paramref name="current"/> to <paramref name="target"/> takes it:
    /// from the initial version (a new database), to the baseline's version or past it, with a script for this database.
    /// A database past the initial version, or a target before the baseline, goes through the scripts of versions/.
    /// </summary>
    private MigrationVersion? BaselineFrom(long current, long target) =>
        useBaseline && repository.Baseline is { } baseline && current == repository.Config.InitVersion && baseline.Number > current && baseline.Number <= target
            && baseline.GetScript(dialects, ScriptOperation.Upgrade) != null
            ? baseline
            : null;

    private MigrationStep Load(long from, long to, MigrationVersion version, ScriptOperation operation)
    {
        ScriptFile script = version.GetScript(dialects, operation)
            ?? throw new DbSyncException(ErrorCodes.MissingScript, "version " + version.Number + " (" + version.Name + ") has no " + string.Join(", ", dialects) + " or default "
                + (operation == ScriptOperation.Upgrade ? "upgrade" : "downgrade") + " script, so the database cannot move past it",
                new SourceLocation(version.Scripts[0].Path));

        // A large script (a data migration) is checked here in one streaming pass and read again as it runs.
        bool large = Length(script) > KeptScriptBytes;
        var statements = new List<SqlStatement>();
        int count = 0;
        int all = 0;
        if (Length(script) == 0)
        {
            // sqlalchemy-migrate writes 0-byte scripts and runs them as nothing; so does DbSync, with a word.
            observer.Warning(ScriptMessages.Empty(script.Name.FileName));
            return new MigrationStep(from, to, operation, version, script, statements);
        }

        foreach (SqlStatement statement in Read(script))
        {
            all++;
            if (Keep(script, statement))
            {
                count++;
                if (!large)
                {
                    statements.Add(statement);
                }
            }
        }

        if (all == 0)
        {
            throw new DbSyncException(ErrorCodes.NoStatement, ScriptMessages.NoStatement(script.Name.FileName), new SourceLocation(script.Path));
        }

        return large
            ? new MigrationStep(from, to, operation, version, script, StepStatements.Streamed(count, () => Read(script).Where(Runs)))
            : new MigrationStep(from, to, operation, version, script, statements);
    }

    /// <summary>Scripts up to this size are kept in memory after planning; larger ones are read again as they run.</summary>
    private const long KeptScriptBytes = 4 * 1024 * 1024;

    private static long Length(ScriptFile script)
    {
        try
        {
            return new FileInfo(script.Path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DbSyncException(ErrorCodes.FileAccess, "cannot read the script: " + e.Message, new SourceLocation(script.Path), e);
        }
    }

    /// <summary>The script's statements, read as enumerated, with a read failure named as the script's.</summary>
    private IEnumerable<SqlStatement> Read(ScriptFile script)
    {
        SqlStatementReader reader;
        try
        {
            reader = SqlStatementReader.Open(script.Path, syntax);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DbSyncException(ErrorCodes.FileAccess, "cannot read the script: " + e.Message, new SourceLocation(script.Path), e);
        }

        using (reader)
        {
            while (true)
            {
                SqlStatement? statement;
                try
                {
                    statement = reader.Read();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new DbSyncException(ErrorCodes.FileAccess, "cannot read the script: " + e.Message, new SourceLocation(script.Path), e);
                }

                if (statement == null)
                {
                    yield break;
                }

                yield return statement;
            }
        }
    }

    /// <summary>Whether a statement the planning pass accepted runs (BEGIN and COMMIT are skipped: DbSync owns the transaction).</summary>
    private static bool Runs(SqlStatement statement) =>
        statement.TransactionControl is not (TransactionControl.Begin or TransactionControl.Commit);

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
                return Runs(statement);
        }
    }
}
