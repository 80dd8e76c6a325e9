using System.Globalization;
using System.Text;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Collecting the fields of a selection set and comparing two fields of the same response name.</summary>
public sealed partial class OverlappingFieldsCanBeMergedRule
{
    // The fields of a selection set by response name (inline fragments flattened) and the names of the fragments
    // it spreads, memoized per parent type and selection set.
    private CollectFieldsResult CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        // A document built by hand can share a selection set between parent types: key by both.
        var key = new CollectKey(parentType, selectionSet);
        if (cachedCollectFieldsResults.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = new CollectFieldsResult();
        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        CollectFieldsImpl(parentType, selectionSet, result, fragmentNames);
        cachedCollectFieldsResults[key] = result;
        return result;
    }

    private void CollectFieldsImpl(NamedType? parentType, SelectionSetNode selectionSet, CollectFieldsResult result, HashSet<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    // Only the type's own fields: meta-fields such as __typename have no definition here.
                    var definition = parentType is FieldsType fieldsType ? fieldsType.Field(field.Name.Value) : null;
                    var responseName = field.Alias?.Value ?? field.Name.Value;
                    if (!result.GroupedFieldSet.TryGetValue(responseName, out var fields))
                    {
                        fields = [];
                        result.GroupedFieldSet.Add(responseName, fields);
                    }

                    fields.Add(new FieldDetails(parentType, field, definition, field.Arguments.Count == 0 && field.SelectionSet is null));
                    break;
                case FragmentSpreadNode spread:
                    if (fragmentNames.Add(spread.Name.Value))
                    {
                        result.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition
                        ? TypeFromAst.Get(Context.Schema, condition) as NamedType
                        : parentType;
                    CollectFieldsImpl(inlineType, inline.SelectionSet, result, fragmentNames);
                    break;
            }
        }
    }

    // Whether two fields of the same response name conflict, including through their sub-fields.
    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails details1, FieldDetails details2)
    {
        // Two fields whose parent types are different object types can never apply to the same value, so they
        // may differ in name and arguments. Interfaces and unions might overlap (now or in a later version of
        // the schema), so their fields may not.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(details1.ParentType, details2.ParentType)
                && details1.ParentType is ObjectType
                && details2.ParentType is ObjectType);

        // Count attempted field pairs, including those skipped below.
        SpendComplexityBudget(2);
        var node1 = details1.Node;
        var node2 = details2.Node;
        var type1 = details1.Definition?.Type;
        var type2 = details2.Definition?.Type;
        var name1 = node1.Name.Value;
        var name2 = node2.Name.Value;
        if (details1.IsSimpleLeaf && details2.IsSimpleLeaf && ReferenceEquals(type1, type2) && name1 == name2)
        {
            return null;
        }

        if (!areMutuallyExclusive)
        {
            // Two aliases must refer to the same field with the same arguments.
            var info1 = GetFieldInfo(details1);
            var info2 = GetFieldInfo(details2);
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                reason = name1 != name2
                    ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                    : SameArguments(info1.Arguments, info2.Arguments) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            var info1 = GetFieldInfo(details1);
            var info2 = GetFieldInfo(details2);
            var typeString1 = info1.TypeString ??= type1.ToString();
            var typeString2 = info2.TypeString ??= type2.ToString();
            return new Conflict(responseName, $"they return conflicting types \"{typeString1}\" and \"{typeString2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive,
                GetFieldInfo(details1).NamedType,
                selectionSet1,
                GetFieldInfo(details2).NamedType,
                selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    // The argument lookups of a field, prepared only once the field overlaps another.
    private static FieldInfo GetFieldInfo(FieldDetails details) =>
        details.Info ??= new FieldInfo(details.Definition?.Type.Unwrap(), GetArgumentInfo(details.Node.Arguments));

    private static ArgumentInfo? GetArgumentInfo(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return null;
        }

        var values = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            values[argument.Name.Value] = argument.Value;
        }

        return new ArgumentInfo(arguments, values);
    }

    // Same arguments: as many, and each of the first present in the second with an equal value (arguments and
    // input object fields are unordered).
    private bool SameArguments(ArgumentInfo? arguments1, ArgumentInfo? arguments2)
    {
        if (arguments1 is null)
        {
            return arguments2 is null;
        }

        if (arguments2 is null || arguments1.Nodes.Count != arguments2.Nodes.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1.Nodes)
        {
            // A prepared argument list can take part in many field-pair comparisons.
            SpendComplexityBudget(1);
            if (!arguments2.Values.TryGetValue(argument1.Name.Value, out var value2)
                || StringifyValue(argument1.Value) != StringifyValue(value2))
            {
                return false;
            }
        }

        return true;
    }

    // A canonical text of a value literal, equal for two literals exactly when graphql-js's JSON form of them is
    // equal: the kind and value of every node (a string's block flag included), object fields sorted by name.
    private string StringifyValue(ValueNode value)
    {
        if (stringifiedValues.TryGetValue(value, out var cached))
        {
            return cached;
        }

        var builder = new StringBuilder();
        AppendValue(builder, value);
        var result = builder.ToString();
        stringifiedValues[value] = result;
        return result;
    }

    private static void AppendValue(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                AppendText(builder.Append('$'), variable.Name.Value);
                break;
            case IntValueNode intValue:
                AppendText(builder.Append('i'), intValue.Value);
                break;
            case FloatValueNode floatValue:
                AppendText(builder.Append('f'), floatValue.Value);
                break;
            case StringValueNode stringValue:
                AppendText(builder.Append(stringValue.Block ? 'b' : 's'), stringValue.Value);
                break;
            case BooleanValueNode booleanValue:
                builder.Append(booleanValue.Value ? 'T' : 'F');
                break;
            case NullValueNode:
                builder.Append('N');
                break;
            case EnumValueNode enumValue:
                AppendText(builder.Append('e'), enumValue.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    AppendValue(builder, item);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    AppendText(builder, field.Name.Value);
                    AppendValue(builder, field.Value);
                }

                builder.Append('}');
                break;
        }
    }

    // Length-prefixed, so that no two different sequences of texts give the same result.
    private static void AppendText(StringBuilder builder, string text) =>
        builder.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);

    // Two types conflict if they could not both apply to a value. Composite types are left to the comparison of
    // their fields; lists and non-nulls must match, and leaf types must be the same type.
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        SpendComplexityBudget(1);
        return (type1, type2) switch
        {
            (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
            (ListType, _) or (_, ListType) => true,
            (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
            (NonNullType, _) or (_, NonNullType) => true,
            (NamedType { IsLeaf: true }, _) or (_, NamedType { IsLeaf: true }) => true,
            _ => false,
        };
    }

    // One conflict of two fields from the conflicts of their sub-fields: the reasons joined with " and " (cut
    // once long), the locations the two fields' followed by those of their sub-fields on each side.
    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length > 0)
            {
                message.Append(" and ");
            }

            message.Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            Abbreviate(message.ToString()),
            CollectConflictNodes(node1, conflicts, first: true),
            CollectConflictNodes(node2, conflicts, first: false));
    }

    // The field followed by the sub-fields of one side of the conflicts, at most MaxConflictNodes; each
    // conflict's nodes are taken from the end so truncation favors the deeper fields.
    private static List<FieldNode> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            for (var i = Math.Max(0, side.Count - remaining); i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;
}
