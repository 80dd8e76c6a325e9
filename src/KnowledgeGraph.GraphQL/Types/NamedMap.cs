using System.Collections;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Named members in definition order with lookup by name (fields, input fields, enum values, types).</summary>
public sealed class NamedMap<T> : IReadOnlyList<T>
    where T : class
{
    private readonly List<T> items = [];
    private readonly Dictionary<string, T> byName = new(StringComparer.Ordinal);
    private readonly Func<T, string> nameOf;

    public NamedMap(Func<T, string> nameOf) => this.nameOf = nameOf;

    public int Count => items.Count;

    public T this[int index] => items[index];

    public T? this[string name] => byName.GetValueOrDefault(name);

    public bool Contains(string name) => byName.ContainsKey(name);

    /// <summary>Adds an item; a second item of the same name stays in the list (schema validation reports it) but not in the lookup.</summary>
    internal void Add(T item)
    {
        items.Add(item);
        byName.TryAdd(nameOf(item), item);
    }

    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
