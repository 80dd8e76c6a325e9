namespace KnowledgeGraph.GraphQL.Language.Tests;

public class PrinterTests
{
    private static string Print(string text, ParserOptions? options = null) => Printer.Print(Parser.Parse(text, options));

    /// <summary>A structural fingerprint of a tree: every node's kind and print, in walk order.</summary>
    private static List<string> Shape(Node root) =>
        [.. Walk(root).Select(n => n.Kind + ":" + (n.Kind is NodeKind.Document ? string.Empty : Printer.Print(n)))];

    private static List<Node> Walk(Node root)
    {
        var nodes = new List<Node>();
        AstVisitor.Walk(root, new VisitorTests.Recorder(nodes, null));
        return nodes;
    }

    [Fact]
    public void Prints_the_kitchen_sink_query_like_graphql_js()
    {
        var ast = Parser.Parse(Fixtures.KitchenSinkQuery, new ParserOptions { NoLocation = true });
        var printed = Printer.Print(ast);

        Assert.Equal(Fixtures.KitchenSinkQueryPrinted, printed);
        Assert.Equal(printed, Print(printed));
        Assert.Equal(Shape(ast), Shape(Parser.Parse(printed, new ParserOptions { NoLocation = true })));
    }

    [Fact]
    public void Prints_the_kitchen_sink_sdl_like_graphql_js()
    {
        var ast = Parser.Parse(Fixtures.KitchenSinkSdl, new ParserOptions { NoLocation = true });
        var printed = Printer.Print(ast);

        Assert.Equal(Fixtures.KitchenSinkSdlPrinted, printed);
        Assert.Equal(printed, Print(printed));
        Assert.Equal(Shape(ast), Shape(Parser.Parse(printed, new ParserOptions { NoLocation = true })));
    }

    [Theory]
    [InlineData("query { id, name }", "{\n  id\n  name\n}")]
    [InlineData("mutation { id, name }", "mutation {\n  id\n  name\n}")]
    [InlineData("query ($foo: TestType) @testDirective { id, name }", "query ($foo: TestType) @testDirective {\n  id\n  name\n}")]
    [InlineData("mutation ($foo: TestType) @testDirective { id, name }", "mutation ($foo: TestType) @testDirective {\n  id\n  name\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("subscription { a }", "subscription {\n  a\n}")]
    [InlineData(
        "query ($foo: TestType = {a: 123} @testDirective(if: true) @test) { id }",
        "query ($foo: TestType = {a: 123} @testDirective(if: true) @test) {\n  id\n}")]
    [InlineData("{trip(wheelchair:false arriveBy:false){dateTime}}", "{\n  trip(wheelchair: false, arriveBy: false) {\n    dateTime\n  }\n}")]
    [InlineData(
        "{trip(wheelchair:false arriveBy:false includePlannedCancellations:true transitDistanceReluctance:2000){dateTime}}",
        "{\n  trip(\n    wheelchair: false\n    arriveBy: false\n    includePlannedCancellations: true\n    transitDistanceReluctance: 2000\n  ) {\n    dateTime\n  }\n}")]
    [InlineData("{ a(list: [], obj: {}, s: \"x\\ny\", e: ENUM, f: -1.5E+3) @skip(if: $v) }", "{\n  a(list: [], obj: {}, s: \"x\\ny\", e: ENUM, f: -1.5E+3) @skip(if: $v)\n}")]
    [InlineData("{ ... on T { a } ...F @d ... @i { b } }", "{\n  ... on T {\n    a\n  }\n  ...F @d\n  ... @i {\n    b\n  }\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("query Q($a: [Int!]! = [1], $b: String) { a }", "query Q($a: [Int!]! = [1], $b: String) {\n  a\n}")]
    public void Prints_executable_documents(string text, string expected)
    {
        Assert.Equal(expected, Print(text));
        Assert.Equal(expected, Print(expected));
    }

    [Fact]
    public void Prints_legacy_fragment_variables()
    {
        var options = new ParserOptions { AllowLegacyFragmentVariables = true };
        Assert.Equal(
            "fragment Foo($foo: TestType @test) on TestType @testDirective {\n  id\n}",
            Print("fragment Foo($foo: TestType @test) on TestType @testDirective { id }", options));
        Assert.Equal(
            "fragment Foo($a: ComplexType, $b: Boolean = false) on TestType {\n  id\n}",
            Print("\n  fragment Foo($a: ComplexType, $b: Boolean = false) on TestType {\n    id\n  }\n", options));
    }

    [Fact]
    public void Prints_executable_descriptions_as_graphql_js_16_does()
    {
        var printed = Print(
            "\"\"\"Operation description\"\"\" query Q(\"var desc\" $a: Int = 1, $b: [String!]) @x { f } \"frag\" fragment F on T { g }");

        // graphql-js puts described variable definitions one per line, without indenting them.
        Assert.Equal(
            "\"\"\"Operation description\"\"\"\nquery Q(\n\"var desc\"\n$a: Int = 1\n$b: [String!]\n) @x {\n  f\n}\n\n\"frag\"\nfragment F on T {\n  g\n}",
            printed);
        Assert.Equal(printed, Print(printed));
        Assert.Equal("\"d\"\nquery {\n  a\n}", Print("\"d\" query { a }"));
    }

    [Fact]
    public void Prints_sdl_details()
    {
        Assert.Equal(
            "type T {\n  f(\n    \"\"\"\n    A long description of the argument that does not fit in seventy characters.\n    \"\"\"\n    a: Int\n    b: Int = 2\n  ): Int\n}",
            Print("type T { f(\"\"\"A long description of the argument that does not fit in seventy characters.\"\"\" a: Int, b: Int = 2): Int }"));
        Assert.Equal("directive @d(\n  \"a\"\n  x: Int\n) on FIELD", Print("directive @d(\"a\" x: Int) on FIELD"));
        Assert.Equal("interface I implements A & B", Print("interface I implements & A & B"));
        Assert.Equal("extend interface I implements A @d {\n  f: Int\n}", Print("extend interface I implements A @d { f: Int }"));
        Assert.Equal("schema @d {\n  query: Q\n  mutation: M\n  subscription: S\n}", Print("schema @d { query: Q mutation: M subscription: S }"));
    }

    [Fact]
    public void Prints_hand_built_nodes()
    {
        Assert.Equal("foo", Printer.Print(new FieldNode { Name = new NameNode { Value = "foo" } }));
        Assert.Equal("scalar foo", Printer.Print(new ScalarTypeDefinitionNode { Name = new NameNode { Value = "foo" } }));
        Assert.Equal(
            "{\n  a: b\n}",
            Printer.Print(new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                SelectionSet = new SelectionSetNode
                {
                    Selections = [new FieldNode { Alias = new NameNode { Value = "a" }, Name = new NameNode { Value = "b" } }],
                },
            }));
        Assert.Equal("[Int!]", new ListTypeNode { Type = new NonNullTypeNode { Type = new NamedTypeNode { Name = new NameNode { Value = "Int" } } } }.ToString());
        Assert.Equal("null", new NullValueNode().ToString());
    }

    [Theory]
    [InlineData("hello world", "\"hello world\"")]
    [InlineData("\"hello world\"", "\"\\\"hello world\\\"\"")]
    [InlineData("who's test", "\"who's test\"")]
    [InlineData("escape: \\", "\"escape: \\\\\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\u0000", "\"\\u0000\"")]
    [InlineData("\u001F\u000B", "\"\\u001F\\u000B\"")]
    [InlineData(" ", "\" \"")]
    [InlineData("\U0001F600", "\"\U0001F600\"")]
    [InlineData("\u007F\u0080\u009F\u00A0", "\"\\u007F\\u0080\\u009F\u00A0\"")]
    public void Prints_strings_like_graphql_js(string value, string expected)
    {
        Assert.Equal(expected, Printer.PrintString(value));
        Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(expected)).Value);
    }

    [Theory]
    [InlineData("{ a { b { c(d: [{e: 1}, {f: \"\"\"g\"\"\"}]) } } }")]
    [InlineData("query Q($v: In = {a: [1, 2.5, true, null, X]}) @d(a: $v) { ...F ... on T @i(if: $v) { x } }\nfragment F on T { y }")]
    [InlineData("\"\"\"\n  indented\n    more\n\"\"\"\ntype T implements I & J @k(a: 1) { \"d\" f(\"\"\"x\"\"\" a: Int = 1 @z): [T!]! @dep }")]
    [InlineData("union U @d = A | B\nenum E { A @d B }\ninput I { a: Int = 1 @d }\nscalar S @specifiedBy(url: \"u\")")]
    [InlineData("directive @a(\"\"\"multi\nline\"\"\" b: Int) repeatable on QUERY | FIELD\nextend schema { query: Q }")]
    [InlineData("{ f(s: \"\"\"  leading and trailing \\\"\"\" \"\"\") }")]
    public void Printing_is_stable(string text)
    {
        var once = Print(text);
        Assert.Equal(once, Print(once));
        Assert.Equal(Shape(Parser.Parse(text, new ParserOptions { NoLocation = true })), Shape(Parser.Parse(once, new ParserOptions { NoLocation = true })));
    }
}
