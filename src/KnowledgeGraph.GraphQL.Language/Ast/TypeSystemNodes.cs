namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A schema, type or directive definition (graphql-js <c>TypeSystemDefinitionNode</c>).</summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode;

/// <summary><c>schema @directives { query: Query ... }</c>.</summary>
public sealed record SchemaDefinitionNode : TypeSystemDefinitionNode
{
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    public StringValueNode? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}

/// <summary><c>query: TypeName</c> inside a schema definition or extension.</summary>
public sealed record OperationTypeDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    public required OperationType Operation { get; init; }

    public required NamedTypeNode Type { get; init; }
}

/// <summary>A named type definition (graphql-js <c>TypeDefinitionNode</c>).</summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary><c>scalar Name @directives</c>.</summary>
public sealed record ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}

/// <summary><c>type Name implements A &amp; B @directives { fields }</c>.</summary>
public sealed record ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary><c>name(args): Type @directives</c> in an object or interface type.</summary>
public sealed record FieldDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.FieldDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    public required TypeNode Type { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>An argument definition or input field: <c>name: Type = default @directives</c>.</summary>
public sealed record InputValueDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required TypeNode Type { get; init; }

    /// <summary>A constant value (no variables), if present.</summary>
    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary><c>interface Name implements A @directives { fields }</c>.</summary>
public sealed record InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary><c>union Name @directives = A | B</c>.</summary>
public sealed record UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

/// <summary><c>enum Name @directives { VALUES }</c>.</summary>
public sealed record EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

/// <summary>One value of an enum type definition or extension.</summary>
public sealed record EnumValueDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary><c>input Name @directives { fields }</c>.</summary>
public sealed record InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

/// <summary><c>directive @name(args) repeatable on LOCATION | ...</c>.</summary>
public sealed record DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    public bool Repeatable { get; init; }

    /// <summary>The location names as written (each one of <see cref="DirectiveLocation"/>'s spec names).</summary>
    public IReadOnlyList<NameNode> Locations { get; init; } = [];
}
