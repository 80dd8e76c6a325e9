using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Defined and Directives Are In Valid Locations (spec §5.7.1, §5.7.2): every directive must be
/// defined by the schema (or by a directive definition in the document) and used at one of its declared locations,
/// the location being that of the node the directive is applied to (graphql-js KnownDirectivesRule).
/// </summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    private static readonly DirectiveTable<IReadOnlyList<string>> Locations = new(
        directive => [.. directive.Locations.Select(l => l.ToSpecName())],
        definition => [.. definition.Locations.Select(l => l.Value)]);

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> locations;

    public KnownDirectivesRule(ValidationContext context)
        : base(context)
    {
        locations = Locations.For(context);
    }

    public override bool Enter(Node node)
    {
        if (node is not DirectiveNode directive)
        {
            return true;
        }

        var name = directive.Name.Value;
        if (!locations.TryGetValue(name, out var allowed))
        {
            Context.Report($"Unknown directive \"@{name}\".", directive);
        }
        else if (LocationOf(Context.Ancestors) is { } location && !allowed.Contains(location))
        {
            Context.Report($"Directive \"@{name}\" may not be used on {location}.", directive);
        }

        return false;
    }

    // graphql-js getDirectiveLocationForASTPath: the location of the node the directive is applied to.
    private static string? LocationOf(IReadOnlyList<Node> ancestors) => ancestors[^1] switch
    {
        OperationDefinitionNode operation => operation.Operation switch
        {
            OperationType.Mutation => "MUTATION",
            OperationType.Subscription => "SUBSCRIPTION",
            _ => "QUERY",
        },
        FieldNode => "FIELD",
        FragmentSpreadNode => "FRAGMENT_SPREAD",
        InlineFragmentNode => "INLINE_FRAGMENT",
        FragmentDefinitionNode => "FRAGMENT_DEFINITION",
        VariableDefinitionNode => "VARIABLE_DEFINITION",
        SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
        FieldDefinitionNode => "FIELD_DEFINITION",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
        EnumValueDefinitionNode => "ENUM_VALUE",
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
        InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode ? "INPUT_FIELD_DEFINITION" : "ARGUMENT_DEFINITION",
        _ => null,
    };
}
