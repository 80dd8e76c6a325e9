using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>The state of one execution: the operation, fragments, coerced variables, errors so far.</summary>
internal sealed class ExecutionContext
{
    private readonly List<GraphQLError> errors = [];
    private readonly Dictionary<(ObjectType, IReadOnlyList<FieldNode>), IReadOnlyList<(string Key, List<FieldNode> Nodes)>> subfieldCache = new(SubfieldKeyComparer.Instance);

    public required Schema Schema { get; init; }

    public required OperationDefinitionNode Operation { get; init; }

    public required IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; init; }

    public required IReadOnlyDictionary<string, object?> VariableValues { get; init; }

    public object? RootValue { get; init; }

    public IServiceProvider? Services { get; init; }

    public required ExecutionOptions Options { get; init; }

    public CancellationToken CancellationToken { get; init; }

    public Dictionary<string, object?> Items { get; } = new(StringComparer.Ordinal);

    public DataLoaderRegistry Loaders { get; } = new();

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (errors)
            {
                return [.. errors];
            }
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (errors)
        {
            errors.Add(error);
        }
    }

    /// <summary>The merged sub-selections of a field's nodes for a runtime type (memoised like graphql-js collectSubfields).</summary>
    public IReadOnlyList<(string Key, List<FieldNode> Nodes)> CollectSubfields(ObjectType returnType, IReadOnlyList<FieldNode> fieldNodes)
    {
        lock (subfieldCache)
        {
            if (subfieldCache.TryGetValue((returnType, fieldNodes), out var cached))
            {
                return cached;
            }
        }

        var fields = new FieldCollector(Schema, Fragments, VariableValues);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var grouped = new List<(string Key, List<FieldNode> Nodes)>();
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                fields.Collect(returnType, selectionSet, grouped, visited);
            }
        }

        lock (subfieldCache)
        {
            subfieldCache[(returnType, fieldNodes)] = grouped;
        }

        return grouped;
    }

    private sealed class SubfieldKeyComparer : IEqualityComparer<(ObjectType, IReadOnlyList<FieldNode>)>
    {
        public static readonly SubfieldKeyComparer Instance = new();

        public bool Equals((ObjectType, IReadOnlyList<FieldNode>) x, (ObjectType, IReadOnlyList<FieldNode>) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((ObjectType, IReadOnlyList<FieldNode>) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
