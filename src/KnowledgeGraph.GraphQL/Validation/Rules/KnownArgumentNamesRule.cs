using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Argument Names (spec §5.4.1): every argument given to a field or directive must be defined by that field or
/// directive (directives of the schema or defined in the document). Unknown ones are reported with
/// "Did you mean" suggestions (graphql-js KnownArgumentNamesRule).
/// </summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    private static readonly DirectiveTable<IReadOnlyList<string>> DirectiveArguments = new(
        directive => [.. directive.Arguments.Select(a => a.Name)],
        definition => [.. definition.Arguments.Select(a => a.Name.Value)]);

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> directiveArguments;

    public KnownArgumentNamesRule(ValidationContext context)
        : base(context)
    {
        directiveArguments = DirectiveArguments.For(context);
    }

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case DirectiveNode directive:
                var directiveName = directive.Name.Value;
                if (directiveArguments.TryGetValue(directiveName, out var known))
                {
                    ReportUnknown(directive, directiveName, known);
                }

                // The arguments of a directive are checked here, not as field arguments.
                return false;

            case ArgumentNode argument when Context.TypeInfo is { Argument: null, FieldDef: { } field, ParentType: { } parent }:
                var name = argument.Name.Value;
                Context.Report($"Unknown argument \"{name}\" on field \"{parent.Name}.{field.Name}\"." +
                    Suggestions.DidYouMean(name, field.Arguments.Select(a => a.Name)), argument);
                return true;

            default:
                return true;
        }
    }

    // its own method: a lambda capturing `known` in Enter would allocate its closure for every node visited
    private void ReportUnknown(DirectiveNode directive, string directiveName, IReadOnlyList<string> known)
    {
        foreach (var argument in directive.Arguments.Where(a => !known.Contains(a.Name.Value)))
        {
            var argName = argument.Name.Value;
            Context.Report($"Unknown argument \"{argName}\" on directive \"@{directiveName}\"." +
                Suggestions.DidYouMean(argName, known), argument);
        }
    }
}
