using System.Globalization;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>Formats doubles the way JavaScript's Number.prototype.toString does (1 not 1.0, 1e+21, 1e-7), as graphql-js output shows them.</summary>
public static class JsNumber
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        var abs = Math.Abs(value);
        if (abs >= 1e21 || abs < 1e-6)
        {
            // exponent form: mantissa digits, "e", sign, exponent without leading zeros
            var r = value.ToString("R", CultureInfo.InvariantCulture);
            if (!r.Contains('E', StringComparison.Ordinal))
            {
                r = value.ToString("E16", CultureInfo.InvariantCulture);
            }

            var parts = r.Split('E');
            var mantissa = parts[0];
            if (mantissa.Contains('.', StringComparison.Ordinal))
            {
                mantissa = mantissa.TrimEnd('0').TrimEnd('.');
            }

            var exponent = int.Parse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        }

        if (Math.Floor(value) == value && abs < 1e16)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal))
        {
            // large integral values between 1e16 and 1e21 print in full in JS
            text = value.ToString("F0", CultureInfo.InvariantCulture);
        }

        return text;
    }
}
