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

    /// <summary>
    /// <see cref="Format"/>'s text as UTF-8 into <paramref name="destination"/> without a string, for the common
    /// values (zero, integral below 1e16, plain decimals from 1e-6 to 1e21); false for the rest (use <see cref="Format"/>).
    /// </summary>
    public static bool TryFormatUtf8(double value, Span<byte> destination, out int written)
    {
        written = 0;
        if (!double.IsFinite(value))
        {
            return false;
        }

        if (value == 0)
        {
            if (destination.IsEmpty)
            {
                return false;
            }

            destination[0] = (byte)'0';
            written = 1;
            return true;
        }

        var abs = Math.Abs(value);
        if (abs >= 1e21 || abs < 1e-6)
        {
            return false;
        }

        if (Math.Floor(value) == value && abs < 1e16)
        {
            return ((long)value).TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
        }

        return value.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture) && destination[..written].IndexOf((byte)'E') < 0;
    }
}
