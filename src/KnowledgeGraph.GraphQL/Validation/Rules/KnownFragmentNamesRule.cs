using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Target Defined (spec §5.5.2.1): a named fragment spread must refer to a fragment
/// defined within the document.
/// </summary>
public sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(Node node)
    {
        if (node is FragmentSpreadNode spread && Context.GetFragment(spread.Name.Value) is null)
        {
            Context.Report($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
        }

        return true;
    }
}
