using Microsoft.Build.Framework;

namespace DbSync.MSBuild.Tests;

/// <summary>The task on its own, as MSBuild would call it, with a recording build engine.</summary>
public sealed class ValidateMigrationsTests : IDisposable
{
    private readonly string _repository = SampleRepository.NewTempFolder("dbsync-task-");
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    [Fact]
    public void A_good_repository_passes_without_a_word()
    {
        SampleRepository.Create(_repository, "001_init", "002_add_ports");

        Assert.True(Run());
        Assert.Empty(_engine.Errors);
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void A_gap_fails_the_task_with_an_error_carrying_code_file_and_line()
    {
        SampleRepository.Create(_repository, "001_init", "003_add_ports");

        Assert.False(Run());

        BuildErrorEventArgs error = Assert.Single(_engine.Errors);
        Assert.Equal("DBS003", error.Code);
        Assert.Equal(Path.Combine(_repository, "versions", "003_add_ports_default_upgrade.sql"), error.File);
        Assert.Equal(1, error.LineNumber);
        Assert.Equal(1, error.ColumnNumber);
        Assert.Contains("version 2 is missing", error.Message);
    }

    [Fact]
    public void An_unterminated_string_is_reported_at_its_line()
    {
        SampleRepository.Create(_repository, "001_init");
        SampleRepository.WriteScript(_repository, "001_init_default_upgrade.sql", "CREATE TABLE t (s TEXT);\n\nINSERT INTO t VALUES ('x);\n");

        Assert.False(Run());

        BuildErrorEventArgs error = Assert.Single(_engine.Errors);
        Assert.Equal("DBS009", error.Code);
        Assert.Equal(3, error.LineNumber);
    }

    [Fact]
    public void A_NUL_byte_fails_the_task_with_DBS012_at_its_line_and_column_naming_the_byte_offset()
    {
        Assert.False(RunWithUpgrade("CREATE TABLE t (s TEXT);\n  SELECT 1;\0\n"));

        BuildErrorEventArgs error = Assert.Single(_engine.Errors);
        Assert.Equal(("DBS012", 2, 12), (error.Code, error.LineNumber, error.ColumnNumber));
        Assert.Contains("holds a NUL byte at byte offset 36 (line 2)", error.Message);
    }

    [Fact]
    public void A_ROLLBACK_fails_the_task_and_a_COMMIT_warns_each_at_its_column()
    {
        Assert.False(RunWithUpgrade("CREATE TABLE t (s TEXT);\n  COMMIT;\n    ROLLBACK;\n"));

        BuildErrorEventArgs error = Assert.Single(_engine.Errors);
        Assert.Equal(("DBS010", 3, 5), (error.Code, error.LineNumber, error.ColumnNumber));
        BuildWarningEventArgs warning = Assert.Single(_engine.Warnings);
        Assert.Equal(("DBS010", 2, 3), (warning.Code, warning.LineNumber, warning.ColumnNumber));
    }

    [Fact]
    public void A_missing_downgrade_is_a_warning_that_does_not_fail_the_task()
    {
        SampleRepository.Create(_repository, "001_init");
        SampleRepository.WriteScript(_repository, "002_add_ports_default_upgrade.sql", "CREATE TABLE ports (id INTEGER);\n");

        Assert.True(Run());

        BuildWarningEventArgs warning = Assert.Single(_engine.Warnings);
        Assert.Equal("DBS004", warning.Code);
        Assert.EndsWith("002_add_ports_default_upgrade.sql", warning.File);
        Assert.Empty(_engine.Errors);
    }

    [Fact]
    public void RequireDowngrade_turns_a_missing_downgrade_into_an_error()
    {
        SampleRepository.Create(_repository, "001_init");
        SampleRepository.WriteScript(_repository, "002_add_ports_default_upgrade.sql", "CREATE TABLE ports (id INTEGER);\n");

        Assert.False(Run(requireDowngrade: true));

        Assert.Equal("DBS004", Assert.Single(_engine.Errors).Code);
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void A_folder_that_is_not_a_repository_is_DBS006()
    {
        Assert.False(Run());

        Assert.All(_engine.Errors, e => Assert.Equal("DBS006", e.Code));
        Assert.Equal(
            new[] { Path.Combine(_repository, "migrate.cfg"), Path.Combine(_repository, "versions") },
            _engine.Errors.Select(e => e.File));
    }

    // Version 1 of a sample repository with this upgrade script, validated.
    private bool RunWithUpgrade(string upgrade)
    {
        SampleRepository.Create(_repository, "001_init");
        SampleRepository.WriteScript(_repository, "001_init_default_upgrade.sql", upgrade);
        return Run();
    }

    private bool Run(bool requireDowngrade = false)
    {
        var task = new ValidateMigrations { BuildEngine = _engine, Repository = _repository, RequireDowngrade = requireDowngrade };
        return task.Execute();
    }
}
