using System.CommandLine;
using DbSync.Repositories;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

internal static class InitCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var directory = new Argument<string?>("DIR")
        {
            Description = "Where to create the repository (default: --repository, else ./migrations).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var repositoryId = new Option<string?>("--repository-id")
        {
            Description = "The repository's name, recorded in the version table (migrate.cfg repository_id). Default: the folder's name,"
                + " or its parent's when the folder is called migrations.",
            HelpName = "ID",
        };
        var timestamps = new Option<bool>("--use-timestamp-numbering")
        {
            Description = "Number new revisions with UTC timestamps instead of latest + 1.",
        };
        var command = new Command("init", "Create an empty migration repository (migrate.cfg and versions/).");
        command.Arguments.Add(directory);
        command.Options.Add(repositoryId);
        command.Options.Add(timestamps);
        CommandAction.Set(command, args, (context, cancellationToken) =>
        {
            string path = context.ParseResult.GetValue(directory) ?? context.Settings.RepositoryPath;
            string id = context.ParseResult.GetValue(repositoryId) ?? RepositoryInitializer.DefaultRepositoryId(path);
            RepositoryInitializer.Create(path, id, context.ParseResult.GetValue(timestamps));
            context.Reporter.Info("Created repository " + Path.GetFullPath(path) + " (repository_id = " + id + "). Add a revision with: dotnet dbsync --repository "
                + path + " revision -m \"initial schema\"");
            return Task.FromResult(CommandAction.Success);
        });
        CommandHelp.Add(command, CommandHelp.Reads.Repository,
            "dotnet dbsync init  # ./migrations, repository_id = the current folder's name",
            "dotnet dbsync init db/migrations --repository-id shop --use-timestamp-numbering");
        return command;
    }
}
