namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Type equality and the sub-type relation (graphql-js isEqualType, isTypeSubTypeOf).</summary>
public static class TypeComparators
{
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => GraphQLType.AreEqual(a, b);

    /// <summary>Whether a value of <paramref name="maybeSubType"/> is always valid where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(maybeSubType, superType) || IsEqualType(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is NamedType { IsAbstract: true } abstractType
            && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType(abstractType, (NamedType)maybeSubType);
    }

    /// <summary>Whether two composite types can share a possible type (graphql-js doTypesOverlap).</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstract)
        {
            return b.IsAbstract
                ? schema.GetPossibleTypes(a).Any(t => schema.IsSubType(b, t))
                : schema.IsSubType(a, b);
        }

        return b.IsAbstract && schema.IsSubType(b, a);
    }
}
