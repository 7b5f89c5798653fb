namespace DbSync.Testing;

/// <summary>What a finished process printed and returned.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    public string Output => Stdout + Stderr;

    public override string ToString() => "exit " + ExitCode + "\n--- stdout ---\n" + Stdout + "--- stderr ---\n" + Stderr;
}
