using System.Collections.Concurrent;
using System.Text.Json;
using GraphQL;
using GraphQL.DI;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphQLDotnetPeer;

/// <summary>
/// graphql-dotnet's schema-first API over the same SDL and JSON data as graphql-js's reference server
/// (tests/oracles/graphql-js-server.mjs) and our engine's load host: every field reads the property of its
/// name from the parent JSON object (graphql-js's default resolver; <c>item(id:)</c> therefore answers the
/// data's "item" object, as graphql-js does), and an object matches a type when its "__typename" names it.
/// </summary>
public static class PeerSchema
{
    public static ISchema Build(string sdl)
    {
        var schema = Schema.For(sdl, builder => builder.Types.ForAll(type =>
        {
            var name = type.Name;
            type.IsTypeOfFunc = source => source is IDictionary<string, object?> map && map.TryGetValue("__typename", out var typename) && (string?)typename == name;
        }));
        schema.Initialize();
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>())
        {
            foreach (var field in type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)))
            {
                field.Resolver = PropertyResolver.Instance;
            }
        }

        return schema;
    }

    /// <summary>The JSON data as plain values: objects as string maps, arrays as lists, integers as long, other numbers as double.</summary>
    public static object? LoadData(string json)
    {
        using var document = JsonDocument.Parse(json);
        return From(document.RootElement);
    }

    private static object? From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => From(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(From).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>graphql-js's default field resolver: the parent object's property named like the field.</summary>
    private sealed class PropertyResolver : IFieldResolver
    {
        public static readonly PropertyResolver Instance = new();

        public ValueTask<object?> ResolveAsync(IResolveFieldContext context) =>
            new(context.Source is IDictionary<string, object?> map && map.TryGetValue(context.FieldDefinition.Name, out var value) ? value : null);
    }
}

/// <summary>
/// A parsed-document cache, so the peer skips parse and validate for a repeated query as our server does
/// (graphql-dotnet's own GraphQL.MemoryCache package is not served by the reachable feed): the first
/// successful run of a query text stores its document; later runs reuse it with the cached-document rules.
/// </summary>
public sealed class PeerDocumentCache : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> documents = new(StringComparer.Ordinal);

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is null && options.Query is { } query && documents.TryGetValue(query, out var cached))
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);
        if (result.Executed && result.Errors is not { Count: > 0 } && options.Query is { } text && result.Document is { } document)
        {
            documents.TryAdd(text, document);
        }

        return result;
    }
}
