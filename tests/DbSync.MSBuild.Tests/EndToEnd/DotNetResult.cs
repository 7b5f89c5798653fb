namespace DbSync.MSBuild.Tests.EndToEnd;

/// <summary>How a <c>dotnet</c> command ended: its exit code and everything it printed.</summary>
public sealed record DotNetResult(int ExitCode, string Output);
