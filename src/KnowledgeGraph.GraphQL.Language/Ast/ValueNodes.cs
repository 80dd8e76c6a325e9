namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Any input value literal (graphql-js <c>ValueNode</c>; constant values use the same types).</summary>
public abstract record ValueNode : Node;

/// <summary><c>$name</c> (graphql-js <c>VariableNode</c>).</summary>
public sealed record VariableNode : ValueNode
{
    public override NodeKind Kind => NodeKind.Variable;

    public required NameNode Name { get; init; }
}

/// <summary>An integer literal, kept as its source text.</summary>
public sealed record IntValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.IntValue;

    public required string Value { get; init; }
}

/// <summary>A float literal, kept as its source text.</summary>
public sealed record FloatValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.FloatValue;

    public required string Value { get; init; }
}

/// <summary>A string literal: <see cref="Value"/> is the cooked value; <see cref="Block"/> for <c>"""</c>.</summary>
public sealed record StringValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.StringValue;

    public required string Value { get; init; }

    public bool Block { get; init; }
}

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BooleanValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.BooleanValue;

    public required bool Value { get; init; }
}

/// <summary><c>null</c>.</summary>
public sealed record NullValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.NullValue;
}

/// <summary>An enum value: a name other than <c>true</c>, <c>false</c> or <c>null</c>.</summary>
public sealed record EnumValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.EnumValue;

    public required string Value { get; init; }
}

/// <summary><c>[values]</c>.</summary>
public sealed record ListValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ListValue;

    public IReadOnlyList<ValueNode> Values { get; init; } = [];
}

/// <summary><c>{name: value, ...}</c>.</summary>
public sealed record ObjectValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; init; } = [];
}

/// <summary>One <c>name: value</c> of an object literal.</summary>
public sealed record ObjectFieldNode : Node
{
    public override NodeKind Kind => NodeKind.ObjectField;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}

/// <summary>A type reference: named, list or non-null.</summary>
public abstract record TypeNode : Node;

/// <summary><c>Name</c> (graphql-js <c>NamedTypeNode</c>).</summary>
public sealed record NamedTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.NamedType;

    public required NameNode Name { get; init; }
}

/// <summary><c>[Type]</c>.</summary>
public sealed record ListTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.ListType;

    public required TypeNode Type { get; init; }
}

/// <summary><c>Type!</c>; <see cref="Type"/> is a <see cref="NamedTypeNode"/> or <see cref="ListTypeNode"/>.</summary>
public sealed record NonNullTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.NonNullType;

    public required TypeNode Type { get; init; }
}
