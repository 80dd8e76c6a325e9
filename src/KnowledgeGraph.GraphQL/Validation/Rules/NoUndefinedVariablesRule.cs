using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined (spec §5.8.3): an operation is only valid if every variable it uses, directly
/// or through the fragments it spreads (transitively), is defined by that operation (graphql-js NoUndefinedVariablesRule).
/// </summary>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly HashSet<string> defined = new(StringComparer.Ordinal);

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                defined.Clear();
                break;
            case VariableDefinitionNode definition:
                defined.Add(definition.Variable.Name.Value);
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

        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                Context.Report(operation.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.", usage.Node, operation);
            }
        }
    }
}
