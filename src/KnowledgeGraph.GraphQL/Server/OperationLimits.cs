using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Introspection;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Server;

/// <summary>Limits on what one operation may ask for; each is checked before execution.</summary>
public sealed record OperationLimitOptions
{
    /// <summary>Deepest field nesting (the root fields are depth 1).</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>Most field selections, counting each fragment use.</summary>
    public int MaxFields { get; init; } = 2000;

    /// <summary>Most aliased fields.</summary>
    public int MaxAliases { get; init; } = 100;

    /// <summary>Highest cost: each field costs 1, times the page size (first/last, else <see cref="DefaultListSize"/>) of every list above it.</summary>
    public int MaxCost { get; init; } = 50_000;

    public int DefaultListSize { get; init; } = 10;
}

/// <summary>
/// Measures an operation's depth, field count, aliases and cost, following fragment spreads (a cycle,
/// which validation already rejects, is cut off), and reports each limit exceeded.
/// </summary>
public static class OperationLimits
{
    public static IReadOnlyList<GraphQLError> Check(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, OperationLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(limits);
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var measure = new Measure(schema, fragments, variables, limits);
        measure.Visit(operation.SelectionSet, schema.GetRootType(operation.Operation), 1, 1, []);
        var errors = new List<GraphQLError>();
        void Over(string message) => errors.Add(GraphQLError.At(message, operation, ErrorCodes.LimitExceeded));
        if (measure.Depth > limits.MaxDepth)
        {
            Over($"The operation is nested deeper than the limit of {limits.MaxDepth} levels.");
        }

        if (measure.Fields > limits.MaxFields)
        {
            Over($"The operation selects more than the limit of {limits.MaxFields} fields.");
        }

        if (measure.Aliases > limits.MaxAliases)
        {
            Over($"The operation uses {measure.Aliases} aliases, over the limit of {limits.MaxAliases}.");
        }

        if (measure.Cost > limits.MaxCost && measure.Fields <= limits.MaxFields)
        {
            Over($"The operation cost is {measure.Cost}, over the limit of {limits.MaxCost}.");
        }

        return errors;
    }

    private sealed class Measure(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?>? variables, OperationLimitOptions limits)
    {
        private const long CostCeiling = long.MaxValue / 4;

        public int Depth { get; private set; }

        public long Fields { get; private set; }

        public long Aliases { get; private set; }

        public long Cost { get; private set; }

        public void Visit(SelectionSetNode selectionSet, NamedType? parentType, int depth, long multiplier, HashSet<string> fragmentPath)
        {
            // stop once the field limit or the depth limit is exceeded: enough is known to refuse, and
            // fragments used many times cannot make the walk explode
            if (Fields > limits.MaxFields || depth > limits.MaxDepth + 1)
            {
                return;
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        Depth = Math.Max(Depth, depth);
                        Aliases += field.Alias is null ? 0 : 1;
                        if (field.Name.Value is "__schema" or "__type")
                        {
                            // introspection is bounded by the schema's size, not by data: only its depth counts
                            Visit(field.SelectionSet ?? new SelectionSetNode(), IntrospectionTypes.Schema, depth + 1, 0, fragmentPath);
                            continue;
                        }

                        Fields += multiplier == 0 ? 0 : 1;
                        Cost = Math.Min(CostCeiling, Cost + multiplier);
                        var definition = parentType is null ? null : TypeInfo.GetFieldDef(schema, parentType, field.Name.Value);
                        if (field.SelectionSet is { } nested)
                        {
                            var childMultiplier = definition?.Type.Nullable is ListType ? Math.Min(CostCeiling, multiplier * PageSize(field)) : multiplier;
                            Visit(nested, definition?.Type.Unwrap(), depth + 1, childMultiplier, fragmentPath);
                        }

                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) : parentType;
                        Visit(inline.SelectionSet, inlineType, depth, multiplier, fragmentPath);
                        break;
                    case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && fragmentPath.Add(spread.Name.Value):
                        Visit(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value), depth, multiplier, fragmentPath);
                        fragmentPath.Remove(spread.Name.Value);
                        break;
                }
            }
        }

        private long PageSize(FieldNode field)
        {
            foreach (var argument in field.Arguments)
            {
                if (argument.Name.Value is "first" or "last" or "limit")
                {
                    var value = argument.Value switch
                    {
                        IntValueNode i when long.TryParse(i.Value, out var n) => n,
                        VariableNode v when variables?.GetValueOrDefault(v.Name.Value) is { } raw && SpecifiedScalars.ToNumber(raw) is { } d => (long)d,
                        _ => (long?)null,
                    };
                    if (value is { } size)
                    {
                        return Math.Max(1, size);
                    }
                }
            }

            return limits.DefaultListSize;
        }
    }
}
