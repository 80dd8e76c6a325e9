namespace KnowledgeGraph.Neo4j;

/// <summary>Where and as whom to push: the server's HTTP root (http://localhost:7474), the database and Basic credentials.</summary>
public sealed record Neo4jEndpoint(Uri BaseUri, string Database, string? User, string? Password)
{
    /// <summary>The Query API endpoint of the database: <c>{base}/db/{database}/query/v2</c>.</summary>
    public Uri QueryUri => new(BaseUri.AbsoluteUri.TrimEnd('/') + "/db/" + Uri.EscapeDataString(Database) + "/query/v2");
}

/// <summary>
/// Retries of transient failures (HTTP 5xx, 408, 429, connection errors, <c>Neo.TransientError.*</c>): at most
/// <see cref="MaxAttempts"/> tries of one request, waiting <see cref="BaseDelay"/> × 2^(try − 1), capped at <see cref="MaxDelay"/>.
/// </summary>
public sealed record PushRetryPolicy(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public static PushRetryPolicy Default { get; } = new(5, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10));

    public TimeSpan DelayBefore(int retry) =>
        TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, BaseDelay.Ticks * (1L << Math.Clamp(retry - 1, 0, 20))));
}

/// <summary>What Neo4j says a statement changed (the Query API's <c>counters</c>), summed over requests.</summary>
public sealed record PushCounters(long NodesCreated, long RelationshipsCreated, long PropertiesSet, long LabelsAdded, long ConstraintsAdded, long IndexesAdded)
{
    public static PushCounters Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public long NodesDeleted { get; init; }

    public long RelationshipsDeleted { get; init; }

    public PushCounters Add(PushCounters other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            NodesCreated + other.NodesCreated, RelationshipsCreated + other.RelationshipsCreated, PropertiesSet + other.PropertiesSet,
            LabelsAdded + other.LabelsAdded, ConstraintsAdded + other.ConstraintsAdded, IndexesAdded + other.IndexesAdded)
        {
            NodesDeleted = NodesDeleted + other.NodesDeleted,
            RelationshipsDeleted = RelationshipsDeleted + other.RelationshipsDeleted,
        };
    }
}

/// <summary>
/// What a push wrote: schema statements run, nodes by label and relationships by type sent (MERGEd), data batches,
/// HTTP requests (retries included), retries, Neo4j's counters (zero created on a second run of the same graph), and what
/// was removed because the store no longer holds it.
/// </summary>
public sealed record PushReport(
    int SchemaStatements,
    IReadOnlyDictionary<string, int> NodesByLabel,
    IReadOnlyDictionary<string, int> RelationshipsByType,
    int Batches,
    int Requests,
    int Retries,
    PushCounters Counters,
    TimeSpan Elapsed)
{
    public int NodeTotal => NodesByLabel.Values.Sum();

    public int RelationshipTotal => RelationshipsByType.Values.Sum();

    /// <summary>Nodes by label that Neo4j held and the store no longer does (deleted reports, replaced facts): removed.</summary>
    public IReadOnlyDictionary<string, int> DeletedNodesByLabel { get; init; } = new Dictionary<string, int>();

    /// <summary>Relationships by type removed for the same reason (besides those that went with their nodes).</summary>
    public IReadOnlyDictionary<string, int> DeletedRelationshipsByType { get; init; } = new Dictionary<string, int>();

    public int DeletedNodeTotal => DeletedNodesByLabel.Values.Sum();

    public int DeletedRelationshipTotal => DeletedRelationshipsByType.Values.Sum();
}

/// <summary>A request Neo4j refused for good (client or database error, bad credentials) or that kept failing transiently.</summary>
public sealed class Neo4jPushException : Exception
{
    public Neo4jPushException()
    {
    }

    public Neo4jPushException(string message)
        : base(message)
    {
    }

    public Neo4jPushException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Neo4jPushException(string message, string? code, int? httpStatus, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        HttpStatus = httpStatus;
    }

    /// <summary>The Neo4j status code (Neo.ClientError.Statement.SyntaxError …), when the server sent one.</summary>
    public string? Code { get; }

    public int? HttpStatus { get; }
}
