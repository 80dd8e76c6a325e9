namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An operation or fragment definition (graphql-js <c>ExecutableDefinitionNode</c>).</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode
{
    public NameNode? Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>
/// <c>query</c>, <c>mutation</c> or <c>subscription</c>, or the <c>{ ... }</c> shorthand query
/// (graphql-js <c>OperationDefinitionNode</c>). <see cref="Description"/> is the September 2025
/// executable-description feature.
/// </summary>
public sealed record OperationDefinitionNode : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.OperationDefinition;

    public required OperationType Operation { get; init; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];

    public StringValueNode? Description { get; init; }
}

/// <summary><c>$name: Type = default @directives</c> (graphql-js <c>VariableDefinitionNode</c>).</summary>
public sealed record VariableDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.VariableDefinition;

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    /// <summary>A constant value (no variables), if present.</summary>
    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public StringValueNode? Description { get; init; }
}

/// <summary><c>{ selection... }</c> (graphql-js <c>SelectionSetNode</c>).</summary>
public sealed record SelectionSetNode : Node
{
    public override NodeKind Kind => NodeKind.SelectionSet;

    public IReadOnlyList<SelectionNode> Selections { get; init; } = [];
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract record SelectionNode : Node;

/// <summary><c>alias: name(args) @directives { ... }</c> (graphql-js <c>FieldNode</c>).</summary>
public sealed record FieldNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.Field;

    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public SelectionSetNode? SelectionSet { get; init; }
}

/// <summary><c>name: value</c> in field or directive arguments (graphql-js <c>ArgumentNode</c>).</summary>
public sealed record ArgumentNode : Node
{
    public override NodeKind Kind => NodeKind.Argument;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}

/// <summary><c>...FragmentName @directives</c> (graphql-js <c>FragmentSpreadNode</c>).</summary>
public sealed record FragmentSpreadNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.FragmentSpread;

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary><c>... on Type @directives { ... }</c> (graphql-js <c>InlineFragmentNode</c>).</summary>
public sealed record InlineFragmentNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>
/// <c>fragment Name on Type @directives { ... }</c> (graphql-js <c>FragmentDefinitionNode</c>).
/// <see cref="VariableDefinitions"/> holds legacy fragment variables (only parsed with
/// <see cref="ParserOptions.AllowLegacyFragmentVariables"/>; usually empty).
/// </summary>
public sealed record FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <summary>The fragment name; never null for a fragment (shares storage with the base's name).</summary>
    public new required NameNode Name
    {
        get => base.Name!;
        init => base.Name = value;
    }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];

    public required NamedTypeNode TypeCondition { get; init; }

    public StringValueNode? Description { get; init; }
}

/// <summary><c>@name(args)</c> (graphql-js <c>DirectiveNode</c>).</summary>
public sealed record DirectiveNode : Node
{
    public override NodeKind Kind => NodeKind.Directive;

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}
