namespace KnowledgeGraph.GraphQL.Language.Tests;

public class ParserErrorTests
{
    [Theory]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("\n      { ...MissingOn }\n      fragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 3, 26)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("  # only a comment\n", "Unexpected <EOF>.", 2, 1)]
    [InlineData("\"desc\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T @d", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"desc\" \"desc2\"", "Unexpected String \"desc2\".", 1, 8)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { A null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 12)]
    [InlineData("directive @d on UNKNOWN", "Unexpected Name \"UNKNOWN\".", 1, 17)]
    [InlineData("directive @d(a: Int) FIELD", "Expected \"on\", found Name \"FIELD\".", 1, 22)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend union U { }", "Unexpected \"{\".", 1, 16)]
    [InlineData("extend foo", "Unexpected Name \"foo\".", 1, 8)]
    [InlineData("{ a } extend", "Unexpected <EOF>.", 1, 13)]
    [InlineData("{ f(a: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("query Q($a Int) { f }", "Expected \":\", found Name \"Int\".", 1, 12)]
    [InlineData("query Q($a: [Int) { f }", "Expected \"]\", found \")\".", 1, 17)]
    [InlineData("type T implements & { f: Int }", "Expected Name, found \"{\".", 1, 21)]
    [InlineData("type T { f: }", "Expected Name, found \"}\".", 1, 13)]
    [InlineData("type T { f(a: Int = $v): Int }", "Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("subscription S", "Expected \"{\", found <EOF>.", 1, 15)]
    [InlineData("query Q { f(a: [1 2 }", "Unexpected \"}\".", 1, 21)]
    [InlineData("schema { query: Q, unknown: U }", "Unexpected Name \"unknown\".", 1, 20)]
    [InlineData("query {\n  a\n  b(c: 1 d: )\n}", "Unexpected \")\".", 3, 13)]
    [InlineData("{ f @ }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("mutation { f } @x", "Unexpected \"@\".", 1, 16)]
    [InlineData("input I { a: Int = 1 } input", "Expected Name, found <EOF>.", 1, 29)]
    [InlineData("{ f(a: \"\\u{FFFFFF}\") }", "Invalid Unicode escape sequence: \"\\u{FFFFFF}\".", 1, 9)]
    [InlineData("{\r\n  f(a: 01)\r\n}", "Invalid number, unexpected digit after 0: \"1\".", 2, 9)]
    public void Reports_syntax_errors_with_graphql_js_wording_and_position(string text, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text));
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal((line, column), error.GraphQLSource.GetLocation(error.Position));
    }

    [Fact]
    public void Reports_value_and_type_errors()
    {
        AssertError(() => Parser.ParseConstValue("$$"), "Unexpected \"$\".", 1, 1);
        AssertError(() => Parser.ParseConstValue("$var"), "Unexpected variable \"$var\" in constant value.", 1, 1);
        AssertError(() => Parser.ParseValue("1 2"), "Expected <EOF>, found Int \"2\".", 1, 3);
        AssertError(() => Parser.ParseValue(""), "Unexpected <EOF>.", 1, 1);
        AssertError(() => Parser.ParseValue("{a 1}"), "Expected \":\", found Int \"1\".", 1, 4);
        AssertError(() => Parser.ParseType("[A"), "Expected \"]\", found <EOF>.", 1, 3);
        AssertError(() => Parser.ParseType("A!!"), "Expected <EOF>, found \"!\".", 1, 3);
    }

    [Fact]
    public void Limits_the_number_of_tokens()
    {
        Parser.Parse("{ foo }", new ParserOptions { MaxTokens = 3 });
        AssertError(
            () => Parser.Parse("{ foo }", new ParserOptions { MaxTokens = 2 }),
            "Document contains more than 2 tokens. Parsing aborted.",
            1,
            7);

        Parser.Parse("{ foo(bar: \"baz\") }", new ParserOptions { MaxTokens = 8 });
        AssertError(
            () => Parser.Parse("{ foo(bar: \"baz\") }", new ParserOptions { MaxTokens = 7 }),
            "Document contains more than 7 tokens. Parsing aborted.",
            1,
            19);

        // Comments and other ignored tokens do not count.
        Parser.Parse("# comment\n{ foo, , , }", new ParserOptions { MaxTokens = 3 });
    }

    [Fact]
    public void Rejects_absurd_nesting_without_overflowing_the_stack()
    {
        const int depth = 1_000_000;
        var selections = string.Concat(Enumerable.Repeat("{a", depth)) + new string('}', depth);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(selections));
        Assert.Equal("Syntax Error: Document is nested too deeply. Parsing aborted.", error.Message);

        var list = new string('[', depth);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(list));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(list));
    }

    private static void AssertError(Action parse, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(parse);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }
}
