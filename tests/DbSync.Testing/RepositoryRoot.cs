namespace DbSync.Testing;

/// <summary>The checkout's root folder (where DbSync.sln is), found from the test assembly's location.</summary>
public static class RepositoryRoot
{
    public static readonly string Path = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "DbSync.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DbSync.sln not found above " + AppContext.BaseDirectory);
    }
}
