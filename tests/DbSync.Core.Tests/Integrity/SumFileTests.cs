using System.Security.Cryptography;
using System.Text;
using DbSync.Core.Integrity;
using DbSync.Core.Repository;
using DbSync.Core.Tests.Validation;

namespace DbSync.Core.Tests.Integrity;

/// <summary>The dbsync.sum format: what a reviewer sees in a diff and what another tool would have to reproduce.</summary>
public class SumFileTests
{
    [Fact]
    public void Write_records_each_script_sorted_by_path_under_a_total_hash()
    {
        using var repository = new TempRepository();
        repository.Versions("002_add_ports", "001_init");
        repository.Script("README.md", "not a script");

        int count = SumFile.Write(repository.Path);

        string[] lines = File.ReadAllText(repository.SumPath).Split('\n');
        Assert.Equal(4, count);
        Assert.Equal(6, lines.Length);
        Assert.Equal("", lines[5]);
        Assert.StartsWith("h1:", lines[0]);
        Assert.Equal(
            new[]
            {
                "versions/001_init_default_downgrade.sql",
                "versions/001_init_default_upgrade.sql",
                "versions/002_add_ports_default_downgrade.sql",
                "versions/002_add_ports_default_upgrade.sql",
            },
            lines.Skip(1).Take(4).Select(line => line.Substring(0, line.IndexOf(' '))));
    }

    [Fact]
    public void Each_hash_is_the_sha256_of_the_script_and_the_total_is_the_sha256_of_the_lines()
    {
        using var repository = new TempRepository();
        repository.Script("001_init_default_upgrade.sql", "CREATE TABLE a (id INTEGER);\n");

        SumFile.Write(repository.Path);

        string text = File.ReadAllText(repository.SumPath);
        string scriptHash = Convert.ToBase64String(SHA256.HashData("CREATE TABLE a (id INTEGER);\n"u8.ToArray()));
        string body = "versions/001_init_default_upgrade.sql h1:" + scriptHash + "\n";
        string total = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        Assert.Equal("h1:" + total + "\n" + body, text);
    }

    [Fact]
    public void Line_endings_do_not_change_a_scripts_hash()
    {
        Assert.Equal(
            ScriptHash.Compute("a\nb\n"u8.ToArray()),
            ScriptHash.Compute("a\r\nb\r\n"u8.ToArray()));
        Assert.Equal(
            ScriptHash.Compute("a\nb\n"u8.ToArray()),
            ScriptHash.Compute("a\rb\r"u8.ToArray()));
        Assert.NotEqual(
            ScriptHash.Compute("a\nb\n"u8.ToArray()),
            ScriptHash.Compute("a\nb \n"u8.ToArray()));
    }

    [Fact]
    public void Load_reads_back_what_Write_wrote()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        SumFile.Write(repository.Path);

        SumFile sum = SumFile.Load(repository.SumPath);

        Assert.True(sum.IsTotalValid);
        Assert.Equal(new[] { 2, 3 }, sum.Entries.Select(e => e.Line));
        Assert.Equal("versions/001_init_default_upgrade.sql", sum.Entries[1].Path);
    }

    [Fact]
    public void Load_accepts_a_checkout_with_CRLF_line_endings()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        SumFile.Write(repository.Path);
        File.WriteAllText(repository.SumPath, File.ReadAllText(repository.SumPath).Replace("\n", "\r\n"));

        Assert.True(SumFile.Load(repository.SumPath).IsTotalValid);
    }

    [Fact]
    public void Write_without_a_versions_folder_is_a_DBS006_error()
    {
        using var repository = new TempRepository();
        Directory.Delete(repository.VersionsPath);

        var error = Assert.Throws<RepositoryException>(() => SumFile.Write(repository.Path));

        Assert.Equal("DBS006", error.Diagnostic.Code);
    }
}
