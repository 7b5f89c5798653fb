using Xunit;
using System.Runtime.CompilerServices;

namespace DbSync.Testing.Schema;

/// <summary>
/// Compares output with a golden file in the Golden/ folder beside the calling test's source file. On a mismatch (or a missing golden file)
/// it writes the actual output beside it as NAME.received.sql and fails saying so: a person reviews the difference
/// and renames the file to accept it. Nothing is ever accepted automatically.
/// </summary>
public static class GoldenFile
{
    public static void AssertMatches(string name, string actual, [CallerFilePath] string testFile = "")
    {
        string folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Golden");
        string expectedPath = Path.Combine(folder, name + ".sql");
        string receivedPath = Path.Combine(folder, name + ".received.sql");
        string normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        string? expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, normalized);
        Assert.Fail((expected == null ? "golden file " + expectedPath + " does not exist" : "the output differs from golden file " + expectedPath)
            + ".\nThe actual output was written to " + receivedPath
            + "\nReview it (e.g. diff the two files) and, if it is right, rename it to " + Path.GetFileName(expectedPath) + ".\n"
            + FirstDifference(expected ?? string.Empty, normalized));
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string left = i < e.Length ? e[i] : "(end of file)";
            string right = i < a.Length ? a[i] : "(end of file)";
            if (left != right)
            {
                return "First difference, line " + (i + 1) + ":\n  expected: " + left + "\n  actual:   " + right;
            }
        }

        return string.Empty;
    }
}
