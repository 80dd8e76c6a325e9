namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A schema or type extension (graphql-js <c>TypeSystemExtensionNode</c>).</summary>
public abstract record TypeSystemExtensionNode : DefinitionNode;

/// <summary><c>extend schema @directives { operation types }</c>.</summary>
public sealed record SchemaExtensionNode : TypeSystemExtensionNode
{
    public override NodeKind Kind => NodeKind.SchemaExtension;

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}

/// <summary>An <c>extend</c> of a named type (graphql-js <c>TypeExtensionNode</c>).</summary>
public abstract record TypeExtensionNode : TypeSystemExtensionNode
{
    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary><c>extend scalar Name @directives</c>.</summary>
public sealed record ScalarTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}

/// <summary><c>extend type Name implements A @directives { fields }</c>.</summary>
public sealed record ObjectTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary><c>extend interface Name implements A @directives { fields }</c>.</summary>
public sealed record InterfaceTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary><c>extend union Name @directives = A | B</c>.</summary>
public sealed record UnionTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

/// <summary><c>extend enum Name @directives { VALUES }</c>.</summary>
public sealed record EnumTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

/// <summary><c>extend input Name @directives { fields }</c>.</summary>
public sealed record InputObjectTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
