using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Argument Uniqueness (spec §5.4.2): a field or directive is only valid if each of its arguments is given once.
/// Each name given more than once is reported once, at every occurrence (graphql-js UniqueArgumentNamesRule).
/// </summary>
public sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(Node node)
    {
        var arguments = node switch
        {
            FieldNode field => field.Arguments,
            DirectiveNode directive => directive.Arguments,
            _ => null,
        };
        if (arguments is not { Count: > 1 })
        {
            return true;
        }

        var byName = new Dictionary<string, List<ArgumentNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var argument in arguments)
        {
            var name = argument.Name.Value;
            if (!byName.TryGetValue(name, out var group))
            {
                byName[name] = group = [];
                order.Add(name);
            }

            group.Add(argument);
        }

        foreach (var name in order)
        {
            if (byName[name] is { Count: > 1 } group)
            {
                Context.Report($"There can be only one argument named \"{name}\".", [.. group.Select(a => a.Name)]);
            }
        }

        return true;
    }
}
