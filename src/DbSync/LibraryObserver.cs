using System.Globalization;
using DbSync.Migrations;
using Microsoft.Extensions.Logging;

namespace DbSync;

/// <summary>The engine's reports for a library host: log lines through <see cref="ILogger"/>, steps through <see cref="IProgress{T}"/>.</summary>
internal sealed partial class LibraryObserver(ILogger? logger, IProgress<MigrationProgress>? progress, long target) : IMigrationObserver
{
    public void StepStarting(MigrationStep step)
    {
        if (logger != null)
        {
            Starting(logger, step.ToString());
        }

        progress?.Report(new MigrationProgress(step, MigrationProgressStage.Starting, target, TimeSpan.Zero));
    }

    public void StepCompleted(MigrationStep step, TimeSpan elapsed)
    {
        if (logger != null)
        {
            Completed(logger, step.ToString(), elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture));
        }

        progress?.Report(new MigrationProgress(step, MigrationProgressStage.Completed, target, elapsed));
    }

    public void Warning(string message)
    {
        if (logger != null)
        {
            Warned(logger, message);
        }
    }

    public void Debug(string message)
    {
        if (logger != null)
        {
            Detail(logger, message);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Running {Step}")]
    private static partial void Starting(ILogger logger, string step);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Completed {Step} in {ElapsedMilliseconds} ms")]
    private static partial void Completed(ILogger logger, string step, string elapsedMilliseconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Message}")]
    private static partial void Warned(ILogger logger, string message);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "{Message}")]
    private static partial void Detail(ILogger logger, string message);
}
