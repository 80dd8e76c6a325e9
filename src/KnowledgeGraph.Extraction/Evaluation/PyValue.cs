using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>
/// A JSON value as Python's <c>json.load</c> gives it (None, bool, int, float, str, list, dict), so the scorer can
/// apply score.py's <c>str()</c>, <c>repr()</c>, <c>float()</c>, truthiness and <c>json.dumps</c> to gold and
/// predictions exactly as the reference scorer does, whatever types a file holds.
/// </summary>
internal abstract record PyValue
{
    public static PyValue FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => PyNone.Value,
        JsonValueKind.True => new PyBool(true),
        JsonValueKind.False => new PyBool(false),
        JsonValueKind.String => new PyStr(element.GetString()!),
        JsonValueKind.Number => Number(element.GetRawText()),
        JsonValueKind.Array => new PyList([.. element.EnumerateArray().Select(FromJson)]),
        JsonValueKind.Object => Dict(element),
        _ => throw new InvalidDataException("unexpected JSON value " + element.ValueKind),
    };

    /// <summary>Python's <c>bool(x)</c>.</summary>
    public abstract bool Truthy { get; }

    /// <summary>Python's <c>str(x)</c>.</summary>
    public virtual string Str() => Repr();

    /// <summary>Python's <c>repr(x)</c>.</summary>
    public abstract string Repr();

    /// <summary>Python's <c>json.dumps(x, ensure_ascii=False)</c>.</summary>
    public abstract string Dumps();

    /// <summary>Python's <c>float(x)</c>; null where it raises TypeError or ValueError.</summary>
    public virtual double? ToFloat() => null;

    /// <summary><c>x.get(key)</c> on a dict; null for a missing key or a value that is not a dict.</summary>
    public virtual PyValue? Get(string key) => null;

    /// <summary>The items Python's <c>for</c> yields over a list, a str (its characters) or a dict (its keys); empty otherwise.</summary>
    public virtual IReadOnlyList<PyValue> Iterate() => [];

    // JSON integers are Python ints (arbitrary size); anything with a fraction or exponent is a float.
    private static PyValue Number(string raw) =>
        raw.AsSpan().IndexOfAny('.', 'e', 'E') >= 0
            ? new PyFloat(double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture))
            : new PyInt(BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));

    // A repeated key keeps the place of its first occurrence and the value of its last, like a Python dict.
    private static PyDict Dict(JsonElement element)
    {
        var entries = new List<KeyValuePair<string, PyValue>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var entry = KeyValuePair.Create(property.Name, FromJson(property.Value));
            if (index.TryGetValue(property.Name, out var at))
            {
                entries[at] = entry;
            }
            else
            {
                index[property.Name] = entries.Count;
                entries.Add(entry);
            }
        }

        return new PyDict(entries, index);
    }
}

internal sealed record PyNone : PyValue
{
    public static PyNone Value { get; } = new();

    public override bool Truthy => false;

    public override string Repr() => "None";

    public override string Dumps() => "null";
}

internal sealed record PyBool(bool Value) : PyValue
{
    public override bool Truthy => Value;

    public override string Repr() => Value ? "True" : "False";

    public override string Dumps() => Value ? "true" : "false";

    public override double? ToFloat() => Value ? 1.0 : 0.0;
}

internal sealed record PyInt(BigInteger Value) : PyValue
{
    public override bool Truthy => !Value.IsZero;

    public override string Repr() => Value.ToString(CultureInfo.InvariantCulture);

    public override string Dumps() => Repr();

    public override double? ToFloat() => (double)Value;
}

internal sealed record PyFloat(double Value) : PyValue
{
    public override bool Truthy => Value != 0;

    public override string Repr() => PyFormat.FloatRepr(Value);

    public override string Dumps() => double.IsNaN(Value) ? "NaN" : double.IsInfinity(Value) ? (Value > 0 ? "Infinity" : "-Infinity") : Repr();

    public override double? ToFloat() => Value;
}

internal sealed record PyStr(string Value) : PyValue
{
    public override bool Truthy => Value.Length > 0;

    public override string Str() => Value;

    public override string Repr() => PyFormat.StrRepr(Value);

    public override string Dumps() => PyFormat.JsonString(Value);

    public override double? ToFloat() => PyFormat.ParseFloat(Value);

    public override IReadOnlyList<PyValue> Iterate() => [.. PyFormat.CodePoints(Value).Select(c => new PyStr(c))];
}

internal sealed record PyList(IReadOnlyList<PyValue> Items) : PyValue
{
    public override bool Truthy => Items.Count > 0;

    public override string Repr() => "[" + string.Join(", ", Items.Select(i => i.Repr())) + "]";

    public override string Dumps() => "[" + string.Join(", ", Items.Select(i => i.Dumps())) + "]";

    public override IReadOnlyList<PyValue> Iterate() => Items;
}

internal sealed record PyDict(IReadOnlyList<KeyValuePair<string, PyValue>> Entries, IReadOnlyDictionary<string, int> Index) : PyValue
{
    public override bool Truthy => Entries.Count > 0;

    public override PyValue? Get(string key) => Index.TryGetValue(key, out var at) ? Entries[at].Value : null;

    public override string Repr() =>
        "{" + string.Join(", ", Entries.Select(e => PyFormat.StrRepr(e.Key) + ": " + e.Value.Repr())) + "}";

    public override string Dumps() =>
        "{" + string.Join(", ", Entries.Select(e => PyFormat.JsonString(e.Key) + ": " + e.Value.Dumps())) + "}";

    public override IReadOnlyList<PyValue> Iterate() => [.. Entries.Select(e => new PyStr(e.Key))];
}
