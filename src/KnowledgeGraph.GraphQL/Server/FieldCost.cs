using System.Globalization;
using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Server;

/// <summary>
/// What the schema says a field costs, read from the directives of the IBM GraphQL cost specification when the SDL
/// applies them: <c>@cost(weight: "N")</c> on a field (its own price, paid once per time it resolves) or on an
/// argument (paid when the argument is given), and <c>@listSize(assumedSize:, slicingArguments:, sizedFields:)</c>
/// on a field returning a list or a connection. Without them a field weighs 1 and the conventions of
/// <see cref="OperationLimitOptions"/> apply.
/// </summary>
public sealed record FieldCost(double? Weight, int? AssumedSize, IReadOnlyList<string>? SlicingArguments, IReadOnlyList<string>? SizedFields,
    IReadOnlyDictionary<string, double> ArgumentWeights)
{
    public const string CostDirective = "cost";
    public const string ListSizeDirective = "listSize";

    private static readonly ConditionalWeakTable<FieldDefinition, FieldCost> Cache = [];

    private static readonly FieldCost None = new(null, null, null, null, new Dictionary<string, double>());

    /// <summary>The cost directives of <paramref name="field"/> (cached per field definition).</summary>
    public static FieldCost Of(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Cache.GetValue(field, Read);
    }

    private static FieldCost Read(FieldDefinition field)
    {
        if (field.AstNode is not { } node)
        {
            return None;
        }

        double? weight = null;
        int? assumed = null;
        IReadOnlyList<string>? slicing = null, sized = null;
        foreach (var directive in node.Directives)
        {
            switch (directive.Name.Value)
            {
                case CostDirective:
                    weight = WeightOf(directive);
                    break;
                case ListSizeDirective:
                    foreach (var argument in directive.Arguments)
                    {
                        switch (argument.Name.Value)
                        {
                            case "assumedSize" when argument.Value is IntValueNode i && int.TryParse(i.Value, CultureInfo.InvariantCulture, out var n):
                                assumed = n;
                                break;
                            case "slicingArguments":
                                slicing = Strings(argument.Value);
                                break;
                            case "sizedFields":
                                sized = Strings(argument.Value);
                                break;
                        }
                    }

                    break;
            }
        }

        var arguments = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var argument in field.Arguments)
        {
            if (argument.AstNode?.Directives.FirstOrDefault(d => d.Name.Value == CostDirective) is { } cost && WeightOf(cost) is { } w)
            {
                arguments[argument.Name] = w;
            }
        }

        return weight is null && assumed is null && slicing is null && sized is null && arguments.Count == 0
            ? None
            : new FieldCost(weight, assumed, slicing, sized, arguments);
    }

    private static double? WeightOf(DirectiveNode directive) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == "weight")?.Value switch
        {
            StringValueNode s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            IntValueNode i when double.TryParse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            FloatValueNode f when double.TryParse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };

    private static List<string> Strings(ValueNode value) => value switch
    {
        ListValueNode list => [.. list.Values.OfType<StringValueNode>().Select(s => s.Value)],
        StringValueNode s => [s.Value],
        _ => [],
    };
}
