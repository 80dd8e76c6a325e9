using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Introspection;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>The type-building half of <see cref="SchemaBuilder"/>: shells first, so references resolve, then members.</summary>
public sealed partial class SchemaBuilder
{
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    /// <summary>Builds the named types of an SDL text that defines only types (used for the introspection types).</summary>
    internal static Dictionary<string, NamedType> BuildTypesOnly(string sdl)
    {
        var errors = new List<GraphQLError>();
        var types = new SchemaBuilder(sdl).BuildTypes(errors, allowReservedNames: true);
        return errors.Count == 0 ? types : throw new SchemaBuildException(errors);
    }

    private Dictionary<string, NamedType> BuildTypes(List<GraphQLError> errors, bool allowReservedNames)
    {
        var types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        var definitions = new List<(NamedType Type, TypeDefinitionNode Node)>();
        foreach (var node in document.Definitions.OfType<TypeDefinitionNode>())
        {
            var name = node.Name.Value;
            if (!allowReservedNames && IntrospectionTypes.IsIntrospectionTypeName(name))
            {
                errors.Add(GraphQLError.At($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node.Name));
                continue;
            }

            if (types.ContainsKey(name))
            {
                errors.Add(GraphQLError.At($"There can be only one type named \"{name}\".", node.Name));
                continue;
            }

            if (SpecifiedScalars.ByName.TryGetValue(name, out var standard))
            {
                types[name] = standard;
                continue;
            }

            var description = node.Description?.Value;
            NamedType type = node switch
            {
                ScalarTypeDefinitionNode => new ScalarType(name, description),
                ObjectTypeDefinitionNode => new ObjectType(name, description),
                InterfaceTypeDefinitionNode => new InterfaceType(name, description),
                UnionTypeDefinitionNode => new UnionType(name, description),
                EnumTypeDefinitionNode => new EnumType(name, description),
                InputObjectTypeDefinitionNode => new InputObjectType(name, description),
                _ => throw new InvalidOperationException("unknown type definition " + node.Kind),
            };
            types[name] = type;
            definitions.Add((type, node));
        }

        var extensions = document.Definitions.OfType<TypeExtensionNode>().ToList();
        foreach (var extension in extensions.Where(e => !types.ContainsKey(e.Name.Value)))
        {
            errors.Add(GraphQLError.At($"Cannot extend type \"{extension.Name.Value}\" because it is not defined.", extension.Name));
        }

        foreach (var (type, node) in definitions)
        {
            var nodes = new List<Node> { node };
            nodes.AddRange(extensions.Where(e => e.Name.Value == type.Name));
            type.AstNodes = nodes;
            Fill(type, nodes, types, errors);
        }

        return types;
    }

    private void Fill(NamedType type, List<Node> nodes, Dictionary<string, NamedType> types, List<GraphQLError> errors)
    {
        foreach (var node in nodes)
        {
            switch (type, node)
            {
                case (ScalarType scalar, _):
                    var directives = node is TypeDefinitionNode d ? d.Directives : ((TypeExtensionNode)node).Directives;
                    if (Values.GetDirectiveValues(SpecifiedDirectives.SpecifiedBy, directives, NoVariables) is { } specifiedBy)
                    {
                        scalar.SpecifiedByUrl = specifiedBy["url"] as string;
                    }

                    break;
                case (FieldsType fields, ObjectTypeDefinitionNode or ObjectTypeExtensionNode or InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode):
                    var (interfaces, fieldNodes) = node switch
                    {
                        ObjectTypeDefinitionNode o => (o.Interfaces, o.Fields),
                        ObjectTypeExtensionNode o => (o.Interfaces, o.Fields),
                        InterfaceTypeDefinitionNode i => (i.Interfaces, i.Fields),
                        InterfaceTypeExtensionNode i => (i.Interfaces, i.Fields),
                        _ => throw new InvalidOperationException(),
                    };
                    foreach (var iface in interfaces)
                    {
                        if (Named(iface, types, errors) is { } t)
                        {
                            if (t is InterfaceType it)
                            {
                                fields.Interfaces.Add(it);
                            }
                            else
                            {
                                errors.Add(GraphQLError.At($"Type {fields.Name} must only implement Interface types, it cannot implement {t.Name}.", iface));
                            }
                        }
                    }

                    foreach (var fieldNode in fieldNodes)
                    {
                        if (TypeOf(fieldNode.Type, types, errors) is not { } fieldType)
                        {
                            continue;
                        }

                        var field = new FieldDefinition(fieldNode.Name.Value, fieldType, fieldNode.Description?.Value)
                        {
                            AstNode = fieldNode,
                            DeprecationReason = DeprecationReason(fieldNode.Directives),
                        };
                        foreach (var arg in fieldNode.Arguments)
                        {
                            if (InputValueOf(arg, types, errors) is { } argument)
                            {
                                field.AddArgument(argument);
                            }
                        }

                        fields.AddField(field);
                    }

                    break;
                case (UnionType union, UnionTypeDefinitionNode or UnionTypeExtensionNode):
                    foreach (var member in node is UnionTypeDefinitionNode u ? u.Types : ((UnionTypeExtensionNode)node).Types)
                    {
                        if (Named(member, types, errors) is { } t)
                        {
                            if (t is ObjectType o)
                            {
                                union.Types.Add(o);
                            }
                            else
                            {
                                errors.Add(GraphQLError.At($"Union type {union.Name} can only include Object types, it cannot include {t.Name}.", member));
                            }
                        }
                    }

                    break;
                case (EnumType enumType, EnumTypeDefinitionNode or EnumTypeExtensionNode):
                    foreach (var valueNode in node is EnumTypeDefinitionNode e ? e.Values : ((EnumTypeExtensionNode)node).Values)
                    {
                        enumType.AddValue(new EnumValue(valueNode.Name.Value, valueNode.Name.Value, valueNode.Description?.Value)
                        {
                            AstNode = valueNode,
                            DeprecationReason = DeprecationReason(valueNode.Directives),
                        });
                    }

                    break;
                case (InputObjectType input, InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode):
                    var (inputDirectives, inputFields) = node is InputObjectTypeDefinitionNode i2 ? (i2.Directives, i2.Fields) : (((InputObjectTypeExtensionNode)node).Directives, ((InputObjectTypeExtensionNode)node).Fields);
                    input.IsOneOf |= inputDirectives.Any(x => x.Name.Value == SpecifiedDirectives.OneOf.Name);
                    foreach (var fieldNode in inputFields)
                    {
                        if (InputValueOf(fieldNode, types, errors) is { } field)
                        {
                            input.AddField(field);
                        }
                    }

                    break;
                default:
                    errors.Add(GraphQLError.At($"Cannot extend non-{type.Kind.ToString().ToLowerInvariant().Replace('_', ' ')} type \"{type.Name}\".", node));
                    break;
            }
        }
    }

    private List<DirectiveDefinition> BuildDirectives(Dictionary<string, NamedType> types, List<GraphQLError> errors)
    {
        var directives = new List<DirectiveDefinition>();
        foreach (var node in document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            var name = node.Name.Value;
            if (directives.Any(d => d.Name == name))
            {
                errors.Add(GraphQLError.At($"There can be only one directive named \"@{name}\".", node.Name));
                continue;
            }

            var locations = new List<DirectiveLocation>();
            foreach (var location in node.Locations)
            {
                if (DirectiveLocations.TryParse(location.Value, out var parsed))
                {
                    locations.Add(parsed);
                }
                else
                {
                    errors.Add(GraphQLError.At($"Unexpected directive location \"{location.Value}\".", location));
                }
            }

            var directive = new DirectiveDefinition(name, node.Description?.Value, locations, node.Repeatable) { AstNode = node };
            foreach (var arg in node.Arguments)
            {
                if (InputValueOf(arg, types, errors) is { } argument)
                {
                    directive.AddArgument(argument);
                }
            }

            directives.Add(directive);
        }

        foreach (var specified in SpecifiedDirectives.All)
        {
            if (directives.All(d => d.Name != specified.Name))
            {
                directives.Add(specified);
            }
        }

        return directives;
    }

    private static InputValue? InputValueOf(InputValueDefinitionNode node, Dictionary<string, NamedType> types, List<GraphQLError> errors) =>
        TypeOf(node.Type, types, errors) is { } type
            ? new InputValue(node.Name.Value, type, node.Description?.Value)
            {
                DefaultValue = node.DefaultValue,
                DeprecationReason = DeprecationReason(node.Directives),
                AstNode = node,
            }
            : null;

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives) =>
        Values.GetDirectiveValues(SpecifiedDirectives.Deprecated, directives, NoVariables)?.GetValueOrDefault("reason") as string;

    private static GraphQLType? TypeOf(TypeNode node, Dictionary<string, NamedType> types, List<GraphQLError> errors) => node switch
    {
        ListTypeNode list => TypeOf(list.Type, types, errors) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => TypeOf(nonNull.Type, types, errors) is { } inner ? new NonNullType(inner) : null,
        NamedTypeNode named => Named(named, types, errors),
        _ => null,
    };

    private static NamedType? Named(NamedTypeNode node, Dictionary<string, NamedType> types, List<GraphQLError> errors)
    {
        var name = node.Name.Value;
        if (types.TryGetValue(name, out var type))
        {
            return type;
        }

        if (SpecifiedScalars.ByName.TryGetValue(name, out var scalar))
        {
            return scalar;
        }

        if (IntrospectionTypes.TryGet(name, out type))
        {
            return type;
        }

        errors.Add(GraphQLError.At($"Unknown type \"{name}\"." + Suggestions.DidYouMean(name, types.Keys.Concat(SpecifiedScalars.ByName.Keys)), node));
        return null;
    }
}
