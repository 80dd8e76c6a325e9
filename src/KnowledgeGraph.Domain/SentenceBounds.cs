namespace KnowledgeGraph.Domain;

/// <summary>Finds the sentence around a span of report text (ends at 。！？；, a line break or a table bar).</summary>
public static class SentenceBounds
{
    private const int MaxSentenceLength = 400;

    public static bool IsTerminator(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '\n' or '|';

    public static (int Start, int End) Around(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var from = start;
        while (from > 0 && !IsTerminator(text[from - 1]) && start - from < MaxSentenceLength)
        {
            from--;
        }

        var to = Math.Max(end, from);
        while (to < text.Length && !IsTerminator(text[to]) && to - end < MaxSentenceLength)
        {
            to++;
        }

        if (to < text.Length && text[to] != '\n' && text[to] != '|')
        {
            to++; // keep the closing punctuation with the sentence
        }

        return (from, to);
    }
}
