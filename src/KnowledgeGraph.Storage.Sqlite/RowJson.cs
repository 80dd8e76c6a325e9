using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Rows as one JSON array of arrays, for a single INSERT … SELECT FROM json_each($rows) instead of a command per row.</summary>
internal sealed class RowJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly List<object[]> rows = [];

    public int Count => rows.Count;

    public void Row(params object[] values) => rows.Add(values);

    public static string Strings(IEnumerable<string> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public override string ToString()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case string s:
                            writer.WriteStringValue(s);
                            break;
                        case int i:
                            writer.WriteNumberValue(i);
                            break;
                        default:
                            throw new InvalidOperationException($"unsupported row value {value.GetType().Name}");
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
