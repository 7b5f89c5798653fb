using System.CommandLine;
using DbSync.Configuration;
using DbSync.Core.Repository;
using DbSync.Schema;
using DbSync.Schema.Sources;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

/// <summary>
/// --model: the model for this run instead of <c>[dbsync] model</c> (a model.sql path, or <c>ef:App.csproj[;context=...]</c>),
/// relative to the current folder. Shared by revision, check and create_schema.
/// </summary>
internal static class ModelOption
{
    public static readonly Option<string?> Instance = new("--model")
    {
        Description = "The model to compare with, instead of [dbsync] model in migrate.cfg: a desired-state SQL file, or an EF Core"
            + " application, ef:PATH/App.csproj[;context=NAME][;configuration=NAME][;framework=TFM][;no-build].",
        HelpName = "MODEL",
    };

    /// <summary>The schema service over the repository, <paramref name="database"/> and the model this run uses.</summary>
    public static SchemaService CreateService(CliContext context, MigrationRepository repository, DatabaseUrl database)
    {
        string? spec = context.ParseResult.GetValue(Instance);
        IModelSource? model = spec == null ? null : ModelSources.Parse(spec, Directory.GetCurrentDirectory(), "--model");
        return new SchemaService(repository, database, context.Reporter, model);
    }
}
