using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed (spec §5.8.5): a variable must be of a type compatible with each position it
/// is used in (directly or through fragments); a nullable variable may stand where a non-null type is expected
/// only if it or that position has a non-null default value. A variable giving a field of a @oneOf input
/// object must be non-nullable (graphql-js 16.15 VariablesInAllowedPositionRule).
/// </summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, VariableDefinitionNode> definitions = new(StringComparer.Ordinal);

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                definitions.Clear();
                break;
            case VariableDefinitionNode definition:
                definitions[definition.Variable.Name.Value] = definition;
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
            if (!definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType
                || TypeFromAst.Get(Context.Schema, definition.Type) is not { } variableType)
            {
                continue;
            }

            if (!IsAllowed(variableType, definition.DefaultValue, locationType, usage.DefaultValue))
            {
                Context.Report($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".", definition, usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                Context.Report($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage.Node);
            }
        }
    }

    private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, ValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNull && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            return (hasNonNullVariableDefault || locationDefault is not null)
                && TypeComparators.IsTypeSubTypeOf(Context.Schema, variableType, nonNull.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(Context.Schema, variableType, locationType);
    }
}
