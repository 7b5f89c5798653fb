using DbSync.Errors;

namespace DbSync.Schema.Comparison;

/// <summary>
/// A column the author says was renamed, from <c>--rename table.old=new</c>: autogenerate then writes a RENAME (which
/// keeps the data) instead of the drop and add the comparison finds. <see cref="Option"/> is the value as given, for messages.
/// </summary>
public sealed record ColumnRename(string Table, string From, string To, string Option)
{
    /// <summary>Reads <c>table.old=new</c>.</summary>
    /// <exception cref="CommandLineException">The value is not of that form (DBS200, exit code 2).</exception>
    public static ColumnRename Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int equals = value.IndexOf('=', StringComparison.Ordinal);
        int dot = equals < 0 ? -1 : value.LastIndexOf('.', equals);
        string table = dot < 0 ? string.Empty : value[..dot].Trim();
        string from = dot < 0 ? string.Empty : value[(dot + 1)..equals].Trim();
        string to = equals < 0 ? string.Empty : value[(equals + 1)..].Trim();
        if (table.Length == 0 || from.Length == 0 || to.Length == 0 || to.Contains('=', StringComparison.Ordinal) || to.Contains('.', StringComparison.Ordinal))
        {
            throw new CommandLineException("--rename '" + value + "' is not TABLE.OLD=NEW (e.g. --rename items.descr=description)");
        }

        return new ColumnRename(table, from, to, value);
    }
}
