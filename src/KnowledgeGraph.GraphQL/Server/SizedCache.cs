namespace KnowledgeGraph.GraphQL.Server;

/// <summary>The counters of a <see cref="SizedCache{TValue}"/>, for a health or metrics endpoint.</summary>
public sealed record CacheStatistics(long Entries, long Bytes, long MaxBytes, long Hits, long Misses, long Evictions, long Expirations);

/// <summary>
/// A cache bounded by bytes and by time: each entry is added with its size, the least recently used entries go when
/// the total would pass <c>maxBytes</c> (an entry larger than a quarter of it is not kept at all), and an entry goes
/// once it is older than <c>lifetime</c>: on the next read of it, or at the latest at the next sweep, which runs every
/// <c>lifetime</c> (at most every minute) whether or not the cache is read or full. Thread-safe; the lock is held only
/// for dictionary and list updates.
/// </summary>
public sealed class SizedCache<TValue> : IDisposable
{
    private readonly Dictionary<string, LinkedListNode<Entry>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> recency = new(); // most recently used first
    private readonly Lock gate = new();
    private readonly TimeProvider clock;
    private readonly ITimer? sweeper;
    private long bytes;
    private long hits;
    private long misses;
    private long evictions;
    private long expirations;

    public SizedCache(long maxBytes, TimeSpan lifetime, TimeProvider? clock = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        MaxBytes = maxBytes;
        Lifetime = lifetime;
        this.clock = clock ?? TimeProvider.System;
        if (lifetime > TimeSpan.Zero && maxBytes > 0)
        {
            var period = lifetime < TimeSpan.FromMinutes(1) ? lifetime : TimeSpan.FromMinutes(1);
            // the timer holds the cache weakly, so a cache nobody uses any more is collected and its timer with it
            sweeper = this.clock.CreateTimer(static state =>
            {
                if (((WeakReference<SizedCache<TValue>>)state!).TryGetTarget(out var cache))
                {
                    cache.RemoveExpired();
                }
            }, new WeakReference<SizedCache<TValue>>(this), period, period);
        }
    }

    public long MaxBytes { get; }

    public TimeSpan Lifetime { get; }

    /// <summary>The value under <paramref name="key"/> when present and not expired (a hit), else false (a miss).</summary>
    public bool TryGet(string key, out TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (entries.TryGetValue(key, out var node))
            {
                if (node.Value.Expires > now)
                {
                    recency.Remove(node);
                    recency.AddFirst(node);
                    hits++;
                    value = node.Value.Value;
                    return true;
                }

                RemoveLocked(node);
                expirations++;
            }

            misses++;
        }

        value = default!;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/>, which takes about <paramref name="size"/> bytes, evicting the least recently used as needed.</summary>
    public void Set(string key, TValue value, long size)
    {
        ArgumentNullException.ThrowIfNull(key);
        size = Math.Max(1, size) + (key.Length * 2L) + 100; // the key's characters and the bookkeeping count too
        lock (gate)
        {
            if (entries.TryGetValue(key, out var old))
            {
                RemoveLocked(old);
            }

            if (size > MaxBytes / 4 || Lifetime <= TimeSpan.Zero)
            {
                return;
            }

            while (bytes + size > MaxBytes && recency.Last is { } last)
            {
                RemoveLocked(last);
                evictions++;
            }

            var node = recency.AddFirst(new Entry(key, value, size, clock.GetUtcNow() + Lifetime));
            entries[key] = node;
            bytes += size;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
            recency.Clear();
            bytes = 0;
        }
    }

    /// <summary>Drops every expired entry (the sweep does this on its own).</summary>
    public void RemoveExpired()
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            for (var node = recency.First; node is not null;)
            {
                var next = node.Next;
                if (node.Value.Expires <= now)
                {
                    RemoveLocked(node);
                    expirations++;
                }

                node = next;
            }
        }
    }

    public CacheStatistics Statistics()
    {
        lock (gate)
        {
            return new CacheStatistics(entries.Count, bytes, MaxBytes, hits, misses, evictions, expirations);
        }
    }

    public void Dispose() => sweeper?.Dispose();

    private void RemoveLocked(LinkedListNode<Entry> node)
    {
        recency.Remove(node);
        entries.Remove(node.Value.Key);
        bytes -= node.Value.Size;
    }

    private sealed record Entry(string Key, TValue Value, long Size, DateTimeOffset Expires);
}
