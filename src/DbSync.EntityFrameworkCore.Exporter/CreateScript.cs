namespace DbSync.EntityFrameworkCore.Exporter;

/// <summary>
/// <c>context.Database.GenerateCreateScript()</c> (RelationalDatabaseFacadeExtensions, in EF Core Relational: no Design
/// package needed) and the provider's name, called late-bound on the application's EF Core.
/// </summary>
internal static class CreateScript
{
    private const string Extensions = "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions";

    public static (string Provider, string Script) Generate(object context, string contextName)
    {
        object database = Reflect.Get(context, "Database")!;
        string provider = Reflect.Get(database, "ProviderName") as string ?? "(none)";
        Type? extensions = Reflect.FindType("Microsoft.EntityFrameworkCore.Relational", Extensions);
        if (extensions == null || extensions.GetMethod("IsRelational", [database.GetType()]) is not { } isRelational || !(bool)Reflect.Invoke(isRelational, null, database)!)
        {
            throw new ExportException(ExportErrorKind.NotRelational, contextName + " uses the provider " + provider + ", which is not a relational database");
        }

        var generate = extensions.GetMethod("GenerateCreateScript", [database.GetType()])
            ?? throw new ExportException(ExportErrorKind.Failed, "this EF Core has no " + Extensions + ".GenerateCreateScript");
        return (provider, (string)Reflect.Invoke(generate, null, database)!);
    }
}
