using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>An argument or input field (spec §3.6.1, §3.10): name, type, default value, deprecation.</summary>
public sealed class InputValue(string name, GraphQLType type, string? description = null)
{
    public string Name { get; } = name;

    public GraphQLType Type { get; internal set; } = type;

    public string? Description { get; internal set; } = description;

    /// <summary>The default value as written in SDL (a constant value literal), or null when there is none.</summary>
    public ValueNode? DefaultValue { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public bool IsRequired => Type is NonNullType && DefaultValue is null;

    public InputValueDefinitionNode? AstNode { get; internal set; }
}

/// <summary>A field of an object or interface type (spec §3.6): type, arguments, resolver, deprecation.</summary>
public sealed class FieldDefinition(string name, GraphQLType type, string? description = null)
{
    private readonly Dictionary<string, InputValue> argumentsByName = new(StringComparer.Ordinal);
    private readonly List<InputValue> arguments = [];

    public string Name { get; } = name;

    public GraphQLType Type { get; internal set; } = type;

    public string? Description { get; internal set; } = description;

    public IReadOnlyList<InputValue> Arguments => arguments;

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The resolver bound to this field; null means the default (a property of the parent value).</summary>
    public FieldResolver? Resolver { get; set; }

    public FieldDefinitionNode? AstNode { get; internal set; }

    public InputValue? Argument(string argName) => argumentsByName.GetValueOrDefault(argName);

    internal void AddArgument(InputValue argument)
    {
        arguments.Add(argument);
        argumentsByName.TryAdd(argument.Name, argument);
    }
}

/// <summary>An enum value (spec §3.9): its name, the internal value it maps to, deprecation.</summary>
public sealed class EnumValue(string name, object? value, string? description = null)
{
    public string Name { get; } = name;

    /// <summary>The value resolvers see and return; by default the name itself.</summary>
    public object? Value { get; internal set; } = value;

    public string? Description { get; internal set; } = description;

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; internal set; }
}
