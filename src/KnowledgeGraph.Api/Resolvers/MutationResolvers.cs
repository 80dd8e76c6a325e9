using System.Text;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Resolvers;

/// <summary>ingestReport and deleteReport: each checks the request's API key before it writes anything.</summary>
internal static class MutationResolvers
{
    public static SchemaBuilder BindMutations(this SchemaBuilder schema) => schema
        .ResolveAsync("Mutation", "ingestReport", IngestAsync)
        .ResolveAsync("Mutation", "deleteReport", async ctx =>
        {
            Authorize(ctx);
            var id = ctx.Argument<string>("id") ?? "";
            var deleted = await GraphLoaders.Store(ctx).DeleteReportAsync(id, ctx.CancellationToken);
            Written(ctx);
            return new Dictionary<string, object?> { ["id"] = id, ["deleted"] = deleted };
        });

    /// <summary>The error code of a report refused because of its warnings (<c>refuseOnWarning: true</c>).</summary>
    public const string ReportRefused = "REPORT_REFUSED";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static async Task<object?> IngestAsync(ResolveContext ctx)
    {
        Authorize(ctx);
        var input = ctx.Argument<IReadOnlyDictionary<string, object?>>("input")!;
        var fileName = input["fileName"] as string ?? "";
        var text = input["text"] as string ?? "";
        if (fileName.Trim().Length == 0)
        {
            throw new GraphQLError("`fileName` must not be blank.").WithCode(ErrorCodes.BadUserInput);
        }

        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            throw new GraphQLError("`text` holds an unpaired surrogate (U+D800-U+DFFF without its pair), which is not Unicode text; nothing was stored.").WithCode(ErrorCodes.BadUserInput);
        }

        var store = GraphLoaders.Store(ctx);
        var refuse = input.TryGetValue("refuseOnWarning", out var flag) && flag is true;
        var result = await new ReportIngestor(store) { RefuseOnWarning = refuse }.IngestBytesAsync(fileName, bytes, ctx.CancellationToken);
        Written(ctx);
        if (result.Outcome is null && refuse && result.AllWarnings.Any())
        {
            throw new GraphQLError($"The report was not stored: {result.Error}", null, null, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["code"] = ReportRefused,
                ["warnings"] = PlaceResolvers.Warnings(result.AllWarnings),
            });
        }

        if (result.Outcome is not { } outcome)
        {
            throw new GraphQLError($"The report was not stored: {result.Error}").WithCode(ErrorCodes.BadUserInput);
        }

        var mentioned = (await store.GetEdgesOfAsync([outcome.ReportId], EdgeDirection.Outgoing, EdgeKind.Mentions, ctx.CancellationToken))
            .Select(e => e.TargetId).Distinct(StringComparer.Ordinal).ToList();
        var nodes = await store.GetNodesByIdAsync(mentioned, ctx.CancellationToken);
        var report = await store.GetNodeAsync(outcome.ReportId, ctx.CancellationToken);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["status"] = outcome.Status.ToString().ToUpperInvariant(),
            ["report"] = Resolve.Wrap(report),
            ["nodeCount"] = outcome.Nodes,
            ["edgeCount"] = outcome.Edges,
            ["warnings"] = PlaceResolvers.Warnings(result.AllWarnings),
            ["extracted"] = nodes.Values.GroupBy(n => Kinds.EnumName(n.Kind)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (object)new Dictionary<string, object?> { ["kind"] = g.Key, ["count"] = g.Count() }).ToList(),
        };
    }

    /// <summary>Cached query responses may now be stale: drop them.</summary>
    private static void Written(ResolveContext ctx) => ctx.Services?.GetService<ResponseCache>()?.Clear();

    private static void Authorize(ResolveContext ctx)
    {
        var access = ctx.RootValue as ApiAccess ?? ApiAccess.Denied;
        if (!access.Configured)
        {
            throw new GraphQLError($"Mutations are disabled: the server has no API key configured (set KnowledgeGraph:ApiKey or KG_API_KEY, then send it in the `{ApiAccess.HeaderName}` header); nothing was written.").WithCode(ApiAccess.Forbidden);
        }

        if (!access.Granted)
        {
            throw new GraphQLError($"A valid API key is required in the `{ApiAccess.HeaderName}` header for mutations; nothing was written.").WithCode(ApiAccess.Unauthenticated);
        }
    }
}
