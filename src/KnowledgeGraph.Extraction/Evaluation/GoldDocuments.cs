using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>
/// Documents in the shape of the annotation gold files (gold-format.json), keyed by the base name of their "file"
/// field, read as score.py's <c>load_docs</c> reads them: a folder stands for its *.json files (not recursively, in
/// name order), a file holds one document, a list of them or {"documents": [...]}, and a later document of the same
/// file name replaces an earlier one. Used for gold and predictions alike.
/// </summary>
public sealed class GoldDocuments
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 512 };

    private readonly Dictionary<string, PyValue> documents;

    private GoldDocuments(Dictionary<string, PyValue> documents) => this.documents = documents;

    /// <summary>How many documents there are (after same-named documents were merged).</summary>
    public int Count => documents.Count;

    /// <summary>The documents' file names, in code point order.</summary>
    public IReadOnlyList<string> FileNames => [.. documents.Keys.Order(CodePointComparer.Instance)];

    internal IReadOnlyDictionary<string, PyValue> Documents => documents;

    /// <summary>Reads gold or prediction files and folders.</summary>
    /// <exception cref="IOException">A path cannot be read.</exception>
    /// <exception cref="InvalidDataException">A file is not JSON score.py would read (its message says which and why).</exception>
    public static GoldDocuments Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var values = new List<PyValue>();
        foreach (var path in paths)
        {
            var files = Directory.Exists(path)
                ? Directory.EnumerateFileSystemEntries(path).Where(f => Path.GetFileName(f).EndsWith(".json", StringComparison.Ordinal))
                    .Order(CodePointComparer.Instance).ToList()
                : [path];
            foreach (var file in files)
            {
                values.Add(Parse(File.ReadAllBytes(file), file));
            }
        }

        return FromValues(values);
    }

    /// <summary>Reads documents from JSON text (one document, a list, or {"documents": [...]}).</summary>
    public static GoldDocuments Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return FromValues([Parse(Encoding.UTF8.GetBytes(json), "JSON text")]);
    }

    /// <summary>The documents an extraction prints with <see cref="GoldJson"/> (what <c>kg extract --json</c> writes).</summary>
    public static GoldDocuments FromExtractions(IEnumerable<ReportExtraction> extractions)
    {
        using var buffer = new MemoryStream();
        GoldJson.Write(buffer, extractions, indented: false);
        return FromValues([Parse(buffer.ToArray(), "extraction")]);
    }

    private static PyValue Parse(byte[] bytes, string source)
    {
        // Python's json.load rejects a byte order mark and text that is not UTF-8.
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            throw new InvalidDataException($"{source}: Unexpected UTF-8 BOM (decode using utf-8-sig)");
        }

        try
        {
            using var json = JsonDocument.Parse(bytes, Options);
            return PyValue.FromJson(json.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidDataException($"{source}: {e.Message}", e);
        }
    }

    private static GoldDocuments FromValues(IEnumerable<PyValue> values)
    {
        var documents = new Dictionary<string, PyValue>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var data = value is PyDict && value.Get("documents") is { } listed ? listed : value;
            foreach (var doc in data is PyList list ? list.Items : [data])
            {
                if (doc is PyDict)
                {
                    documents[MatchRules.BaseName((doc.Get("file") ?? new PyStr("")).Str())] = doc;
                }
            }
        }

        return new GoldDocuments(documents);
    }
}

/// <summary>Orders strings by code point, as Python sorts them (ordinal UTF-16 order differs above U+FFFF).</summary>
internal sealed class CodePointComparer : IComparer<string>
{
    public static CodePointComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var a = x.EnumerateRunes();
        var b = y.EnumerateRunes();
        while (true)
        {
            var (moreA, moreB) = (a.MoveNext(), b.MoveNext());
            if (!moreA || !moreB)
            {
                return moreA ? 1 : moreB ? -1 : 0;
            }

            if (a.Current.Value != b.Current.Value)
            {
                return a.Current.Value.CompareTo(b.Current.Value);
            }
        }
    }
}
