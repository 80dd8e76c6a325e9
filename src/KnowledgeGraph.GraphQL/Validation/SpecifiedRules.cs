using KnowledgeGraph.GraphQL.Validation.Rules;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Every validation rule, in graphql-js 16's order (specifiedRules), plus KnownOperationTypesRule (spec
/// §5.2.1.1 Operation Type Existence, which graphql-js 16 lacks; graphql-js 17 runs it second). This list
/// is the one place the rules are named.
/// </summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<RuleFactory> All { get; } =
    [
        c => new ExecutableDefinitionsRule(c),
        c => new KnownOperationTypesRule(c),
        c => new UniqueOperationNamesRule(c),
        c => new LoneAnonymousOperationRule(c),
        c => new SingleFieldSubscriptionsRule(c),
        c => new KnownTypeNamesRule(c),
        c => new FragmentsOnCompositeTypesRule(c),
        c => new VariablesAreInputTypesRule(c),
        c => new ScalarLeafsRule(c),
        c => new FieldsOnCorrectTypeRule(c),
        c => new UniqueFragmentNamesRule(c),
        c => new KnownFragmentNamesRule(c),
        c => new NoUnusedFragmentsRule(c),
        c => new PossibleFragmentSpreadsRule(c),
        c => new NoFragmentCyclesRule(c),
        c => new UniqueVariableNamesRule(c),
        c => new NoUndefinedVariablesRule(c),
        c => new NoUnusedVariablesRule(c),
        c => new KnownDirectivesRule(c),
        c => new UniqueDirectivesPerLocationRule(c),
        c => new KnownArgumentNamesRule(c),
        c => new UniqueArgumentNamesRule(c),
        c => new ValuesOfCorrectTypeRule(c),
        c => new ProvidedRequiredArgumentsRule(c),
        c => new VariablesInAllowedPositionRule(c),
        c => new OverlappingFieldsCanBeMergedRule(c),
        c => new UniqueInputFieldNamesRule(c),
        c => new MaxIntrospectionDepthRule(c),
    ];
}
