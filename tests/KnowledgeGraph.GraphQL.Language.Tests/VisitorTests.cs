namespace KnowledgeGraph.GraphQL.Language.Tests;

public class VisitorTests
{
    internal sealed class Recorder(List<Node>? entered, List<string>? events) : AstVisitor
    {
        public override void Enter(Node node, Node? parent)
        {
            entered?.Add(node);
            events?.Add($"enter {node.Kind} {Describe(node)} <- {parent?.Kind.ToString() ?? "root"}");
        }

        public override void Leave(Node node, Node? parent) => events?.Add($"leave {node.Kind} {Describe(node)}");

        private static string Describe(Node node) => node switch
        {
            NameNode n => n.Value,
            IntValueNode n => n.Value,
            _ => string.Empty,
        };
    }

    [Fact]
    public void Walks_depth_first_in_source_order()
    {
        var events = new List<string>();
        AstVisitor.Walk(Parser.Parse("{ a(x: 1) { b } }", new ParserOptions { NoLocation = true }), new Recorder(null, events));

        Assert.Equal(
            [
                "enter Document  <- root",
                "enter OperationDefinition  <- Document",
                "enter SelectionSet  <- OperationDefinition",
                "enter Field  <- SelectionSet",
                "enter Name a <- Field",
                "leave Name a",
                "enter Argument  <- Field",
                "enter Name x <- Argument",
                "leave Name x",
                "enter IntValue 1 <- Argument",
                "leave IntValue 1",
                "leave Argument ",
                "enter SelectionSet  <- Field",
                "enter Field  <- SelectionSet",
                "enter Name b <- Field",
                "leave Name b",
                "leave Field ",
                "leave SelectionSet ",
                "leave Field ",
                "leave SelectionSet ",
                "leave OperationDefinition ",
                "leave Document ",
            ],
            events);
    }

    [Theory]
    [InlineData("kitchen-sink.graphql")]
    [InlineData("schema-kitchen-sink.graphql")]
    public void Visits_nodes_in_source_order(string fixture)
    {
        var nodes = new List<Node>();
        AstVisitor.Walk(Parser.Parse(Fixtures.Read(fixture)), new Recorder(nodes, null));

        Assert.True(nodes.Count > 100);
        for (var i = 1; i < nodes.Count; i++)
        {
            Assert.True(
                nodes[i - 1].Location!.Start <= nodes[i].Location!.Start,
                $"{nodes[i - 1].Kind} at {nodes[i - 1].Location!.Start} before {nodes[i].Kind} at {nodes[i].Location!.Start}");
        }

        // Every node kind of the document appears, names included.
        Assert.Contains(nodes, n => n.Kind == NodeKind.Name);
    }

    [Fact]
    public void Lists_direct_children()
    {
        var field = Assert.IsType<FieldNode>(
            Assert.IsType<OperationDefinitionNode>(Parser.Parse("{ alias: f(a: 1) @d { x } }").Definitions[0]).SelectionSet.Selections[0]);
        Assert.Equal(
            [NodeKind.Name, NodeKind.Name, NodeKind.Argument, NodeKind.Directive, NodeKind.SelectionSet],
            AstVisitor.Children(field).Select(c => c.Kind));
        Assert.Empty(AstVisitor.Children(field.Name));

        var input = Parser.Parse("\"d\" input I @x { a: Int = 1 @y }").Definitions[0];
        Assert.Equal(
            [NodeKind.StringValue, NodeKind.Name, NodeKind.Directive, NodeKind.InputValueDefinition],
            AstVisitor.Children(input).Select(c => c.Kind));
        var value = Assert.IsType<InputObjectTypeDefinitionNode>(input).Fields[0];
        Assert.Equal(
            [NodeKind.Name, NodeKind.NamedType, NodeKind.IntValue, NodeKind.Directive],
            AstVisitor.Children(value).Select(c => c.Kind));
    }

    [Fact]
    public void Children_cover_every_child_the_walk_visits()
    {
        var document = Parser.Parse(Fixtures.KitchenSinkSdl + "\n" + Fixtures.KitchenSinkQuery);
        var entered = new List<Node>();
        AstVisitor.Walk(document, new Recorder(entered, null));

        var viaChildren = new List<Node>();
        void Collect(Node node)
        {
            viaChildren.Add(node);
            foreach (var child in AstVisitor.Children(node))
            {
                Collect(child);
            }
        }

        Collect(document);
        Assert.Equal(entered.Count, viaChildren.Count);
        Assert.All(entered.Zip(viaChildren), pair => Assert.Same(pair.First, pair.Second));
        Assert.Equal(Enum.GetValues<NodeKind>().Length, entered.Select(n => n.Kind).Distinct().Count());
    }
}
