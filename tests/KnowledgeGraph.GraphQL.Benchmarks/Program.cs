using BenchmarkDotNet.Running;
using KnowledgeGraph.GraphQL.AspNetCore;
using KnowledgeGraph.GraphQL.Benchmarks;
using KnowledgeGraph.GraphQL.Utilities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

switch (args.FirstOrDefault())
{
    case "serve":
        // The endpoint the load script measures: the benchmark schema over its JSON data.
        var port = args.Length > 1 ? args[1] : "5099";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var schema = SchemaBuilder.BuildSchema(File.ReadAllText(BenchData.SchemaPath));
        var data = BenchData.Load();
        builder.Services.AddGraphQLEndpoint(_ => schema, o => o.RootValueFactory = _ => data);
        var app = builder.Build();
        app.MapGraphQLEndpoint("/graphql");
        Console.WriteLine($"listening http://127.0.0.1:{port}/graphql");
        await app.RunAsync();
        break;
    case "alloc":
        // Bytes allocated per phase of one request (parse, validate, execute, JSON), after a warm-up: where allocations go.
        AllocationProbe.Print(Console.Out);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args.Skip(args.FirstOrDefault() == "bench" ? 1 : 0).ToArray());
        break;
}
