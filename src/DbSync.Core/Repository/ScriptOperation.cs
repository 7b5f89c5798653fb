namespace DbSync.Core.Repository
{
    public enum ScriptOperation
    {
        Upgrade,
        Downgrade,
    }
}
