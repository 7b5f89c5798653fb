using DbSync.Errors;
using DbSync.Schema.Comparison;

namespace DbSync.Tests.Schema;

public sealed class ColumnRenameTests
{
    [Fact]
    public void Table_old_equals_new_is_read_as_a_rename()
    {
        Assert.Equal(new ColumnRename("items", "descr", "description", "items.descr=description"), ColumnRename.Parse("items.descr=description"));
    }

    [Theory]
    [InlineData("items.descr")]
    [InlineData("descr=description")]
    [InlineData("items.=description")]
    [InlineData(".descr=description")]
    [InlineData("items.descr=")]
    [InlineData("items.descr=items.description")]
    [InlineData("items.descr=a=b")]
    public void Anything_else_is_a_command_line_error_naming_the_value(string value)
    {
        var error = Assert.Throws<CommandLineException>(() => ColumnRename.Parse(value));

        Assert.Equal("DBS200", error.Code);
        Assert.Equal("--rename '" + value + "' is not TABLE.OLD=NEW (e.g. --rename items.descr=description)", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
