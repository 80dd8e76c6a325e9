using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Neo4j;

/// <summary>Cypher literals: strings, numbers, booleans and map keys, written so Neo4j's parser reads back the same value.</summary>
public static class CypherLiteral
{
    /// <summary>
    /// A single-quoted string literal: backslash, quotes and control characters escaped (\n, \t, \uXXXX…);
    /// everything else, Chinese included, kept as is (scripts are UTF-8).
    /// </summary>
    public static string String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length + 2).Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            _ = c switch
            {
                '\\' => sb.Append(@"\\"),
                '\'' => sb.Append(@"\'"),
                '\n' => sb.Append(@"\n"),
                '\r' => sb.Append(@"\r"),
                '\t' => sb.Append(@"\t"),
                '\b' => sb.Append(@"\b"),
                '\f' => sb.Append(@"\f"),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' || (char.IsSurrogate(c) && !IsPaired(value, i)) =>
                    sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        return sb.Append('\'').ToString();
    }

    // Surrogate pairs (emoji, rare CJK) are written as themselves; a lone surrogate cannot be UTF-8 and is escaped.
    private static bool IsPaired(string value, int i) =>
        char.IsHighSurrogate(value[i])
            ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
            : i > 0 && char.IsHighSurrogate(value[i - 1]);

    /// <summary>A float literal that always reads back as a float (5 → 5.0) and round-trips the double.</summary>
    public static string Float(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Cypher has no literal for NaN or infinity");
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value of a property bag (string, long, double or bool) as a literal.</summary>
    public static string Value(object value) => value switch
    {
        string s => String(s),
        long l => Integer(l),
        double d => Float(d),
        bool b => b ? "true" : "false",
        _ => throw new ArgumentException($"unsupported property type {value.GetType().Name}", nameof(value)),
    };

    /// <summary>A map key or property name: bare when it is a plain identifier, else in backticks (a backtick doubled).</summary>
    public static string Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var plain = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        return plain ? name : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
    }
}
