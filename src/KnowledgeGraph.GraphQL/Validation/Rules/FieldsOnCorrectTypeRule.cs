using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Field Selections (spec §5.3.1): the target field of a field selection must be defined on the scoped
/// type of the selection set (aliases aside). Suggests, as graphql-js does, the types that define the field
/// (for an abstract parent) or else similarly named fields.
/// </summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(Node node)
    {
        if (node is not FieldNode field || Context.TypeInfo.ParentType is not { } type || Context.TypeInfo.FieldDef is not null)
        {
            return true;
        }

        var fieldName = field.Name.Value;
        var suggestion = Suggestions.Format("to use an inline fragment on", SuggestedTypeNames(Context.Schema, type, fieldName));
        if (suggestion.Length == 0 && type is FieldsType fields)
        {
            suggestion = Suggestions.DidYouMean(fieldName, fields.Fields.Select(f => f.Name));
        }

        Context.Report($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, field);
        return true;
    }

    // The types that define the field: the most used first, then super-types before their sub-types, then by name.
    private static List<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        IReadOnlyList<ObjectType> possibleTypes = type switch
        {
            UnionType union => union.Types,
            InterfaceType iface => schema.GetImplementations(iface).Objects,
            _ => [],
        };
        var suggestedTypes = new List<FieldsType>();
        var usageCount = new Dictionary<FieldsType, int>();
        foreach (var possibleType in possibleTypes.Where(t => t.Field(fieldName) is not null))
        {
            suggestedTypes.Add(possibleType);
            usageCount[possibleType] = 1;
            foreach (var possibleInterface in possibleType.Interfaces.Where(i => i.Field(fieldName) is not null))
            {
                if (!usageCount.ContainsKey(possibleInterface))
                {
                    suggestedTypes.Add(possibleInterface);
                }

                usageCount[possibleInterface] = usageCount.GetValueOrDefault(possibleInterface) + 1;
            }
        }

        JsSort(suggestedTypes, (a, b) =>
        {
            var usageCountDiff = usageCount[b] - usageCount[a];
            if (usageCountDiff != 0)
            {
                return usageCountDiff;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            return b is InterfaceType && schema.IsSubType(b, a) ? 1 : Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return [.. suggestedTypes.Select(t => t.Name)];
    }

    // V8's Array.prototype.sort below 64 items: a leading run (reversed when strictly descending), then binary
    // insertion. The comparison above is not transitive, so only the same algorithm gives graphql-js's order.
    private static void JsSort<T>(List<T> items, Comparison<T> compare)
    {
        if (items.Count < 2)
        {
            return;
        }

        var run = 2;
        var descending = compare(items[1], items[0]) < 0;
        while (run < items.Count && (descending ? compare(items[run], items[run - 1]) < 0 : compare(items[run], items[run - 1]) >= 0))
        {
            run++;
        }

        if (descending)
        {
            items.Reverse(0, run);
        }

        for (var start = run; start < items.Count; start++)
        {
            var pivot = items[start];
            int left = 0, right = start;
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (compare(pivot, items[mid]) < 0)
                {
                    right = mid;
                }
                else
                {
                    left = mid + 1;
                }
            }

            items.RemoveAt(start);
            items.Insert(left, pivot);
        }
    }
}
