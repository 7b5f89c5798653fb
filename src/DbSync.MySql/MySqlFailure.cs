using DbSync.Core.Errors;
using DbSync.Errors;

namespace DbSync.MySql;

/// <summary>
/// Turns a driver exception into DbSync's error: what was being done, then what the server said. The password is
/// kept out by structure (it is only ever in the connection string builder, which nothing prints), never by searching
/// the driver's text for it.
/// </summary>
internal static class MySqlFailure
{
    public static DbSyncException Wrap(string doing, Exception exception, string code = ErrorCodes.Database) =>
        new(code, doing + ": " + Describe(exception), null, exception);

    /// <summary>
    /// A syntax error quotes up to 80 characters from where the server stopped, which can reach past the statement
    /// into the SQL DbSync sent after it in the same round trip (always after "\n;"): that part is cut.
    /// </summary>
    public static string WithoutAppendedSql(string message)
    {
        int near = message.IndexOf("near '", StringComparison.Ordinal);
        int end = message.LastIndexOf("' at line", StringComparison.Ordinal);
        if (near < 0 || end <= near)
        {
            return message;
        }

        int start = near + "near '".Length;
        int appended = message.IndexOf("\n;", start, end - start, StringComparison.Ordinal);
        return appended < 0 ? message : message[..appended] + message[end..];
    }

    public static string Describe(Exception exception) => FailureText.Describe(exception);
}
