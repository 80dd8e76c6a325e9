using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>The aggregates of <see cref="IGraphStore.AggregateAsync"/>: from the counters where they are kept, else one grouped query.</summary>
internal static class Aggregates
{
    private const string StageRank =
        "CASE json_extract(s.properties, '$.status') WHEN 'planned' THEN 0 WHEN 'signed' THEN 1 WHEN 'landed' THEN 2 WHEN 'started' THEN 3 " +
        "WHEN 'building' THEN 4 WHEN 'completed' THEN 5 WHEN 'operating' THEN 6 ELSE -1 END";

    public static async Task<IReadOnlyList<KeyCount>> CountAsync(SqliteConnection connection, GraphAggregate aggregate, CancellationToken cancellationToken)
    {
        var sql = aggregate switch
        {
            GraphAggregate.AwardLevels => "SELECT key, n FROM counts WHERE facet = 'award_level' AND n > 0 ORDER BY key;",
            GraphAggregate.Years => "SELECT key, n FROM counts WHERE facet = 'year' AND n > 0 ORDER BY CAST(key AS INTEGER);",
            GraphAggregate.ProjectStatuses => $"""
                SELECT status, count(*) FROM (
                    SELECT (SELECT json_extract(s.properties, '$.status') FROM edges s WHERE s.source_id = p.id AND s.kind = 'HAS_STATUS'
                            ORDER BY CAST(substr(s.target_id, 6) AS INTEGER) DESC, {StageRank} DESC LIMIT 1) AS status
                    FROM nodes p WHERE p.kind = 'Project')
                WHERE status IS NOT NULL GROUP BY status ORDER BY status;
                """,
            // The subjects themselves (a report's REPORTS_ON target), not the county, city and province above them.
            GraphAggregate.SubjectReports => "SELECT target_id, count(*) FROM edges WHERE kind = 'REPORTS_ON' GROUP BY target_id ORDER BY target_id;",
            GraphAggregate.SubjectEntities => """
                SELECT place_id, count(*) FROM place_members
                WHERE kind NOT IN ('Report', 'Year', 'Province', 'City', 'County') GROUP BY place_id ORDER BY place_id;
                """,
            _ => throw new ArgumentOutOfRangeException(nameof(aggregate), aggregate, "unknown aggregate"),
        };
        await using var command = connection.Command(sql);
        var rows = new List<KeyCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new KeyCount(reader.GetString(0), reader.GetInt32(1)));
        }

        return rows;
    }
}
