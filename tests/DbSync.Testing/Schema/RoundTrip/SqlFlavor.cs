namespace DbSync.Testing.Schema.RoundTrip;

/// <summary>Which database the generated schemas are written for: types, key syntax, what indexes and triggers look like.</summary>
public enum SqlFlavor
{
    Sqlite,
    MySql,
}
