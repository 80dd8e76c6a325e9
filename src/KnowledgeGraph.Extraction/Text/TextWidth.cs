namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Width normalisation that keeps every offset: full-width ASCII forms become ASCII (（→(, ，→, ，：→:,
/// ５→5, Ａ→A) and the ideographic space a space, one character for one, so spans found in the normalised
/// text are spans of the stored text. Chinese quote marks and book-title marks are kept: they delimit names.
/// </summary>
public static class TextWidth
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' or '\u00A0' => ' ',
                    _ => c,
                };
            }
        });
    }
}
