using System.CommandLine;
using DbSync.Migrations;

namespace DbSync.Tool.Commands;

/// <summary>--no-sanity-check: skip oslo.db's schema sanity check (MySQL: utf8 collation, InnoDB engine).</summary>
internal static class SanityCheckOption
{
    public static readonly Option<bool> Instance = new("--no-sanity-check")
    {
        Description = "Skip the schema sanity check before and after the run (MySQL: every table utf8 and InnoDB).",
    };

    public static MigrationOptions Options(ParseResult parseResult) =>
        new() { SanityCheck = !parseResult.GetValue(Instance), AllowChangedScripts = parseResult.GetValue(AllowChangedOption.Instance) };
}
