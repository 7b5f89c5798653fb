using DbSync.Core.Integrity;
using DbSync.Core.Repository;
using DbSync.Core.Errors;
using DbSync.Core.Validation;
using DbSync.Errors;
using DbSync.Revisions;
using DbSync.Testing;

namespace DbSync.Tests.Revisions;

public sealed class RevisionWriterTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 10, 30, 15, DateTimeKind.Utc);

    private static MigrationRepository Repository(TempDirectory dir, bool timestamps, params string[] upgrades)
    {
        dir.Write("repo/migrate.cfg", "[db_settings]\nrepository_id = app\nuse_timestamp_numbering = " + (timestamps ? "True" : "False") + "\n");
        Directory.CreateDirectory(dir.Combine("repo", "versions"));
        foreach (string name in upgrades)
        {
            dir.Write("repo/versions/" + name + "_default_upgrade.sql", "SELECT 1;\n");
        }

        return MigrationRepository.Load(dir.Combine("repo"));
    }

    [Fact]
    public void Sequential_numbering_takes_latest_plus_one_in_the_repository_s_width()
    {
        using var dir = new TempDirectory();

        var first = RevisionWriter.Write(Repository(dir, false), "Initial schema", Now);
        var wide = RevisionWriter.Write(Repository(new TempDirectory(), false, "0001_a", "0002_b"), "next", Now);

        Assert.Equal(1, first.Version);
        Assert.Equal("001_initial_schema_default_upgrade.sql", Path.GetFileName(first.UpgradePath));
        Assert.Equal("001_initial_schema_default_downgrade.sql", Path.GetFileName(first.DowngradePath));
        Assert.Equal(3, wide.Version);
        Assert.Equal("0003_next_default_upgrade.sql", Path.GetFileName(wide.UpgradePath));
    }

    [Fact]
    public void Timestamp_numbering_uses_the_utc_time_and_stays_above_the_latest()
    {
        using var dir = new TempDirectory();

        var stamped = RevisionWriter.Write(Repository(dir, true), "add ports", Now);
        var again = RevisionWriter.Write(MigrationRepository.Load(dir.Combine("repo")), "add more", Now);

        Assert.Equal(20261121103015, stamped.Version);
        Assert.Equal("20261121103015_add_ports_default_upgrade.sql", Path.GetFileName(stamped.UpgradePath));
        Assert.Equal(20261121103016, again.Version);
        Assert.Equal(2, MigrationRepository.Load(dir.Combine("repo")).Count);
    }

    [Fact]
    public void Timestamp_numbering_moves_to_the_next_real_second_when_the_latest_is_this_second_or_later()
    {
        using var dir = new TempDirectory();
        var repository = Repository(dir, true, "20261202072359_a");

        var next = RevisionWriter.Write(repository, "b", new DateTime(2026, 12, 2, 7, 23, 59, DateTimeKind.Utc));
        var yearEnd = RevisionWriter.Write(Repository(new TempDirectory(), true, "20261231235959_a"), "b", new DateTime(2026, 12, 31, 23, 59, 58, DateTimeKind.Utc));

        Assert.Equal(20261202072400, next.Version);
        Assert.Equal(20270101000000, yearEnd.Version);
    }

    [Theory]
    [InlineData("Add ports", "add_ports")]
    [InlineData("  Don't <escape>   me!! ", "don_t_escape_me")]
    [InlineData("ünïcode naïve café", "unicode_naive_cafe")]
    [InlineData("été", "ete")]
    [InlineData("Straße für Größen", "strasse_fur_grossen")]
    [InlineData("Łódź: żółć", "lodz_zolc")]
    [InlineData("Ærø bølge", "aero_bolge")]
    [InlineData("Þórður Íslandsson", "thordur_islandsson")]
    [InlineData("Œuvre çà et là", "oeuvre_ca_et_la")]
    [InlineData("Ağırlık şişe", "agirlik_sise")]
    [InlineData("Příliš žluťoučký kůň", "prilis_zlutoucky_kun")]
    [InlineData("Tiếng Việt đường", "tieng_viet_duong")]
    [InlineData("año ñandú", "ano_nandu")]
    [InlineData("e\u0301te\u0301 decomposed", "ete_decomposed")]
    [InlineData("v\u0662 \uFB01le", "v2_file")]
    [InlineData("a very long message that goes on and on well past the limit of the name", "a_very_long_message_that_goes_on_and_on_well_pas")]
    public void Descriptions_are_lowercase_ascii_slugs_that_keep_every_letter(string message, string description) =>
        Assert.Equal(description, RevisionWriter.Describe(System.Text.RegularExpressions.Regex.Unescape(message)));

    [Theory]
    [InlineData("追加 users", "'追', '加' have")]
    [InlineData("добавить", "'д', 'о', 'б', 'а', 'в', 'и', 'т', 'ь' have")]
    [InlineData("add 𝔘 column", "'𝔘' has")]
    public void A_letter_without_an_ascii_spelling_is_refused_rather_than_dropped(string message, string named)
    {
        using var dir = new TempDirectory();

        var error = Assert.Throws<CommandLineException>(() => RevisionWriter.Write(Repository(dir, false), message, Now));

        Assert.Contains(named + " no ASCII spelling", error.Message);
        Assert.Equal(ErrorCodes.CommandLine, error.Code);
        Assert.Empty(Directory.GetFiles(dir.Combine("repo", "versions")));
    }

    [Fact]
    public void A_repository_with_dbsync_sum_records_the_new_scripts_and_nothing_else()
    {
        using var dir = new TempDirectory();
        var repository = Repository(dir, false, "001_a");
        SumFile.Write(repository.Path);
        File.AppendAllText(dir.Combine("repo", "versions", "001_a_default_upgrade.sql"), "-- edited after it was recorded\n");

        var written = RevisionWriter.Write(repository, "add ports", Now);

        Assert.Equal(RevisionWriter.SumRecording.Recorded, written.Sum);
        var findings = RepositoryValidator.Validate(repository.Path, new ValidationOptions());
        var edited = Assert.Single(findings, f => f.Severity == DiagnosticSeverity.Error);
        Assert.Equal(ErrorCodes.ScriptChanged, edited.Code);
        Assert.EndsWith("001_a_default_upgrade.sql", edited.File);
    }

    [Fact]
    public void A_dbsync_sum_that_does_not_match_its_lines_is_left_alone()
    {
        using var dir = new TempDirectory();
        var repository = Repository(dir, false, "001_a");
        SumFile.Write(repository.Path);
        string sumPath = dir.Combine("repo", SumFile.FileName);
        File.AppendAllText(sumPath, "versions/009_merged_by_hand_default_upgrade.sql h1:" + new string('A', 43) + "=\n");
        string before = File.ReadAllText(sumPath);

        var written = RevisionWriter.Write(repository, "add ports", Now);

        Assert.Equal(RevisionWriter.SumRecording.SumFileInvalid, written.Sum);
        Assert.Equal(before, File.ReadAllText(sumPath));
        Assert.True(File.Exists(written.UpgradePath));
    }

    [Fact]
    public void A_repository_without_dbsync_sum_gets_none()
    {
        using var dir = new TempDirectory();

        var written = RevisionWriter.Write(Repository(dir, false), "add ports", Now);

        Assert.Equal(RevisionWriter.SumRecording.NoSumFile, written.Sum);
        Assert.False(File.Exists(dir.Combine("repo", SumFile.FileName)));
    }

    [Fact]
    public void A_message_without_letters_or_digits_is_refused()
    {
        using var dir = new TempDirectory();

        var error = Assert.Throws<CommandLineException>(() => RevisionWriter.Write(Repository(dir, false), "?!", Now));

        Assert.Contains("no letters or digits", error.Message);
        Assert.Empty(Directory.GetFiles(dir.Combine("repo", "versions")));
    }

    [Fact]
    public void A_broken_template_override_names_the_template_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var repository = Repository(dir, false);
        dir.Write("repo/templates/downgrade.sql.sbn", "-- {{ message }}\n-- {{ if message }} never closed\n");

        var error = Assert.Throws<DbSyncException>(() => RevisionWriter.Write(repository, "add ports", Now));

        Assert.Contains(Path.Combine("templates", "downgrade.sql.sbn") + "(2,", error.ToDiagnosticString());
        Assert.Equal(ErrorCodes.Template, error.Code);
        Assert.Empty(Directory.GetFiles(dir.Combine("repo", "versions")));
    }

    [Fact]
    public void A_template_that_names_an_unknown_variable_is_refused_with_its_line()
    {
        using var dir = new TempDirectory();
        var repository = Repository(dir, false);
        dir.Write("repo/templates/upgrade.sql.sbn", "-- {{ message }}\n-- {{ mesage }}\n");

        var error = Assert.Throws<DbSyncException>(() => RevisionWriter.Write(repository, "add ports", Now));

        Assert.Contains(Path.Combine("templates", "upgrade.sql.sbn") + "(2,", error.ToDiagnosticString());
        Assert.Empty(Directory.GetFiles(dir.Combine("repo", "versions")));
    }

    [Fact]
    public void A_templates_folder_named_in_migrate_cfg_is_used_and_must_exist()
    {
        using var dir = new TempDirectory();
        dir.Write("repo/migrate.cfg", "[db_settings]\nrepository_id = app\n[dbsync]\ntemplates = ../shared-templates\n");
        Directory.CreateDirectory(dir.Combine("repo", "versions"));
        var repository = MigrationRepository.Load(dir.Combine("repo"));

        var missing = Assert.Throws<DbSyncException>(() => RevisionWriter.Write(repository, "add ports", Now));
        dir.Write("shared-templates/upgrade.sql.sbn", "-- shared: {{ message }}\n");
        var written = RevisionWriter.Write(repository, "add ports", Now);

        Assert.Contains("shared-templates", missing.Message);
        Assert.Contains("does not exist", missing.Message);
        Assert.Equal("-- shared: add ports\n", File.ReadAllText(written.UpgradePath));
        Assert.StartsWith("-- add ports\n", File.ReadAllText(written.DowngradePath));
    }

    [Fact]
    public void The_built_in_templates_keep_sql_unescaped_and_record_the_message()
    {
        using var dir = new TempDirectory();

        var written = RevisionWriter.Write(Repository(dir, false), "it's <b>", Now,
            new RevisionWriter.GeneratedContent(["add table t"], "CREATE TABLE t (name TEXT DEFAULT 'x<y');", "DROP TABLE t;"));

        string upgrade = File.ReadAllText(written.UpgradePath);
        Assert.Contains("-- it's <b>", upgrade);
        Assert.Contains("--   add table t", upgrade);
        Assert.Contains("CREATE TABLE t (name TEXT DEFAULT 'x<y');", upgrade);
        Assert.Contains("Created 2026-11-21 10:30:15 UTC", upgrade);
        Assert.Contains("DROP TABLE t;", File.ReadAllText(written.DowngradePath));
    }
}
