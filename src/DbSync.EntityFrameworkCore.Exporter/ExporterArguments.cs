namespace DbSync.EntityFrameworkCore.Exporter;

/// <summary>The exporter's command line, written by DbSync (DbSync.EntityFrameworkCore's ExporterProcess).</summary>
internal sealed record ExporterArguments(string AssemblyPath, string OutputPath, string? ContextName, string[] ApplicationArguments)
{
    public static ExporterArguments Parse(string[] args)
    {
        string? assembly = null;
        string? output = null;
        string? context = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--assembly":
                    assembly = Value(args, ++i);
                    break;
                case "--output":
                    output = Value(args, ++i);
                    break;
                case "--context":
                    context = Value(args, ++i);
                    break;
                case "--":
                    return Complete(assembly, output, context, args[(i + 1)..]);
                default:
                    throw new ExportException(ExportErrorKind.Failed, "unknown argument '" + args[i] + "'");
            }
        }

        return Complete(assembly, output, context, []);
    }

    private static ExporterArguments Complete(string? assembly, string? output, string? context, string[] rest) =>
        new(assembly ?? throw new ExportException(ExportErrorKind.Failed, "--assembly is required"),
            output ?? throw new ExportException(ExportErrorKind.Failed, "--output is required"),
            context,
            rest);

    private static string Value(string[] args, int at) =>
        at < args.Length ? args[at] : throw new ExportException(ExportErrorKind.Failed, args[at - 1] + " needs a value");
}
