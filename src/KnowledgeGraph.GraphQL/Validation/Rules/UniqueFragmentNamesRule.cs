using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Name Uniqueness (spec §5.5.1.1): fragment definitions are referenced in fragment spreads by
/// name, so each fragment name must be unique within a document.
/// </summary>
public sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> knownFragmentNames = new(StringComparer.Ordinal);

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case FragmentDefinitionNode fragment:
                var name = fragment.Name;
                if (knownFragmentNames.TryGetValue(name.Value, out var known))
                {
                    Context.Report($"There can be only one fragment named \"{name.Value}\".", known, name);
                }
                else
                {
                    knownFragmentNames[name.Value] = name;
                }

                return false;
            case OperationDefinitionNode:
                return false;
            default:
                return true;
        }
    }
}
