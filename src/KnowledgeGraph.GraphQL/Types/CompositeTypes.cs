using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Values that name their own GraphQL object type (used to resolve interfaces and unions).</summary>
public interface IGraphQLTyped
{
    string GraphQLTypeName { get; }
}

/// <summary>Decides the object type of a value of an abstract type; returns the type's name or null.</summary>
public delegate string? TypeResolver(object? value, ResolveContext context);

/// <summary>An object or interface type: both have fields and may implement interfaces.</summary>
public abstract class FieldsType(string name, string? description) : NamedType(name, description)
{
    public NamedMap<FieldDefinition> Fields { get; } = new(f => f.Name);

    public List<InterfaceType> Interfaces { get; } = [];

    public FieldDefinition? Field(string fieldName) => Fields[fieldName];

    internal void AddField(FieldDefinition field) => Fields.Add(field);
}

/// <summary>An object type (spec §3.6).</summary>
public sealed class ObjectType(string name, string? description = null) : FieldsType(name, description)
{
    public override TypeKind Kind => TypeKind.OBJECT;
}

/// <summary>An interface type (spec §3.7).</summary>
public sealed class InterfaceType(string name, string? description = null) : FieldsType(name, description)
{
    public override TypeKind Kind => TypeKind.INTERFACE;

    /// <summary>How to find the object type of a value; default: <see cref="AbstractTypes.DefaultResolveType"/>.</summary>
    public TypeResolver? ResolveType { get; set; }
}

/// <summary>A union type (spec §3.8).</summary>
public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.UNION;

    public List<ObjectType> Types { get; } = [];

    public TypeResolver? ResolveType { get; set; }
}

/// <summary>An enum type (spec §3.9).</summary>
public sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    private Dictionary<object, EnumValue>? byValue;

    public override TypeKind Kind => TypeKind.ENUM;

    public NamedMap<EnumValue> Values { get; } = new(v => v.Name);

    internal void AddValue(EnumValue value)
    {
        Values.Add(value);
        byValue = null;
    }

    /// <summary>The enum value whose internal value is <paramref name="value"/> (or whose name is the string given).</summary>
    public EnumValue? FromInternal(object value)
    {
        byValue ??= Values.Where(v => v.Value is not null).GroupBy(v => v.Value!).ToDictionary(g => g.Key, g => g.First());
        return byValue.GetValueOrDefault(value) ?? (value is string s ? Values[s] : null);
    }
}

/// <summary>An input object type (spec §3.10); <see cref="IsOneOf"/> for @oneOf.</summary>
public sealed class InputObjectType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.INPUT_OBJECT;

    public NamedMap<InputValue> Fields { get; } = new(f => f.Name);

    public bool IsOneOf { get; internal set; }

    internal void AddField(InputValue field) => Fields.Add(field);
}

/// <summary>The default way an abstract type finds the object type of a value.</summary>
public static class AbstractTypes
{
    /// <summary>A value's own type name: <see cref="IGraphQLTyped"/>, or a "__typename" entry of a map.</summary>
    public static string? DefaultResolveType(object? value) => value switch
    {
        IGraphQLTyped typed => typed.GraphQLTypeName,
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
        _ => null,
    };
}
