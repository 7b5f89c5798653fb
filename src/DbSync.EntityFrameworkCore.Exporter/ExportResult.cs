using System.Text.Json;

namespace DbSync.EntityFrameworkCore.Exporter;

/// <summary>
/// What the exporter hands back, as a small JSON file: either the context, its provider, EF Core's version, the create
/// script and warnings; or an error kind with a message (and the full exception, for DbSync's --debug).
/// </summary>
internal sealed class ExportResult
{
    private ExportResult()
    {
    }

    public string? Context { get; private init; }
    public string? Provider { get; private init; }
    public string? EfCoreVersion { get; private init; }
    public string? Script { get; private init; }
    public IReadOnlyList<string> Contexts { get; private init; } = [];
    public IReadOnlyList<string> Warnings { get; private init; } = [];
    public ExportErrorKind? Error { get; private init; }
    public string? Message { get; private init; }
    public string? Detail { get; private init; }

    public static ExportResult Success(string context, string provider, string efCoreVersion, string script, IReadOnlyList<string> contexts, IReadOnlyList<string> warnings) =>
        new() { Context = context, Provider = provider, EfCoreVersion = efCoreVersion, Script = script, Contexts = contexts, Warnings = warnings };

    public static ExportResult Failure(ExportErrorKind kind, string message, string? detail) =>
        new() { Error = kind, Message = message, Detail = detail };

    public void WriteTo(string path)
    {
        using FileStream stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        if (Error is { } error)
        {
            json.WriteString("error", error.ToString());
            json.WriteString("message", Message);
            json.WriteString("detail", Detail);
        }
        else
        {
            json.WriteString("context", Context);
            json.WriteString("provider", Provider);
            json.WriteString("efCoreVersion", EfCoreVersion);
            json.WriteString("script", Script);
        }

        WriteArray(json, "contexts", Contexts);
        WriteArray(json, "warnings", Warnings);
        json.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IReadOnlyList<string> items)
    {
        json.WriteStartArray(name);
        foreach (string item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }
}
