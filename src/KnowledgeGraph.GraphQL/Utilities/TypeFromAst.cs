using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>The schema type a type reference names ([Int!]), or null when a named type is unknown.</summary>
public static class TypeFromAst
{
    public static GraphQLType? Get(Schema schema, TypeNode node) => node switch
    {
        ListTypeNode list => Get(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => Get(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };
}
