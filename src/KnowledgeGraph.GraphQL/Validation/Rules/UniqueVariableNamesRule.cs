using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Variable Uniqueness (spec §5.8.1): an operation is only valid if all its variables are uniquely named.
/// Each name defined more than once is reported once, at every definition of it (graphql-js UniqueVariableNamesRule).
/// </summary>
public sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(Node node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return node is DocumentNode;
        }

        var byName = new Dictionary<string, List<VariableDefinitionNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!byName.TryGetValue(name, out var group))
            {
                byName[name] = group = [];
                order.Add(name);
            }

            group.Add(definition);
        }

        foreach (var name in order)
        {
            if (byName[name] is { Count: > 1 } group)
            {
                Context.Report($"There can be only one variable named \"${name}\".", [.. group.Select(d => d.Variable.Name)]);
            }
        }

        return false;
    }
}
