using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests;

/// <summary>A real Kestrel server on loopback serving the oracle test schema and data at /graphql.</summary>
public sealed class OracleServer : IAsyncLifetime
{
    private WebApplication? app;

    public static string SchemaPath => Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeGraph.GraphQL.Tests", "Oracle", "schema.graphql");

    public static string DataPath => Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeGraph.GraphQL.Tests", "Oracle", "data.json");

    public string Url { get; private set; } = "";

    public Schema Schema { get; } = SchemaBuilder.BuildSchema(File.ReadAllText(SchemaPath));

    public async Task InitializeAsync()
    {
        var data = JsonValues.Parse(await File.ReadAllTextAsync(DataPath));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLEndpoint(_ => Schema, o => o.RootValueFactory = _ => data);
        app = builder.Build();
        app.MapGraphQLEndpoint("/graphql");
        await app.StartAsync();
        Url = app.Urls.First() + "/graphql";
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
