using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Required Arguments (spec §5.4.2.1): a field or directive is only valid if every argument of non-null type
/// without a default value is given. Checked on leaving the node, so deeper errors come first
/// (graphql-js ProvidedRequiredArgumentsRule).
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    private static readonly DirectiveTable<IReadOnlyList<RequiredArgument>> DirectiveRequired = new(
        directive => [.. directive.Arguments.Where(a => a.IsRequired).Select(a => new RequiredArgument(a.Name, a.Type.ToString()))],
        definition => [.. definition.Arguments
            .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
            .Select(a => new RequiredArgument(a.Name.Value, Printer.Print(a.Type)))]);

    // For each directive name, its required arguments.
    private readonly IReadOnlyDictionary<string, IReadOnlyList<RequiredArgument>> directiveRequired;

    public ProvidedRequiredArgumentsRule(ValidationContext context)
        : base(context)
    {
        directiveRequired = DirectiveRequired.For(context);
    }

    // loops, not lambdas: Leave runs for every node, and a lambda capturing its pattern variables would allocate each time
    public override void Leave(Node node)
    {
        switch (node)
        {
            case FieldNode field when Context.TypeInfo.FieldDef is { } definition:
                foreach (var argument in definition.Arguments)
                {
                    if (argument.IsRequired && !IsGiven(field.Arguments, argument.Name))
                    {
                        Context.Report($"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", field);
                    }
                }

                break;
            case DirectiveNode directive when directiveRequired.TryGetValue(directive.Name.Value, out var required):
                foreach (var (name, type) in required)
                {
                    if (!IsGiven(directive.Arguments, name))
                    {
                        Context.Report($"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.", directive);
                    }
                }

                break;
        }
    }

    private sealed record RequiredArgument(string Name, string Type);

    private static bool IsGiven(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
