using System.Diagnostics;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Pushes a store's graph to Neo4j: the schema statements one per request, then the nodes label by label, then the
/// relationships type by type (MATCH on both ends), in batches of <paramref name="batchSize"/> rows per request.
/// Every write is a MERGE on id, so running it twice changes nothing.
/// </summary>
public sealed class GraphPusher(Neo4jQueryApiClient client, int batchSize = GraphPusher.DefaultBatchSize)
{
    public const int DefaultBatchSize = 500;

    private readonly int batchSize = batchSize > 0 ? batchSize : throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "the batch size must be positive");

    /// <summary>Runs the push; <paramref name="progress"/> hears one line per batch. Throws <see cref="Neo4jPushException"/> when Neo4j refuses.</summary>
    public async Task<PushReport> PushAsync(IGraphStore store, IReadOnlyList<string> schemaStatements, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(schemaStatements);
        var clock = Stopwatch.StartNew();
        var (requests, retries) = (client.Requests, client.Retries);
        var counters = PushCounters.Zero;
        for (var i = 0; i < schemaStatements.Count; i++)
        {
            counters = counters.Add(await client.RunAsync(PushGraph.Body(schemaStatements[i], null), $"schema statement {i + 1} of {schemaStatements.Count}", cancellationToken).ConfigureAwait(false));
        }

        progress?.Report($"schema: {schemaStatements.Count} statement(s)");
        var graph = PushGraph.From(await GraphSnapshot.LoadAsync(store, cancellationToken).ConfigureAwait(false));
        var batches = 0;
        var nodes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var relationships = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (groups, tally, what) in new[] { (graph.Nodes, nodes, "nodes"), (graph.Relationships, relationships, "relationships") })
        {
            foreach (var group in groups)
            {
                foreach (var chunk in group.Rows.Chunk(batchSize))
                {
                    batches++;
                    var description = $"batch {batches} ({chunk.Length} {group.Key} {what})";
                    counters = counters.Add(await client.RunAsync(PushGraph.Body(group.Statement, chunk), description, cancellationToken).ConfigureAwait(false));
                    tally[group.Key] = tally.GetValueOrDefault(group.Key) + chunk.Length;
                    progress?.Report(description);
                }
            }
        }

        return new PushReport(schemaStatements.Count, nodes, relationships, batches, client.Requests - requests, client.Retries - retries, counters, clock.Elapsed);
    }
}
