using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>A use of a variable with the input type expected where it is used (graphql-js VariableUsage).</summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, ValueNode? DefaultValue, GraphQLType? ParentType);

/// <summary>
/// What every rule sees (graphql-js ValidationContext): the schema and document, the type information
/// at the current node, the ancestors of the current node, fragment and variable lookups, and error reporting.
/// </summary>
public sealed class ValidationContext
{
    private readonly Action<GraphQLError> onError;
    private readonly Dictionary<string, FragmentDefinitionNode> fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> spreadsCache = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> referencedCache = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, IReadOnlyList<VariableUsage>> usagesCache = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> recursiveUsagesCache = new(ReferenceEqualityComparer.Instance);

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        this.onError = onError;
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            fragments.TryAdd(fragment.Name.Value, fragment);
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    /// <summary>The nodes above the current one, root first (the current node's parent is the last).</summary>
    public IReadOnlyList<Node> Ancestors => AncestorStack;

    internal List<Node> AncestorStack { get; } = [];

    public void ReportError(GraphQLError error) => onError(error);

    /// <summary>Ends the whole validation with <paramref name="error"/> as the last error (graphql-js's "Validation aborted.").</summary>
    public void Abort(GraphQLError error)
    {
        onError(error);
        throw new ValidationAbortedException();
    }

    /// <summary>Reports an error located at the given nodes, with the validation error code.</summary>
    public void Report(string message, params Node?[] nodes) => onError(GraphQLError.At(message, nodes, ErrorCodes.ValidationFailed));

    public FragmentDefinitionNode? GetFragment(string name) => fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads in a selection set and its nested selection sets (not through fragments).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (spreadsCache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var stack = new Stack<SelectionSetNode>([selectionSet]);
        while (stack.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } nested }:
                        stack.Push(nested);
                        break;
                    case InlineFragmentNode inline:
                        stack.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        spreadsCache[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (referencedCache.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var result = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var toVisit = new Stack<SelectionSetNode>([operation.SelectionSet]);
        while (toVisit.TryPop(out var set))
        {
            foreach (var spread in GetFragmentSpreads(set))
            {
                var name = spread.Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    result.Add(fragment);
                    toVisit.Push(fragment.SelectionSet);
                }
            }
        }

        referencedCache[operation] = result;
        return result;
    }

    /// <summary>The variables used in an operation or fragment, with the types expected where they are used.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(Node operationOrFragment)
    {
        if (usagesCache.TryGetValue(operationOrFragment, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>();
        var typeInfo = new TypeInfo(Schema);
        void Walk(Node node)
        {
            typeInfo.Enter(node);
            if (node is VariableDefinitionNode)
            {
                typeInfo.Leave(node);
                return;
            }

            if (node is VariableNode variable)
            {
                usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValue, typeInfo.ParentInputType));
            }

            foreach (var child in AstVisitor.Children(node))
            {
                Walk(child);
            }

            typeInfo.Leave(node);
        }

        // The type information of the definition itself (its root or type condition) is set on entering it.
        Walk(operationOrFragment);
        usagesCache[operationOrFragment] = usages;
        return usages;
    }

    /// <summary>The variables used by an operation and every fragment it references.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (recursiveUsagesCache.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        recursiveUsagesCache[operation] = usages;
        return usages;
    }
}
