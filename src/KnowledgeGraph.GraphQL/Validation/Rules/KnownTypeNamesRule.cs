using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Type Existence (spec §5.5.1.2) and the type references of variable definitions
/// (§5.8.2): every named type a document refers to must be defined by the schema (or, in SDL, by the
/// document itself or be a standard type).
/// </summary>
public sealed class KnownTypeNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly string[] StandardTypeNames =
    [
        .. SpecifiedScalars.All.Select(s => s.Name),
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private readonly HashSet<string> definedTypes =
        [.. context.Document.Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value)];

    public override bool Enter(Node node)
    {
        if (node is not NamedTypeNode namedType)
        {
            return true;
        }

        var typeName = namedType.Name.Value;
        if (Context.Schema.GetType(typeName) is not null || definedTypes.Contains(typeName))
        {
            return true;
        }

        // the top-level definition the reference is in (graphql-js: ancestors[2] ?? parent)
        var ancestors = Context.Ancestors;
        var definition = ancestors.Count > 1 ? ancestors[1] : ancestors.LastOrDefault();
        var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
        if (isSdl && StandardTypeNames.Contains(typeName, StringComparer.Ordinal))
        {
            return true;
        }

        var typeNames = Context.Schema.Types.Select(t => t.Name).Concat(definedTypes);
        var suggestions = Suggestions.SuggestionList(typeName, isSdl ? StandardTypeNames.Concat(typeNames) : typeNames);
        Context.Report($"Unknown type \"{typeName}\"." + Suggestions.Format(null, suggestions), namedType);
        return true;
    }
}
