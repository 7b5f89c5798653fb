using DbSync.Core.Integrity;
using DbSync.Core.Validation;

namespace DbSync.Core.Tests.Validation;

/// <summary>DBS007 (script changed since dbsync.sum recorded it, or dbsync.sum itself tampered with) and DBS008 (script not recorded).</summary>
public class SumFileValidationTests
{
    [Fact]
    public void A_repository_just_hashed_is_clean()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init", "002_add_ports");

        Assert.Equal(4, SumFile.Write(repository.Path));

        Assert.Empty(repository.Validate());
    }

    [Fact]
    public void A_script_edited_after_it_was_recorded_is_DBS007()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init", "002_add_ports");
        SumFile.Write(repository.Path);
        string edited = repository.Script("001_init_default_upgrade.sql", "CREATE TABLE t001_init (id INTEGER, name TEXT);\n");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS007", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(edited, diagnostic.File);
        Assert.Contains("changed since it was recorded in dbsync.sum (line 3)", diagnostic.Message);
        Assert.Contains("put the change in a new version", diagnostic.Message);
    }

    [Fact]
    public void Changing_only_line_endings_is_not_an_edit()
    {
        using var repository = new TempRepository();
        repository.Script("001_init_default_upgrade.sql", "CREATE TABLE a (id INTEGER);\nCREATE TABLE b (id INTEGER);\n");
        repository.Script("001_init_default_downgrade.sql", "DROP TABLE a;\nDROP TABLE b;\n");
        SumFile.Write(repository.Path);
        repository.Script("001_init_default_upgrade.sql", "CREATE TABLE a (id INTEGER);\r\nCREATE TABLE b (id INTEGER);\r\n");

        Assert.Empty(repository.Validate());
    }

    [Fact]
    public void A_script_added_without_rehashing_is_DBS008()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        SumFile.Write(repository.Path);
        repository.Versions("002_add_ports");

        IReadOnlyList<Diagnostic> diagnostics = repository.Validate();

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("DBS008", d.Code));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.File.EndsWith("002_add_ports_default_upgrade.sql", StringComparison.Ordinal));
        Assert.Contains("run 'dotnet dbsync hash' and commit dbsync.sum with the script", diagnostics[0].Message);
    }

    [Fact]
    public void A_recorded_script_that_was_deleted_is_DBS007_at_its_line_in_dbsync_sum()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init", "002_add_ports");
        SumFile.Write(repository.Path);
        File.Delete(Path.Combine(repository.VersionsPath, "002_add_ports_default_downgrade.sql"));

        IReadOnlyList<Diagnostic> diagnostics = repository.Validate();

        Diagnostic diagnostic = Assert.Single(diagnostics, d => d.Code == "DBS007");
        Assert.Equal(repository.SumPath, diagnostic.File);
        Assert.Equal(4, diagnostic.Line);
        Assert.Contains("records versions/002_add_ports_default_downgrade.sql, which no longer exists", diagnostic.Message);
        // The version has also lost its downgrade.
        Assert.Contains(diagnostics, d => d.Code == "DBS004");
    }

    [Fact]
    public void A_hand_merged_dbsync_sum_is_DBS007_at_its_first_line()
    {
        // Branch A hashed its version 2; branch B's line for another version 2 was pasted in without rehashing.
        using var repository = new TempRepository();
        repository.Versions("001_init", "002_add_ports");
        SumFile.Write(repository.Path);
        string otherBranch = "versions/002_add_users_default_upgrade.sql " + ScriptHash.Compute("CREATE TABLE users (id INTEGER);\n"u8.ToArray()) + "\n";
        File.AppendAllText(repository.SumPath, otherBranch);
        repository.Script("002_add_users_default_upgrade.sql", "CREATE TABLE users (id INTEGER);\n");

        IReadOnlyList<Diagnostic> diagnostics = repository.Validate();

        Diagnostic total = Assert.Single(diagnostics, d => d.Code == "DBS007");
        Assert.Equal(repository.SumPath, total.File);
        Assert.Equal(1, total.Line);
        Assert.Contains("edited or merged by hand", total.Message);
        Assert.Contains(diagnostics, d => d.Code == "DBS002" && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Merge_conflict_markers_in_dbsync_sum_are_DBS007_at_the_marker()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        SumFile.Write(repository.Path);
        string[] lines = File.ReadAllLines(repository.SumPath);
        File.WriteAllText(repository.SumPath, "<<<<<<< HEAD\n" + string.Join("\n", lines) + "\n=======\n>>>>>>> feature\n");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS007", diagnostic.Code);
        Assert.Equal(repository.SumPath, diagnostic.File);
        Assert.Equal(1, diagnostic.Line);
        Assert.Contains("run 'dotnet dbsync hash'", diagnostic.Message);
    }

    [Fact]
    public void A_line_that_is_not_an_entry_is_DBS007_at_that_line()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        SumFile.Write(repository.Path);
        File.AppendAllText(repository.SumPath, "versions/002_x_default_upgrade.sql h1:not-a-hash\n");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS007", diagnostic.Code);
        Assert.Equal(4, diagnostic.Line);
        Assert.Contains("is not '<script path> h1:<base64>'", diagnostic.Message);
    }

    [Fact]
    public void A_script_recorded_twice_is_DBS007()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        SumFile.Write(repository.Path);
        string[] lines = File.ReadAllLines(repository.SumPath);
        File.AppendAllText(repository.SumPath, lines[1] + "\n");

        IReadOnlyList<Diagnostic> diagnostics = repository.Validate();

        Assert.Contains(diagnostics, d => d.Code == "DBS007" && d.Line == 4 && d.Message.Contains("twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_dbsync_sum_scripts_are_not_checked_against_it()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");

        Assert.DoesNotContain(repository.Validate(), d => d.Code == "DBS007" || d.Code == "DBS008");
    }
}
