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
            // warnings are not stored yet (the document-fields work adds them); the column is kept so they show up here
            .Map(row => row.Warnings, report => "—");
        config.Compile();
        return config;
    }

    private static string Years(int? review, int? plan) => (review, plan) switch
    {
        (null, null) => "—",
        _ => $"{review?.ToString(CultureInfo.InvariantCulture) ?? "?"} → {plan?.ToString(CultureInfo.InvariantCulture) ?? "?"}",
    };
}
