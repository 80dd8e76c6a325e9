using KnowledgeGraph.GraphQL.Introspection;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js 16's printSchema does: the schema definition when root
/// names are not the common ones, then non-specified directives, then every defined type in type-map order.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (SchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(d => !SpecifiedDirectives.IsSpecified(d)).Select(PrintDirective));
        parts.AddRange(schema.Types
            .Where(t => !(t is ScalarType { IsSpecified: true }) && !IntrospectionTypes.IsIntrospectionTypeName(t.Name))
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    private static string? SchemaDefinition(Schema schema)
    {
        var common = (schema.QueryType is null || schema.QueryType.Name == "Query")
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && common)
        {
            return null;
        }

        var operations = new List<string>();
        if (schema.QueryType is { } q)
        {
            operations.Add("  query: " + q.Name);
        }

        if (schema.MutationType is { } m)
        {
            operations.Add("  mutation: " + m.Name);
        }

        if (schema.SubscriptionType is { } s)
        {
            operations.Add("  subscription: " + s.Name);
        }

        return Description(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    public static string PrintType(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var description = Description(type.Description);
        return type switch
        {
            ScalarType scalar => description + "scalar " + scalar.Name + (scalar.SpecifiedByUrl is { } url ? $" @specifiedBy(url: {Printer.PrintString(url)})" : string.Empty),
            ObjectType o => description + "type " + o.Name + Interfaces(o) + Fields(o),
            InterfaceType i => description + "interface " + i.Name + Interfaces(i) + Fields(i),
            UnionType u => description + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : string.Empty),
            EnumType e => description + "enum " + e.Name + Block(e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
            InputObjectType input => description + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
                + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
            _ => throw new InvalidOperationException("unknown type " + type.Name),
        };
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty) + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string Interfaces(FieldsType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(FieldsType type) =>
        Block(type.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
    }

    private static string Arguments(IReadOnlyList<InputValue> args, string indentation)
    {
        if (args.Count == 0)
        {
            return string.Empty;
        }

        if (args.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", args.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", args.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a))) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValue value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.DefaultValue is { } literal && AstFromValue.Convert(ValueFromAst.Coerce(literal, value.Type, null), value.Type) is { } ast)
        {
            declaration += " = " + Printer.Print(ast);
        }

        return declaration + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {Printer.PrintString(reason)})",
    };

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var block = Printer.Print(new StringValueNode { Value = description, Block = BlockString.IsPrintableAsBlockString(description) });
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + block.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
