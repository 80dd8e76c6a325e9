using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Unique Per Location (spec §5.7.3): a non-repeatable directive may be applied only once to a
/// location; a schema and its extensions, and a type and its extensions, count as one location
/// (graphql-js UniqueDirectivesPerLocationRule).
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private static readonly DirectiveTable<bool> Unique = new(directive => !directive.IsRepeatable, definition => !definition.Repeatable);

    private readonly IReadOnlyDictionary<string, bool> unique;
    private readonly Dictionary<string, DirectiveNode> schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> typeDirectives = new(StringComparer.Ordinal);

    public UniqueDirectivesPerLocationRule(ValidationContext context)
        : base(context)
    {
        unique = Unique.For(context);
    }

    public override bool Enter(Node node)
    {
        var directives = node switch
        {
            ExecutableDefinitionNode n => n.Directives,
            VariableDefinitionNode n => n.Directives,
            FieldNode n => n.Directives,
            FragmentSpreadNode n => n.Directives,
            InlineFragmentNode n => n.Directives,
            SchemaDefinitionNode n => n.Directives,
            SchemaExtensionNode n => n.Directives,
            TypeDefinitionNode n => n.Directives,
            TypeExtensionNode n => n.Directives,
            FieldDefinitionNode n => n.Directives,
            InputValueDefinitionNode n => n.Directives,
            EnumValueDefinitionNode n => n.Directives,
            _ => [],
        };
        if (directives.Count == 0)
        {
            return true;
        }

        var seen = node switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => schemaDirectives,
            TypeDefinitionNode n => TypeDirectives(n.Name.Value),
            TypeExtensionNode n => TypeDirectives(n.Name.Value),
            _ => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
        };
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!unique.GetValueOrDefault(name))
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                Context.Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }

        return true;
    }

    private Dictionary<string, DirectiveNode> TypeDirectives(string typeName)
    {
        if (!typeDirectives.TryGetValue(typeName, out var seen))
        {
            typeDirectives[typeName] = seen = new(StringComparer.Ordinal);
        }

        return seen;
    }
}
