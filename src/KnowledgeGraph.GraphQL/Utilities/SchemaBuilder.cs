using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>The schema could not be built or is invalid; <see cref="Errors"/> says every reason.</summary>
public sealed class SchemaBuildException(IReadOnlyList<GraphQLError> errors)
    : Exception("Invalid schema:\n" + string.Join("\n", errors.Select(e => "  " + e.Message)))
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}

/// <summary>
/// Builds an executable schema from SDL (schema first, like graphql-js buildASTSchema with extensions),
/// binding resolvers by type and field name, abstract-type resolvers and custom scalar coercions.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly DocumentNode document;
    private readonly Dictionary<(string Type, string Field), FieldResolver> resolvers = [];
    private readonly Dictionary<string, TypeResolver> typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action<ScalarType>> scalars = new(StringComparer.Ordinal);

    public SchemaBuilder(string sdl)
        : this(Parser.Parse(sdl))
    {
    }

    public SchemaBuilder(DocumentNode document) => this.document = document ?? throw new ArgumentNullException(nameof(document));

    /// <summary>Builds a schema from SDL with default resolvers only.</summary>
    public static Schema BuildSchema(string sdl) => new SchemaBuilder(sdl).Build();

    /// <summary>Binds a resolver to <paramref name="type"/>.<paramref name="field"/>.</summary>
    public SchemaBuilder Resolve(string type, string field, FieldResolver resolver)
    {
        resolvers[(type, field)] = resolver;
        return this;
    }

    /// <summary>Binds a synchronous resolver.</summary>
    public SchemaBuilder Resolve(string type, string field, Func<ResolveContext, object?> resolver) =>
        Resolve(type, field, context => new ValueTask<object?>(resolver(context)));

    /// <summary>Binds an asynchronous resolver (use the context's CancellationToken).</summary>
    public SchemaBuilder ResolveAsync(string type, string field, Func<ResolveContext, Task<object?>> resolver) =>
        Resolve(type, field, context => new ValueTask<object?>(resolver(context)));

    /// <summary>Sets how values of an interface or union find their object type.</summary>
    public SchemaBuilder ResolveType(string abstractType, TypeResolver resolver)
    {
        typeResolvers[abstractType] = resolver;
        return this;
    }

    /// <summary>Configures a custom scalar's coercions (serialize, parse value, parse literal).</summary>
    public SchemaBuilder Scalar(string name, Action<ScalarType> configure)
    {
        scalars[name] = configure;
        return this;
    }

    /// <summary>Builds and validates the schema; throws <see cref="SchemaBuildException"/> listing every problem.</summary>
    public Schema Build()
    {
        var errors = new List<GraphQLError>();
        var types = BuildTypes(errors, allowReservedNames: false);
        var directives = BuildDirectives(types, errors);
        Bind(types, errors);
        var (query, mutation, subscription, schemaNode, schemaExtensions) = RootTypes(types, errors);
        if (errors.Count > 0)
        {
            throw new SchemaBuildException(errors);
        }

        var description = schemaNode?.Description?.Value;
        var schema = new Schema(query, mutation, subscription, types.Values, directives, description)
        {
            AstNode = schemaNode,
            ExtensionAstNodes = schemaExtensions,
        };
        var problems = SchemaValidator.Validate(schema);
        return problems.Count > 0 ? throw new SchemaBuildException(problems) : schema;
    }

    private void Bind(Dictionary<string, NamedType> types, List<GraphQLError> errors)
    {
        foreach (var ((typeName, fieldName), resolver) in resolvers)
        {
            if (types.GetValueOrDefault(typeName) is not FieldsType type)
            {
                errors.Add(new GraphQLError($"Cannot bind a resolver to \"{typeName}.{fieldName}\": there is no object or interface type \"{typeName}\"."));
            }
            else if (type.Field(fieldName) is not { } field)
            {
                errors.Add(new GraphQLError($"Cannot bind a resolver to \"{typeName}.{fieldName}\": type \"{typeName}\" has no field \"{fieldName}\"."));
            }
            else
            {
                field.Resolver = resolver;
            }
        }

        foreach (var (typeName, resolver) in typeResolvers)
        {
            switch (types.GetValueOrDefault(typeName))
            {
                case InterfaceType i:
                    i.ResolveType = resolver;
                    break;
                case UnionType u:
                    u.ResolveType = resolver;
                    break;
                default:
                    errors.Add(new GraphQLError($"Cannot bind a type resolver to \"{typeName}\": it is not an interface or union type."));
                    break;
            }
        }

        foreach (var (name, configure) in scalars)
        {
            if (types.GetValueOrDefault(name) is ScalarType { IsSpecified: false } scalar)
            {
                configure(scalar);
            }
            else
            {
                errors.Add(new GraphQLError($"Cannot configure scalar \"{name}\": there is no custom scalar of that name."));
            }
        }
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription, SchemaDefinitionNode? Node, IReadOnlyList<SchemaExtensionNode> Extensions) RootTypes(Dictionary<string, NamedType> types, List<GraphQLError> errors)
    {
        var schemaNodes = document.Definitions.OfType<SchemaDefinitionNode>().ToList();
        var extensions = document.Definitions.OfType<SchemaExtensionNode>().ToList();
        if (schemaNodes.Count > 1)
        {
            errors.Add(GraphQLError.At("Must provide only one schema definition.", schemaNodes.Skip(1)));
        }

        var operationTypes = schemaNodes.Take(1).SelectMany(s => s.OperationTypes).Concat(extensions.SelectMany(e => e.OperationTypes)).ToList();
        ObjectType? Root(OperationType operation, string defaultName)
        {
            var defined = operationTypes.Where(o => o.Operation == operation).ToList();
            if (defined.Count > 1)
            {
                errors.Add(GraphQLError.At($"There can be only one {operation.ToString().ToLowerInvariant()} type in schema.", defined));
            }

            if (defined.Count == 0)
            {
                return schemaNodes.Count == 0 && extensions.All(e => e.OperationTypes.Count == 0) ? types.GetValueOrDefault(defaultName) as ObjectType : null;
            }

            var name = defined[0].Type.Name.Value;
            if (types.GetValueOrDefault(name) is ObjectType root)
            {
                return root;
            }

            errors.Add(GraphQLError.At(types.ContainsKey(name)
                ? $"{operation} root type must be Object type, it cannot be {name}."
                : $"Unknown type \"{name}\".", defined[0].Type));
            return null;
        }

        return (Root(OperationType.Query, "Query"), Root(OperationType.Mutation, "Mutation"), Root(OperationType.Subscription, "Subscription"), schemaNodes.FirstOrDefault(), extensions);
    }
}
