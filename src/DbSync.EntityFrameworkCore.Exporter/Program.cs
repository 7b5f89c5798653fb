namespace DbSync.EntityFrameworkCore.Exporter;

/// <summary>
/// <c>dotnet exec --depsfile APP.deps.json --runtimeconfig APP.runtimeconfig.json DbSync.EntityFrameworkCore.Exporter.dll
/// --assembly APP.dll --output RESULT.json [--context NAME] [-- APP ARGS]</c>. Exit 0 once the result file holds the
/// model or an error DbSync can report; exit 2 on bad arguments. The application's own console output is left alone:
/// the result goes to a file, never to stdout.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        ExporterArguments arguments;
        try
        {
            arguments = ExporterArguments.Parse(args);
        }
        catch (ExportException e)
        {
            Console.Error.WriteLine("DbSync.EntityFrameworkCore.Exporter: " + e.Message);
            return 2;
        }

        ExportResult result;
        try
        {
            result = ModelExporter.Export(arguments);
        }
        catch (ExportException e)
        {
            result = ExportResult.Failure(e.Kind, e.Message, e.InnerException?.ToString());
        }
        catch (Exception e)
        {
            Exception cause = ExportException.Unwrap(e);
            result = ExportResult.Failure(ExportErrorKind.Failed, cause.GetType().Name + ": " + cause.Message, e.ToString());
        }

        result.WriteTo(arguments.OutputPath);
        return 0;
    }
}
