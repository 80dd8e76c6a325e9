using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Jieba;

/// <summary>
/// Measure b: each extracted organization or village whose name is its span is moved to jieba token edges by one
/// strategy; the other lists are kept. A move that would lose the name's last character (its suffix: 村, 公司 …)
/// or leave fewer than two characters is not made.
/// </summary>
internal static class Snapping
{
    /// <summary>A strategy: the new [start, end) in the sentence for the name at [start, end).</summary>
    internal delegate (int Start, int End) Strategy(CutSentence sentence, int start, int end);

    public static IReadOnlyList<(string Name, Strategy Snap)> Strategies { get; } =
    [
        ("extend: both edges out to the tokens' edges", Extend),
        ("trim: both edges in to the nearest token edge inside", Trim),
        ("nearest: each edge to the nearer edge of its token", Nearest),
        ("proper run: the ns/nt/nz/nr tokens before the suffix", ProperRun),
    ];

    private static (int, int) Extend(CutSentence s, int start, int end) =>
        (s.Tokens[s.TokenAt(start)].Start, s.Tokens[s.TokenAt(end - 1)].End);

    private static (int, int) Trim(CutSentence s, int start, int end)
    {
        var a = s.IsEdge(start) ? start : s.Tokens[s.TokenAt(start)].End;
        var b = s.IsEdge(end) ? end : s.Tokens[s.TokenAt(end - 1)].Start;
        return b > a ? (a, b) : (start, end);
    }

    private static (int, int) Nearest(CutSentence s, int start, int end)
    {
        int Near(int at)
        {
            if (s.IsEdge(at))
            {
                return at;
            }

            var t = s.Tokens[s.TokenAt(at)];
            return at - t.Start <= t.End - at ? t.Start : t.End;
        }

        return (Near(start), Near(end));
    }

    /// <summary>
    /// The name's last token (the suffix, or a whole ns/nt token), preceded by the longest run of proper-noun tokens that
    /// starts inside the name or in the token the name starts in: drops a leading verb or preposition (在北田乡 → 北田乡),
    /// completes a cut proper noun. No proper token before a bare suffix: unchanged.
    /// </summary>
    private static (int, int) ProperRun(CutSentence s, int start, int end)
    {
        var last = s.TokenAt(end - 1);
        var first = s.TokenAt(start);
        var i = last;
        while (i > first && s.Tokens[i - 1].IsProper)
        {
            i--;
        }

        if (i == last && !s.Tokens[last].IsProper)
        {
            return (start, end);
        }

        var newEnd = s.Tokens[last].IsProper ? s.Tokens[last].End : end;
        return (s.Tokens[i].Start, newEnd);
    }

    /// <summary>Our extraction with the two lists snapped; counts of names changed, made right and made wrong.</summary>
    public static (ExtractionResult Result, int Changed, int MadeRight, int MadeWrong, List<string> Examples) Apply(DevReport report, Strategy snap)
    {
        var source = report.Extraction.Entities;
        var result = new ExtractionResult();
        result.Projects.AddRange(source.Projects);
        result.Brands.AddRange(source.Brands);
        result.Awards.AddRange(source.Awards);
        result.Events.AddRange(source.Events);
        result.Initiatives.AddRange(source.Initiatives);
        result.Indicators.AddRange(source.Indicators);
        result.Targets.AddRange(source.Targets);
        int changed = 0, madeRight = 0, madeWrong = 0;
        var examples = new List<string>();
        foreach (var list in BoundaryAgreement.Lists)
        {
            var gold = report.Gold(list);
            foreach (var (name, span) in BoundaryAgreement.Items(report.Extraction, list))
            {
                var snapped = name;
                var at = span;
                if (report.SentenceOf(span) is { } sentence)
                {
                    var (s, e) = (span.Start - sentence.Sentence.Start, span.End - sentence.Sentence.Start);
                    if (sentence.Text[s..e] == name)
                    {
                        var (ns, ne) = snap(sentence, s, e);
                        var candidate = sentence.Text[ns..ne];
                        if (candidate.Length >= 2 && candidate[^1] == name[^1] && candidate != name)
                        {
                            (snapped, at) = (candidate, sentence.Sentence.SpanOf(ns, ne));
                        }
                    }
                }

                if (snapped != name)
                {
                    changed++;
                    var before = gold.Any(g => Names.Norm(g) == Names.Norm(name));
                    var after = gold.Any(g => Names.Norm(g) == Names.Norm(snapped));
                    madeRight += !before && after ? 1 : 0;
                    madeWrong += before && !after ? 1 : 0;
                    if (!report.IsHeldOut)
                    {
                        examples.Add($"{name} → {snapped}{(after ? " (right)" : before ? " (was right)" : "")}");
                    }
                }

                if (list == "organizations")
                {
                    result.AddOrganization(new ExtractedOrganization(snapped, at));
                }
                else
                {
                    result.AddVillage(new ExtractedVillage(snapped, at));
                }
            }
        }

        return (result, changed, madeRight, madeWrong, examples);
    }
}
