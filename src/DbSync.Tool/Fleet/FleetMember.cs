using DbSync.Configuration;

namespace DbSync.Tool.Fleet;

/// <summary>One database of a fleet: its URL (password included, never printed) and the name it is shown by.</summary>
/// <param name="Index">Its place in the fleet, from 0: the summary keeps the fleet's order whatever order the runs finish in.</param>
internal sealed record FleetMember(int Index, DatabaseUrl Url)
{
    /// <summary>The URL without its password, not even a placeholder: how output names the database.</summary>
    public string Name { get; } = Url.WithoutPassword().ToString();
}
