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

    /// <summary>
    /// Highest cost. A field costs its weight (1, or <c>@cost(weight:)</c>; <c>__typename</c> and introspection 0, plus the
    /// <c>@cost</c> of each argument given) times the sizes of the lists above it. A list's size is its largest slicing
    /// argument (<see cref="SlicingArguments"/> or <c>@listSize(slicingArguments:)</c>, literal or variable), else that
    /// argument's default, else <c>@listSize(assumedSize:)</c>, else <see cref="DefaultListSize"/>. A field that is not a
    /// list but takes slicing arguments (a Relay connection) gives its size to the lists directly under it (or to those
    /// named by <c>@listSize(sizedFields:)</c>), so <c>townships(first: 100) { nodes { … } }</c> counts 100 nodes.
    /// </summary>
    public int MaxCost { get; init; } = 50_000;

    /// <summary>The size assumed for a list whose size neither an argument nor <c>@listSize</c> gives.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>
    /// The size of a list or connection that takes slicing arguments when none is given and none has a default (the
    /// server's default page size); <see cref="DefaultListSize"/> when null.
    /// </summary>
    public int? DefaultPageSize { get; init; }

    /// <summary>The arguments that give a list's size by convention, for fields without <c>@listSize(slicingArguments:)</c>.</summary>
    public IReadOnlyList<string> SlicingArguments { get; init; } = ["first", "last", "limit"];
}

/// <summary>
/// Measures an operation's depth, field count, aliases and cost, following fragment spreads (a cycle,
/// which validation already rejects, is cut off), and reports each limit exceeded.
/// </summary>
public static class OperationLimits
{
    /// <summary>The cost of <paramref name="operation"/> as <see cref="OperationLimitOptions.MaxCost"/> defines it (null when the field limit is exceeded first).</summary>
    public static double? Cost(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, OperationLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(limits);
        var measure = Walk(schema, document, operation, variables, limits);
        return measure.Fields <= limits.MaxFields ? measure.Cost : null;
    }

    private static Measure Walk(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, OperationLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var measure = new Measure(schema, fragments, variables, limits);
        measure.Visit(operation.SelectionSet, schema.GetRootType(operation.Operation), 1, 1, [], null, null);
        return measure;
    }

    public static IReadOnlyList<GraphQLError> Check(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, OperationLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(limits);
        var measure = Walk(schema, document, operation, variables, limits);
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
            Over($"The operation cost is {measure.Cost:0}, over the limit of {limits.MaxCost}.");
        }

        return errors;
    }

    private sealed class Measure(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?>? variables, OperationLimitOptions limits)
    {
        private const double CostCeiling = 1e18;

        public int Depth { get; private set; }

        public long Fields { get; private set; }

        public long Aliases { get; private set; }

        public double Cost { get; private set; }

        /// <param name="pendingSize">The page size of the connection this selection set belongs to, for its list fields.</param>
        /// <param name="sizedFields">Which of those list fields take it (null: every list field).</param>
        public void Visit(SelectionSetNode selectionSet, NamedType? parentType, int depth, double multiplier, HashSet<string> fragmentPath,
            double? pendingSize, IReadOnlyList<string>? sizedFields)
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
                        VisitField(field, parentType, depth, multiplier, fragmentPath, pendingSize, sizedFields);
                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) : parentType;
                        Visit(inline.SelectionSet, inlineType, depth, multiplier, fragmentPath, pendingSize, sizedFields);
                        break;
                    case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && fragmentPath.Add(spread.Name.Value):
                        Visit(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value), depth, multiplier, fragmentPath, pendingSize, sizedFields);
                        fragmentPath.Remove(spread.Name.Value);
                        break;
                }
            }
        }

        private void VisitField(FieldNode field, NamedType? parentType, int depth, double multiplier, HashSet<string> fragmentPath,
            double? pendingSize, IReadOnlyList<string>? sizedFields)
        {
            Depth = Math.Max(Depth, depth);
            Aliases += field.Alias is null ? 0 : 1;
            if (field.Name.Value is "__schema" or "__type")
            {
                // introspection is bounded by the schema's size, not by data: only its depth counts
                Visit(field.SelectionSet ?? new SelectionSetNode(), IntrospectionTypes.Schema, depth + 1, 0, fragmentPath, null, null);
                return;
            }

            Fields += multiplier == 0 ? 0 : 1;
            if (field.Name.Value == "__typename")
            {
                return;
            }

            var definition = parentType is null ? null : TypeInfo.GetFieldDef(schema, parentType, field.Name.Value);
            var cost = definition is null ? null : FieldCost.Of(definition);
            var weight = cost?.Weight ?? 1;
            foreach (var argument in field.Arguments)
            {
                weight += cost?.ArgumentWeights.GetValueOrDefault(argument.Name.Value) ?? 0;
            }

            Add(multiplier * weight);
            if (field.SelectionSet is not { } nested || definition is null)
            {
                return;
            }

            var slicing = cost?.SlicingArguments ?? limits.SlicingArguments;
            var isList = definition.Type.Nullable is ListType;
            if (isList)
            {
                var size = pendingSize is { } pending && (sizedFields is null || sizedFields.Contains(field.Name.Value))
                    ? pending
                    : ListSize(field, definition, cost, slicing);
                Visit(nested, definition.Type.Unwrap(), depth + 1, Math.Min(CostCeiling, multiplier * size), fragmentPath, null, null);
                return;
            }

            var isConnection = cost?.SizedFields is not null || definition.Arguments.Any(a => slicing.Contains(a.Name));
            Visit(nested, definition.Type.Unwrap(), depth + 1, multiplier, fragmentPath,
                isConnection ? ListSize(field, definition, cost, slicing) : null, isConnection ? cost?.SizedFields : null);
        }

        private void Add(double cost) => Cost = Math.Min(CostCeiling, Cost + cost);

        /// <summary>The largest slicing argument given, else a slicing argument's default, else the assumed or default size.</summary>
        private double ListSize(FieldNode field, FieldDefinition definition, FieldCost? cost, IReadOnlyList<string> slicing)
        {
            double? size = null;
            foreach (var argument in field.Arguments)
            {
                if (slicing.Contains(argument.Name.Value) && Number(argument.Value) is { } n)
                {
                    size = Math.Max(size ?? 0, n);
                }
            }

            if (size is null)
            {
                foreach (var name in slicing)
                {
                    if (definition.Argument(name)?.DefaultValue is { } defaultValue && Number(defaultValue) is { } d)
                    {
                        size = Math.Max(size ?? 0, d);
                    }
                }
            }

            var sliced = definition.Arguments.Any(a => slicing.Contains(a.Name));
            return Math.Max(0, size ?? cost?.AssumedSize ?? (sliced ? limits.DefaultPageSize : null) ?? limits.DefaultListSize);
        }

        private double? Number(ValueNode value) => value switch
        {
            IntValueNode i when double.TryParse(i.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
            VariableNode v when variables?.GetValueOrDefault(v.Name.Value) is { } raw && SpecifiedScalars.ToNumber(raw) is { } d => d,
            _ => null,
        };
    }
}
