using System.Reflection;
using DbSync.Errors;
using HandlebarsDotNet;

namespace DbSync.Revisions;

/// <summary>
/// The Handlebars templates new revision files are written from: <c>upgrade.sql.hbs</c> and
/// <c>downgrade.sql.hbs</c>, taken from the repository's <c>templates/</c> folder when present, else the built-in ones.
/// </summary>
public static class RevisionTemplates
{
    public const string Folder = "templates";
    public const string Upgrade = "upgrade.sql.hbs";
    public const string Downgrade = "downgrade.sql.hbs";

    // SQL is not HTML: without NoEscape, Handlebars would turn ' into &#39;.
    private static readonly IHandlebars Engine = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });

    public static string Render(string repositoryPath, string templateName, object model)
    {
        string overridePath = Path.Combine(repositoryPath, Folder, templateName);
        string source;
        string origin;
        if (File.Exists(overridePath))
        {
            source = File.ReadAllText(overridePath);
            origin = overridePath;
        }
        else
        {
            source = BuiltIn(templateName);
            origin = "built-in template " + templateName;
        }

        try
        {
            return Engine.Compile(source)(model);
        }
        catch (HandlebarsException e)
        {
            throw new DbSyncException(origin + ": " + e.Message, e);
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
