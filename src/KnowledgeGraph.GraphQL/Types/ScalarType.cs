using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// A scalar type (spec §3.5) with its three coercions: <see cref="Serialize"/> (result coercion of a
/// resolver's value), <see cref="ParseValue"/> (input coercion of a variable value) and
/// <see cref="ParseLiteral"/> (input coercion of a literal). Each throws <see cref="GraphQLError"/>
/// with the reason when a value cannot be coerced.
/// </summary>
public sealed class ScalarType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.SCALAR;

    /// <summary>The URL of the scalar's specification (@specifiedBy).</summary>
    public string? SpecifiedByUrl { get; internal set; }

    public Func<object, object?> Serialize { get; set; } = static v => v;

    public Func<object, object?> ParseValue { get; set; } = static v => v;

    /// <summary>Parses a literal; variables are given for literals that contain them (custom scalars).</summary>
    public Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> ParseLiteral { get; set; } = ValueFromAst.Untyped;

    /// <summary>Whether this is one of the five scalars the specification defines.</summary>
    public bool IsSpecified => SpecifiedScalars.ByName.TryGetValue(Name, out var s) && ReferenceEquals(s, this);
}
