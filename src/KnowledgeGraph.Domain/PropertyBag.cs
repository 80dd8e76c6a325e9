using System.Collections;
using System.Globalization;

namespace KnowledgeGraph.Domain;

/// <summary>
/// Typed, ordered properties of a node or edge. Values are strings, 64-bit integers (years, counts),
/// doubles (measured values) or booleans; anything else is rejected so every store can keep the type.
/// </summary>
public sealed class PropertyBag : IReadOnlyDictionary<string, object>, IEquatable<PropertyBag>
{
    private readonly SortedDictionary<string, object> values;

    public static PropertyBag Empty { get; } = new(new SortedDictionary<string, object>(StringComparer.Ordinal));

    private PropertyBag(SortedDictionary<string, object> values) => this.values = values;

    /// <summary>Builds a bag from pairs, dropping null values and normalising int to long and float/decimal to double.</summary>
    public static PropertyBag Of(params (string Key, object? Value)[] pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var dict = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            if (value is not null)
            {
                dict[key] = Normalise(key, value);
            }
        }

        return dict.Count == 0 ? Empty : new PropertyBag(dict);
    }

    /// <summary>A copy of this bag with <paramref name="other"/>'s values laid over it.</summary>
    public PropertyBag Merge(PropertyBag other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return this;
        }

        var dict = new SortedDictionary<string, object>(values, StringComparer.Ordinal);
        foreach (var (k, v) in other)
        {
            dict[k] = v;
        }

        return new PropertyBag(dict);
    }

    private static object Normalise(string key, object value) => value switch
    {
        string or long or double or bool => value,
        int i => (long)i,
        short s => (long)s,
        float f => (double)f,
        decimal m => (double)m,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        _ => throw new ArgumentException($"property '{key}' has unsupported type {value.GetType().Name}", nameof(value)),
    };

    public string? GetString(string key) => values.TryGetValue(key, out var v) ? v as string : null;

    public long? GetLong(string key) => values.TryGetValue(key, out var v) && v is long l ? l : null;

    public double? GetDouble(string key) => values.TryGetValue(key, out var v) ? v switch { double d => d, long l => l, _ => null } : null;

    public object this[string key] => values[key];

    public IEnumerable<string> Keys => values.Keys;

    public IEnumerable<object> Values => values.Values;

    public int Count => values.Count;

    public bool ContainsKey(string key) => values.ContainsKey(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out object value) => values.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(PropertyBag? other) =>
        other is not null && other.Count == Count && values.All(kv => other.values.TryGetValue(kv.Key, out var v) && Equals(v, kv.Value));

    public override bool Equals(object? obj) => Equals(obj as PropertyBag);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (k, v) in values)
        {
            hash.Add(k);
            hash.Add(v);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "{" + string.Join(", ", values.Select(kv => $"{kv.Key}: {kv.Value}")) + "}";
}
