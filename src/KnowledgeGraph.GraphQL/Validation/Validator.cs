using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec §5): walks the document once, keeping type
/// information, and runs every rule in parallel. Stops with a final error after <c>maxErrors</c> errors.
/// </summary>
public static class Validator
{
    public const int DefaultMaxErrors = 100;

    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, IReadOnlyList<RuleFactory>? rules = null, int maxErrors = DefaultMaxErrors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, error =>
        {
            if (errors.Count >= maxErrors)
            {
                errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted.", null, null,
                    new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed }));
                throw new ValidationAbortedException();
            }

            errors.Add(error);
        });
        var instances = (rules ?? SpecifiedRules.All).Select(factory => factory(context)).ToArray();
        try
        {
            new Walker(context, typeInfo, instances).Walk(document);
        }
        catch (ValidationAbortedException)
        {
            // the error cap was reached; the last error says so
        }

        return errors;
    }

    private static StringValueNode? DescriptionOf(Node node) => node switch
    {
        OperationDefinitionNode o => o.Description,
        VariableDefinitionNode v => v.Description,
        FragmentDefinitionNode f => f.Description,
        SchemaDefinitionNode s => s.Description,
        TypeDefinitionNode t => t.Description,
        FieldDefinitionNode f => f.Description,
        InputValueDefinitionNode i => i.Description,
        EnumValueDefinitionNode e => e.Description,
        DirectiveDefinitionNode d => d.Description,
        _ => null,
    };

    private sealed class Walker(ValidationContext context, TypeInfo typeInfo, ValidationRule[] rules)
    {
        // For each rule, the node whose children it asked to skip (null when not skipping).
        private readonly Node?[] skipping = new Node?[rules.Length];
        private readonly List<List<Node>> buffers = [];
        private int depth;

        public void Walk(Node node)
        {
            typeInfo.Enter(node);
            for (var i = 0; i < rules.Length; i++)
            {
                if (skipping[i] is null && !rules[i].Enter(node))
                {
                    skipping[i] = node;
                }
            }

            context.AncestorStack.Add(node);
            // one children buffer per depth, reused across the walk (instead of a list per node)
            if (depth == buffers.Count)
            {
                buffers.Add([]);
            }

            var children = buffers[depth];
            children.Clear();
            AstVisitor.CollectChildren(node, children);
            depth++;
            foreach (var child in children)
            {
                // descriptions are documentation, not values: graphql-js's validation does not visit them
                if (!(child is StringValueNode && ReferenceEquals(child, DescriptionOf(node))))
                {
                    Walk(child);
                }
            }

            depth--;
            context.AncestorStack.RemoveAt(context.AncestorStack.Count - 1);
            for (var i = 0; i < rules.Length; i++)
            {
                if (skipping[i] is null)
                {
                    rules[i].Leave(node);
                }
                else if (ReferenceEquals(skipping[i], node))
                {
                    skipping[i] = null;
                }
            }

            typeInfo.Leave(node);
        }
    }
}
