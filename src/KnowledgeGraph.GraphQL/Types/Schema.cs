using KnowledgeGraph.GraphQL.Introspection;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// A GraphQL schema (spec §3.3): root operation types, every named type reachable from them (collected
/// in graphql-js's order, introspection types included) and the directives.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> typeMap = new(StringComparer.Ordinal);
    private readonly List<NamedType> types = [];
    private readonly Dictionary<string, DirectiveDefinition> directivesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<NamedType, HashSet<ObjectType>> possibleTypes = [];
    private readonly Dictionary<InterfaceType, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> implementations = [];

    public Schema(
        ObjectType? query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? extraTypes = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Description = description;
        Directives = [.. directives ?? SpecifiedDirectives.All];
        foreach (var directive in Directives)
        {
            directivesByName.TryAdd(directive.Name, directive);
        }

        var collected = new OrderedTypes();
        var initial = (extraTypes ?? []).ToList();
        foreach (var type in initial)
        {
            collected.Add(type);
        }

        foreach (var type in initial)
        {
            collected.Remove(type);
            Collect(type, collected);
        }

        foreach (var root in new[] { query, mutation, subscription })
        {
            if (root is not null)
            {
                Collect(root, collected);
            }
        }

        foreach (var directive in Directives)
        {
            foreach (var arg in directive.Arguments)
            {
                Collect(arg.Type, collected);
            }
        }

        Collect(IntrospectionTypes.Schema, collected);
        foreach (var type in collected.Items)
        {
            if (!typeMap.TryAdd(type.Name, type))
            {
                DuplicateTypeNames.Add(type.Name);
                continue;
            }

            types.Add(type);
        }

        IndexImplementations();
    }

    public string? Description { get; }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Every named type, in collection order.</summary>
    public IReadOnlyList<NamedType> Types => types;

    /// <summary>Names used by two different types (reported by schema validation).</summary>
    internal List<string> DuplicateTypeNames { get; } = [];

    public SchemaDefinitionNode? AstNode { get; internal set; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; internal set; } = [];

    public NamedType? GetType(string name) => typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => directivesByName.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types an abstract type may be at run time.</summary>
    public IReadOnlyCollection<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        possibleTypes.TryGetValue(abstractType, out var set) ? set : [];

    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType interfaceType) =>
        implementations.TryGetValue(interfaceType, out var found) ? (found.Objects, found.Interfaces) : ([], []);

    /// <summary>Whether <paramref name="maybeSubType"/> is a possible type of, or an interface implementing, <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        maybeSubType switch
        {
            ObjectType o => possibleTypes.TryGetValue(abstractType, out var set) && set.Contains(o),
            InterfaceType i => abstractType is InterfaceType a && GetImplementations(a).Interfaces.Contains(i),
            _ => false,
        };

    private static void Collect(GraphQLType type, OrderedTypes set)
    {
        var named = type.Unwrap();
        if (!set.Add(named))
        {
            return;
        }

        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, set);
                }

                break;
            case FieldsType fields:
                foreach (var iface in fields.Interfaces)
                {
                    Collect(iface, set);
                }

                foreach (var field in fields.Fields)
                {
                    Collect(field.Type, set);
                    foreach (var arg in field.Arguments)
                    {
                        Collect(arg.Type, set);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type, set);
                }

                break;
        }
    }

    private void IndexImplementations()
    {
        foreach (var type in types)
        {
            switch (type)
            {
                case UnionType union:
                    possibleTypes[union] = [.. union.Types];
                    break;
                case FieldsType fields:
                    foreach (var iface in fields.Interfaces)
                    {
                        if (!implementations.TryGetValue(iface, out var impl))
                        {
                            implementations[iface] = impl = ([], []);
                        }

                        if (fields is ObjectType obj)
                        {
                            impl.Objects.Add(obj);
                            if (!possibleTypes.TryGetValue(iface, out var set))
                            {
                                possibleTypes[iface] = set = [];
                            }

                            set.Add(obj);
                        }
                        else
                        {
                            impl.Interfaces.Add((InterfaceType)fields);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>A set keeping insertion order where removing and adding again moves an item to the end (JavaScript Set semantics).</summary>
    private sealed class OrderedTypes
    {
        private readonly List<NamedType> items = [];
        private readonly HashSet<NamedType> seen = [];

        public IEnumerable<NamedType> Items => items;

        public bool Add(NamedType type)
        {
            if (!seen.Add(type))
            {
                return false;
            }

            items.Add(type);
            return true;
        }

        public void Remove(NamedType type)
        {
            if (seen.Remove(type))
            {
                items.Remove(type);
            }
        }
    }
}
