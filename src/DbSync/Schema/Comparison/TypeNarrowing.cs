using System.Globalization;

namespace DbSync.Schema.Comparison;

/// <summary>
/// Whether a type change can leave values without room: a shorter string or binary type, a smaller integer type, a
/// decimal with fewer digits (before or after the point). Reads types as the dialect's normaliser spells them
/// ("VARCHAR(50)", "INT UNSIGNED", "DECIMAL(10,2)"); a change it cannot judge (INT to VARCHAR) is not called narrowing.
/// </summary>
public static class TypeNarrowing
{
    private static readonly Dictionary<string, int> IntegerBytes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TINYINT"] = 1, ["SMALLINT"] = 2, ["MEDIUMINT"] = 3, ["INT"] = 4, ["INTEGER"] = 4, ["BIGINT"] = 8,
    };

    private static readonly HashSet<string> SizedStrings = new(StringComparer.OrdinalIgnoreCase)
    {
        "CHAR", "VARCHAR", "NCHAR", "NVARCHAR", "BINARY", "VARBINARY", "CHARACTER", "CHARACTER VARYING",
    };

    private static readonly Dictionary<string, long> LongStrings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TINYTEXT"] = 255, ["TEXT"] = 65_535, ["MEDIUMTEXT"] = 16_777_215, ["LONGTEXT"] = 4_294_967_295,
        ["TINYBLOB"] = 255, ["BLOB"] = 65_535, ["MEDIUMBLOB"] = 16_777_215, ["LONGBLOB"] = 4_294_967_295,
    };

    private static readonly HashSet<string> Decimals = new(StringComparer.OrdinalIgnoreCase) { "DECIMAL", "NUMERIC", "DEC" };

    /// <summary>Whether <paramref name="to"/> holds less than <paramref name="from"/> (both normalised).</summary>
    public static bool Narrows(string from, string to)
    {
        var (fromName, fromArguments) = Parse(from);
        var (toName, toArguments) = Parse(to);
        if (IntegerBytes.TryGetValue(fromName, out int fromBytes) && IntegerBytes.TryGetValue(toName, out int toBytes))
        {
            return toBytes < fromBytes;
        }

        if (Length(fromName, fromArguments) is long fromLength && Length(toName, toArguments) is long toLength)
        {
            return toLength < fromLength;
        }

        if (Decimals.Contains(fromName) && Decimals.Contains(toName) && fromArguments.Count > 0 && toArguments.Count > 0)
        {
            long fromScale = fromArguments.Count > 1 ? fromArguments[1] : 0;
            long toScale = toArguments.Count > 1 ? toArguments[1] : 0;
            return toArguments[0] - toScale < fromArguments[0] - fromScale || toScale < fromScale;
        }

        return false;
    }

    private static long? Length(string name, IReadOnlyList<long> arguments) =>
        SizedStrings.Contains(name) && arguments.Count == 1 ? arguments[0]
        : LongStrings.TryGetValue(name, out long length) && arguments.Count == 0 ? length
        : null;

    /// <summary>"VARCHAR(50) CHARACTER SET utf8mb4" is (VARCHAR, [50]); modifiers after the arguments are ignored.</summary>
    private static (string Name, IReadOnlyList<long> Arguments) Parse(string type)
    {
        int open = type.IndexOf('(', StringComparison.Ordinal);
        int close = open < 0 ? -1 : type.IndexOf(')', open);
        string name = (open < 0 ? FirstWord(type) : type[..open]).Trim();
        var arguments = new List<long>();
        if (close > open)
        {
            foreach (string argument in type[(open + 1)..close].Split(','))
            {
                if (!long.TryParse(argument.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long value))
                {
                    return (name, []);
                }

                arguments.Add(value);
            }
        }

        return (name, arguments);
    }

    // "INT UNSIGNED" is INT; a two-word name ("CHARACTER VARYING") only comes with arguments.
    private static string FirstWord(string type)
    {
        int space = type.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? type : type[..space];
    }
}
