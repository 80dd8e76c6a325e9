using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// A fact about each directive (its arguments, locations, repeatability) that several rules look up by name: the
/// schema's part is computed once per schema and shared (read-only) by every validation; a document that defines
/// directives of its own gets a copy with those added, as each rule did before on every validation.
/// </summary>
internal sealed class DirectiveTable<T>(Func<DirectiveDefinition, T> fromSchema, Func<DirectiveDefinitionNode, T> fromDocument)
{
    private readonly ConditionalWeakTable<Schema, Dictionary<string, T>> bySchema = new();

    public IReadOnlyDictionary<string, T> For(ValidationContext context)
    {
        if (!bySchema.TryGetValue(context.Schema, out var shared))
        {
            shared = bySchema.GetValue(context.Schema, schema => schema.Directives.ToDictionary(d => d.Name, fromSchema, StringComparer.Ordinal));
        }

        Dictionary<string, T>? merged = null;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                (merged ??= new Dictionary<string, T>(shared, StringComparer.Ordinal))[directive.Name.Value] = fromDocument(directive);
            }
        }

        return merged ?? shared;
    }
}
