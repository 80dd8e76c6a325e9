using System.Collections.Concurrent;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Runs one execution on a single logical thread, like JavaScript's event loop: continuations queue up
/// and run in turn, and only when the queue is empty are the batch loaders dispatched. That is what lets
/// every key asked for by a list's children go into one batch. Waiting is asynchronous (no thread blocks).
/// </summary>
internal sealed class ExecutionPump : SynchronizationContext
{
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> queue = new();
    private readonly SemaphoreSlim signal = new(0);

    public override void Post(SendOrPostCallback d, object? state)
    {
        queue.Enqueue((d, state));
        signal.Release();
    }

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("synchronous Send is not supported by the execution pump");

    public override SynchronizationContext CreateCopy() => this;

    public static async Task<T> RunAsync<T>(Func<Task<T>> work, DataLoaderRegistry loaders, CancellationToken cancellationToken)
    {
        var pump = new ExecutionPump();
        void Wake() => pump.signal.Release();
        loaders.Pending += Wake;
        try
        {
            var task = pump.RunInside(work);
            while (true)
            {
                pump.Drain();
                if (task.IsCompleted)
                {
                    return await task.ConfigureAwait(false);
                }

                if (pump.queue.IsEmpty && !loaders.DispatchPending(cancellationToken))
                {
                    await pump.signal.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            loaders.Pending -= Wake;
            pump.signal.Dispose();
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
            while (queue.TryDequeue(out var item))
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
