using System.Globalization;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// Coerces a literal to an internal value of an input type (graphql-js valueFromAST): lists, input
/// objects (with @oneOf), enums and scalars; <see cref="Invalid"/> when the literal is not valid.
/// </summary>
public static class ValueFromAst
{
    /// <summary>The marker for "no valid value" (JavaScript's undefined in graphql-js).</summary>
    public static readonly object Invalid = new();

    public static object? Coerce(ValueNode? node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is null)
        {
            return Invalid;
        }

        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var value))
            {
                return Invalid;
            }

            // a null variable is invalid for a non-null type
            return value is null && type is NonNullType ? Invalid : value;
        }

        if (type is NonNullType nonNull)
        {
            return node is NullValueNode ? Invalid : Coerce(node, nonNull.OfType, variables);
        }

        if (node is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (node is ListValueNode listNode)
                {
                    var items = new List<object?>(listNode.Values.Count);
                    foreach (var itemNode in listNode.Values)
                    {
                        if (IsMissingVariable(itemNode, variables))
                        {
                            if (list.OfType is NonNullType)
                            {
                                return Invalid;
                            }

                            items.Add(null);
                            continue;
                        }

                        var item = Coerce(itemNode, list.OfType, variables);
                        if (item == Invalid)
                        {
                            return Invalid;
                        }

                        items.Add(item);
                    }

                    return items;
                }

                var single = Coerce(node, list.OfType, variables);
                return single == Invalid ? Invalid : new List<object?> { single };

            case InputObjectType input:
                if (node is not ObjectValueNode obj)
                {
                    return Invalid;
                }

                var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
                foreach (var f in obj.Fields)
                {
                    fieldNodes.TryAdd(f.Name.Value, f);
                }

                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in input.Fields)
                {
                    if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
                    {
                        if (field.DefaultValue is not null)
                        {
                            result[field.Name] = Coerce(field.DefaultValue, field.Type, null);
                        }
                        else if (field.Type is NonNullType)
                        {
                            return Invalid;
                        }

                        continue;
                    }

                    var fieldValue = Coerce(fieldNode.Value, field.Type, variables);
                    if (fieldValue == Invalid)
                    {
                        return Invalid;
                    }

                    result[field.Name] = fieldValue;
                }

                if (input.IsOneOf)
                {
                    if (result.Count != 1 || result.Values.First() is null)
                    {
                        return Invalid;
                    }
                }

                return result;

            case EnumType enumType:
                return node is EnumValueNode enumNode && enumType.Values[enumNode.Value] is { } ev ? ev.Value : Invalid;

            case ScalarType scalar:
                try
                {
                    return scalar.ParseLiteral(node, variables) ?? Invalid;
                }
                catch (GraphQLError)
                {
                    return Invalid;
                }
                catch (Exception e) when (e is FormatException or OverflowException or InvalidCastException)
                {
                    return Invalid;
                }

            default:
                throw new InvalidOperationException($"Unexpected input type: {type}.");
        }
    }

    /// <summary>A literal as a plain value without a type (custom scalars' default literal parser, graphql-js valueFromASTUntyped).</summary>
    public static object? Untyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture) is var d && Math.Abs(d) < 9e15 ? (object)(long)d : d,
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode l => l.Values.Select(v => Untyped(v, variables)).ToList(),
        ObjectValueNode o => o.Fields.GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => Untyped(g.Last().Value, variables), StringComparer.Ordinal),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => throw new InvalidOperationException("unexpected value node " + node.Kind),
    };

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));
}
