using System.Reflection;

namespace DbSync.EntityFrameworkCore.Exporter;

/// <summary>A failure to report to DbSync as such (in the result file), with a message for the user.</summary>
internal sealed class ExportException(ExportErrorKind kind, string message, Exception? inner = null) : Exception(message, inner)
{
    public ExportErrorKind Kind { get; } = kind;

    /// <summary>The exception that says what went wrong, without reflection's TargetInvocationException wrappers.</summary>
    public static Exception Unwrap(Exception e)
    {
        while (e is TargetInvocationException { InnerException: { } inner })
        {
            e = inner;
        }

        return e is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : e;
    }
}
