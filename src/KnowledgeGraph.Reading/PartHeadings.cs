using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Reading;

/// <summary>A numbered part heading of a report (一、2024年工作回顾): where it starts, its numeral, year and words.</summary>
public sealed record PartHeading(int Start, string Numeral, int? Year, string Words);

/// <summary>
/// Finds the numbered part headings of a report (一、…, 二、…) at a line start, after a table bar, a full
/// stop or spaces (pages scraped to one line), with the year and the words that follow the numeral.
/// </summary>
public static partial class PartHeadings
{
    public static IReadOnlyList<PartHeading> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var headings = new List<PartHeading>();
        foreach (Match m in Pattern().Matches(text))
        {
            int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
            headings.Add(new PartHeading(m.Groups["num"].Index, m.Groups["num"].Value, year, m.Groups["words"].Value));
        }

        return headings;
    }

    [GeneratedRegex(@"(?:^|[\n|。\s])\s*(?<num>[一二三四五六七八九十]{1,3})、\s*(?:(?<y>(19|20)\d{2})年度?)?(?<words>[^\n|。，,；;（(]{0,24})")]
    private static partial Regex Pattern();
}
