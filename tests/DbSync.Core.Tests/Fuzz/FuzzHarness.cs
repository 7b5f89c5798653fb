using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CsCheck;
using DbSync.Core.Errors;

namespace DbSync.Core.Tests.Fuzz;

/// <summary>
/// Runs one fuzz target: first every input of its checked-in corpus (tests/DbSync.Core.Tests/Fuzz/corpus/TARGET/*,
/// inputs that once broke something), then generated inputs for a bounded time (DBSYNC_FUZZ_SECONDS, default 10;
/// DBSYNC_FUZZ_SEED replays a run). The property: each input ends in success or a <see cref="DbSyncException"/> with
/// a message; never another exception, never longer than a few seconds, never more than a bounded allocation. A
/// failure names the CsCheck seed to replay it and the input, escaped.
/// </summary>
internal static class FuzzHarness
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(5);

    // Allocation allowed per input: generous for parsers that copy their input a few times, far below "unbounded".
    private const long AllocationPerInputChar = 4096;
    private const long AllocationBase = 64L * 1024 * 1024;

    public static int Seconds =>
        int.TryParse(Environment.GetEnvironmentVariable("DBSYNC_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? seconds
            : 10;

    /// <summary>Replays the corpus of <paramref name="target"/>, then samples <paramref name="gen"/> for <see cref="Seconds"/>.</summary>
    public static void Run(string target, Gen<string> gen, Action<string> property)
    {
        foreach (var (name, input) in Corpus(target))
        {
            var failure = Check(input, property);
            Assert.True(failure == null, $"{target} corpus input {name} failed: {failure}\n--- input ---\n{Escape(input)}");
        }

        gen.Sample(
            input =>
            {
                var failure = Check(input, property);
                if (failure != null)
                {
                    throw new InvalidOperationException(failure);
                }
            },
            seed: Environment.GetEnvironmentVariable("DBSYNC_FUZZ_SEED"),
            iter: long.MaxValue,
            time: Seconds,
            threads: 1,
            print: Escape);
    }

    /// <summary>The inputs of a target's corpus folder, by file name; a file is read as UTF-8 text.</summary>
    public static IEnumerable<(string Name, string Input)> Corpus(string target)
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "DbSync.Core.Tests", "Fuzz", "corpus", target);
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal))
        {
            yield return (Path.GetFileName(file), File.ReadAllText(file, new UTF8Encoding(false)));
        }
    }

    /// <summary>Files of the repository under <paramref name="folder"/> (relative to its root) matching <paramref name="pattern"/>, as realistic seeds.</summary>
    public static string[] Seeds(string folder, string pattern) =>
        Directory.GetFiles(Path.Combine(RepositoryRoot(), folder), pattern, SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();

    /// <summary>
    /// Inputs made from <paramref name="seeds"/> by a few random edits (inserting <paramref name="fragments"/>, control
    /// chars and non-ASCII, deleting, duplicating, truncating), or random text from the fragments; at most
    /// <paramref name="maxLength"/> chars.
    /// </summary>
    public static Gen<string> Mutations(IReadOnlyList<string> seeds, IReadOnlyList<string> fragments, int maxLength = 4096) =>
        Gen.ULong.Select(seed => Mutate(new Random(unchecked((int)seed ^ (int)(seed >> 32))), seeds, fragments, maxLength));

    public static string Escape(string s)
    {
        var text = new StringBuilder();
        foreach (var c in s.Length > 2000 ? s.Substring(0, 2000) : s)
        {
            text.Append(c < ' ' && c != '\n' ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture) : c.ToString());
        }

        return s.Length > 2000 ? text + "... (" + s.Length + " chars)" : text.ToString();
    }

    // Null when the property held: success, or a DbSyncException with a message, in bounded time and memory.
    private static string? Check(string input, Action<string> property)
    {
        var run = Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                property(input);
            }
            catch (DbSyncException e) when (!string.IsNullOrWhiteSpace(e.Message) && e.Code.StartsWith("DBS", StringComparison.Ordinal))
            {
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        });

        try
        {
            if (!run.Wait(CaseTimeout))
            {
                return $"no result after {CaseTimeout.TotalSeconds} s (a hang)";
            }
        }
        catch (AggregateException e)
        {
            return "threw " + e.InnerException;
        }

        var limit = AllocationBase + AllocationPerInputChar * input.Length;
        return run.Result > limit ? $"allocated {run.Result / 1024} KiB for {input.Length} chars" : null;
    }

    private static string Mutate(Random random, IReadOnlyList<string> seeds, IReadOnlyList<string> fragments, int maxLength)
    {
        var text = new StringBuilder();
        if (seeds.Count == 0 || random.Next(4) == 0)
        {
            // Random text from the fragments and random chars.
            var length = random.Next(0, 64);
            for (var i = 0; i < length; i++)
            {
                text.Append(Piece(random, fragments));
            }
        }
        else
        {
            var seed = seeds[random.Next(seeds.Count)];
            var start = seed.Length > maxLength ? random.Next(seed.Length - maxLength) : 0;
            text.Append(seed, start, Math.Min(maxLength, seed.Length - start));
            var edits = random.Next(1, 6);
            for (var e = 0; e < edits && text.Length > 0; e++)
            {
                var at = random.Next(text.Length + 1);
                switch (random.Next(5))
                {
                    case 0:
                        text.Insert(at, Piece(random, fragments));
                        break;
                    case 1:
                        text.Remove(Math.Min(at, text.Length - 1), Math.Min(random.Next(1, 16), text.Length - Math.Min(at, text.Length - 1)));
                        break;
                    case 2:
                        var from = random.Next(text.Length);
                        text.Insert(at, text.ToString(from, Math.Min(random.Next(1, 64), text.Length - from)));
                        break;
                    case 3:
                        text.Length = Math.Min(text.Length, at);
                        break;
                    default:
                        if (at < text.Length)
                        {
                            text[at] = (char)random.Next(0, 0x80);
                        }

                        break;
                }
            }
        }

        return text.Length > maxLength ? text.ToString(0, maxLength) : text.ToString();
    }

    private static string Piece(Random random, IReadOnlyList<string> fragments)
    {
        switch (random.Next(6))
        {
            case 0:
                return ((char)random.Next(0, 0x20)).ToString();
            case 1:
                return ((char)random.Next(0x20, 0x7f)).ToString();
            case 2:
                return "\u00a0\u0085\ufeff\u2028é\u00ff\ud83d\ude00\ud800"[random.Next(8)].ToString();
            default:
                return fragments[random.Next(fragments.Count)];
        }
    }

    /// <summary>The repository root: the folder holding DbSync.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DbSync.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DbSync.sln not found above " + AppContext.BaseDirectory);
    }
}
