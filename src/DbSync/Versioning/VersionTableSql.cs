using System.Globalization;
using DbSync.Dialects;

namespace DbSync.Versioning;

/// <summary>
/// The version table's statements as text with their values written in, for offline scripts: the same CREATE,
/// INSERT and UPDATE a run sends with parameters (<see cref="VersionTable"/>), so the client's run leaves the same row.
/// </summary>
public sealed class VersionTableSql(OfflineScriptSyntax syntax, string tableName, string repositoryId, string repositoryPath)
{
    /// <summary>sqlalchemy-migrate's columns, exactly.</summary>
    internal const string Columns = "(repository_id VARCHAR(250) NOT NULL, repository_path TEXT, version INTEGER, PRIMARY KEY (repository_id))";

    private readonly string _table = syntax.QuoteIdentifier(tableName);

    /// <summary>Creates the table where it is missing, as a run does before the first version row.</summary>
    public string Create() => "CREATE TABLE IF NOT EXISTS " + _table + " " + Columns;

    /// <summary>Puts the database under version control at <paramref name="version"/>.</summary>
    public string Insert(long version) =>
        "INSERT INTO " + _table + " (repository_id, repository_path, version) VALUES (" + syntax.QuoteString(repositoryId) + ", "
        + syntax.QuoteString(repositoryPath) + ", " + N(version) + ")";

    /// <summary>Moves the row from <paramref name="from"/> to <paramref name="to"/>; a row at another version stays as it is.</summary>
    public string Update(long from, long to) =>
        "UPDATE " + _table + " SET version = " + N(to) + " WHERE repository_id = " + syntax.QuoteString(repositoryId) + " AND version = " + N(from);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
