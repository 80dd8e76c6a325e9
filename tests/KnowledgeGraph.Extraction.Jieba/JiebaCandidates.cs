using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Jieba;

/// <summary>
/// Measure c: jieba alone as the source of the two lists. Organizations: its nt tokens. Villages: its ns tokens ending
/// in 村 / 社区 / 镇 / 乡, and an ns token directly followed by a bare 村 / 社区 / 镇 / 乡 token (东河/ns 村/zg).
/// </summary>
internal static class JiebaCandidates
{
    private static readonly string[] PlaceSuffixes = ["村", "社区", "镇", "乡"];

    public static ExtractionResult Find(DevReport report)
    {
        var result = new ExtractionResult();
        foreach (var sentence in report.Sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Flag == "nt")
                {
                    result.AddOrganization(new ExtractedOrganization(t.Word, sentence.Sentence.SpanOf(t.Start, t.End)));
                }
                else if (t.Flag == "ns" && i + 1 < tokens.Count && PlaceSuffixes.Contains(tokens[i + 1].Word))
                {
                    var end = tokens[i + 1].End;
                    result.AddVillage(new ExtractedVillage(sentence.Text[t.Start..end], sentence.Sentence.SpanOf(t.Start, end)));
                }
                else if (t.Flag == "ns" && t.Word.Length > 1 && PlaceSuffixes.Any(s => t.Word.EndsWith(s, StringComparison.Ordinal)))
                {
                    result.AddVillage(new ExtractedVillage(t.Word, sentence.Sentence.SpanOf(t.Start, t.End)));
                }
            }
        }

        return result;
    }
}
