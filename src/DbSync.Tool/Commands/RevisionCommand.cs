using System.CommandLine;
using DbSync.Revisions;
using DbSync.Schema;
using DbSync.Schema.Comparison;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

internal static class RevisionCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var message = new Option<string>("--message", "-m")
        {
            Description = "What the revision does; it names the files, e.g. -m \"add ports\" writes 005_add_ports_default_upgrade.sql.",
            HelpName = "MESSAGE",
            Required = true,
        };
        var autogenerate = new Option<bool>("--autogenerate")
        {
            Description = "Fill the scripts with the statements that turn the database's schema into the model's ([dbsync] model in migrate.cfg)."
                + " The database must be at the latest version.",
        };
        var allowEmpty = new Option<bool>("--allow-empty")
        {
            Description = "With --autogenerate: write an empty revision even when the database already matches the model.",
        };
        var rename = new Option<string[]>("--rename")
        {
            Description = "With --autogenerate: column OLD of TABLE was renamed to NEW; write a RENAME COLUMN, which keeps the data,"
                + " instead of dropping OLD and adding NEW (the downgrade renames it back). Repeatable.",
            HelpName = "TABLE.OLD=NEW",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("revision", "Write the next-numbered upgrade and downgrade scripts from the templates.");
        command.Options.Add(message);
        command.Options.Add(autogenerate);
        command.Options.Add(allowEmpty);
        command.Options.Add(ModelOption.Instance);
        command.Options.Add(rename);
        command.Validators.Add(result =>
        {
            if (result.GetValue(allowEmpty) && !result.GetValue(autogenerate))
            {
                result.AddError("--allow-empty only applies with --autogenerate");
            }

            if (result.GetValue(ModelOption.Instance) != null && !result.GetValue(autogenerate))
            {
                result.AddError("--model only applies with --autogenerate");
            }

            if (result.GetValue(rename) is { Length: > 0 } && !result.GetValue(autogenerate))
            {
                result.AddError("--rename only applies with --autogenerate");
            }
        });
        CommandAction.Set(command, args, async (context, cancellationToken) =>
        {
            var repository = context.LoadRepository();
            string text = context.ParseResult.GetRequiredValue(message);
            RevisionWriter.GeneratedContent? generated = null;
            if (context.ParseResult.GetValue(autogenerate))
            {
                // A malformed --rename is refused before anything connects.
                var renames = (context.ParseResult.GetValue(rename) ?? []).Select(ColumnRename.Parse).ToList();
                var service = ModelOption.CreateService(context, repository, context.Target(repository, writes: false));
                AutogenerateResult result = await service.AutogenerateAsync(renames, cancellationToken).ConfigureAwait(false);
                if (!result.HasChanges)
                {
                    context.Reporter.Info(context.ParseResult.GetValue(allowEmpty)
                        ? "No changes between the database and the model; writing an empty revision (--allow-empty)."
                        : "No changes between the database and the model; nothing written (--allow-empty writes an empty revision).");
                    if (!context.ParseResult.GetValue(allowEmpty))
                    {
                        return CommandAction.Success;
                    }
                }
                else
                {
                    context.Reporter.Info("Detected " + UpgradeCommand.Plural(result.Changes.Count, "change") + ":");
                    foreach (string change in result.Changes)
                    {
                        context.Reporter.Info("  " + change);
                    }

                    generated = result.ToRevisionContent();
                }
            }

            var written = RevisionWriter.Write(repository, text, DateTime.UtcNow, generated);
            context.Reporter.Info("Wrote revision " + written.Version + ":");
            context.Reporter.Info("  " + Path.GetRelativePath(Directory.GetCurrentDirectory(), written.UpgradePath));
            context.Reporter.Info("  " + Path.GetRelativePath(Directory.GetCurrentDirectory(), written.DowngradePath));
            SumRecordingReport.Tell(context.Reporter, written.Sum, pair: true);

            return CommandAction.Success;
        });
        CommandHelp.Add(command, CommandHelp.Reads.Both,
            "dotnet dbsync revision -m \"add ports\"  # 005_add_ports_default_upgrade.sql and ..._downgrade.sql",
            "dotnet dbsync revision -m \"add ports\" --autogenerate  # filled from the model, compared with the database",
            "dotnet dbsync revision -m \"rename descr\" --autogenerate --rename items.descr=description  # a rename, not a drop and an add");
        return command;
    }
}
