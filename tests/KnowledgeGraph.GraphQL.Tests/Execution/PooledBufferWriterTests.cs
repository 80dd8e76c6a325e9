using System.Text;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void Growing_past_the_first_rented_array_keeps_every_byte_in_order()
    {
        using var buffer = new PooledBufferWriter(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < 5_000; i++)
            {
                writer.WriteStringValue($"item {i} 项目");
            }

            writer.WriteEndArray();
        }

        var items = JsonDocument.Parse(buffer.WrittenMemory).RootElement.EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, 5_000).Select(i => $"item {i} 项目"), items);
        Assert.Equal(buffer.WrittenCount, Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(items, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default })));
    }

    [Fact]
    public void Advancing_past_what_was_handed_out_and_use_after_dispose_are_refused()
    {
        var buffer = new PooledBufferWriter(256);
        var length = buffer.GetSpan(10).Length;
        Assert.Throws<InvalidOperationException>(() => buffer.Advance(length + 1));
        buffer.Dispose();
        Assert.Throws<ObjectDisposedException>(() => buffer.GetSpan());
    }
}
