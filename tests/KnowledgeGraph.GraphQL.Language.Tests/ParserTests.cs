namespace KnowledgeGraph.GraphQL.Language.Tests;

public class ParserTests
{
    private static (int Start, int End) Span(Node node) => (node.Location!.Start, node.Location.End);

    [Fact]
    public void Parses_the_kitchen_sink_query()
    {
        var document = Parser.Parse(Fixtures.KitchenSinkQuery);

        Assert.Equal(
            [
                NodeKind.OperationDefinition, NodeKind.OperationDefinition, NodeKind.OperationDefinition,
                NodeKind.FragmentDefinition, NodeKind.OperationDefinition, NodeKind.OperationDefinition,
            ],
            document.Definitions.Select(d => d.Kind));

        var query = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(OperationType.Query, query.Operation);
        Assert.Equal("queryName", query.Name!.Value);
        Assert.Equal(["foo", "site"], query.VariableDefinitions.Select(v => v.Variable.Name.Value));
        Assert.Equal("MOBILE", Assert.IsType<EnumValueNode>(query.VariableDefinitions[1].DefaultValue).Value);

        var node = Assert.IsType<FieldNode>(query.SelectionSet.Selections[0]);
        Assert.Equal(("whoever123is", "node"), (node.Alias!.Value, node.Name.Value));
        var ids = Assert.IsType<ListValueNode>(node.Arguments[0].Value);
        Assert.Equal(["123", "456"], ids.Values.Cast<IntValueNode>().Select(v => v.Value));

        var inline = Assert.IsType<InlineFragmentNode>(node.SelectionSet!.Selections[1]);
        Assert.Equal("User", inline.TypeCondition!.Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(node.SelectionSet.Selections[2]).TypeCondition);

        var subscription = Assert.IsType<OperationDefinitionNode>(document.Definitions[2]);
        Assert.Equal(OperationType.Subscription, subscription.Operation);
        Assert.Equal("onVariableDefinition", subscription.VariableDefinitions[0].Directives[0].Name.Value);

        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[3]);
        Assert.Equal(("frag", "Friend"), (fragment.Name.Value, fragment.TypeCondition.Name.Value));
        var obj = Assert.IsType<ObjectValueNode>(Assert.IsType<FieldNode>(fragment.SelectionSet.Selections[0]).Arguments[2].Value);
        var block = Assert.IsType<StringValueNode>(obj.Fields[1].Value);
        Assert.True(block.Block);
        Assert.Equal("block string uses \"\"\"", block.Value);

        var unnamed = Assert.IsType<OperationDefinitionNode>(document.Definitions[4]);
        Assert.Null(unnamed.Name);
        var args = Assert.IsType<FieldNode>(unnamed.SelectionSet.Selections[0]).Arguments;
        Assert.True(Assert.IsType<BooleanValueNode>(args[0].Value).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(args[1].Value).Value);
        Assert.IsType<NullValueNode>(args[2].Value);
        Assert.Equal("query", Assert.IsType<FieldNode>(unnamed.SelectionSet.Selections[1]).Name.Value);
    }

    [Fact]
    public void Parses_the_kitchen_sink_sdl()
    {
        var document = Parser.Parse(Fixtures.KitchenSinkSdl);

        var kinds = document.Definitions.Select(d => d.Kind).ToList();
        Assert.Equal(38, kinds.Count);
        Assert.Equal(NodeKind.SchemaDefinition, kinds[0]);
        Assert.Equal(NodeKind.SchemaExtension, kinds[^1]);
        Assert.All(
            Enum.GetValues<NodeKind>().Where(k => k.ToString().EndsWith("Definition", StringComparison.Ordinal)
                && k is not (NodeKind.OperationDefinition or NodeKind.FragmentDefinition or NodeKind.VariableDefinition
                    or NodeKind.OperationTypeDefinition or NodeKind.FieldDefinition or NodeKind.InputValueDefinition
                    or NodeKind.EnumValueDefinition)),
            kind => Assert.Contains(kind, kinds));
        Assert.All(
            Enum.GetValues<NodeKind>().Where(k => k.ToString().EndsWith("Extension", StringComparison.Ordinal)),
            kind => Assert.Contains(kind, kinds));

        var schema = Assert.IsType<SchemaDefinitionNode>(document.Definitions[0]);
        Assert.Equal("This is a description of the schema as a whole.", schema.Description!.Value);
        Assert.Equal([OperationType.Query, OperationType.Mutation], schema.OperationTypes.Select(o => o.Operation));

        var foo = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[1]);
        Assert.Equal("This is a description\nof the `Foo` type.", foo.Description!.Value);
        Assert.Equal(["Bar", "Baz", "Two"], foo.Interfaces.Select(i => i.Name.Value));
        var two = foo.Fields[1];
        Assert.Equal("This is a description of the `two` field.", two.Description!.Value);
        Assert.Equal("This is a description of the `argument` argument.", two.Arguments[0].Description!.Value);
        Assert.IsType<NonNullTypeNode>(two.Arguments[0].Type);
        Assert.Equal("Description of the `one` field.", foo.Fields[0].Description!.Value);
        Assert.False(foo.Fields[0].Description!.Block);

        var feed = document.Definitions.OfType<UnionTypeDefinitionNode>().First();
        Assert.Equal(["Story", "Article", "Advert"], feed.Types.Select(t => t.Name.Value));
        var unionTwo = document.Definitions.OfType<UnionTypeDefinitionNode>().Single(u => u.Name.Value == "AnnotatedUnionTwo");
        Assert.Equal(["A", "B"], unionTwo.Types.Select(t => t.Name.Value));
        Assert.Empty(document.Definitions.OfType<UnionTypeDefinitionNode>().Single(u => u.Name.Value == "UndefinedUnion").Types);

        var baz = document.Definitions.OfType<InterfaceTypeDefinitionNode>().Single(i => i.Name.Value == "Baz");
        Assert.Equal(["Bar", "Two"], baz.Interfaces.Select(i => i.Name.Value));

        var site = document.Definitions.OfType<EnumTypeDefinitionNode>().First();
        Assert.Equal(["DESKTOP", "MOBILE", "WEB"], site.Values.Select(v => v.Name.Value));

        var directives = document.Definitions.OfType<DirectiveDefinitionNode>().ToList();
        Assert.Equal(["skip", "include", "include2", "myRepeatableDir"], directives.Select(d => d.Name.Value));
        Assert.Equal(["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"], directives[2].Locations.Select(l => l.Value));
        Assert.Equal([false, false, false, true], directives.Select(d => d.Repeatable));

        var other = document.Definitions.OfType<InputObjectTypeExtensionNode>().First().Fields[0];
        Assert.Equal("1.23e4", Assert.IsType<FloatValueNode>(other.DefaultValue).Value);
        var extendSchema = document.Definitions.OfType<SchemaExtensionNode>().ToList();
        Assert.Empty(extendSchema[0].OperationTypes);
        Assert.Equal(OperationType.Subscription, extendSchema[1].OperationTypes[0].Operation);
    }

    [Fact]
    public void Records_locations_like_graphql_js()
    {
        var document = Parser.Parse("{\n  node(id: 4) {\n    id,\n    name\n  }\n}\n");

        Assert.Equal((0, 41), Span(document));
        Assert.Equal((1, 1), (document.Location!.Line, document.Location.Column));
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal((0, 40), Span(operation));
        Assert.Equal((0, 40), Span(operation.SelectionSet));
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal((4, 38), Span(field));
        Assert.Equal((4, 8), Span(field.Name));
        Assert.Equal((9, 14), Span(field.Arguments[0]));
        Assert.Equal((9, 11), Span(field.Arguments[0].Name));
        Assert.Equal((13, 14), Span(field.Arguments[0].Value));
        Assert.Equal((16, 38), Span(field.SelectionSet!));
        Assert.Equal((22, 24), Span(field.SelectionSet!.Selections[0]));
        Assert.Equal((30, 34), Span(field.SelectionSet.Selections[1]));

        var name = field.SelectionSet.Selections[1].Location!;
        Assert.Equal((4, 5), (name.Line, name.Column));
        Assert.Equal("GraphQL request", name.Source.Name);
        Assert.Equal((4, 5), name.Source.GetLocation(name.Start));
    }

    [Fact]
    public void Omits_locations_when_asked()
    {
        var document = Parser.Parse("{ a(b: [1, {c: $d}]) @e }", new ParserOptions { NoLocation = true });
        var nodes = new List<Node>();
        AstVisitor.Walk(document, new Collector(nodes));
        Assert.True(nodes.Count > 10);
        Assert.All(nodes, n => Assert.Null(n.Location));
    }

    [Fact]
    public void Names_the_source_in_locations_and_errors()
    {
        var source = new Source("type Query { a: Int }", "schema.graphql");
        var document = Parser.Parse(source);
        Assert.Same(source, document.Location!.Source);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(new Source("type", "bad.graphql")));
        Assert.Equal("bad.graphql", error.GraphQLSource.Name);
    }

    [Fact]
    public void Parses_executable_descriptions_of_september_2025()
    {
        var document = Parser.Parse(
            "\"\"\"Operation description\"\"\"\nquery Q(\n  \"var desc\"\n  $a: Int = 1 @dir\n) { f }\n\n\"frag desc\"\nfragment F on T { f }");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Operation description", operation.Description!.Value);
        Assert.True(operation.Description.Block);
        Assert.Equal(0, operation.Location!.Start);
        var variable = operation.VariableDefinitions[0];
        Assert.Equal("var desc", variable.Description!.Value);
        Assert.Equal(("a", "dir"), (variable.Variable.Name.Value, variable.Directives[0].Name.Value));

        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("frag desc", fragment.Description!.Value);
        Assert.Equal(7, fragment.Location!.Line);
    }

    [Fact]
    public void Locates_a_described_variable_definition_from_its_description()
    {
        var document = Parser.Parse("query (\n  \"desc\"\n  $foo: Int = 42 @dir\n) {\n  field(foo: $foo)\n}\n");
        var variable = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]).VariableDefinitions[0];
        Assert.Equal((10, 38), Span(variable));
        Assert.Equal("desc", variable.Description!.Value);
    }

    [Fact]
    public void Parses_sdl_syntax_variants()
    {
        var document = Parser.Parse(
            """
            interface I implements & A & B { f: Int }
            union U = | X | Y
            directive @d(a: Int = 1) repeatable on | FIELD | QUERY
            extend schema @s
            extend type T implements I
            extend interface J @x
            extend union U = Z
            extend enum E @y
            extend input In @z
            extend scalar S @w
            """);

        var i = Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal(["A", "B"], i.Interfaces.Select(n => n.Name.Value));
        Assert.Equal(["X", "Y"], Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[1]).Types.Select(n => n.Name.Value));
        var d = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[2]);
        Assert.True(d.Repeatable);
        Assert.Equal(["FIELD", "QUERY"], d.Locations.Select(l => l.Value));
        Assert.Equal("1", Assert.IsType<IntValueNode>(d.Arguments[0].DefaultValue).Value);
        Assert.Equal(["I"], Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[4]).Interfaces.Select(n => n.Name.Value));
        Assert.IsType<ScalarTypeExtensionNode>(document.Definitions[^1]);
    }

    [Fact]
    public void Parses_legacy_fragment_variables_only_when_enabled()
    {
        const string text = "fragment Foo($a: ComplexType, $b: Boolean = false) on TestType { id }";
        var fragment = Assert.IsType<FragmentDefinitionNode>(
            Parser.Parse(text, new ParserOptions { AllowLegacyFragmentVariables = true }).Definitions[0]);
        Assert.Equal(["a", "b"], fragment.VariableDefinitions.Select(v => v.Variable.Name.Value));

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text));
        Assert.Equal("Syntax Error: Expected \"on\", found \"(\".", error.Message);
    }

    [Fact]
    public void Allows_keywords_as_names()
    {
        var document = Parser.Parse("query query { query: mutation(on: fragment) { subscription, type, extend } } fragment frag on on { on }");
        var field = Assert.IsType<FieldNode>(Assert.IsType<OperationDefinitionNode>(document.Definitions[0]).SelectionSet.Selections[0]);
        Assert.Equal(("query", "mutation"), (field.Alias!.Value, field.Name.Value));
        Assert.Equal("fragment", Assert.IsType<EnumValueNode>(field.Arguments[0].Value).Value);
        Assert.Equal("on", Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]).TypeCondition.Name.Value);
    }

    [Fact]
    public void Parses_values_and_types_on_their_own()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[123 \"abc\" $var {a: [1.5e3, null]}]"));
        Assert.Equal(
            [NodeKind.IntValue, NodeKind.StringValue, NodeKind.Variable, NodeKind.ObjectValue],
            list.Values.Select(v => v.Kind));
        Assert.Equal("\"\"\"long\"\"\"", Printer.Print(Parser.ParseConstValue("\"\"\"long\"\"\"")));
        Assert.Empty(Assert.IsType<ListValueNode>(Parser.ParseConstValue("[]")).Values);
        Assert.Empty(Assert.IsType<ObjectValueNode>(Parser.ParseConstValue("{}")).Fields);

        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[MyType!]!"));
        var inner = Assert.IsType<NonNullTypeNode>(Assert.IsType<ListTypeNode>(type.Type).Type);
        Assert.Equal("MyType", Assert.IsType<NamedTypeNode>(inner.Type).Name.Value);
        Assert.Equal((0, 10), Span(type));
    }

    [Fact]
    public void Parses_large_documents_with_many_tokens()
    {
        var text = "{ " + string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"f{i}(a: {i})")) + " }";
        var document = Parser.Parse(text, new ParserOptions { MaxTokens = 30002 });
        Assert.Equal(5000, Assert.IsType<OperationDefinitionNode>(document.Definitions[0]).SelectionSet.Selections.Count);
    }

    private sealed class Collector(List<Node> nodes) : AstVisitor
    {
        public override void Enter(Node node, Node? parent) => nodes.Add(node);
    }
}
