using System.Globalization;
using System.Numerics;
using System.Text;

namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>Python's formatting and parsing of floats and strings, as score.py's output and comparisons use them.</summary>
internal static class PyFormat
{
    /// <summary>
    /// Python's <c>str.isspace</c> (and the <c>\s</c> of a str regex): the white space score.py strips from names
    /// and <c>float()</c> strips around a number.
    /// </summary>
    public static bool IsSpace(int c) =>
        c is (>= 0x09 and <= 0x0D) or (>= 0x1C and <= 0x20) or 0x85 or 0xA0 or 0x1680 or (>= 0x2000 and <= 0x200A)
            or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000;

    /// <summary>The code points of a string, each as a string (Python indexes and counts strings by code point).</summary>
    public static IEnumerable<string> CodePoints(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var width = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            yield return s.Substring(i, width);
            i += width - 1;
        }
    }

    /// <summary>Python's <c>len(s)</c>.</summary>
    public static int Length(string s)
    {
        var n = s.Length;
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }

        return n;
    }

    /// <summary>Python's <c>s[:count]</c>.</summary>
    public static string Prefix(string s, int count) => string.Concat(CodePoints(s).Take(count));

    /// <summary>Python's <c>repr(float)</c>: the shortest digits that read back, fixed notation for exponents -4 to 16.</summary>
    public static string FloatRepr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var sign = double.IsNegative(value) ? "-" : "";
        if (value == 0)
        {
            return sign + "0.0";
        }

        // .NET's "R" is the shortest round-tripping form too; take its digits and decimal point and lay them out Python's way.
        var r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? r : r[..e];
        var exponent = e < 0 ? 0 : int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var point = (dot < 0 ? mantissa.Length : dot) + exponent;
        var lead = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        point -= lead;
        if (point <= -4 || point > 16)
        {
            var exp = point - 1;
            return sign + digits[0] + (digits.Length > 1 ? "." + digits[1..] : "") + "e" + (exp < 0 ? "-" : "+")
                + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }

        return sign + (point <= 0
            ? "0." + new string('0', -point) + digits
            : point >= digits.Length
                ? digits + new string('0', point - digits.Length) + ".0"
                : digits[..point] + "." + digits[point..]);
    }

    /// <summary>Python's <c>f"{value:.Nf}"</c>: the exact binary value rounded half to even (0.125 → 0.12).</summary>
    public static string Fixed(double value, int decimals)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xFFFFFFFFFFFFFL;
        var mantissa = new BigInteger(biased == 0 ? fraction : fraction | (1L << 52));
        var exponent = (biased == 0 ? 1 : biased) - 1075;
        var scaled = mantissa * BigInteger.Pow(10, decimals);
        BigInteger q;
        if (exponent >= 0)
        {
            q = scaled << exponent;
        }
        else
        {
            var denominator = BigInteger.One << -exponent;
            q = BigInteger.DivRem(scaled, denominator, out var remainder);
            var twice = remainder * 2;
            if (twice > denominator || (twice == denominator && !q.IsEven))
            {
                q += 1;
            }
        }

        var text = q.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var sign = double.IsNegative(value) ? "-" : "";
        return decimals == 0 ? sign + text : sign + text[..^decimals] + "." + text[^decimals..];
    }

    /// <summary>Python's <c>repr(str)</c>: single quotes unless the text has ' and no ", non-printable characters escaped.</summary>
    public static string StrRepr(string s)
    {
        var quote = s.Contains('\'', StringComparison.Ordinal) && !s.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        foreach (var rune in s.EnumerateRunes())
        {
            var c = rune.Value;
            if (c == quote || c == '\\')
            {
                sb.Append('\\').Append((char)c);
            }
            else if (c is '\t' or '\n' or '\r')
            {
                sb.Append(c switch { '\t' => "\\t", '\n' => "\\n", _ => "\\r" });
            }
            else if (c < 0x20 || c == 0x7F || (c >= 0x80 && !IsPrintable(rune)))
            {
                sb.Append(c <= 0xFF ? $"\\x{c:x2}" : c <= 0xFFFF ? $"\\u{c:x4}" : $"\\U{c:x8}");
            }
            else
            {
                sb.Append(rune.ToString());
            }
        }

        return sb.Append(quote).ToString();
    }

    /// <summary>A JSON string as Python's json.dumps writes it with ensure_ascii=False.</summary>
    public static string JsonString(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }

    /// <summary>
    /// Python's <c>float(str)</c>: white space around, any Unicode decimal digits, underscores between digits,
    /// inf/infinity/nan in any case; null where Python raises ValueError.
    /// </summary>
    public static double? ParseFloat(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            if (IsSpace(rune.Value))
            {
                sb.Append(' ');
            }
            else if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
            {
                sb.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            }
            else if (rune.Value < 0x80)
            {
                sb.Append((char)rune.Value);
            }
            else
            {
                return null;
            }
        }

        var t = sb.ToString().Trim(' ');
        var body = t.TrimStart('+', '-');
        if (t.Length - body.Length > 1)
        {
            return null;
        }

        var negative = t.StartsWith('-');
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        return IsDecimal(body) && double.TryParse(t.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : null;
    }

    // digitpart? "." digitpart | digitpart "."? , then an optional exponent; digitpart: digit (["_"] digit)*
    private static bool IsDecimal(string s)
    {
        var i = 0;
        var whole = DigitPart(s, ref i);
        var fraction = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            fraction = DigitPart(s, ref i);
        }

        if (whole == 0 && fraction == 0)
        {
            return false;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }

            if (DigitPart(s, ref i) == 0)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    private static int DigitPart(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || (s[i] == '_' && i > start && char.IsAsciiDigit(s[i - 1]) && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))))
        {
            i++;
        }

        return i - start;
    }

    // Python's str.isprintable: not Other (Cc, Cf, Cs, Co, Cn) nor Separator (Zl, Zp, Zs) except the ASCII space.
    private static bool IsPrintable(Rune rune) => Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
        or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
}
