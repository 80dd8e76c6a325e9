using System.Collections;
using System.Text;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// Coerces an external input value (a variable's JSON value) to an input type (graphql-js
/// coerceInputValue), reporting each problem with the path inside the value where it sits.
/// </summary>
public static class CoerceInputValue
{
    /// <summary>A problem found while coercing: the path inside the value, the value there and the message.</summary>
    public delegate void OnError(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

    public static object? Coerce(object? value, GraphQLType type, OnError onError) => Coerce(value, type, onError, []);

    private static object? Coerce(object? value, GraphQLType type, OnError onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, onError, path);
            }

            onError([.. path], value, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value is not string && value is IList items)
                {
                    var result = new List<object?>(items.Count);
                    for (var i = 0; i < items.Count; i++)
                    {
                        path.Add(i);
                        result.Add(Coerce(items[i], list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                    }

                    return result;
                }

                return new List<object?> { Coerce(value, list.OfType, onError, path) };

            case InputObjectType input:
                return CoerceObject(value, input, onError, path);

            case EnumType enumType:
                if (value is not string name)
                {
                    onError([.. path], value, new GraphQLError($"Enum \"{enumType.Name}\" cannot represent non-string value: {JsInspect.Inspect(value)}."));
                    return null;
                }

                if (enumType.Values[name] is { } enumValue)
                {
                    return enumValue.Value;
                }

                onError([.. path], value, new GraphQLError($"Value \"{name}\" does not exist in \"{enumType.Name}\" enum." + Suggestions.DidYouMean("the enum value", name, enumType.Values.Select(v => v.Name))));
                return null;

            case ScalarType scalar:
                try
                {
                    var parsed = scalar.ParseValue(value);
                    if (parsed is null)
                    {
                        onError([.. path], value, new GraphQLError($"Expected type \"{scalar.Name}\"."));
                    }

                    return parsed;
                }
                catch (GraphQLError e)
                {
                    // a GraphQLError from the scalar keeps its message (graphql-js coerceInputValue)
                    onError([.. path], value, e);
                    return null;
                }
                catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    onError([.. path], value, new GraphQLError($"Expected type \"{scalar.Name}\". {e.Message}", e));
                    return null;
                }

            default:
                throw new InvalidOperationException($"Unexpected input type: {type}.");
        }
    }

    private static object? CoerceObject(object value, InputObjectType input, OnError onError, List<object> path)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            onError([.. path], value, new GraphQLError($"Expected type \"{input.Name}\" to be an object."));
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is not null)
                {
                    result[field.Name] = ValueFromAst.Coerce(field.DefaultValue, field.Type, null);
                }
                else if (field.Type is NonNullType)
                {
                    onError([.. path], value, new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var key in map.Keys)
        {
            if (!input.Fields.Contains(key))
            {
                onError([.. path], value, new GraphQLError($"Field \"{key}\" is not defined by type \"{input.Name}\"." + Suggestions.DidYouMean(key, input.Fields.Select(f => f.Name))));
            }
        }

        if (input.IsOneOf)
        {
            if (map.Count != 1)
            {
                onError([.. path], value, new GraphQLError($"Exactly one key must be specified for OneOf type \"{input.Name}\"."));
            }
            else if (map.Values.First() is null)
            {
                onError([.. path, map.Keys.First()], null, new GraphQLError($"Field \"{map.Keys.First()}\" must be non-null."));
            }
        }

        return result;
    }

    /// <summary>Prints a path inside a value as graphql-js does: value.a[0].b.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var sb = new StringBuilder();
        foreach (var key in path)
        {
            sb.Append(key is int i ? $"[{i}]" : "." + key);
        }

        return sb.ToString();
    }
}
