using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DbSync.Migrations;

namespace DbSync.Tool.Cli;

/// <summary>
/// Writes a command's JSON document (docs/json-output.md) with Utf8JsonWriter: no reflection, so the native build
/// needs no serializer metadata. Names are camelCase; a version the database does not have is null.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // Paths and names as written (not \u-escaped): the document is read by tools, not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Flush();
    }

    /// <summary>A number, or null.</summary>
    public static void Version(Utf8JsonWriter writer, string name, long? version)
    {
        if (version is long value)
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Milliseconds, rounded to 0.1.</summary>
    public static void Milliseconds(Utf8JsonWriter writer, string name, TimeSpan elapsed) =>
        writer.WriteNumber(name, Math.Round(elapsed.TotalMilliseconds, 1));

    /// <summary>An audit-trail row (dbsync_history), or null.</summary>
    public static void Record(Utf8JsonWriter writer, string name, Versioning.HistoryRecord? record)
    {
        if (record == null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("direction", record.Direction);
        Text(writer, "script", record.Script);
        Text(writer, "sha256", record.Sha256);
        writer.WriteString("appliedAt", record.AppliedAt);
        Version(writer, "durationMs", record.DurationMs);
        Text(writer, "user", record.OsUser);
        Text(writer, "host", record.Host);
        Text(writer, "toolVersion", record.ToolVersion);
        writer.WriteBoolean("success", record.Success);
        writer.WriteEndObject();
    }

    /// <summary>A string, or null.</summary>
    public static void Text(Utf8JsonWriter writer, string name, string? value)
    {
        if (value == null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>"incomplete": a version an earlier run left partly applied (MySQL), or null.</summary>
    public static void Incomplete(Utf8JsonWriter writer, IncompleteVersion? incomplete)
    {
        if (incomplete == null)
        {
            writer.WriteNull("incomplete");
            return;
        }

        writer.WriteStartObject("incomplete");
        writer.WriteNumber("from", incomplete.From);
        writer.WriteNumber("to", incomplete.To);
        writer.WriteString("script", incomplete.Script);
        writer.WriteNumber("appliedStatements", incomplete.Applied);
        if (incomplete.Total is int total)
        {
            writer.WriteNumber("totalStatements", total);
        }
        else
        {
            writer.WriteNull("totalStatements");
        }

        writer.WriteString("description", incomplete.Describe());
        writer.WriteString("advice", incomplete.Advice());
        writer.WriteEndObject();
    }
}
