using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Single Root Field (spec §5.2.4.1): a subscription operation must have exactly one root field, and it
/// must not be an introspection field. As in graphql-js 16, the root fields are found by CollectFields
/// with no variable values, honouring @skip and @include. Where graphql-js 16 throws (an @skip or @include
/// whose "if" is a variable, which is never provided here) we report that error as a validation error.
/// </summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly Dictionary<string, object?> NoVariables = [];
    private Dictionary<string, FragmentDefinitionNode>? fragments;

    public override bool Enter(Node node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return node is DocumentNode;
        }

        if (operation.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return false;
        }

        if (fragments is null)
        {
            // graphql-js keeps the last fragment of a name
            fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var fragment in Context.Document.Definitions.OfType<FragmentDefinitionNode>())
            {
                fragments[fragment.Name.Value] = fragment;
            }
        }

        List<(string Key, List<FieldNode> Nodes)> fields;
        try
        {
            fields = new FieldCollector(Context.Schema, fragments, NoVariables).Collect(subscriptionType, operation.SelectionSet);
        }
        catch (GraphQLError error)
        {
            Context.ReportError(error.WithCode(ErrorCodes.ValidationFailed));
            return false;
        }

        var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        if (fields.Count > 1)
        {
            Context.Report($"{subject} must select only one top level field.", [.. fields.Skip(1).SelectMany(f => f.Nodes)]);
        }

        foreach (var (_, nodes) in fields)
        {
            if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Context.Report($"{subject} must not select an introspection top level field.", [.. nodes]);
            }
        }

        return false;
    }
}
