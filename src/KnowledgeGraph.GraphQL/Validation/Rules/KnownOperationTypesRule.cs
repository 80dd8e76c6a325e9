using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Operation Type Existence (spec §5.2.1.1, under §5.2.1 All Operation Definitions): the schema must
/// have the root operation type of every operation in the document, e.g. a mutation needs a mutation
/// root type. graphql-js 16 has no such rule (its execution fails instead); the message is graphql-js 17's.
/// </summary>
public sealed class KnownOperationTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(Node node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return true;
        }

        if (Context.Schema.GetRootType(operation.Operation) is null)
        {
            var name = operation.Operation switch
            {
                OperationType.Mutation => "mutation",
                OperationType.Subscription => "subscription",
                _ => "query",
            };
            Context.Report($"The {name} operation is not supported by the schema.", operation);
        }

        return false;
    }
}
