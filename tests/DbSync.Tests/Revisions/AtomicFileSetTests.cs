using DbSync.Core.Errors;
using DbSync.Revisions;
using DbSync.Testing;

namespace DbSync.Tests.Revisions;

/// <summary>A revision's files appear together or not at all: a failure at any file leaves none of them, and no temporary file in sight.</summary>
public sealed class AtomicFileSetTests
{
    [Fact]
    public void Every_file_is_written_and_a_replaced_file_gets_the_new_text()
    {
        using var dir = new TempDirectory();
        string existing = dir.Write("sum.txt", "old\n");
        var files = new AtomicFileSet();
        files.Create(dir.Combine("a.sql"), "A\n");
        files.Replace(existing, "new\n");
        files.Create(dir.Combine("b.sql"), "B\n");

        files.Commit();

        Assert.Equal("A\n", File.ReadAllText(dir.Combine("a.sql")));
        Assert.Equal("B\n", File.ReadAllText(dir.Combine("b.sql")));
        Assert.Equal("new\n", File.ReadAllText(existing));
        Assert.Equal(["a.sql", "b.sql", "sum.txt"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_file_that_cannot_be_written_leaves_the_first_unwritten()
    {
        using var dir = new TempDirectory();
        var files = new AtomicFileSet();
        files.Create(dir.Combine("upgrade.sql"), "A\n");
        files.Create(dir.Combine("missing-folder", "downgrade.sql"), "B\n");

        var error = Assert.Throws<DbSyncException>(files.Commit);

        Assert.Equal(ErrorCodes.FileAccess, error.Code);
        Assert.StartsWith(dir.Combine("missing-folder", "downgrade.sql") + "(1,1): error DBS111: cannot write downgrade.sql (", error.ToDiagnosticString());
        Assert.EndsWith("); nothing was written", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public void A_file_that_cannot_be_moved_into_place_takes_back_the_ones_already_there()
    {
        using var dir = new TempDirectory();
        string sum = dir.Write("dbsync.sum", "old\n");
        var files = new AtomicFileSet();
        files.Create(dir.Combine("upgrade.sql"), "A\n");
        files.Create(dir.Combine("downgrade.sql"), "B\n");
        files.Replace(sum, "new\n");
        // A non-empty folder where the sum goes: its rename fails only after both scripts are in place.
        File.Delete(sum);
        dir.Write(Path.Combine("dbsync.sum", "occupied"), "x");

        var error = Assert.Throws<DbSyncException>(files.Commit);

        Assert.Contains("cannot write dbsync.sum", error.Message);
        Assert.Equal(["dbsync.sum"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
        Assert.Equal(["occupied"], Directory.GetFileSystemEntries(sum).Select(Path.GetFileName));
    }
}
