namespace KnowledgeGraph.GraphQL.Language.Tests;

public class BlockStringTests
{
    public static TheoryData<string[], string[]> DedentCases => new()
    {
        { [""], [] },
        { ["  a"], ["  a"] },
        { [" a", "  b"], [" a", "b"] },
        { ["", " a", "  b"], ["a", " b"] },
        { ["", "  a", " b"], [" a", "b"] },
        { ["", "  a", " b", "c"], ["  a", " b", "c"] },
        { ["", "\ta", "          b"], ["a", "         b"] },
        { ["", "\t a", "          b"], ["a", "        b"] },
        { ["", " \t a", "          b"], ["a", "       b"] },
        { ["a", "", " b"], ["a", "", "b"] },
        { ["a", " ", "  b"], ["a", "", "b"] },
        { ["", "    Hello,", "      World!", "", "    Yours,", "      GraphQL."], ["Hello,", "  World!", "", "Yours,", "  GraphQL."] },
        { ["", "", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.", "", ""], ["Hello,", "  World!", "", "Yours,", "  GraphQL."] },
        {
            ["  ", "        ", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.", "        ", "  "],
            ["Hello,", "  World!", "", "Yours,", "  GraphQL."]
        },
        { ["    Hello,", "      World!", "", "    Yours,", "      GraphQL."], ["    Hello,", "  World!", "", "Yours,", "  GraphQL."] },
        {
            ["               ", "    Hello,     ", "      World!   ", "               ", "    Yours,     ", "      GraphQL. ", "               "],
            ["Hello,     ", "  World!   ", "           ", "Yours,     ", "  GraphQL. "]
        },
    };

    [Theory]
    [MemberData(nameof(DedentCases))]
    public void Dedents_lines_like_graphql_js(string[] lines, string[] expected)
    {
        Assert.Equal(expected, BlockString.DedentLines(lines));

        // The string form agrees with the line form, whatever the line terminator.
        Assert.Equal(string.Join('\n', expected), BlockString.Dedent(string.Join('\n', lines)));
        Assert.Equal(string.Join('\n', expected), BlockString.Dedent(string.Join("\r\n", lines)));
        Assert.Equal(string.Join('\n', expected), BlockString.Dedent(string.Join('\r', lines)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" a")]
    [InlineData("\t\"\n\"")]
    public void Accepts_printable_block_strings(string value)
    {
        Assert.True(BlockString.IsPrintableAsBlockString(value));
    }

    [Theory]
    [InlineData("\t\"\n \n\t\"")]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData("\t ")]
    [InlineData(" \t")]
    [InlineData("\u0000")]
    [InlineData("a\u0000b")]
    [InlineData("\n")]
    [InlineData("\n\n")]
    [InlineData("\n\n\n")]
    [InlineData(" \n  \n")]
    [InlineData("\t\n\t\t\n")]
    [InlineData("\r")]
    [InlineData("\n\r")]
    [InlineData("\r\n")]
    [InlineData("a\rb")]
    [InlineData("\na")]
    [InlineData(" \na")]
    [InlineData("\t\na")]
    [InlineData("\n\na")]
    [InlineData("a\n")]
    [InlineData("a\n ")]
    [InlineData("a\n\t")]
    [InlineData("a\n\n")]
    public void Rejects_unprintable_block_strings(string value)
    {
        Assert.False(BlockString.IsPrintableAsBlockString(value));
    }

    [Theory]
    [InlineData("\" \\ / \b \f \n \r \t", "\"\"\"\n\" \\ / \b \f \n \r \t\n\"\"\"", "\"\"\"\n\" \\ / \b \f \n \r \t\"\"\"")]
    [InlineData("one liner", "\"\"\"one liner\"\"\"", "\"\"\"one liner\"\"\"")]
    [InlineData("triple quotation \"\"\"", "\"\"\"\ntriple quotation \\\"\"\"\n\"\"\"", "\"\"\"triple quotation \\\"\"\"\"\"\"")]
    [InlineData("    space-led string", "\"\"\"    space-led string\"\"\"", "\"\"\"    space-led string\"\"\"")]
    [InlineData("    space-led value \"quoted string\"", "\"\"\"    space-led value \"quoted string\"\n\"\"\"", "\"\"\"    space-led value \"quoted string\"\n\"\"\"")]
    [InlineData("backslash \\", "\"\"\"\nbackslash \\\n\"\"\"", "\"\"\"backslash \\\n\"\"\"")]
    [InlineData("no indent\n with indent", "\"\"\"\nno indent\n with indent\n\"\"\"", "\"\"\"\nno indent\n with indent\"\"\"")]
    [InlineData(
        "    first  \n  line     \nindentation\n     string",
        "\"\"\"\n    first  \n  line     \nindentation\n     string\n\"\"\"",
        "\"\"\"    first  \n  line     \nindentation\n     string\"\"\"")]
    public void Prints_block_strings_like_graphql_js(string value, string readable, string minimized)
    {
        Assert.Equal(readable, BlockString.Print(value));
        Assert.Equal(minimized, BlockString.Print(value, minimize: true));
    }

    [Fact]
    public void Prints_long_single_lines_on_their_own_line()
    {
        var value = new string('x', 71);
        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockString.Print(value));
        Assert.Equal("\"\"\"" + value[..70] + "\"\"\"", BlockString.Print(value[..70]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("simple")]
    [InlineData("  leading space")]
    [InlineData("trailing quote\"")]
    [InlineData("a \"\"\" b")]
    [InlineData("multi\nline\n  indented")]
    [InlineData("ends with \\")]
    public void Printed_block_strings_read_back_to_the_same_value(string value)
    {
        var printed = BlockString.Print(value);
        var token = LexerTests.LexOne(printed);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }
}
