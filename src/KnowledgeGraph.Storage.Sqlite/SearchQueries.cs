using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Full-text search over search_index (FTS5, contentless, character pairs: see <see cref="SearchTokens"/>), ranked by bm25.</summary>
internal static class SearchQueries
{
    /// <summary>bm25 weights of the index's columns: the name counts ten times the sentence.</summary>
    private const string Rank = "bm25(search_index, 10.0, 1.0)";

    public static async Task<SearchPage> SearchAsync(SqliteConnection connection, SearchQuery query, CancellationToken cancellationToken)
    {
        var words = SearchTokens.Words(query.Text);
        if (SearchTokens.Query(words) is not { } match || query.First <= 0)
        {
            return new SearchPage([], false);
        }

        await using var command = connection.CreateCommand();
        var filters = new StringBuilder();
        command.Parameter("$match", match);
        if (query.Kinds is { Count: > 0 } kinds)
        {
            filters.Append(" AND n.kind IN (SELECT value FROM json_each($kinds))");
            command.Parameter("$kinds", System.Text.Json.JsonSerializer.Serialize(kinds.Select(KindNames.Of).ToList(), StoreJsonContext.Default.IReadOnlyCollectionString));
        }

        if (query.PlaceId is { } place)
        {
            filters.Append(" AND n.id IN (SELECT node_id FROM place_members WHERE place_id = $place)");
            command.Parameter("$place", place);
        }

        var after = string.Empty;
        if (query.After is { } position)
        {
            after = "WHERE (score, id) > ($score, $id)";
            command.Parameter("$score", position.Score);
            command.Parameter("$id", position.Id);
        }

        command.CommandText = $"""
            SELECT id, score FROM (
                SELECT n.id AS id, {Rank} AS score
                FROM search_index JOIN nodes n ON n.rowid = search_index.rowid
                WHERE search_index MATCH $match{filters})
            {after}
            ORDER BY score, id
            LIMIT {(query.First + 1).ToString(CultureInfo.InvariantCulture)};
            """;
        var ranked = new List<(string Id, double Score)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ranked.Add((reader.GetString(0), reader.GetDouble(1)));
            }
        }

        var nodes = await StoreQueries.GetNodesByIdAsync(connection, [.. ranked.Select(r => r.Id)], cancellationToken).ConfigureAwait(false);
        var hits = ranked.Take(query.First).Where(r => nodes.ContainsKey(r.Id))
            .Select(r => new SearchHit(nodes[r.Id], r.Score, Snippet(nodes[r.Id], words))).ToList();
        return new SearchPage(hits, ranked.Count > query.First);
    }

    /// <summary>The name when it holds a word, else the first evidence sentence; each occurrence of a word marked «».</summary>
    private static string Snippet(GraphNode node, IReadOnlyList<string> words)
    {
        var name = SearchTokens.Normalize(node.Name);
        var text = words.Any(w => name.Contains(w, StringComparison.Ordinal)) ? node.Name : node.Evidence.Sentence;
        var normal = SearchTokens.Normalize(text);
        if (normal.Length != text.Length)
        {
            text = normal;
        }

        var marked = new bool[text.Length];
        foreach (var word in words)
        {
            for (var at = normal.IndexOf(word, StringComparison.Ordinal); at >= 0; at = normal.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                Array.Fill(marked, true, at, word.Length);
            }
        }

        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (marked[i] && (i == 0 || !marked[i - 1]))
            {
                sb.Append('«');
            }

            sb.Append(text[i]);
            if (marked[i] && (i + 1 == text.Length || !marked[i + 1]))
            {
                sb.Append('»');
            }
        }

        return sb.ToString();
    }
}
