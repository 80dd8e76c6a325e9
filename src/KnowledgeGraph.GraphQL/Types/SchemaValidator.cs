using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Introspection;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Schema validation (spec §3 "Type Validation" rules; graphql-js validateSchema), with graphql-js's
/// messages: root types, names, fields, arguments, interface implementation, unions, enums, input objects
/// (including @oneOf and circular non-null references) and directives.
/// </summary>
public static partial class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var errors = new List<GraphQLError>();
        void Report(string message, params Node?[] nodes) => errors.Add(GraphQLError.At(message, nodes, ErrorCodes.ValidationFailed));

        if (schema.QueryType is null)
        {
            Report("Query root type must be provided.", schema.AstNode);
        }

        foreach (var name in schema.DuplicateTypeNames)
        {
            Report($"Schema must contain uniquely named types but contains multiple types named \"{name}\".");
        }

        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, directive.AstNode, Report);
            foreach (var group in directive.Arguments.GroupBy(a => a.Name).Where(g => g.Count() > 1))
            {
                Report($"Argument @{directive.Name}({group.Key}:) can only be defined once.", [.. group.Select(a => a.AstNode)]);
            }

            foreach (var arg in directive.Arguments)
            {
                ValidateName(arg.Name, arg.AstNode, Report);
                if (!arg.Type.IsInputType)
                {
                    Report($"The type of @{directive.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.", arg.AstNode);
                }

                if (arg.IsRequired && arg.IsDeprecated)
                {
                    Report($"Required argument @{directive.Name}({arg.Name}:) cannot be deprecated.", arg.AstNode);
                }
            }
        }

        var inputCycles = new InputCycleFinder(Report);
        foreach (var type in schema.Types)
        {
            if (IntrospectionTypes.IsIntrospectionTypeName(type.Name) && ReferenceEquals(IntrospectionTypeOrNull(type.Name), type))
            {
                continue;
            }

            ValidateName(type.Name, type.AstNodes.FirstOrDefault(), Report);
            switch (type)
            {
                case FieldsType fields:
                    ValidateFields(fields, Report);
                    ValidateInterfaces(schema, fields, Report);
                    break;
                case UnionType union:
                    if (union.Types.Count == 0)
                    {
                        Report($"Union type {union.Name} must define one or more member types.", [.. union.AstNodes]);
                    }

                    foreach (var group in union.Types.GroupBy(t => t.Name).Where(g => g.Count() > 1))
                    {
                        Report($"Union type {union.Name} can only include type {group.Key} once.", [.. union.AstNodes]);
                    }

                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        Report($"Enum type {enumType.Name} must define one or more values.", [.. enumType.AstNodes]);
                    }

                    foreach (var value in enumType.Values)
                    {
                        ValidateName(value.Name, value.AstNode, Report);
                    }

                    break;
                case InputObjectType input:
                    ValidateInputFields(input, Report);
                    inputCycles.Check(input);
                    break;
            }
        }

        return errors;
    }

    private static NamedType? IntrospectionTypeOrNull(string name) => IntrospectionTypes.TryGet(name, out var t) ? t : null;

    private static void ValidateName(string name, Node? node, Action<string, Node?[]> report)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", [node]);
        }
    }

    private static void ValidateFields(FieldsType type, Action<string, Node?[]> report)
    {
        if (type.Fields.Count == 0)
        {
            report($"Type {type.Name} must define one or more fields.", [.. type.AstNodes]);
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.AstNode, report);
            if (!field.Type.IsOutputType)
            {
                report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", [field.AstNode?.Type]);
            }

            foreach (var arg in field.Arguments)
            {
                ValidateName(arg.Name, arg.AstNode, report);
                if (!arg.Type.IsInputType)
                {
                    report($"The type of {type.Name}.{field.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.", [arg.AstNode?.Type]);
                }

                if (arg.IsRequired && arg.IsDeprecated)
                {
                    report($"Required argument {type.Name}.{field.Name}({arg.Name}:) cannot be deprecated.", [arg.AstNode]);
                }
            }
        }

        foreach (var group in type.Fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
        {
            report($"Field \"{type.Name}.{group.Key}\" can only be defined once.", [.. group.Select(f => f.AstNode?.Name)]);
        }
    }

    private static void ValidateInputFields(InputObjectType input, Action<string, Node?[]> report)
    {
        if (input.Fields.Count == 0)
        {
            report($"Input Object type {input.Name} must define one or more fields.", [.. input.AstNodes]);
        }

        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, field.AstNode, report);
            if (!field.Type.IsInputType)
            {
                report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", [field.AstNode?.Type]);
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                report($"Required input field {input.Name}.{field.Name} cannot be deprecated.", [field.AstNode]);
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    report($"OneOf input field {input.Name}.{field.Name} must be nullable.", [field.AstNode?.Type]);
                }

                if (field.DefaultValue is not null)
                {
                    report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", [field.AstNode]);
                }
            }
        }
    }
}
