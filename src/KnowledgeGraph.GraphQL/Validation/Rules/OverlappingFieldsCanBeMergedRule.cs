using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging (spec §5.3.2): a selection set is only valid if all fields (including those of
/// spread fragments) either have distinct response names or can be merged without ambiguity.
/// </summary>
/// <remarks>
/// A port of graphql-js 16.15's OverlappingFieldsCanBeMergedRule, split by concern:
/// this file holds the entry point and the comparisons "within" and "between" sets of fields and fragments
/// (steps A to J of graphql-js's description); <c>.Fields.cs</c> collects the fields of a selection set and
/// compares two fields; <c>.State.cs</c> holds the caches, the conflict records and the complexity budget.
/// <para>
/// Conflicts occur when two fields produce the same response name but different values. To compare as few
/// fields as possible, every selection set of the document compares its own fields with each other (A, the
/// only "within" comparison), then compares its fields with each spread fragment (B, D, E) and the spread
/// fragments with each other (C, F, G). Two overlapping fields with sub-selections compare those "between"
/// each other (H), including the fragments they spread (I, J). Collected field sets, fragment pairs, field
/// pairs and printed argument values are memoized, and the total work is bounded by a complexity budget
/// (graphql-js aborts validation with "Validation aborted." when it runs out).
/// </para>
/// </remarks>
public sealed partial class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(Node node)
    {
        if (aborted)
        {
            return false;
        }

        if (node is not SelectionSetNode selectionSet)
        {
            return true;
        }

        // Inline fragments are flattened into their enclosing response level; their fields' own
        // selection sets are still visited independently. A single field or spread has nothing to merge.
        var ancestors = Context.Ancestors;
        if (ancestors.Count > 0 && ancestors[^1] is InlineFragmentNode)
        {
            return true;
        }

        var selections = selectionSet.Selections;
        if (selections.Count <= 1 && (selections.Count == 0 || selections[0] is not InlineFragmentNode))
        {
            return true;
        }

        List<Conflict> conflicts;
        try
        {
            conflicts = FindConflictsWithinSelectionSet(Context.TypeInfo.ParentType, selectionSet);
        }
        catch (ComplexityBudgetExhaustedException)
        {
            // graphql-js throws its validationAbortedError here, which ends the whole validation.
            aborted = true;
            Context.Abort(new Errors.GraphQLError("Validation aborted.", null, null,
                new Dictionary<string, object?> { ["code"] = Errors.ErrorCodes.ValidationFailed }));
            return false;
        }

        foreach (var conflict in conflicts)
        {
            Context.Report(
                $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. " +
                "Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }

        return true;
    }

    // Every conflict "within" a selection set, including those found via spreading in fragments.
    private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collected = CollectFields(parentType, selectionSet);

        // (A) All conflicts "within" the fields of this selection set: the only "within" comparison.
        CollectConflictsWithin(conflicts, collected);

        // Fragment uses are compared only with fields or with another spread.
        var fragmentNames = collected.FragmentNames;
        if (fragmentNames.Count != 0 && (collected.GroupedFieldSet.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                // (B) These fields against the fields of each spread fragment.
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);

                // (C) Each spread fragment against every later one of the same selection set.
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    // Conflicts between a set of fields and a fragment, including fragments it spreads (D, E). graphql-js
    // recurses into the spread fragments; this walks them depth first with a stack in the same order.
    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts, bool areMutuallyExclusive, CollectFieldsResult collected, string fragmentName)
    {
        var pending = new Stack<string>();
        pending.Push(fragmentName);
        while (pending.TryPop(out var name))
        {
            // Callers can enumerate more field-map/fragment pairs than document nodes: count every attempt.
            SpendComplexityBudget(1);
            if (collected.GroupedFieldSet.Count == 0)
            {
                return;
            }

            // Compare a set of fields with a fragment once; only a non-exclusive comparison also covers
            // a later mutually exclusive one.
            var compared = collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            if (compared.TryGetValue(name, out var wasExclusive) && (!wasExclusive || areMutuallyExclusive))
            {
                continue;
            }

            compared[name] = areMutuallyExclusive;
            if (Context.GetFragment(name) is not { } fragment)
            {
                continue;
            }

            var collected2 = CollectFragmentFields(fragment);

            // Do not compare a fragment's fields with themselves.
            if (ReferenceEquals(collected, collected2))
            {
                continue;
            }

            // (D) The fields against the fragment's own fields.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, collected2);

            // (E) Then against every fragment the fragment spreads, in order.
            for (var i = collected2.FragmentNames.Count - 1; i >= 0; i--)
            {
                pending.Push(collected2.FragmentNames[i]);
            }
        }
    }

    // Conflicts between two fragments, including the fragments they spread (F, G); each pair of fragments is
    // compared once per exclusivity (graphql-js PairSet). Depth first with a stack, in graphql-js's order.
    private void CollectConflictsBetweenFragments(
        List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        var pending = new Stack<(string First, string Second)>();
        pending.Push((fragmentName1, fragmentName2));
        while (pending.TryPop(out var pair))
        {
            var (name1, name2) = pair;

            // Count attempted fragment pairs, including identity and cache hits.
            SpendComplexityBudget(2);
            if (name1 == name2 || comparedFragmentPairs.Has(name1, name2, areMutuallyExclusive))
            {
                continue;
            }

            comparedFragmentPairs.Add(name1, name2, areMutuallyExclusive);
            if (Context.GetFragment(name1) is not { } fragment1 || Context.GetFragment(name2) is not { } fragment2)
            {
                continue;
            }

            var collected1 = CollectFragmentFields(fragment1);
            var collected2 = CollectFragmentFields(fragment2);

            // (F) The two fragments' own fields.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);

            // (G) Then the first fragment against each fragment the second spreads, then each fragment the
            // first spreads against the second (pushed in reverse so they are taken in that order).
            for (var i = collected1.FragmentNames.Count - 1; i >= 0; i--)
            {
                pending.Push((collected1.FragmentNames[i], name2));
            }

            for (var i = collected2.FragmentNames.Count - 1; i >= 0; i--)
            {
                pending.Push((name1, collected2.FragmentNames[i]));
            }
        }
    }

    // Conflicts between the sub-selections of two overlapping fields, including their fragments (H, I, J).
    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var collected1 = CollectFields(parentType1, selectionSet1);
        var collected2 = CollectFields(parentType2, selectionSet2);

        // (H) The two sets of fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);

        // (I) Each set of fields against the fragments the other spreads.
        foreach (var fragmentName2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected1, fragmentName2);
        }

        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected2, fragmentName1);
        }

        // (J) Each fragment spread by the first against each fragment spread by the second.
        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            foreach (var fragmentName2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    // Every pair of fields with the same response name in one set of fields (A).
    private void CollectConflictsWithin(List<Conflict> conflicts, CollectFieldsResult collected)
    {
        foreach (var (responseName, fields) in collected.GroupedFieldSet)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    // Every field of the first set against every field of the same response name in the second. Assumes each
    // set was already compared within itself, which holds as every selection set of the document is visited.
    private void CollectConflictsBetween(
        List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectFieldsResult collected1, CollectFieldsResult collected2)
    {
        if (collected1.GroupedFieldSet.Count == 0 || collected2.GroupedFieldSet.Count == 0)
        {
            return;
        }

        foreach (var overlap in GetOverlappingFields(collected1, collected2))
        {
            foreach (var field1 in overlap.Fields1)
            {
                foreach (var field2 in overlap.Fields2)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, overlap.ResponseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    // The response names two sets of fields share, memoized on the first set for when they meet again.
    private List<OverlappingFields> GetOverlappingFields(CollectFieldsResult collected1, CollectFieldsResult collected2)
    {
        var byCollected = collected1.OverlappingFields ??= [];
        if (byCollected.TryGetValue(collected2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<OverlappingFields>();
        foreach (var (responseName, fields1) in collected1.GroupedFieldSet)
        {
            // A field map can take part in many distinct comparisons.
            SpendComplexityBudget(1);
            if (collected2.GroupedFieldSet.TryGetValue(responseName, out var fields2))
            {
                overlapping.Add(new OverlappingFields(responseName, fields1, fields2));
            }
        }

        byCollected[collected2] = overlapping;
        return overlapping;
    }

    // The fields of a fragment, collected against its type condition.
    private CollectFieldsResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(TypeFromAst.Get(Context.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);
}
