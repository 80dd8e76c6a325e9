using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>The memoization, the records of collected fields and conflicts, and the complexity budget.</summary>
public sealed partial class OverlappingFieldsCanBeMergedRule
{
    // Diagnostic detail stays bounded whatever the size of the document.
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    // Work that can grow through repeated comparisons is metered; collecting a selection set's fields is
    // cached and not charged.
    private const int MaxComplexityBudget = 500_000;

    // Fragment pairs already compared: two fragments may meet many times.
    private readonly PairSet comparedFragmentPairs = new();

    private readonly Dictionary<CollectKey, CollectFieldsResult> cachedCollectFieldsResults = new(CollectKeyComparer.Instance);

    // Value nodes are records: compare them by reference, as graphql-js's Map does.
    private readonly Dictionary<ValueNode, string> stringifiedValues = new(ReferenceEqualityComparer.Instance);

    private int remainingComplexityBudget = MaxComplexityBudget;

    private bool aborted;

    private void SpendComplexityBudget(int cost)
    {
        remainingComplexityBudget -= cost;
        if (remainingComplexityBudget < 0)
        {
            throw new ComplexityBudgetExhaustedException();
        }
    }

    /// <summary>Thrown inside the rule when the complexity budget runs out; caught by <see cref="Enter"/>.</summary>
    private sealed class ComplexityBudgetExhaustedException : Exception;

    /// <summary>Two fields that cannot be merged (with the sub-fields that made them conflict, if any).</summary>
    private sealed record Conflict(string ResponseName, string Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);

    /// <summary>A response name two sets of fields share, with each set's fields of that name.</summary>
    private sealed record OverlappingFields(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2);

    /// <summary>The arguments of a field, in order and by name (the last of a repeated name wins).</summary>
    private sealed record ArgumentInfo(IReadOnlyList<ArgumentNode> Nodes, Dictionary<string, ValueNode> Values);

    /// <summary>The selection set a field set was collected from, and the parent type it was collected against.</summary>
    private readonly record struct CollectKey(NamedType? ParentType, SelectionSetNode SelectionSet);

    /// <summary>The fields of a selection set by response name and the fragments it spreads, with the caches of its comparisons.</summary>
    private sealed class CollectFieldsResult
    {
        public OrderedDictionary<string, List<FieldDetails>> GroupedFieldSet { get; } = new(StringComparer.Ordinal);

        /// <summary>The names of the spread fragments, each once, in document order.</summary>
        public List<string> FragmentNames { get; } = [];

        /// <summary>The fragments these fields were compared with: name → whether that comparison was mutually exclusive.</summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }

        /// <summary>The overlapping response names with each other set of fields these were compared with.</summary>
        public Dictionary<CollectFieldsResult, List<OverlappingFields>>? OverlappingFields { get; set; }
    }

    /// <summary>A field in the context of its parent type, with its definition (when the type has it).</summary>
    private sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition, bool isSimpleLeaf)
    {
        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        /// <summary>No arguments and no sub-selection: identical such fields are merged without more work.</summary>
        public bool IsSimpleLeaf { get; } = isSimpleLeaf;

        public FieldInfo? Info { get; set; }
    }

    /// <summary>What comparing a field needs, prepared once it overlaps another.</summary>
    private sealed class FieldInfo(NamedType? namedType, ArgumentInfo? arguments)
    {
        /// <summary>The reason this field conflicts with another by name or arguments (null: it does not).</summary>
        public Dictionary<FieldInfo, string?> Comparisons { get; } = [];

        public NamedType? NamedType { get; } = namedType;

        public ArgumentInfo? Arguments { get; } = arguments;

        public string? TypeString { get; set; }
    }

    /// <summary>Compares collection keys by the identity of the type and the selection set node.</summary>
    private sealed class CollectKeyComparer : IEqualityComparer<CollectKey>
    {
        public static CollectKeyComparer Instance { get; } = new();

        public bool Equals(CollectKey x, CollectKey y) =>
            ReferenceEquals(x.ParentType, y.ParentType) && ReferenceEquals(x.SelectionSet, y.SelectionSet);

        public int GetHashCode(CollectKey obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.ParentType), RuntimeHelpers.GetHashCode(obj.SelectionSet));
    }

    /// <summary>
    /// Unordered pairs of fragment names, each flagged by whether it was compared as mutually exclusive: a
    /// mutually exclusive query is answered by any entry, a non-exclusive one only by a non-exclusive entry.
    /// </summary>
    private sealed class PairSet
    {
        private readonly Dictionary<string, Dictionary<string, bool>> data = new(StringComparer.Ordinal);

        public bool Has(string a, string b, bool areMutuallyExclusive) =>
            HasDirected(a, b, areMutuallyExclusive) || HasDirected(b, a, areMutuallyExclusive);

        public void Add(string a, string b, bool areMutuallyExclusive)
        {
            if (!data.TryGetValue(a, out var map))
            {
                map = new Dictionary<string, bool>(StringComparer.Ordinal);
                data[a] = map;
            }

            map[b] = areMutuallyExclusive;
        }

        private bool HasDirected(string a, string b, bool areMutuallyExclusive) =>
            data.TryGetValue(a, out var map) && map.TryGetValue(b, out var stored) && (areMutuallyExclusive || !stored);
    }
}
