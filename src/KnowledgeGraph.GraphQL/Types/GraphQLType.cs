using System.Text;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Any GraphQL type (spec §3.4): a named type, or a list or non-null wrapper of one.</summary>
public abstract class GraphQLType
{
    /// <summary>The type as written in a document: Int, [String!]!.</summary>
    public abstract override string ToString();

    /// <summary>The named type inside any wrappers.</summary>
    public NamedType Unwrap() => this switch
    {
        NamedType n => n,
        ListType l => l.OfType.Unwrap(),
        NonNullType nn => nn.OfType.Unwrap(),
        _ => throw new InvalidOperationException("unknown type wrapper"),
    };

    /// <summary>The type without an outer non-null.</summary>
    public GraphQLType Nullable => this is NonNullType nn ? nn.OfType : this;

    public bool IsInputType => Unwrap() is ScalarType or EnumType or InputObjectType;

    public bool IsOutputType => Unwrap() is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    /// <summary>Structural equality of type references (named types compare by reference).</summary>
    public static bool AreEqual(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (ListType x, ListType y) => AreEqual(x.OfType, y.OfType),
        (NonNullType x, NonNullType y) => AreEqual(x.OfType, y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };
}

/// <summary>A list type [T].</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override string ToString() => "[" + OfType + "]";
}

/// <summary>A non-null type T!.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override string ToString() => OfType + "!";
}

/// <summary>The kinds of named types, as __TypeKind names them.</summary>
public enum TypeKind
{
    SCALAR,
    OBJECT,
    INTERFACE,
    UNION,
    ENUM,
    INPUT_OBJECT,
    LIST,
    NON_NULL,
}

/// <summary>A named type: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType(string name, string? description) : GraphQLType
{
    public string Name { get; } = name;

    public string? Description { get; internal set; } = description;

    public abstract TypeKind Kind { get; }

    /// <summary>The SDL definition and extensions it was built from, if any.</summary>
    public IReadOnlyList<Language.Node> AstNodes { get; internal set; } = [];

    public bool IsLeaf => this is ScalarType or EnumType;

    public bool IsAbstract => this is InterfaceType or UnionType;

    public bool IsCompositeType => this is ObjectType or InterfaceType or UnionType;

    public override string ToString() => Name;

    internal static string Describe(IEnumerable<string> names)
    {
        var sb = new StringBuilder();
        foreach (var n in names)
        {
            sb.Append(sb.Length == 0 ? string.Empty : ", ").Append(n);
        }

        return sb.ToString();
    }
}
