using System.Collections.Concurrent;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Runs one execution on a single logical thread, like JavaScript's event loop: continuations queue up
/// and run in turn, and only when the queue is empty are the batch loaders dispatched. That is what lets
/// every key asked for by a list's children go into one batch. Waiting is asynchronous (no thread blocks).
/// </summary>
internal sealed class ExecutionPump : SynchronizationContext
{
    // made on first use: an execution that completes synchronously (data in memory, no loaders) allocates neither
    private ConcurrentQueue<(SendOrPostCallback Callback, object? State)>? queue;
    private SemaphoreSlim? signal;

    private ConcurrentQueue<(SendOrPostCallback Callback, object? State)> Queue => LazyInitializer.EnsureInitialized(ref queue);

    private SemaphoreSlim Signal => LazyInitializer.EnsureInitialized(ref signal, static () => new SemaphoreSlim(0));

    public override void Post(SendOrPostCallback d, object? state)
    {
        Queue.Enqueue((d, state));
        Signal.Release();
    }

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("synchronous Send is not supported by the execution pump");

    public override SynchronizationContext CreateCopy() => this;

    public static async Task<T> RunAsync<T>(Func<Task<T>> work, DataLoaderRegistry loaders, CancellationToken cancellationToken)
    {
        var pump = new ExecutionPump();
        var task = pump.RunInside(work);
        if (task.IsCompleted && pump.queue is null)
        {
            return await task.ConfigureAwait(false); // done without a continuation: nothing to pump
        }

        // Subscribing after the first run misses no work: the loop dispatches pending loads before it waits.
        void Wake() => pump.Signal.Release();
        loaders.Pending += Wake;
        try
        {
            while (true)
            {
                pump.Drain();
                if (task.IsCompleted)
                {
                    return await task.ConfigureAwait(false);
                }

                if (pump.Queue.IsEmpty && !loaders.DispatchPending(cancellationToken))
                {
                    await pump.Signal.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            loaders.Pending -= Wake;
            pump.signal?.Dispose();
        }
    }

    private Task<T> RunInside<T>(Func<Task<T>> work)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            return work();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    private void Drain()
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            while (queue is not null && queue.TryDequeue(out var item))
            {
                item.Callback(item.State);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
