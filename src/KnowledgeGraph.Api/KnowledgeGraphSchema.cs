using KnowledgeGraph.Api.Resolvers;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.Api;

/// <summary>The served schema: schema/knowledge-graph.graphql (embedded as is) with the resolvers of each type family.</summary>
public static class KnowledgeGraphSchema
{
    private static readonly Lazy<string> SdlText = new(() =>
    {
        using var stream = typeof(KnowledgeGraphSchema).Assembly.GetManifestResourceStream("knowledge-graph.graphql")
            ?? throw new InvalidOperationException("the embedded schema knowledge-graph.graphql is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The SDL text of the public contract.</summary>
    public static string Sdl => SdlText.Value;

    public static Schema Build() => new SchemaBuilder(Sdl)
        .BindQuery()
        .BindPlaces()
        .BindEntities()
        .BindQuantities()
        .BindReports()
        .BindStats()
        .BindMutations()
        .Build();
}
