using System.CommandLine;
using KnowledgeGraph.Api;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg serve</c>: starts the web host on the embedded store, ingesting graph-seed/reports on first run
/// (an empty store), and serves the GraphQL API (with GraphiQL for browsers) and the health endpoint.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on (ASP.NET --urls), default http://127.0.0.1:5080" };
        var seed = new Option<string?>("--seed") { Description = $"Reports ingested when the store is empty (default: {SeedLocator.RelativePath})" };
        var command = new Command("serve", "Serve the knowledge graph over GraphQL (/graphql, GraphiQL in a browser) and /health") { urls, seed };
        command.SetAction(async (parse, ct) =>
        {
            // Disposed when serve returns: on SIGTERM or Ctrl+C the host stops, in-flight requests finish, and the store
            // closes its connections (the WAL is checkpointed into the database and removed).
            await using var store = await context.OpenStoreAsync(parse, ct).ConfigureAwait(false);
            await SeedOnFirstRunAsync(context, store, parse.GetValue(seed) ?? SeedLocator.Find(), ct).ConfigureAwait(false);

            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls(parse.GetValue(urls) ?? builder.Configuration["urls"] ?? "http://127.0.0.1:5080");
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            builder.Services.AddGraphStore(store);
            builder.Services.AddKnowledgeGraphApi(builder.Configuration);
            await using var app = builder.Build();
            app.MapRootRedirect(KnowledgeGraphApiExtensions.DefaultPath);
            app.MapHealth();
            app.MapKnowledgeGraphApi();
            await app.StartAsync(ct).ConfigureAwait(false);
            foreach (var address in app.Urls)
            {
                context.Output.WriteLine($"kg: serving {CliContext.DatabasePath(parse)} at {address} (health: {address}/health)");
                context.Output.WriteLine($"kg: GraphQL endpoint: {address}{KnowledgeGraphApiExtensions.DefaultPath}");
                context.Output.WriteLine($"kg: GraphiQL: open {address}{KnowledgeGraphApiExtensions.DefaultPath} in a browser (or {address}/), with an example query");
            }

            context.Output.WriteLine(KnowledgeGraphApiExtensions.ConfiguredApiKey(app.Configuration) is null
                ? "kg: mutations (ingestReport, deleteReport) are disabled: no API key is set. Enable them by starting with KG_API_KEY=<key> " +
                  "(or KnowledgeGraph__ApiKey) and send the key in the X-Api-Key header."
                : "kg: mutations (ingestReport, deleteReport) are enabled for requests whose X-Api-Key header carries the configured key.");

            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static async Task SeedOnFirstRunAsync(CliContext context, IGraphStore store, string? seedDir, CancellationToken ct)
    {
        if ((await store.ListReportsAsync(ct).ConfigureAwait(false)).Count > 0)
        {
            return;
        }

        if (seedDir is null || !Directory.Exists(seedDir))
        {
            context.Error.WriteLine($"kg: the store is empty and no seed folder ({SeedLocator.RelativePath}) was found; serving an empty graph");
            return;
        }

        context.Output.WriteLine($"kg: first run: the store is empty; ingesting the seed reports in {seedDir} before serving (a few seconds)");
        await IngestCommand.RunAsync(context, new ReportIngestor(store), [seedDir], ct).ConfigureAwait(false);
    }
}
