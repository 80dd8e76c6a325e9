using System.Diagnostics;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Pushes a store's graph to Neo4j: the schema statements one per request, then the nodes label by label, then the
/// relationships type by type (MATCH on both ends), in batches of <paramref name="batchSize"/> rows per request.
/// Every write is a MERGE on id, so running it twice changes nothing. Then what Neo4j holds under the graph's labels and
/// relationship types that the store no longer holds (a deleted report's facts, a replaced report's old ones) is
/// removed: the ids are read back per label and type, and the ones missing from the store deleted in batches.
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
        var snapshot = await GraphSnapshot.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        var graph = PushGraph.From(snapshot);
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

            if (what == "nodes" && snapshot.NodesByLabel.ContainsKey("Project"))
            {
                counters = counters.Add(await client.RunAsync(PushGraph.Body(ProjectStatusLabels.Statement, null), "project status labels", cancellationToken).ConfigureAwait(false));
            }
        }

        var deletedRelationships = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var keepRelationships = snapshot.EdgesByGroup.Values.SelectMany(g => g).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var type in Enum.GetValues<EdgeKind>().Select(EdgeCatalog.Name).Distinct(StringComparer.Ordinal))
        {
            var (c, stale) = await SweepAsync(PushGraph.RelationshipIdsStatement(type), PushGraph.DeleteRelationshipsStatement(type), keepRelationships, type, progress, cancellationToken).ConfigureAwait(false);
            counters = counters.Add(c);
            if (stale > 0)
            {
                deletedRelationships[type] = stale;
            }
        }

        var deletedNodes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var keepNodes = snapshot.NodesByLabel.Values.SelectMany(g => g).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var label in Neo4jLabels.All)
        {
            var (c, stale) = await SweepAsync(PushGraph.NodeIdsStatement(label), PushGraph.DeleteNodesStatement(label), keepNodes, label, progress, cancellationToken).ConfigureAwait(false);
            counters = counters.Add(c);
            if (stale > 0)
            {
                deletedNodes[label] = stale;
            }
        }

        return new PushReport(schemaStatements.Count, nodes, relationships, batches, client.Requests - requests, client.Retries - retries, counters, clock.Elapsed)
        {
            DeletedNodesByLabel = deletedNodes,
            DeletedRelationshipsByType = deletedRelationships,
        };
    }

    /// <summary>Reads the ids Neo4j holds for one label or type and deletes those not in <paramref name="keep"/>.</summary>
    private async Task<(PushCounters Counters, int Deleted)> SweepAsync(string idsStatement, string deleteStatement, HashSet<string> keep, string key, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var (counters, held) = await client.QueryAsync(PushGraph.Body(idsStatement, null), $"reading the {key} ids", cancellationToken).ConfigureAwait(false);
        var stale = held.Where(id => !keep.Contains(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var chunk in stale.Chunk(batchSize))
        {
            counters = counters.Add(await client.RunAsync(PushGraph.IdsBody(deleteStatement, chunk), $"deleting {chunk.Length} {key}", cancellationToken).ConfigureAwait(false));
            progress?.Report($"deleted {chunk.Length} {key} the store no longer holds");
        }

        return (counters, stale.Count);
    }
}
