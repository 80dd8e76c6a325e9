using System.Collections.Concurrent;
using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>An evidence row as stored: the report and the offsets; the sentence is cut from the report's text on read.</summary>
internal readonly record struct EvidenceRow(string ReportId, int Start, int End)
{
    public Evidence Cut(IReadOnlyDictionary<string, string> texts)
    {
        if (!texts.TryGetValue(ReportId, out var text) || End > text.Length)
        {
            return new Evidence(ReportId, string.Empty, Start, End);
        }

        var (from, to) = SentenceBounds.Around(text, Start, End);
        return new Evidence(ReportId, text[from..to].Trim(), Start, End);
    }
}

/// <summary>
/// The plain texts of reports, for cutting evidence sentences. Texts are cached by content hash (a text never changes
/// under its hash), so a replaced report is read afresh; the hash is read with the id, without the text's pages.
/// </summary>
internal static class ReportTexts
{
    private const int Capacity = 256;
    private static readonly ConcurrentDictionary<string, string> ByHash = new(StringComparer.Ordinal);

    public static async Task<IReadOnlyDictionary<string, string>> GetAsync(SqliteConnection connection, IEnumerable<string> reportIds, CancellationToken cancellationToken)
    {
        var ids = reportIds.Distinct(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return result;
        }

        var missing = new List<string>();
        await using (var hashes = connection.Command("SELECT id, content_hash FROM reports WHERE id IN (SELECT value FROM json_each($ids));"))
        {
            hashes.Parameter("$ids", System.Text.Json.JsonSerializer.Serialize(ids, StoreJsonContext.Default.IReadOnlyCollectionString));
            await using var reader = await hashes.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (ByHash.TryGetValue(reader.GetString(1), out var text))
                {
                    result[reader.GetString(0)] = text;
                }
                else
                {
                    missing.Add(reader.GetString(0));
                }
            }
        }

        if (missing.Count == 0)
        {
            return result;
        }

        await using var command = connection.Command("SELECT id, content_hash, text FROM reports WHERE id IN (SELECT value FROM json_each($ids));");
        command.Parameter("$ids", System.Text.Json.JsonSerializer.Serialize(missing, StoreJsonContext.Default.IReadOnlyCollectionString));
        await using var texts = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await texts.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var text = texts.GetString(2);
            result[texts.GetString(0)] = text;
            if (ByHash.Count >= Capacity)
            {
                ByHash.Clear();
            }

            ByHash[texts.GetString(1)] = text;
        }

        return result;
    }
}
