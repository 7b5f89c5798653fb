namespace DbSync.Errors;

/// <summary>How a driver's exception reads in a message.</summary>
public static class FailureText
{
    /// <summary>
    /// The exception's message and, in parentheses, the distinct messages under it: a driver's "Unable to connect
    /// to any of the specified hosts." says why ("Connection refused") only one level down.
    /// </summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var messages = new List<string>();
        for (Exception? e = exception; e != null && messages.Count < 4; e = e.InnerException)
        {
            string text = e.Message.Trim();
            if (text.Length > 0 && !messages.Contains(text, StringComparer.Ordinal))
            {
                messages.Add(text);
            }
        }

        return messages.Count <= 1 ? string.Concat(messages) : messages[0] + " (" + string.Join("; ", messages.Skip(1)) + ")";
    }
}
