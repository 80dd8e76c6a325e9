using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Field Uniqueness (spec §5.6.3): an input object value is only valid if each of its fields is
/// given once; every repetition is reported with the first occurrence (graphql-js UniqueInputFieldNamesRule).
/// </summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Stack<Dictionary<string, NameNode>> known = [];

    public override bool Enter(Node node)
    {
        switch (node)
        {
            case ObjectValueNode:
                known.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
                break;
            case ObjectFieldNode field when known.TryPeek(out var names):
                var name = field.Name.Value;
                if (names.TryGetValue(name, out var first))
                {
                    Context.Report($"There can be only one input field named \"{name}\".", first, field.Name);
                }
                else
                {
                    names[name] = field.Name;
                }

                break;
        }

        return true;
    }

    public override void Leave(Node node)
    {
        if (node is ObjectValueNode)
        {
            known.Pop();
        }
    }
}
