using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Executable Definitions (spec §5.1.1): a GraphQL document is only valid for execution if all
/// definitions are either operation or fragment definitions.
/// </summary>
public sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(Node node)
    {
        if (node is not DocumentNode document)
        {
            return true;
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode t => $"\"{t.Name.Value}\"",
                TypeExtensionNode e => $"\"{e.Name.Value}\"",
                DirectiveDefinitionNode d => $"\"{d.Name.Value}\"",
                _ => "definition",
            };
            Context.Report($"The {name} definition is not executable.", definition);
        }

        return false;
    }
}
