using KnowledgeGraph.GraphQL.Server;

namespace KnowledgeGraph.GraphQL.Tests.Server;

/// <summary>The byte- and time-bounded cache behind the response and document caches.</summary>
public sealed class SizedCacheTests
{
    /// <summary>A clock the test moves, whose timers fire when the test says so.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private readonly List<TimerCallback> callbacks = [];
        private readonly List<object?> states = [];

        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            callbacks.Add(callback);
            states.Add(state);
            return new NoTimer();
        }

        public void FireTimers()
        {
            for (var i = 0; i < callbacks.Count; i++)
            {
                callbacks[i](states[i]);
            }
        }

        private sealed class NoTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    [Fact]
    public void A_thousand_megabyte_entries_stay_within_the_byte_bound()
    {
        const long Max = 16L * 1024 * 1024;
        using var cache = new SizedCache<byte[]>(Max, TimeSpan.FromMinutes(1));
        for (var i = 0; i < 1000; i++)
        {
            var body = new byte[1024 * 1024];
            cache.Set("key" + i, body, body.Length);
            Assert.True(cache.Statistics().Bytes <= Max);
        }

        var stats = cache.Statistics();
        Assert.InRange(stats.Entries, 14, 15);
        Assert.Equal(1000 - stats.Entries, stats.Evictions);
        Assert.True(cache.TryGet("key999", out _));
        Assert.False(cache.TryGet("key0", out _));
        Assert.Equal((1, 1), (cache.Statistics().Hits, cache.Statistics().Misses));
    }

    [Fact]
    public void The_least_recently_used_goes_first_and_oversized_entries_are_not_kept()
    {
        using var cache = new SizedCache<string>(10_000, TimeSpan.FromMinutes(1));
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            cache.Set(key, key, 2_000);
        }

        Assert.True(cache.TryGet("a", out _)); // a is now more recent than b
        cache.Set("e", "E", 2_000);
        Assert.True(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
        Assert.Equal(4, cache.Statistics().Entries);
        cache.Set("huge", "H", 3_000); // over a quarter of the bound
        Assert.False(cache.TryGet("huge", out _));
    }

    [Fact]
    public void Expired_entries_go_at_the_sweep_without_any_read()
    {
        var clock = new ManualClock();
        using var cache = new SizedCache<string>(1_000_000, TimeSpan.FromSeconds(10), clock);
        cache.Set("a", "A", 100);
        clock.Now += TimeSpan.FromSeconds(5);
        cache.Set("b", "B", 100);
        clock.Now += TimeSpan.FromSeconds(6);
        clock.FireTimers();
        var stats = cache.Statistics();
        Assert.Equal((1L, 1L), (stats.Entries, stats.Expirations));
        Assert.True(cache.TryGet("b", out _));
        clock.Now += TimeSpan.FromSeconds(5);
        Assert.False(cache.TryGet("b", out _)); // expired on read
        Assert.Equal(0, cache.Statistics().Bytes);
    }

    [Fact]
    public async Task The_engine_document_cache_is_bounded_by_bytes()
    {
        var schema = Validation.ValidationHarness.TestSchema;
        var engine = new GraphQLEngine(schema, new GraphQLEngineOptions { DocumentCacheBytes = 4L * 1024 * 1024 });
        var padding = new string(' ', 90_000);
        for (var i = 0; i < 200; i++)
        {
            var response = await engine.ExecuteAsync(new GraphQLRequest("{ __typename " + padding + "a" + i + ": __typename }"));
            Assert.Equal(GraphQLOutcome.Executed, response.Outcome);
        }

        var stats = engine.DocumentCacheStatistics;
        Assert.True(stats.Bytes <= 4L * 1024 * 1024, $"{stats.Bytes} bytes");
        Assert.True(stats.Evictions > 150);
        Assert.Equal(200, stats.Misses);
    }

    [Fact]
    public async Task A_cached_document_is_held_to_the_operation_limits_on_every_request_with_or_without_variables()
    {
        var engine = new GraphQLEngine(Validation.ValidationHarness.TestSchema, new GraphQLEngineOptions { Limits = new OperationLimitOptions { MaxAliases = 2 } });
        var plain = new GraphQLRequest("{ a: __typename b: __typename c: __typename }");
        var withVariables = new GraphQLRequest("query($x: Boolean!) { a: __typename b: __typename @include(if: $x) c: __typename }");
        foreach (var request in new[] { plain, plain, withVariables with { Variables = new Dictionary<string, object?> { ["x"] = true } }, withVariables with { Variables = new Dictionary<string, object?> { ["x"] = false } } })
        {
            var response = await engine.ExecuteAsync(request);
            Assert.Equal(GraphQLOutcome.RequestError, response.Outcome);
            Assert.Contains("3 aliases, over the limit of 2", Assert.Single(response.Result.Errors).Message, StringComparison.Ordinal);
        }

        Assert.Equal(GraphQLOutcome.Executed, (await engine.ExecuteAsync(new GraphQLRequest("{ a: __typename b: __typename }"))).Outcome);
        Assert.Equal(2, engine.DocumentCacheStatistics.Hits);
    }
}
