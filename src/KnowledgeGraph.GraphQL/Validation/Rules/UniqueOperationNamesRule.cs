using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Operation Name Uniqueness (spec §5.2.2.1): each named operation definition must be unique within a
/// document when referred to by its name.
/// </summary>
public sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> knownOperationNames = new(StringComparer.Ordinal);

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode { Name: { } name }:
                if (knownOperationNames.TryGetValue(name.Value, out var known))
                {
                    Context.Report($"There can be only one operation named \"{name.Value}\".", known, name);
                }
                else
                {
                    knownOperationNames[name.Value] = name;
                }

                return false;
            case OperationDefinitionNode or FragmentDefinitionNode:
                return false;
            default:
                return true;
        }
    }
}
