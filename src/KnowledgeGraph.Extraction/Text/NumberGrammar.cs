using System.Globalization;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// A number read from text: where its expression starts (a bound word such as 超 included), where the
/// numeral itself is, where its unit ends, where a closing bound word (以上, 左右) ends, its value, its
/// unit with any 万 / 亿 multiplier kept (10.4亿元 → 10.4 亿元) and its comparator. A number without a unit
/// has an empty <see cref="Unit"/>; a range (1-5亿) is flagged and is no quantity of its own.
/// </summary>
internal sealed record Quantity(
    int Start,
    int NumberStart,
    int NumberEnd,
    int UnitEnd,
    int End,
    double Value,
    string Unit,
    string Comparator,
    bool IsRange)
{
    public bool HasUnit => Unit.Length > 0;

    /// <summary>A percentage or a change in points or times: the unit a growth or rate takes.</summary>
    public bool IsRelative => Unit is "%" or "‰" or "个百分点" or "百分点" or "倍";
}

/// <summary>
/// The grammar of numbers in Chinese reports: Arabic numerals (10.4, 0.5) and Chinese ones (三十, 两百,
/// 一千二百), an approximation (余 / 多, before or after 万 / 亿: 1200余人, 2.8万余人次, 40余万人次), a
/// multiplier 万 / 亿 kept in the unit, a unit, ranges (1-5亿), and bounds before (超, 突破, 不少于, 控制在,
/// 约, 近) or after (以上, 以内, 左右). Ordinals (第3, 前10), numbers glued to Latin letters (PM2.5, 5G) and
/// idioms of Chinese numerals (一村一品, 千亩方, 十四五) are not quantities.
/// </summary>
internal static class NumberGrammar
{
    private const string ChineseDigits = "零〇一二两三四五六七八九";
    private const string ChinesePositions = "十百千";
    private const string Multipliers = "万亿";

    /// <summary>All numbers of <paramref name="text"/> in order, with unit, bounds and range flag.</summary>
    public static IReadOnlyList<Quantity> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<Quantity>();
        var i = 0;
        while (i < text.Length)
        {
            var next = TryRead(text, i, out var quantity);
            if (quantity is not null)
            {
                found.Add(quantity);
            }

            i = Math.Max(next, i + 1);
        }

        return JoinRanges(text, BorrowUnits(text, found));
    }

    /// <summary>The value of a Chinese numeral (二十五 → 25, 两百 → 200, 一千零五 → 1005), or null when it is not a well-formed one.</summary>
    public static double? ParseChinese(string numeral)
    {
        ArgumentNullException.ThrowIfNull(numeral);
        if (numeral.Length == 0)
        {
            return null;
        }

        double total = 0, section = 0;
        int? digit = null;
        var afterZero = false;
        var lastPosition = int.MaxValue;
        foreach (var c in numeral)
        {
            var d = ChineseDigits.IndexOf(c, StringComparison.Ordinal);
            if (d >= 0)
            {
                var value = "〇一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) is var v and >= 0 ? v : c == '两' ? 2 : 0;
                if (digit is not null && !afterZero)
                {
                    return null;
                }

                afterZero = value == 0;
                digit = value;
                continue;
            }

            var position = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (position > 0)
            {
                if ((digit is null && c != '十') || position >= lastPosition)
                {
                    return null;
                }

                section += (digit ?? 1) * position;
                lastPosition = position;
                digit = null;
                afterZero = false;
                continue;
            }

            var multiplier = c switch { '万' => 1e4, '亿' => 1e8, _ => 0d };
            if (multiplier == 0)
            {
                return null;
            }

            total += (section + (digit ?? 0)) * multiplier;
            section = 0;
            digit = null;
            lastPosition = int.MaxValue;
        }

        return total + section + (digit ?? 0);
    }

    /// <summary>Whether <paramref name="c"/> can be part of a Chinese numeral.</summary>
    public static bool IsChineseNumeral(char c) =>
        ChineseDigits.Contains(c, StringComparison.Ordinal) || ChinesePositions.Contains(c, StringComparison.Ordinal) || Multipliers.Contains(c, StringComparison.Ordinal);

    private static int TryRead(string text, int i, out Quantity? quantity)
    {
        quantity = null;
        var c = text[i];
        int end;
        double value;
        var chinese = false;
        if (char.IsAsciiDigit(c))
        {
            end = ArabicEnd(text, i);
            if (i > 0 && (char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '/'))
            {
                return end;
            }

            if (end < text.Length && (char.IsAsciiLetter(text[end]) || text[end] == '.'))
            {
                return end;
            }

            value = double.Parse(text[i..end].Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        else if (IsChineseStart(c))
        {
            end = i;
            while (end < text.Length && IsChineseNumeral(text[end]))
            {
                end++;
            }

            // A trailing 万 / 亿 is the multiplier, read below with the unit.
            if (end - i > 1 && Multipliers.Contains(text[end - 1], StringComparison.Ordinal))
            {
                end--;
            }

            // 数十家, 几百人, 上千亩, 成千上万: vague, not a number.
            if (i > 0 && (IsChineseNumeral(text[i - 1]) || text[i - 1] is '数' or '几' or '上' or '成'))
            {
                return end;
            }

            // 百亿元, 千万元, 超百万平米: a bare 百 / 千 before the multiplier is one hundred / one thousand of it.
            var parsed = end - i == 1 && text[i] is '百' or '千'
                ? end < text.Length && Multipliers.Contains(text[end], StringComparison.Ordinal) ? (text[i] == '百' ? 100 : 1000) : null
                : ParseChinese(text[i..end]);
            var positional = text.AsSpan(i, end - i).IndexOfAny(ChinesePositions) >= 0;
            if (parsed is null || (end - i > 1 && !positional))
            {
                return end;
            }

            value = parsed.Value;
            chinese = true;
        }
        else
        {
            return i + 1;
        }

        if (i > 0 && text[i - 1] is '第' or '前')
        {
            return end;
        }

        var k = end;
        var isRange = false;
        if (!chinese && k + 1 < text.Length && text[k] is '-' or '~' or '—' or '–' or '至' or '到' && char.IsAsciiDigit(text[k + 1]))
        {
            isRange = true;
            k = ArabicEnd(text, k + 1);
        }

        var (unit, unitEnd) = ReadUnit(text, k);
        if (unit.Length == 0)
        {
            if (!chinese)
            {
                quantity = new Quantity(i, i, end, end, end, value, string.Empty, "=", isRange);
            }

            return end;
        }

        // A lone Chinese digit counts only before a unit that measures (三亩), not a classifier (两个确立, 一村一品).
        if (chinese && end - i == 1 && text[i] != '十' && !QuantityLexicon.MeasureUnits.Contains(unit))
        {
            return end;
        }

        var comparator = "=";
        var start = i;
        foreach (var (word, op) in QuantityLexicon.PrefixBounds)
        {
            if (QuantityLexicon.At(text, i - word.Length, word) && !QuantityLexicon.IsWordTail(text, i - word.Length, word))
            {
                comparator = op;
                start = i - word.Length;
                break;
            }
        }

        var close = unitEnd;
        foreach (var (word, op) in QuantityLexicon.SuffixBounds)
        {
            if (QuantityLexicon.At(text, unitEnd, word))
            {
                comparator = op;
                close = unitEnd + word.Length;
                break;
            }
        }

        quantity = new Quantity(start, i, end, unitEnd, close, value, unit, comparator, isRange);
        return close;
    }

    /// <summary>Reads [余|多] [万|亿] [余|多] unit at <paramref name="k"/>; the unit is empty when there is none.</summary>
    private static (string Unit, int End) ReadUnit(string text, int k)
    {
        var j = k;
        if (j < text.Length && text[j] is '余' or '多')
        {
            j++;
        }

        var multiplier = string.Empty;
        if (j < text.Length && Multipliers.Contains(text[j], StringComparison.Ordinal))
        {
            multiplier = text[j].ToString();
            j++;
            if (j < text.Length && text[j] is '余' or '多')
            {
                j++;
            }
        }

        if (j < text.Length && text[j] == '%' && j == k)
        {
            return ("%", j + 1);
        }

        foreach (var unit in QuantityLexicon.Units)
        {
            if (QuantityLexicon.At(text, j, unit) && !GluedToWord(text, j + unit.Length, unit))
            {
                var end = j + unit.Length;
                var per = end < text.Length && text[end] == '/' && !unit.Contains('/', StringComparison.Ordinal)
                    ? QuantityLexicon.PerUnits.FirstOrDefault(p => QuantityLexicon.At(text, end + 1, p))
                    : null;
                return per is null ? (multiplier + unit, end) : (multiplier + unit + "/" + per, end + 1 + per.Length);
            }
        }

        if (multiplier.Length > 0)
        {
            return (multiplier, j);
        }

        return (string.Empty, k);
    }

    /// <summary>Whether a unit character is the first half of a word instead (方面, 位于, 个人, 场所, 次要).</summary>
    private static bool GluedToWord(string text, int after, string unit)
    {
        if (after >= text.Length)
        {
            return false;
        }

        var next = text[after];
        return unit switch
        {
            "方" => "面案式向法针位".Contains(next, StringComparison.Ordinal),
            "位" => "于列置居".Contains(next, StringComparison.Ordinal),
            "个" => next == '人' && after + 1 < text.Length && text[after + 1] is '所' or '税' or '收',
            "场" => "所景".Contains(next, StringComparison.Ordinal),
            "次" => "要生".Contains(next, StringComparison.Ordinal),
            "元" => "素旦宵".Contains(next, StringComparison.Ordinal),
            "头" => "部条等".Contains(next, StringComparison.Ordinal),
            "部" => "门分署".Contains(next, StringComparison.Ordinal),
            "组" => "织建成".Contains(next, StringComparison.Ordinal),
            "队" => "伍".Contains(next, StringComparison.Ordinal),
            "条" => "例件".Contains(next, StringComparison.Ordinal),
            "只" => "要有".Contains(next, StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>A number with no unit of its own borrows the unit of the next one in a list: 确保27、力争25微克/立方米.</summary>
    private static List<Quantity> BorrowUnits(string text, List<Quantity> found)
    {
        for (var n = found.Count - 2; n >= 0; n--)
        {
            var (q, next) = (found[n], found[n + 1]);
            if (q.HasUnit || q.IsRange || !next.HasUnit)
            {
                continue;
            }

            var between = text[q.NumberEnd..next.Start];
            if (between.Length > 0 && between[0] == '、' && (between.Length == 1 || QuantityLexicon.Modals.Contains(between[1..])))
            {
                found[n] = q with { Unit = next.Unit, Comparator = next.Comparator };
            }
        }

        return found;
    }

    /// <summary>Two quantities of one unit joined by a dash or 至 are one range: 增长6%-7%, 3万至5万元.</summary>
    private static List<Quantity> JoinRanges(string text, List<Quantity> found)
    {
        for (var n = 0; n + 1 < found.Count; n++)
        {
            var (q, next) = (found[n], found[n + 1]);
            var between = next.Start >= q.End ? text[q.End..next.Start] : string.Empty;
            if (between is "-" or "~" or "—" or "–" or "至" or "到" or "～" && next.HasUnit && (q.Unit == next.Unit || !q.HasUnit || next.Unit.EndsWith(q.Unit, StringComparison.Ordinal)))
            {
                found[n] = q with { IsRange = true };
                found[n + 1] = next with { IsRange = true };
            }
        }

        return found;
    }

    private static bool IsChineseStart(char c) =>
        ChineseDigits.Contains(c, StringComparison.Ordinal) && c is not ('零' or '〇') || c is '十' or '百' or '千';

    private static int ArabicEnd(string text, int i)
    {
        var j = i;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        // Thousands separators: 1,286 (a group of exactly three digits after the comma).
        while (j - i <= 3 || text[j - 4] == ',')
        {
            if (j + 4 <= text.Length && text[j] == ',' && char.IsAsciiDigit(text[j + 1]) && char.IsAsciiDigit(text[j + 2]) && char.IsAsciiDigit(text[j + 3])
                && (j + 4 == text.Length || !char.IsAsciiDigit(text[j + 4])))
            {
                j += 4;
                continue;
            }

            break;
        }

        if (j + 1 < text.Length && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
        {
            j++;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }
        }

        return j;
    }
}
