using System.Data.Common;
using DbSync.Configuration;
using DbSync.Core.Errors;
using DbSync.Core.Ini;
using DbSync.Dialects;
using DbSync.Errors;

namespace DbSync.Tool.Fleet;

/// <summary>
/// [fleet] query and template: the query runs read-only on the source database, and each value of its first column
/// (NULLs and blanks skipped) replaces {name} in the template, percent-encoded, giving one database URL. The template
/// carries the credentials, as [database] connection does; they are never printed.
/// </summary>
internal static class FleetQuery
{
    public const string Placeholder = "{name}";

    public static async Task<IReadOnlyList<FleetMember>> ReadAsync(IniValue query, IniValue template, DatabaseUrl source, string sourceShownAs,
        CancellationToken cancellationToken)
    {
        var names = await RunAsync(query, source, sourceShownAs, cancellationToken).ConfigureAwait(false);
        var members = new List<FleetMember>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            DatabaseUrl url;
            try
            {
                url = DatabaseUrlParser.Parse(template.Value.Replace(Placeholder, Uri.EscapeDataString(name), StringComparison.Ordinal),
                    "[fleet] template with the name '" + name + "'");
            }
            catch (ConfigurationException e)
            {
                throw new FleetDefinitionException(e.Message, FleetSettings.At(template), e);
            }

            var member = new FleetMember(members.Count, url);
            if (seen.Add(member.Name))
            {
                // A name the query returns twice is one database, run once.
                members.Add(member);
            }
        }

        return members.Count > 0
            ? members
            : throw new FleetDefinitionException("[fleet] query returned no name on " + sourceShownAs + ", so the fleet is empty", FleetSettings.At(query));
    }

    private static async Task<List<string>> RunAsync(IniValue query, DatabaseUrl source, string sourceShownAs, CancellationToken cancellationToken)
    {
        DatabaseDialect dialect = DatabaseDialects.For(source);
        await using DatabaseSession session = await dialect.OpenAsync(source, readOnly: true, cancellationToken).ConfigureAwait(false);
        try
        {
            await using DbCommand command = session.Connection.CreateCommand();
            command.CommandText = query.Value;
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var names = new List<string>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!await reader.IsDBNullAsync(0, cancellationToken).ConfigureAwait(false)
                    && Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } name)
                {
                    names.Add(name);
                }
            }

            return names;
        }
        catch (Exception e) when (session.IsDatabaseFailure(e))
        {
            throw new FleetDefinitionException("[fleet] query failed on " + sourceShownAs + ": " + session.DescribeFailure(e), FleetSettings.At(query), e);
        }
    }
}
