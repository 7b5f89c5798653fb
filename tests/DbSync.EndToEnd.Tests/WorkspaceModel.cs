namespace DbSync.EndToEnd.Tests;

/// <summary>The model file (model.sql, <c>[dbsync] model</c>) of a workspace's repository, as a user edits it.</summary>
public static class WorkspaceModel
{
    public static string ModelPath(this Workspace workspace) => Path.Combine(workspace.RepositoryPath, "model.sql");

    /// <summary>Replaces <paramref name="find"/>, which must be there, so a test never edits a model it did not mean to.</summary>
    public static void EditModel(this Workspace workspace, string find, string replace)
    {
        string text = File.ReadAllText(workspace.ModelPath());
        Assert.Contains(find, text);
        File.WriteAllText(workspace.ModelPath(), text.Replace(find, replace, StringComparison.Ordinal));
    }
}
