using DbSync.Schema.Sources;

namespace DbSync.EntityFrameworkCore;

/// <summary>Registers the <c>ef:</c> model source (<c>model = ef:../src/Shop/Shop.csproj;context=ShopContext</c>) with the engine.</summary>
public static class EntityFrameworkCoreModels
{
    public const string Prefix = "ef";

    /// <summary>Makes <c>ef:...</c> models available to <see cref="ModelSources"/>. Idempotent.</summary>
    public static void Register() => ModelSources.Register(Prefix, spec => new EfModelSource(EfModelSpec.Parse(spec)));
}
