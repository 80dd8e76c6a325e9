using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Reading;

/// <summary>
/// Whether a text has enough real text to be a report: at least <see cref="MinLetters"/> letters of any script
/// (Unicode categories L*: 汉字, Latin, Cyrillic …), at least <see cref="MinDistinctLetters"/> different ones, and no single
/// letter making up more than half of them. A megabyte of "x", a page of digits or of punctuation is not a report;
/// a real report (thousands of letters, hundreds of different characters) passes by far.
/// </summary>
public static class TextSubstance
{
    public const int MinLetters = 10;
    public const int MinDistinctLetters = 5;

    /// <summary>Why <paramref name="text"/> is not a report, or null when it has enough real text.</summary>
    public static string? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<int, int>();
        long letters = 0;
        var top = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            letters++;
            var n = counts[rune.Value] = counts.GetValueOrDefault(rune.Value) + 1;
            top = Math.Max(top, n);
        }

        if (letters == 0)
        {
            return "the text has no letters of any script, so it is not a report";
        }

        if (letters < MinLetters || counts.Count < MinDistinctLetters)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"the text has {letters} letters, {counts.Count} of them different; a report needs at least {MinLetters} letters and {MinDistinctLetters} different ones");
        }

        return top * 2L > letters
            ? string.Create(CultureInfo.InvariantCulture, $"one letter makes up {top * 100 / letters}% of the text's letters; that is not the text of a report")
            : null;
    }
}
