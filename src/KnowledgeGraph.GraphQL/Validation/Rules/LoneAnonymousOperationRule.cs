using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Lone Anonymous Operation (spec §5.2.3.1): a GraphQL document that contains an anonymous operation
/// (the query short-hand included) must contain only that one operation.
/// </summary>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    private int operationCount;

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case DocumentNode document:
                operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
                return true;
            case OperationDefinitionNode { Name: null } operation when operationCount > 1:
                Context.Report("This anonymous operation must be the only defined operation.", operation);
                return true;
            default:
                return true;
        }
    }
}
