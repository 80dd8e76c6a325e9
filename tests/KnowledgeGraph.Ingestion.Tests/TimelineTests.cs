using System.Text;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Reading;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Ingestion.Tests;

/// <summary>
/// A project named in two years' reports of one township is one node in the store, its stages (HAS_STATUS edges to
/// years) its timeline, each stage with the evidence of the report that tells it.
/// </summary>
public sealed class TimelineTests : TempStoreTests
{
    private const string Project = "新市丝绸产业园";

    private const string Report2024 = """
        德清县新市镇2024年工作总结和2025年工作思路
        一、2024年工作回顾
        全年完成固定资产投资10.4亿元，新市丝绸产业园项目成功签约。
        二、2025年工作思路
        推动新市丝绸产业园项目开工建设。
        """;

    private const string Report2025 = """
        德清县新市镇2025年工作总结和2026年工作思路
        一、2025年工作回顾
        全年完成固定资产投资12.1亿元，新市丝绸产业园项目正式开工。
        二、2026年工作思路
        加快推进新市丝绸产业园项目建设。
        """;

    [Fact]
    public async Task Two_reports_of_one_township_give_one_project_node_with_a_stage_from_each()
    {
        // The document fields come from the pipeline; the project is given as the project extractor reports it
        // (name, stage and year, the span of the sentence's mention), so this holds whatever the extractor finds.
        await IngestAsync("xinshi-2024.txt", Report2024, new ProjectStatus("signed", 2024), "签约");
        await IngestAsync("xinshi-2025.txt", Report2025, new ProjectStatus("started", 2025), "正式开工");

        var projects = await Store.GetNodesAsync(NodeKind.Project);
        var project = Assert.Single(projects);
        Assert.Equal((Project, NodeIds.Entity(NodeKind.Project, "township:330521102", Project)), (project.Name, project.Id));

        var stages = (await Store.GetEdgesAsync(project.Id)).Where(e => e.Kind == EdgeKind.HasStatus).OrderBy(e => e.TargetId, StringComparer.Ordinal).ToList();
        Assert.Equal([("year:2024", "signed"), ("year:2025", "started")], stages.Select(e => (e.TargetId, e.Properties.GetString("status"))));
        Assert.Equal(["report:xinshi-2024"], (await Store.GetEvidenceAsync(stages[0].Id)).Select(e => e.ReportId));
        Assert.Equal(["report:xinshi-2025"], (await Store.GetEvidenceAsync(stages[1].Id)).Select(e => e.ReportId));
        Assert.Equal(["report:xinshi-2024", "report:xinshi-2025"], (await Store.GetEvidenceAsync(project.Id)).Select(e => e.ReportId).Order(StringComparer.Ordinal));
        Assert.Contains(await Store.GetEdgesAsync(project.Id), e => e.Kind == EdgeKind.LocatedIn && e.TargetId == "township:330521102");

        // Ingesting the 2025 report again changes nothing; deleting it leaves the 2024 stage alone.
        var again = await new ReportIngestor(Store).IngestBytesAsync("xinshi-2025.txt", Encoding.UTF8.GetBytes(Report2025));
        Assert.Equal(IngestStatus.Unchanged, again.Outcome!.Status);
        Assert.True(await Store.DeleteReportAsync("report:xinshi-2025"));
        var left = (await Store.GetEdgesAsync(project.Id)).Where(e => e.Kind == EdgeKind.HasStatus).ToList();
        Assert.Equal(["year:2024"], left.Select(e => e.TargetId));
    }

    [Fact]
    public async Task Through_the_ingestor_the_project_extractor_s_stages_form_the_timeline()
    {
        // The whole path (reader, pipeline with the real project extractor, builder, store); the plan parts may add later stages.
        var ingestor = new ReportIngestor(Store);
        foreach (var (file, text) in new[] { ("xinshi-2024.txt", Report2024), ("xinshi-2025.txt", Report2025) })
        {
            var result = await ingestor.IngestBytesAsync(file, Encoding.UTF8.GetBytes(text));
            Assert.True(result.Succeeded, result.Error);
        }

        var project = Assert.Single(await Store.GetNodesAsync(NodeKind.Project), n => n.Name == Project);
        var stages = (await Store.GetEdgesAsync(project.Id)).Where(e => e.Kind == EdgeKind.HasStatus).Select(e => (e.TargetId, e.Properties.GetString("status"))).ToList();
        Assert.Contains(("year:2024", "signed"), stages);
        Assert.Contains(("year:2025", "started"), stages);
    }

    private async Task IngestAsync(string fileName, string text, ProjectStatus status, string stageWord)
    {
        var report = new ReportReader().Read(fileName, Encoding.UTF8.GetBytes(text));
        var extraction = ExtractionPipeline.Default.Extract(report);
        Assert.Equal("新市镇", extraction.Profile.Subject?.Value.SubjectName);
        var sentence = report.Text.IndexOf(Project, StringComparison.Ordinal);
        var end = report.Text.IndexOf(stageWord, sentence, StringComparison.Ordinal) + stageWord.Length;
        var entities = new ExtractionResult();
        entities.AddProject(new ExtractedProject(Project, [status], null, new TextSpan(sentence, end)));
        var outcome = await Store.IngestAsync(GraphBuilder.Build(extraction with { Entities = entities }, DateTimeOffset.UnixEpoch));
        Assert.Equal(IngestStatus.Added, outcome.Status);
    }
}
