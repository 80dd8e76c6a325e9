using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragments Must Be Used (spec §5.5.1.4): every fragment defined in a document must be spread, directly
/// or through other fragments, by at least one operation of the document.
/// </summary>
public sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationRule(context)
{
    private readonly List<OperationDefinitionNode> operations = [];
    private readonly List<FragmentDefinitionNode> fragments = [];

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                operations.Add(operation);
                return false;
            case FragmentDefinitionNode fragment:
                fragments.Add(fragment);
                return false;
            default:
                return true;
        }
    }

    public override void Leave(Node node)
    {
        if (node is not DocumentNode)
        {
            return;
        }

        var used = operations
            .SelectMany(Context.GetRecursivelyReferencedFragments)
            .Select(f => f.Name.Value)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var fragment in fragments.Where(f => !used.Contains(f.Name.Value)))
        {
            Context.Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
        }
    }
}
