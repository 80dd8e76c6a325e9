using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// CollectFields (spec §6.3.2): the fields of a selection set for a runtime type, grouped by response
/// key in order, honouring @skip/@include, inline fragments and fragment spreads (each spread once).
/// </summary>
internal sealed class FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
{
    /// <summary>Whether a directive (@skip, @include) was met: then the grouping may depend on the variables.</summary>
    public bool MetDirectives { get; private set; }

    public List<(string Key, List<FieldNode> Nodes)> Collect(ObjectType runtimeType, SelectionSetNode selectionSet)
    {
        var grouped = new List<(string Key, List<FieldNode> Nodes)>();
        Collect(runtimeType, selectionSet, grouped, new HashSet<string>(StringComparer.Ordinal));
        return grouped;
    }

    public void Collect(ObjectType runtimeType, SelectionSetNode selectionSet, List<(string Key, List<FieldNode> Nodes)> grouped, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!ShouldInclude(field.Directives))
                    {
                        continue;
                    }

                    var key = field.Alias?.Value ?? field.Name.Value;
                    var index = IndexOf(grouped, key);
                    if (index >= 0)
                    {
                        grouped[index].Nodes.Add(field);
                    }
                    else
                    {
                        grouped.Add((key, [field]));
                    }

                    break;
                case InlineFragmentNode inline:
                    if (!ShouldInclude(inline.Directives) || !Matches(inline.TypeCondition, runtimeType))
                    {
                        continue;
                    }

                    Collect(runtimeType, inline.SelectionSet, grouped, visitedFragments);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragments.Contains(name) || !ShouldInclude(spread.Directives))
                    {
                        continue;
                    }

                    visitedFragments.Add(name);
                    if (!fragments.TryGetValue(name, out var fragment) || !Matches(fragment.TypeCondition, runtimeType))
                    {
                        continue;
                    }

                    Collect(runtimeType, fragment.SelectionSet, grouped, visitedFragments);
                    break;
            }
        }
    }

    private static int IndexOf(List<(string Key, List<FieldNode> Nodes)> grouped, string key)
    {
        for (var i = 0; i < grouped.Count; i++)
        {
            if (grouped[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0)
        {
            return true;
        }

        MetDirectives = true;
        if (Values.GetDirectiveValues(SpecifiedDirectives.Skip, directives, variables) is { } skip && skip.GetValueOrDefault("if") is true)
        {
            return false;
        }

        return Values.GetDirectiveValues(SpecifiedDirectives.Include, directives, variables) is not { } include || include.GetValueOrDefault("if") is not false;
    }

    private bool Matches(NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditional = TypeFromAst.Get(schema, typeCondition);
        if (ReferenceEquals(conditional, type))
        {
            return true;
        }

        return conditional is NamedType { IsAbstract: true } abstractType && schema.IsSubType(abstractType, type);
    }
}
