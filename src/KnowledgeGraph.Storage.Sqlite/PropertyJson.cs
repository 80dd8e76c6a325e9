using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// A <see cref="PropertyBag"/> as a JSON object that keeps value types: a double is always written with
/// a decimal point or an exponent, and a number is read back as a double exactly when it has one
/// ('.', 'e' or 'E'), else as a long.
/// </summary>
internal static class PropertyJson
{
    public const string EmptyObject = "{}";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string Write(PropertyBag properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        if (properties.Count == 0)
        {
            return EmptyObject;
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in properties)
            {
                writer.WritePropertyName(key);
                switch (value)
                {
                    case string s:
                        writer.WriteStringValue(s);
                        break;
                    case long l:
                        writer.WriteNumberValue(l);
                        break;
                    case double d:
                        writer.WriteRawValue(FormatDouble(key, d), skipInputValidation: true);
                        break;
                    case bool b:
                        writer.WriteBooleanValue(b);
                        break;
                    default:
                        throw new ArgumentException($"property '{key}' has unsupported type {value.GetType().Name}", nameof(properties));
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static PropertyBag Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length == 0 || json == EmptyObject)
        {
            return PropertyBag.Empty;
        }

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidDataException("stored properties are not a JSON object");
        }

        var pairs = new List<(string Key, object? Value)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString() ?? throw new InvalidDataException("stored properties have a null key");
            reader.Read();
            object? value = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => ReadNumber(ref reader),
                JsonTokenType.True => true,
                JsonTokenType.False => false,
                JsonTokenType.Null => null,
                _ => throw new InvalidDataException($"stored property '{key}' is a JSON {reader.TokenType}, not a string, number or boolean"),
            };
            pairs.Add((key, value));
        }

        return PropertyBag.Of([.. pairs]);
    }

    /// <summary>The round-trip form of <paramref name="value"/>, with ".0" appended when it would read as an integer.</summary>
    internal static string FormatDouble(string key, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"property '{key}' is {value}, which JSON cannot hold", nameof(value));
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny('.', 'e', 'E') >= 0 ? text : text + ".0";
    }

    private static object ReadNumber(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0)
        {
            return reader.GetDouble();
        }

        return reader.TryGetInt64(out var l) ? (object)l : reader.GetDouble();
    }
}
