using System.Reflection;
using DbSync.Core.Errors;
using DbSync.Errors;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DbSync.Revisions;

/// <summary>
/// The Scriban templates new revision files are written from: <c>upgrade.sql.sbn</c> and <c>downgrade.sql.sbn</c>,
/// taken from the repository's templates folder (<c>templates/</c>, or <c>[dbsync] templates</c>) when it has them,
/// else the built-in ones, as Alembic's <c>script.py.mako</c> can be overridden.
/// </summary>
public static class RevisionTemplates
{
    public const string Folder = "templates";
    public const string Upgrade = "upgrade.sql.sbn";
    public const string Downgrade = "downgrade.sql.sbn";

    /// <summary>Renders <paramref name="templateName"/> from <paramref name="folder"/> (null: the built-in one) with <paramref name="model"/>.</summary>
    public static string Render(string? folder, string templateName, RevisionModel model)
    {
        string? overridePath = folder == null ? null : Path.Combine(folder, templateName);
        bool overridden = overridePath != null && File.Exists(overridePath);
        string? handlebars = overridePath == null ? null : Path.ChangeExtension(overridePath, ".hbs");
        if (!overridden && handlebars != null && File.Exists(handlebars))
        {
            // Templates were Handlebars before 0.2: using the built-in one instead would silently drop the user's.
            throw new DbSyncException(ErrorCodes.Template, "revision templates are Scriban now; rewrite it as " + Path.GetFileName(overridePath)
                + " ({{message}} becomes {{ message }}, {{#if x}}...{{/if}} becomes {{ if x }}...{{ end }}, {{#each changes}} becomes {{ for change in changes }})",
                new SourceLocation(handlebars));
        }

        string origin = overridden ? overridePath! : "built-in template " + templateName;
        string source = overridden ? ReadOverride(overridePath!) : BuiltIn(templateName);

        Template template = Template.Parse(source, origin);
        if (template.HasErrors)
        {
            LogMessage first = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw new DbSyncException(ErrorCodes.Template, first.Message, Locate(origin, first.Span));
        }

        // Filled by hand rather than imported by reflection, so the native (trimmed) tool renders the same.
        var globals = new ScriptObject();
        model.CopyTo(globals);
        var context = new TemplateContext { StrictVariables = true, LoopLimit = 100_000 };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new DbSyncException(ErrorCodes.Template, e.OriginalMessage, Locate(origin, e.Span), e);
        }
    }

    /// <summary>The template and the 1-based line and column (Scriban counts from 0).</summary>
    private static SourceLocation Locate(string origin, SourceSpan span) => new(origin, span.Start.Line + 1, span.Start.Column + 1);

    private static string ReadOverride(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DbSyncException(ErrorCodes.FileAccess, "cannot read the revision template: " + e.Message, new SourceLocation(path), e);
        }
    }

    /// <summary>The built-in template's text, embedded in the engine assembly.</summary>
    private static string BuiltIn(string templateName)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DbSync.Templates." + templateName)
            ?? throw new InvalidOperationException("built-in template " + templateName + " is missing from the engine assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
