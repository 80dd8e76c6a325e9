using System.Globalization;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Int, Float, String, Boolean and ID (spec §3.5.1–3.5.5), with graphql-js's coercion rules and messages.</summary>
public static class SpecifiedScalars
{
    public static ScalarType Int { get; } = new("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
        Serialize = SerializeInt,
        ParseValue = ParseIntValue,
        ParseLiteral = (node, _) => node switch
        {
            IntValueNode i when int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
            IntValueNode i => throw GraphQLError.At($"Int cannot represent non 32-bit signed integer value: {i.Value}", node),
            _ => throw GraphQLError.At($"Int cannot represent non-integer value: {Language.Printer.Print(node)}", node),
        },
    };

    public static ScalarType Float { get; } = new("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
        Serialize = SerializeFloat,
        ParseValue = v => ToNumber(v) is { } d && double.IsFinite(d) && v is not bool ? d : throw new GraphQLError($"Float cannot represent non numeric value: {JsInspect.Inspect(v)}"),
        ParseLiteral = (node, _) => node switch
        {
            IntValueNode or FloatValueNode => double.Parse(node is IntValueNode i ? i.Value : ((FloatValueNode)node).Value, CultureInfo.InvariantCulture),
            _ => throw GraphQLError.At($"Float cannot represent non numeric value: {Language.Printer.Print(node)}", node),
        },
    };

    public static ScalarType String { get; } = new("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
        Serialize = v => v switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            _ when ToNumber(v) is { } d && double.IsFinite(d) => JsNumber.Format(d),
            _ => throw new GraphQLError($"String cannot represent value: {JsInspect.Inspect(v)}"),
        },
        ParseValue = v => v as string ?? throw new GraphQLError($"String cannot represent a non string value: {JsInspect.Inspect(v)}"),
        ParseLiteral = (node, _) => node is StringValueNode s ? s.Value : throw GraphQLError.At($"String cannot represent a non string value: {Language.Printer.Print(node)}", node),
    };

    public static ScalarType Boolean { get; } = new("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
        Serialize = v => v switch
        {
            bool => v, // the value's own box: completing a field allocates nothing
            _ when ToNumber(v) is { } d && double.IsFinite(d) => d != 0,
            _ => throw new GraphQLError($"Boolean cannot represent a non boolean value: {JsInspect.Inspect(v)}"),
        },
        ParseValue = v => v is bool b ? b : throw new GraphQLError($"Boolean cannot represent a non boolean value: {JsInspect.Inspect(v)}"),
        ParseLiteral = (node, _) => node is BooleanValueNode b ? b.Value : throw GraphQLError.At($"Boolean cannot represent a non boolean value: {Language.Printer.Print(node)}", node),
    };

    public static ScalarType ID { get; } = new("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
        Serialize = v => v switch
        {
            string s => s,
            _ when IntegralText(v) is { } text => text,
            _ => throw new GraphQLError($"ID cannot represent value: {JsInspect.Inspect(v)}"),
        },
        ParseValue = v => v switch
        {
            string s => s,
            _ when IntegralText(v) is { } text => text,
            _ => throw new GraphQLError($"ID cannot represent value: {JsInspect.Inspect(v)}"),
        },
        ParseLiteral = (node, _) => node switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw GraphQLError.At($"ID cannot represent a non-string and non-integer value: {Language.Printer.Print(node)}", node),
        },
    };

    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    internal static IReadOnlyDictionary<string, ScalarType> ByName { get; } = All.ToDictionary(s => s.Name, StringComparer.Ordinal);

    private static object SerializeInt(object value)
    {
        if (value is int)
        {
            return value; // the value's own box: completing a field allocates nothing
        }

        var number = value switch
        {
            bool b => b ? 1 : 0,
            string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => ToNumber(value),
        };
        if (number is not { } d || !double.IsFinite(d) || Math.Floor(d) != d)
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {JsInspect.Inspect(value)}");
        }

        return d is > int.MaxValue or < int.MinValue
            ? throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {JsInspect.Inspect(value)}")
            : (int)d;
    }

    private static object ParseIntValue(object value)
    {
        if (value is bool || ToNumber(value) is not { } d || !double.IsFinite(d) || Math.Floor(d) != d)
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {JsInspect.Inspect(value)}");
        }

        return d is > int.MaxValue or < int.MinValue
            ? throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {JsInspect.Inspect(value)}")
            : (int)d;
    }

    private static object SerializeFloat(object value)
    {
        if (value is double already && double.IsFinite(already))
        {
            return value; // the value's own box: completing a field allocates nothing
        }

        var number = value switch
        {
            bool b => b ? 1d : 0d,
            string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => ToNumber(value),
        };
        return number is { } d && double.IsFinite(d) ? d : throw new GraphQLError($"Float cannot represent non numeric value: {JsInspect.Inspect(value)}");
    }

    /// <summary>The numeric value of a CLR number, or null for anything else.</summary>
    internal static double? ToNumber(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        short s => s,
        byte b => b,
        uint u => u,
        ulong ul => ul,
        _ => null,
    };

    private static string? IntegralText(object value) => value switch
    {
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ when ToNumber(value) is { } d && double.IsFinite(d) && Math.Floor(d) == d && value is not bool => JsNumber.Format(d),
        _ => null,
    };
}
