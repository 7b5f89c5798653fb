using System.Collections.Concurrent;
using DbSync.Core.Errors;
using DbSync.Core.Repository;

namespace DbSync.Schema.Sources;

/// <summary>
/// The kinds of model a host understands, by prefix (<c>ef:</c>), beside the built-in desired-state SQL file. Like the
/// dialects, each kind lives in its own project and the host registers it: the CLI registers DbSync.EntityFrameworkCore.
/// </summary>
public static class ModelSources
{
    private static readonly ConcurrentDictionary<string, Func<ModelSourceSpec, IModelSource>> ByPrefix = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Makes <c>PREFIX:...</c> specs create their source with <paramref name="create"/>. Idempotent.</summary>
    public static void Register(string prefix, Func<ModelSourceSpec, IModelSource> create)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentNullException.ThrowIfNull(create);
        ByPrefix[prefix] = create;
    }

    /// <summary>The repository's <c>[dbsync] model</c>, relative to the repository folder.</summary>
    /// <exception cref="DbSyncException">DBS108: there is none, or it names no usable model.</exception>
    public static IModelSource FromRepository(MigrationRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        if (repository.Config.Model == null)
        {
            throw new DbSyncException(ErrorCodes.Model, "the repository has no model: add 'model = model.sql' under [dbsync] in " + repository.Config.Path
                + " and write the desired schema (CREATE TABLE, CREATE INDEX ... statements) in " + System.IO.Path.Combine(repository.Path, "model.sql")
                + ", or 'model = ef:PATH/App.csproj' to use an EF Core application's model");
        }

        return Parse(repository.Config.Model, repository.Path, "[dbsync] model in " + repository.Config.Path);
    }

    /// <summary>
    /// A model spec: <c>KIND:...</c> for a registered kind, else the path of a desired-state SQL file. Relative paths
    /// start at <paramref name="baseDirectory"/>; <paramref name="origin"/> says where the spec was written, for messages.
    /// </summary>
    /// <exception cref="DbSyncException">DBS108: an unknown kind, or a spec its kind rejects (missing file, bad option).</exception>
    public static IModelSource Parse(string spec, string baseDirectory, string origin)
    {
        ArgumentNullException.ThrowIfNull(spec);
        int colon = spec.IndexOf(':', StringComparison.Ordinal);

        // Two letters at least: "C:\model.sql" is a Windows path, not a kind.
        if (colon > 1 && spec[..colon].All(char.IsAsciiLetter))
        {
            string prefix = spec[..colon];
            if (!ByPrefix.TryGetValue(prefix, out var create))
            {
                throw new DbSyncException(ErrorCodes.Model, "unknown kind of model '" + prefix + ":' in '" + spec + "' (" + origin + "): "
                    + (string.Equals(prefix, "ef", StringComparison.OrdinalIgnoreCase)
                        ? "EF Core models need DbSync.EntityFrameworkCore registered in this host (EntityFrameworkCoreModels.Register())"
                        : "write a model.sql path" + (ByPrefix.IsEmpty ? string.Empty : " or one of " + string.Join(", ", ByPrefix.Keys.Order(StringComparer.Ordinal).Select(k => k + ":...")))));
            }

            return create(new ModelSourceSpec(spec[(colon + 1)..], baseDirectory, origin));
        }

        return new SqlFileModelSource(System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, spec)), origin);
    }
}
