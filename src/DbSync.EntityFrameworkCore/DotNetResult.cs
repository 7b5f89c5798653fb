namespace DbSync.EntityFrameworkCore;

/// <summary>A finished <c>dotnet</c> command: its exit code and output.</summary>
internal sealed record DotNetResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The lines of both streams, stdout first.</summary>
    public IEnumerable<string> Lines =>
        (Stdout + "\n" + Stderr).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0);
}
