using System.Collections;
using System.Text.RegularExpressions;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>An internal value as a literal of an input type (graphql-js astFromValue), e.g. to print default values.</summary>
public static partial class AstFromValue
{
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type is NonNullType nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value == ValueFromAst.Invalid)
        {
            return null;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?>)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (Convert(item, list.OfType) is { } node)
                        {
                            nodes.Add(node);
                        }
                    }

                    return new ListValueNode { Values = nodes };
                }

                return Convert(value, list.OfType);
            case InputObjectType input:
                if (value is not IReadOnlyDictionary<string, object?> map)
                {
                    return null;
                }

                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (map.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } node)
                    {
                        fields.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = node });
                    }
                }

                return new ObjectValueNode { Fields = fields };
            case EnumType enumType:
                return enumType.FromInternal(value) is { } enumValue ? new EnumValueNode { Value = enumValue.Name } : null;
            case ScalarType scalar:
                var serialized = scalar.Serialize(value);
                return serialized switch
                {
                    null => null,
                    bool b => new BooleanValueNode { Value = b },
                    string s when ReferenceEquals(scalar, SpecifiedScalars.ID) && IntegerPattern().IsMatch(s) => new IntValueNode { Value = s },
                    string s => new StringValueNode { Value = s },
                    _ when SpecifiedScalars.ToNumber(serialized) is { } d && double.IsFinite(d) => JsNumber.Format(d) is var text && IntegerPattern().IsMatch(text)
                        ? new IntValueNode { Value = text }
                        : new FloatValueNode { Value = text },
                    _ => throw new InvalidOperationException($"Cannot convert value to AST: {JsInspect.Inspect(serialized)}."),
                };
            default:
                throw new InvalidOperationException($"Unexpected input type: {type}.");
        }
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();
}
