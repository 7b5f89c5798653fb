namespace DbSync.Migrations;

/// <summary>
/// The steps from where the database was to the target, planned before the first one runs (so a syntax error in a
/// later script changes nothing). When another run moved the database in the meantime, it plans again from there.
/// </summary>
internal sealed class MigrationPlan
{
    private readonly StepPlanner _planner;
    private readonly long _target;
    private readonly bool _upgrade;
    private Dictionary<long, MigrationStep> _steps;

    public MigrationPlan(StepPlanner planner, long start, long target, bool upgrade)
    {
        _planner = planner;
        _target = target;
        _upgrade = upgrade;
        _steps = planner.Plan(start, target);
    }

    /// <summary>The step from <paramref name="current"/> towards the target, or null when the target is reached (or passed).</summary>
    public MigrationStep? Next(long current)
    {
        if (current == _target || (_upgrade ? current > _target : current < _target))
        {
            return null;
        }

        if (!_steps.TryGetValue(current, out MigrationStep? next))
        {
            _steps = _planner.Plan(current, _target);
            next = _steps[current];
        }

        return next;
    }
}
