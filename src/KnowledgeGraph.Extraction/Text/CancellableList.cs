using System.Collections;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// A read-only list that checks a cancellation token on every read of an item, so every loop over the sentences
/// (every extractor's) stops within one sentence once the report's time budget is spent or the caller gives up.
/// </summary>
internal sealed class CancellableList<T>(IReadOnlyList<T> items, CancellationToken cancellationToken) : IReadOnlyList<T>
{
    public int Count => items.Count;

    public T this[int index]
    {
        get
        {
            cancellationToken.ThrowIfCancellationRequested();
            return items[index];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < items.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
