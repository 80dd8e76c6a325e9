namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Base of every AST node. Mirrors graphql-js <c>ASTNode</c>: <see cref="Location"/> is <c>loc</c>
/// (absent when parsed with <see cref="ParserOptions.NoLocation"/> or built by hand).
/// </summary>
public abstract record Node
{
    /// <summary>Where in the source this node was parsed from, if known.</summary>
    public Location? Location { get; init; }

    /// <summary>The kind of node (graphql-js <c>kind</c>).</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>The node printed as GraphQL text (see <see cref="Printer.Print"/>).</summary>
    public sealed override string ToString() => Printer.Print(this);
}

/// <summary>
/// A range of the source a node was parsed from. <see cref="Line"/> and <see cref="Column"/> are the
/// 1-based position of <see cref="Start"/>; <see cref="End"/> is exclusive.
/// </summary>
public sealed record Location(int Start, int End, int Line, int Column, Source Source);

/// <summary>A name (graphql-js <c>NameNode</c>).</summary>
public sealed record NameNode : Node
{
    public override NodeKind Kind => NodeKind.Name;

    public required string Value { get; init; }
}

/// <summary>A whole document (graphql-js <c>DocumentNode</c>).</summary>
public sealed record DocumentNode : Node
{
    public override NodeKind Kind => NodeKind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get; init; } = [];
}

/// <summary>Any top-level definition of a document.</summary>
public abstract record DefinitionNode : Node;
