using System.CommandLine;
using DbSync.Dialects;
using DbSync.Core.Errors;
using DbSync.EntityFrameworkCore;
using DbSync.MySql;
using DbSync.PostgreSql;
using DbSync.Sqlite;
using DbSync.Tool.Cli;
using DbSync.Tool.Commands;

namespace DbSync.Tool;

/// <summary>The `dotnet dbsync` command tree. Exit codes: 0 success, 1 a failure the user can act on, 2 a bad command line.</summary>
public static class DbSyncCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        // The dialects this tool ships: one line each.
        DatabaseDialects.Register(SqliteDialect.Instance);
        DatabaseDialects.Register(MySqlDialect.Instance);
        DatabaseDialects.Register(PostgreSqlDialect.Instance);

        // The kinds of model beside model.sql: an EF Core application's (ef:...).
        EntityFrameworkCoreModels.Register();
        RootCommand root = Build(args);
        ParseResult parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                Console.Error.WriteLine("error " + ErrorCodes.CommandLine + ": " + Suggestions.WithHint(error.Message, parseResult));
            }

            Console.Error.WriteLine("Run 'dotnet dbsync --help' for usage.");
            return CommandAction.Usage;
        }

        // DbSync handles the signals itself (see Interruption): no forced termination after a grace period.
        using var interruption = new Interruption();
        return await parseResult.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, interruption.Token).ConfigureAwait(false);
    }

    private static RootCommand Build(IReadOnlyList<string> args)
    {
        var root = new RootCommand(
            "Manage the schema version of an SQLite, MySQL/MariaDB or PostgreSQL database from a repository of numbered SQL migration scripts"
            + " (sqlalchemy-migrate compatible). With no command, runs 'upgrade'.");
        GlobalOptions.AddTo(root);

        // upgrade is the default command, so its fleet options are the root's too.
        DbSync.Tool.Fleet.FleetOptions.AddTo(root);
        root.Subcommands.Add(UpgradeCommand.Create(args));
        root.Subcommands.Add(DowngradeCommand.Create(args));
        root.Subcommands.Add(StampCommand.Create(args));
        root.Subcommands.Add(StatusCommand.Create(args));
        root.Subcommands.Add(VersionCommand.Create(args));
        root.Subcommands.Add(HistoryCommand.Create(args));
        root.Subcommands.Add(RevisionCommand.Create(args));
        root.Subcommands.Add(InitCommand.Create(args));
        root.Subcommands.Add(ValidateCommand.Create(args));
        root.Subcommands.Add(VerifyCommand.Create(args));
        root.Subcommands.Add(HashCommand.Create(args));
        root.Subcommands.Add(CreateSchemaCommand.Create(args));
        root.Subcommands.Add(CheckCommand.Create(args));
        root.Subcommands.Add(BaselineCommand.Create(args));

        // As in mogan-dbsync, upgrade is the default command.
        CommandAction.Set(root, args, (context, cancellationToken) => UpgradeCommand.RunAsync(context, null, cancellationToken));
        OutputFormats.AllowJson(root);
        CommandHelp.Add(root, CommandHelp.Reads.Both,
            "dotnet dbsync --config-file /etc/app/app.conf upgrade  # the service's database to the latest version",
            "dotnet dbsync status  # where the database is, and what is pending",
            "dotnet dbsync COMMAND --help  # a command's options and examples");
        CommandHelp.Install(root);
        return root;
    }
}
