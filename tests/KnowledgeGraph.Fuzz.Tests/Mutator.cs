using System.Text;

namespace KnowledgeGraph.Fuzz.Tests;

/// <summary>
/// Mutates corpus entries the way the issue's fuzz run did: byte flips, token insertions and deletions, splices with
/// another entry, duplicated spans, invalid UTF-8 and unpaired surrogates (raw and as JSON/GraphQL escapes).
/// Deterministic for a given seed, so a failure is reproduced from the seed CsCheck prints.
/// </summary>
internal static class Mutator
{
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "{", "}", "(", ")", "[", "]", ":", ",", "\"", "\\", "\\\"", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u0000", "\\u{110000}",
            "\"\"\"", "...", "@", "$", "!", "=", "#", "\n", "\t", " ", "query", "mutation", "fragment", "on", "null", "true",
            "first: 100", "last: -5", "after: \"garbage\"", "2147483647", "-9223372036854775809", "1e999", "0.0e-0",
            "{\"query\":", "\"variables\":", "\"operationName\":", "\"extensions\":", "__typename", "__schema", "stats", "search(text: \"a\")",
            "townships(first: 100) { nodes { id } }", "... on Township", "@skip(if: true)", "年", "街道", "项目", "一、", "。", "（", "）", "“", "”",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xC3], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF0, 0x9F, 0x98], [0xEF, 0xBB, 0xBF], [0x00], [0xF4, 0x90, 0x80, 0x80],
    ];

    public static byte[] Mutate(IReadOnlyList<byte[]> corpus, int seed)
    {
        var random = new Random(seed);
        var bytes = new List<byte>(corpus[random.Next(corpus.Count)]);
        var rounds = 1 + random.Next(4);
        for (var round = 0; round < rounds; round++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count + 1);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0: // flip a bit
                    var i = random.Next(bytes.Count);
                    bytes[i] ^= (byte)(1 << random.Next(8));
                    break;
                case 1: // insert a token
                    bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 2 when bytes.Count > 0: // delete a span
                    var start = random.Next(bytes.Count);
                    bytes.RemoveRange(start, Math.Min(bytes.Count - start, 1 + random.Next(16)));
                    break;
                case 3: // splice: this entry's head, another entry's tail
                    var other = corpus[random.Next(corpus.Count)];
                    var from = random.Next(other.Length + 1);
                    bytes.RemoveRange(at, bytes.Count - at);
                    bytes.AddRange(other.AsSpan(from).ToArray());
                    break;
                case 4 when bytes.Count > 0: // duplicate a span
                    var s = random.Next(bytes.Count);
                    var span = bytes.GetRange(s, Math.Min(bytes.Count - s, 1 + random.Next(64)));
                    bytes.InsertRange(at, span);
                    break;
                default: // replace a byte with one that is never valid UTF-8
                    if (bytes.Count > 0)
                    {
                        bytes[random.Next(bytes.Count)] = (byte)(0xF8 + random.Next(8));
                    }

                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>A mutated text as .NET sees one: lossy UTF-8, and now and then a raw unpaired surrogate.</summary>
    public static string MutateText(IReadOnlyList<byte[]> corpus, int seed)
    {
        var text = Encoding.UTF8.GetString(Mutate(corpus, seed));
        if (seed % 5 == 0 && text.Length > 0)
        {
            var at = (seed / 5) % (text.Length + 1);
            text = text.Insert(at, seed % 2 == 0 ? "\uD800" : "\uDC00");
        }

        return text;
    }
}

/// <summary>The corpus (tests/KnowledgeGraph.Fuzz.Tests/corpus) and how long each target runs.</summary>
internal static class Fuzz
{
    public static IReadOnlyList<byte[]> Corpus(string folder, params string[] extraFiles) =>
    [
        .. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "corpus", folder)).Order(StringComparer.Ordinal).Select(File.ReadAllBytes),
        .. extraFiles.Select(File.ReadAllBytes),
    ];

    /// <summary>Seconds for one target: <paramref name="seconds"/> in the suite, FUZZ_SECONDS for a longer run.</summary>
    public static int Seconds(int seconds) =>
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SECONDS"), out var s) && s > 0 ? s : seconds;
}
