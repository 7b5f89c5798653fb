namespace DbSync.Core.Repository
{
    /// <summary>A migration script on disk. Its text is read only when it runs or is validated.</summary>
    public sealed class ScriptFile
    {
        public ScriptFile(string path, ScriptName name)
        {
            Path = path;
            Name = name;
        }

        public string Path { get; }
        public ScriptName Name { get; }
    }
}
