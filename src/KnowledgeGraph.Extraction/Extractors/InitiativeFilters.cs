using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>Where a candidate came from; on overlap the higher source wins.</summary>
internal enum InitiativeSource
{
    Formula,
    Circle,
    Suffix,
    Quoted,
}

/// <summary>A candidate initiative: [Start, End) in its sentence's text.</summary>
internal readonly record struct InitiativeCandidate(int Start, int End, InitiativeSource Source)
{
    public int Length => End - Start;

    public bool Overlaps(InitiativeCandidate other) => Start < other.End && other.Start < End;
}

/// <summary>Checks every candidate passes whatever rule proposed it.</summary>
internal static class InitiativeFilters
{
    /// <summary>Not a nationwide formula (八八战略, 两个维护, 十四五 …) nor a party or ideological phrase.</summary>
    public static bool IsAcceptableName(string name)
    {
        var key = NodeIds.NormaliseName(name);
        if (InitiativeLexicon.NationalFormulas.Contains(key))
        {
            return false;
        }

        return !InitiativeLexicon.PoliticalWords.Any(w => key.Contains(w, StringComparison.Ordinal))
            && !InitiativeLexicon.NationalFormulas.Any(f => f.Length >= 3 && key.Contains(f, StringComparison.Ordinal));
    }

    /// <summary>
    /// Keeps, among overlapping candidates of a sentence, the one of the higher source (the longer on a tie).
    /// </summary>
    public static List<InitiativeCandidate> ResolveOverlaps(IEnumerable<InitiativeCandidate> candidates)
    {
        var kept = new List<InitiativeCandidate>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Source).ThenByDescending(c => c.Length).ThenBy(c => c.Start))
        {
            if (!kept.Any(k => k.Overlaps(candidate)))
            {
                kept.Add(candidate);
            }
        }

        return [.. kept.OrderBy(c => c.Start)];
    }

    /// <summary>
    /// Whether an earlier extractor already holds the name (any list), an event's name contains it, or a brand or
    /// award title and this name contain each other with the shorter at least half the longer. Projects block only
    /// the same name: a programme named inside a project's name is still a programme.
    /// </summary>
    public static bool IsTakenElsewhere(ExtractionResult result, string name)
    {
        if (result.IsKnownName(name))
        {
            return true;
        }

        // An event's name holds its quoted core (市政协“六送下乡”活动, 第二届“野火饭”节): part of the event, not a programme.
        var key = NodeIds.NormaliseName(name);
        if (key.Length >= 2 && result.Events.Any(e => NodeIds.NormaliseName(e.Name).Contains(key, StringComparison.Ordinal)))
        {
            return true;
        }

        var others = result.Brands.Select(b => b.Name).Concat(result.Awards.Select(a => a.Title)).Concat(result.Initiatives.Select(i => i.Name));
        return others.Any(o => NearlySame(o, name));
    }

    /// <summary>One normalised name contains the other and is at least half as long.</summary>
    public static bool NearlySame(string a, string b)
    {
        var x = NodeIds.NormaliseName(a);
        var y = NodeIds.NormaliseName(b);
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length >= 2 && 2 * shorter.Length >= longer.Length && longer.Contains(shorter, StringComparison.Ordinal);
    }
}
