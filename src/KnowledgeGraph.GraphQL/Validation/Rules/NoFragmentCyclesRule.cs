using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spreads Must Not Form Cycles (spec §5.5.2.2): the graph of fragment spreads must not form
/// a cycle, including a fragment spreading itself. Each cycle is reported once, at the spreads forming it.
/// </summary>
public sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    // fragments already visited, so that the walk is O(N) and cycles are not reported twice
    private readonly HashSet<string> visitedFragments = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> spreadPath = [];
    private readonly Dictionary<string, int> spreadPathIndexByName = new(StringComparer.Ordinal);

    public override bool Enter(Node node)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            DetectCycleRecursive(fragment);
        }

        return node is DocumentNode;
    }

    // A depth-first walk that goes on after a cycle is found, to report every cycle.
    private void DetectCycleRecursive(FragmentDefinitionNode fragment)
    {
        var fragmentName = fragment.Name.Value;
        if (!visitedFragments.Add(fragmentName))
        {
            return;
        }

        var spreadNodes = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreadNodes.Count == 0)
        {
            return;
        }

        spreadPathIndexByName[fragmentName] = spreadPath.Count;
        foreach (var spreadNode in spreadNodes)
        {
            var spreadName = spreadNode.Name.Value;
            spreadPath.Add(spreadNode);
            if (!spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (Context.GetFragment(spreadName) is { } spreadFragment)
                {
                    DetectCycleRecursive(spreadFragment);
                }
            }
            else
            {
                var cyclePath = spreadPath[cycleIndex..];
                var viaPath = string.Join(", ", cyclePath[..^1].Select(s => $"\"{s.Name.Value}\""));
                Context.Report($"Cannot spread fragment \"{spreadName}\" within itself" + (viaPath.Length > 0 ? $" via {viaPath}." : "."),
                    [.. cyclePath]);
            }

            spreadPath.RemoveAt(spreadPath.Count - 1);
        }

        spreadPathIndexByName.Remove(fragmentName);
    }
}
