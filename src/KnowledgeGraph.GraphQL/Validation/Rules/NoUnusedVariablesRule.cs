using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// All Variables Used (spec §5.8.4): an operation is only valid if every variable it defines is used, directly
/// or within a fragment it spreads (transitively) (graphql-js NoUnusedVariablesRule).
/// </summary>
public sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly List<VariableDefinitionNode> definitions = [];

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                definitions.Clear();
                break;
            case VariableDefinitionNode definition:
                definitions.Add(definition);
                break;
        }

        return true;
    }

    public override void Leave(Node node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        var used = Context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                Context.Report(operation.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.", definition);
            }
        }
    }
}
