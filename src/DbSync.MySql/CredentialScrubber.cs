namespace DbSync.MySql;

/// <summary>
/// Removes the password from text that came from the driver before it reaches a message, a log or --debug output.
/// The driver does not normally echo it; this makes that a guarantee rather than an observation.
/// </summary>
internal static class CredentialScrubber
{
    public const string Mask = "***";

    public static string Scrub(string text, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return text;
        }

        foreach (string form in new[] { password, Uri.EscapeDataString(password) }.Distinct())
        {
            text = text.Replace(form, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The exception to chain as the inner one: itself when nothing in it (stack trace included) shows the password.</summary>
    public static Exception? SafeInner(Exception exception, string? password) =>
        string.IsNullOrEmpty(password) || !exception.ToString().Contains(password, StringComparison.Ordinal) ? exception : null;
}
