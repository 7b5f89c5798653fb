namespace DbSync.Schema.Sources;

/// <summary>
/// A model spec after its kind's prefix (<c>../src/Shop/Shop.csproj;context=ShopContext</c> for <c>ef:...</c>), with the
/// folder relative paths start from and where the spec was written (<c>[dbsync] model in PATH</c>, <c>--model</c>), for messages.
/// </summary>
public sealed record ModelSourceSpec(string Text, string BaseDirectory, string Origin);
