using DbSync.Core.Errors;
using DbSync.Schema.Sources;
using DbSync.Testing;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>The ef: spec: its options, and one DBS108 line for each way of getting it wrong.</summary>
public sealed class EfModelSpecTests : IDisposable
{
    private readonly TempDirectory _directory = new("dbsync-ef-spec");

    public EfModelSpecTests()
    {
        _directory.Write(Path.Combine("src", "Shop", "Shop.csproj"), "<Project />");
        _directory.Write(Path.Combine("src", "Two", "A.csproj"), "<Project />");
        _directory.Write(Path.Combine("src", "Two", "B.csproj"), "<Project />");
        _directory.Write(Path.Combine("src", "readme.txt"), "not a project");
    }

    [Fact]
    public void Options_are_read_and_the_project_resolved_from_the_base_folder()
    {
        var spec = Parse("ef:src/Shop/Shop.csproj;context=ShopContext;configuration=Release;framework=net9.0;no-build");

        Assert.Equal(_directory.Combine("src", "Shop", "Shop.csproj"), spec.ProjectPath);
        Assert.Equal(("ShopContext", "Release", "net9.0", true), (spec.Context, spec.Configuration, spec.Framework, spec.NoBuild));
        Assert.Equal("ef:src/Shop/Shop.csproj;context=ShopContext;configuration=Release;framework=net9.0;no-build", spec.Name);
    }

    [Fact]
    public void A_folder_with_one_project_names_it_and_the_defaults_are_a_debug_build()
    {
        var spec = Parse("ef:src/Shop");

        Assert.Equal(_directory.Combine("src", "Shop", "Shop.csproj"), spec.ProjectPath);
        Assert.Equal((null, "Debug", null, false), (spec.Context, spec.Configuration, spec.Framework, spec.NoBuild));
    }

    [Theory]
    [InlineData("ef:", "names no project: write ef:PATH/App.csproj")]
    [InlineData("ef:src/Shop/Shop.csproj;contxt=X", "has an unknown option 'contxt=X' (the options are context=NAME, configuration=NAME, framework=TFM, no-build)")]
    [InlineData("ef:src/Shop/Shop.csproj;context=", "has no value for 'context': write context=NAME")]
    [InlineData("ef:src/Shop/Shop.csproj;no-build=yes", "gives 'no-build' a value: write ';no-build' alone")]
    [InlineData("ef:src/Shop/Shop.csproj;context=A;context=B", "sets 'context' twice")]
    [InlineData("ef:src/Two", "names the folder {0}/src/Two, which holds 2 project files (A.csproj, B.csproj): name one")]
    [InlineData("ef:src/None.csproj", "names {0}/src/None.csproj, which does not exist")]
    [InlineData("ef:src/readme.txt", "names {0}/src/readme.txt, which is not a project file (.csproj, .fsproj, .vbproj)")]
    public void A_bad_spec_is_one_line_naming_where_it_was_written(string text, string problem)
    {
        var error = Assert.Throws<DbSyncException>(() => Parse(text));

        Assert.Equal(ErrorCodes.Model, error.Code);
        Assert.Equal("the model '" + text + "' ([dbsync] model in migrate.cfg) " + string.Format(System.Globalization.CultureInfo.InvariantCulture, problem, _directory.Path), error.Message);
    }

    [Fact]
    public void An_unknown_kind_is_refused_and_a_plain_path_is_still_a_model_sql()
    {
        var error = Assert.Throws<DbSyncException>(() => ModelSources.Parse("dbml:schema.dbml", _directory.Path, "--model"));
        Assert.Equal("unknown kind of model 'dbml:' in 'dbml:schema.dbml' (--model): write a model.sql path or one of ef:...", error.Message);

        _directory.Write("model.sql", "CREATE TABLE t (id INTEGER PRIMARY KEY);");
        Assert.IsType<SqlFileModelSource>(ModelSources.Parse("model.sql", _directory.Path, "--model"));
    }

    private EfModelSpec Parse(string text) =>
        ((EfModelSource)ModelSources.Parse(text, _directory.Path, "[dbsync] model in migrate.cfg")).Spec;

    public void Dispose() => _directory.Dispose();
}
