using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>The state of one execution: the operation, fragments, coerced variables, errors so far.</summary>
internal sealed class ExecutionContext
{
    private readonly List<GraphQLError> errors = [];
    private Dictionary<(ObjectType, object), IReadOnlyList<(string Key, List<FieldNode> Nodes)>>? subfieldCache;

    public required Schema Schema { get; init; }

    public required DocumentNode Document { get; init; }

    public required OperationDefinitionNode Operation { get; init; }

    public required IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; init; }

    public required IReadOnlyDictionary<string, object?> VariableValues { get; init; }

    public object? RootValue { get; init; }

    public IServiceProvider? Services { get; init; }

    public required ExecutionOptions Options { get; init; }

    public CancellationToken CancellationToken { get; init; }

    private Dictionary<string, object?>? items;

    public Dictionary<string, object?> Items => LazyInitializer.EnsureInitialized(ref items, static () => new(StringComparer.Ordinal));

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

    /// <summary>The root fields of the operation for its root type (see <see cref="CollectSubfields"/> for the caching).</summary>
    public IReadOnlyList<(string Key, List<FieldNode> Nodes)> CollectRootFields(ObjectType rootType) =>
        Collect(rootType, Operation.SelectionSet, static (collector, type, selectionSet, grouped, visited) =>
            collector.Collect(type, (SelectionSetNode)selectionSet, grouped, visited));

    /// <summary>
    /// The merged sub-selections of a field's nodes for a runtime type (memoised like graphql-js collectSubfields).
    /// A grouping that met no directive depends on nothing but the document and the type, so it is kept with the
    /// document (<see cref="FieldPlans"/>) and later requests of the same document reuse it; one that met @skip or
    /// @include is kept for this request only.
    /// </summary>
    public IReadOnlyList<(string Key, List<FieldNode> Nodes)> CollectSubfields(ObjectType returnType, IReadOnlyList<FieldNode> fieldNodes) =>
        Collect(returnType, fieldNodes, static (collector, type, nodes, grouped, visited) =>
        {
            foreach (var node in (IReadOnlyList<FieldNode>)nodes)
            {
                if (node.SelectionSet is { } selectionSet)
                {
                    collector.Collect(type, selectionSet, grouped, visited);
                }
            }
        });

    private IReadOnlyList<(string Key, List<FieldNode> Nodes)> Collect(ObjectType type, object selection,
        Action<FieldCollector, ObjectType, object, List<(string Key, List<FieldNode> Nodes)>, HashSet<string>> collect)
    {
        var plans = FieldPlans.Of(Document);
        if (plans.TryGetValue((type, selection), out var shared))
        {
            return shared;
        }

        if (subfieldCache is not null)
        {
            lock (subfieldCache)
            {
                if (subfieldCache.TryGetValue((type, selection), out var cached))
                {
                    return cached;
                }
            }
        }

        var collector = new FieldCollector(Schema, Fragments, VariableValues);
        var grouped = new List<(string Key, List<FieldNode> Nodes)>();
        collect(collector, type, selection, grouped, new HashSet<string>(StringComparer.Ordinal));
        if (!collector.MetDirectives)
        {
            return plans.GetOrAdd((type, selection), grouped);
        }

        var own = LazyInitializer.EnsureInitialized(ref subfieldCache, static () => new(FieldPlans.KeyComparer.Instance));
        lock (own)
        {
            own[(type, selection)] = grouped;
        }

        return grouped;
    }
}

/// <summary>
/// Field groupings that depend only on a document and a type, kept as long as the parsed document lives (the
/// engine's document cache holds it), keyed by (runtime type, selection set or field nodes) by identity.
/// </summary>
internal static class FieldPlans
{
    private static readonly ConditionalWeakTable<DocumentNode, ConcurrentDictionary<(ObjectType, object), IReadOnlyList<(string Key, List<FieldNode> Nodes)>>> ByDocument = new();

    public static ConcurrentDictionary<(ObjectType, object), IReadOnlyList<(string Key, List<FieldNode> Nodes)>> Of(DocumentNode document) =>
        ByDocument.GetValue(document, static _ => new(KeyComparer.Instance));

    internal sealed class KeyComparer : IEqualityComparer<(ObjectType, object)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((ObjectType, object) x, (ObjectType, object) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((ObjectType, object) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
