using JiebaNet.Segmenter.PosSeg;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Jieba;

/// <summary>A jieba token of a sentence: its span in the sentence's text and its part-of-speech tag.</summary>
internal readonly record struct Token(int Start, int End, string Word, string Flag)
{
    /// <summary>A place (ns), organization (nt), other proper noun (nz) or person (nr…): the tags a name is made of.</summary>
    public bool IsProper => Flag is "ns" or "nt" or "nz" || Flag.StartsWith("nr", StringComparison.Ordinal);
}

/// <summary>A report sentence cut by jieba, with the token edges as sentence offsets.</summary>
internal sealed class CutSentence
{
    private readonly HashSet<int> edges;

    public CutSentence(Sentence sentence, IReadOnlyList<Token> tokens)
    {
        Sentence = sentence;
        Tokens = tokens;
        edges = [0, sentence.Text.Length, .. tokens.Select(t => t.Start), .. tokens.Select(t => t.End)];
    }

    public Sentence Sentence { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public string Text => Sentence.Text;

    public bool IsEdge(int offset) => edges.Contains(offset);

    /// <summary>The index of the token holding the character at <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Start <= offset && offset < Tokens[i].End)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(offset), offset, "no token holds this offset");
    }
}

/// <summary>jieba.NET's part-of-speech segmenter (HMM on for unknown words), giving tokens with offsets.</summary>
internal sealed class Segmenter
{
    private readonly PosSegmenter segmenter = new();

    /// <summary>Cuts a sentence. jieba yields every character in order, so the words are found one after the other.</summary>
    public CutSentence Cut(Sentence sentence)
    {
        var text = sentence.Text;
        var tokens = new List<Token>();
        var at = 0;
        foreach (var pair in segmenter.Cut(text))
        {
            if (pair.Word.Length == 0)
            {
                continue;
            }

            var start = text.IndexOf(pair.Word, at, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new InvalidOperationException($"jieba returned '{pair.Word}', which is not in the rest of the sentence at {at}: {text}");
            }

            tokens.Add(new Token(start, start + pair.Word.Length, pair.Word, pair.Flag));
            at = start + pair.Word.Length;
        }

        return new CutSentence(sentence, tokens);
    }

    /// <summary>Only the cut, for timing.</summary>
    public int CountTokens(string text) => segmenter.Cut(text).Count();
}
