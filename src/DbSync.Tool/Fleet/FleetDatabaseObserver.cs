using DbSync.Migrations;

namespace DbSync.Tool.Fleet;

/// <summary>
/// The engine's observer for one database of a fleet: what it is running now (the live line), and its warnings and
/// debug output, prefixed with the database's name so lines from parallel runs stay attributable.
/// </summary>
internal sealed class FleetDatabaseObserver(FleetMember member, FleetConsole console) : IMigrationObserver
{
    private volatile string _doing = "connecting";

    public FleetMember Member => member;

    /// <summary>"upgrade 3 -> 4 (004_add_ports)", or what precedes the first step.</summary>
    public string Doing => _doing;

    public System.Diagnostics.Stopwatch Clock { get; } = System.Diagnostics.Stopwatch.StartNew();

    /// <summary>The version the first step started from; null before any step.</summary>
    public long? FirstFrom { get; private set; }

    /// <summary>The version the last completed step reached (where a failed run left the database); null before any.</summary>
    public long? Reached { get; private set; }

    public void StepStarting(MigrationStep step)
    {
        FirstFrom ??= step.From;
        _doing = step.ToString();
    }

    public void StepCompleted(MigrationStep step, TimeSpan elapsed)
    {
        Reached = step.To;
        _doing = "completed " + step.Name;
    }

    public void Warning(string message) => console.Warning(member.Name + ": " + message);

    public void Debug(string message) => console.Debug(member.Name + ": " + message);
}
