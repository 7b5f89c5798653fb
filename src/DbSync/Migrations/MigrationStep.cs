using System.Globalization;
using DbSync.Core.Repository;
using DbSync.Core.Sql;

namespace DbSync.Migrations;

/// <summary>One script run that moves the database from one version to the next, its statements checked and split.</summary>
public sealed class MigrationStep
{
    public MigrationStep(long from, long to, ScriptOperation operation, MigrationVersion version, ScriptFile script, IReadOnlyList<SqlStatement> statements)
        : this(from, to, operation, version, script, StepStatements.Of(statements))
    {
    }

    public MigrationStep(long from, long to, ScriptOperation operation, MigrationVersion version, ScriptFile script, StepStatements statements)
    {
        From = from;
        To = to;
        Operation = operation;
        Version = version;
        Script = script;
        Statements = statements;
    }

    public long From { get; }
    public long To { get; }
    public ScriptOperation Operation { get; }
    public MigrationVersion Version { get; }
    public ScriptFile Script { get; }

    /// <summary>The statements to execute; transaction-control statements were already dropped with a warning.</summary>
    public StepStatements Statements { get; }

    /// <summary>"version 4" for an upgrade step, "the downgrade of version 4" for a downgrade, for messages.</summary>
    public string Name => Operation == ScriptOperation.Upgrade
        ? "version " + To.ToString(CultureInfo.InvariantCulture)
        : "the downgrade of version " + From.ToString(CultureInfo.InvariantCulture);

    /// <summary>"upgrade 3 -> 4 (004_add_ports)".</summary>
    public override string ToString() =>
        (Operation == ScriptOperation.Upgrade ? "upgrade " : "downgrade ")
        + From.ToString(CultureInfo.InvariantCulture) + " -> " + To.ToString(CultureInfo.InvariantCulture)
        + " (" + Version.Name + ")";
}
