using System.Globalization;
using KnowledgeGraph.Domain;
using Mapster;

namespace KnowledgeGraph.Cli;

/// <summary>A stored report as <c>kg reports</c> lists it.</summary>
internal sealed record ReportRow(string Id, string FileName, string Subject, string Years, string Published, int Entities, int Relations, string Warnings);

/// <summary>
/// The CLI's object mappings, configured in one place (Mapster): store records to the rows of its tables. Values that
/// need the graph (the subject's name, counts) come in as the mapping's run-time parameters.
/// </summary>
internal static class CliMapping
{
    public const string SubjectName = "subject";
    public const string EntityCount = "entities";
    public const string RelationCount = "relations";
    public const string WarningText = "warnings";

    public static TypeAdapterConfig Config { get; } = Create();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig();
        config.NewConfig<StoredReport, ReportRow>()
            .Map(row => row.Subject, report => MapContext.Current!.Parameters[SubjectName])
            .Map(row => row.Years, report => Years(report.ReviewYear, report.PlanYear))
            .Map(row => row.Published, report => report.Published.HasValue ? report.Published.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—")
            .Map(row => row.Entities, report => MapContext.Current!.Parameters[EntityCount])
            .Map(row => row.Relations, report => MapContext.Current!.Parameters[RelationCount])
            .Map(row => row.Warnings, report => MapContext.Current!.Parameters[WarningText]);
        config.Compile();
        return config;
    }

    /// <summary>The report node's stored <c>warnings</c> property, one "CODE: message" per line; "—" when it has none.</summary>
    public static string Warnings(GraphNode? reportNode) =>
        ReportWarning.Split(reportNode?.Properties.GetString("warnings")) is { Count: > 0 } warnings ? string.Join('\n', warnings) : "—";

    private static string Years(int? review, int? plan) => (review, plan) switch
    {
        (null, null) => "—",
        _ => $"{review?.ToString(CultureInfo.InvariantCulture) ?? "?"} → {plan?.ToString(CultureInfo.InvariantCulture) ?? "?"}",
    };
}
