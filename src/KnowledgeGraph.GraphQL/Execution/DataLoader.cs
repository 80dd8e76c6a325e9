namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>A loader the executor dispatches when the request has nothing else to do.</summary>
public interface IDataLoader
{
    bool HasPending { get; }

    Task DispatchAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Batches and caches loads by key for one request (the DataLoader pattern): every key asked for while the
/// executor still has work goes into one call of the batch function, made when the executor runs idle.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch;
    private readonly DataLoaderRegistry registry;
    private readonly Dictionary<TKey, Task<TValue?>> cache = [];
    private readonly object gate = new();
    private List<(TKey Key, TaskCompletionSource<TValue?> Completion)> pending = [];

    internal DataLoader(DataLoaderRegistry registry, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
    {
        this.registry = registry;
        this.batch = batch;
    }

    public bool HasPending
    {
        get
        {
            lock (gate)
            {
                return pending.Count > 0;
            }
        }
    }

    /// <summary>The value for <paramref name="key"/> (default when the batch returns none for it).</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        lock (gate)
        {
            if (cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var completion = new TaskCompletionSource<TValue?>();
            pending.Add((key, completion));
            cache[key] = completion.Task;
        }

        registry.Signal();
        return cache[key];
    }

    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Completion)> work;
        lock (gate)
        {
            work = pending;
            pending = [];
        }

        if (work.Count == 0)
        {
            return;
        }

        try
        {
            var results = await batch([.. work.Select(w => w.Key)], cancellationToken);
            foreach (var (key, completion) in work)
            {
                completion.TrySetResult(results.TryGetValue(key, out var value) ? value : default);
            }
        }
        catch (Exception e)
        {
            foreach (var (_, completion) in work)
            {
                completion.TrySetException(e);
            }
        }
    }
}

/// <summary>The batch loaders of one request, by name.</summary>
public sealed class DataLoaderRegistry
{
    private Dictionary<string, IDataLoader>? loaders; // made by the first loader: most requests have none
    private readonly object gate = new();

    internal event Action? Pending;

    /// <summary>Number of batch calls made (each is one round trip to the backing store).</summary>
    public int Dispatches { get; private set; }

    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        lock (gate)
        {
            loaders ??= new(StringComparer.Ordinal);
            if (loaders.TryGetValue(name, out var existing))
            {
                return (DataLoader<TKey, TValue>)existing;
            }

            var loader = new DataLoader<TKey, TValue>(this, batch);
            loaders[name] = loader;
            return loader;
        }
    }

    public bool HasPending
    {
        get
        {
            lock (gate)
            {
                return loaders is not null && loaders.Values.Any(l => l.HasPending);
            }
        }
    }

    /// <summary>Starts every loader with pending keys; returns false when there was none.</summary>
    internal bool DispatchPending(CancellationToken cancellationToken)
    {
        List<IDataLoader> ready;
        lock (gate)
        {
            ready = loaders is null ? [] : [.. loaders.Values.Where(l => l.HasPending)];
        }

        foreach (var loader in ready)
        {
            Dispatches++;
            _ = loader.DispatchAsync(cancellationToken);
        }

        return ready.Count > 0;
    }

    internal void Signal() => Pending?.Invoke();
}
