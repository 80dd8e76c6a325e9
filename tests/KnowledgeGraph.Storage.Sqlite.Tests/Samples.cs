using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>The hand-built report graphs the tests ingest: two reports of one township that share a project.</summary>
internal static class Samples
{
    public const string TownshipCode = "330106001";
    public const string TownshipId = "township:" + TownshipCode;
    public const string Township = "西湖街道";
    public const string Project = "数字经济产业园";
    public const string File2024 = "2024-xihu.html";
    public const string File2023 = "2023-xihu.html";

    public static string ProjectId => NodeIds.Entity(NodeKind.Project, TownshipId, Project);

    private const string Text2024 =
        "西湖街道2024年政府工作报告。2024年，西湖街道完成固定资产投资10.0亿元，同比增长8.5%。" +
        "数字经济产业园建成投产。2025年，西湖街道将继续推进“城市更新”行动。";

    private const string Text2023 = "西湖街道2023年政府工作报告。2023年，数字经济产业园正式签约，总投资3.5亿元。";

    /// <summary>
    /// The 2024 report: report, township, years 2024 and 2025, an indicator (value 10.0) and the project,
    /// joined by eight edges with typed properties.
    /// </summary>
    public static ReportGraph Report2024(string fileName = File2024, string extraText = "", Action<GraphBuilder, GraphNodes>? extend = null)
    {
        var text = Text2024 + extraText;
        var b = new GraphBuilder(fileName, text, "西湖街道2024年政府工作报告", 2024, 2025, new DateOnly(2025, 1, 20));
        var report = b.Add(new ReportNode(fileName, b.Report.Title, 2024, 2025, new DateOnly(2025, 1, 20), b.Report.ContentHash, b.At("西湖街道2024年政府工作报告")));
        var township = b.Add(new TownshipNode(TownshipCode, Township, "街道", b.At(Township)));
        var y2024 = b.Add(new YearNode(2024, b.At("2024年，")));
        var y2025 = b.Add(new YearNode(2025, b.At("2025年")));
        var indicator = b.Add(new QuantityNode(NodeKind.Indicator, TownshipId, "固定资产投资", 10.0, "亿元", "完成", 2024, b.At("固定资产投资10.0亿元")));
        var project = b.Add(new EntityNode(NodeKind.Project, TownshipId, Project, b.At("数字经济产业园建成投产"),
            PropertyBag.Of(("stage", "建成投产"), ("investment", 3.0), ("key", true), ("phase", 2L))));

        b.Link(EdgeKind.ReportsOn, report, township, "西湖街道2024年政府工作报告");
        b.Link(EdgeKind.InYear, report, y2024, "西湖街道2024年政府工作报告", PropertyBag.Of(("role", "review")), "review");
        b.Link(EdgeKind.InYear, report, y2025, "2025年", PropertyBag.Of(("role", "plan")), "plan");
        b.Link(EdgeKind.Achieved, township, indicator, "固定资产投资10.0亿元",
            PropertyBag.Of(("value", 10.0), ("year", 2024L), ("growth", 8.5), ("note", "同比增长8.5%")));
        b.Link(EdgeKind.InYear, indicator, y2024, "固定资产投资10.0亿元");
        b.Link(EdgeKind.HasStatus, project, y2024, "数字经济产业园建成投产", PropertyBag.Of(("status", "completed")), "completed");
        b.Link(EdgeKind.LocatedIn, project, township, "数字经济产业园建成投产");
        b.Link(EdgeKind.Mentions, report, project, "数字经济产业园建成投产");
        extend?.Invoke(b, new GraphNodes(report, township, y2024, project));
        return b.Build();
    }

    /// <summary>A new version of the 2024 report under the same file name: other text, and only report, township and 2024.</summary>
    public static ReportGraph Report2024Revised()
    {
        const string text = "西湖街道2024年政府工作报告（修订稿）。2024年，西湖街道各项工作稳步推进。";
        var b = new GraphBuilder(File2024, text, "西湖街道2024年政府工作报告（修订稿）", 2024, 2025, new DateOnly(2025, 2, 1));
        var report = b.Add(new ReportNode(File2024, b.Report.Title, 2024, 2025, new DateOnly(2025, 2, 1), b.Report.ContentHash, b.At("西湖街道2024年政府工作报告（修订稿）")));
        var township = b.Add(new TownshipNode(TownshipCode, Township, "街道", b.At(Township)));
        var y2024 = b.Add(new YearNode(2024, b.At("2024年，")));
        b.Link(EdgeKind.ReportsOn, report, township, "西湖街道2024年政府工作报告（修订稿）");
        b.Link(EdgeKind.InYear, report, y2024, "西湖街道2024年政府工作报告（修订稿）", PropertyBag.Of(("role", "review")), "review");
        return b.Build();
    }

    /// <summary>The 2023 report: the same township and project (signed in 2023), under another file name.</summary>
    public static ReportGraph Report2023()
    {
        var b = new GraphBuilder(File2023, Text2023, "西湖街道2023年政府工作报告", 2023, 2024, null);
        var report = b.Add(new ReportNode(File2023, b.Report.Title, 2023, 2024, null, b.Report.ContentHash, b.At("西湖街道2023年政府工作报告")));
        var township = b.Add(new TownshipNode(TownshipCode, Township, "街道", b.At(Township)));
        var y2023 = b.Add(new YearNode(2023, b.At("2023年，")));
        var project = b.Add(new EntityNode(NodeKind.Project, TownshipId, "数字经济 产业园", b.At("数字经济产业园正式签约"),
            PropertyBag.Of(("investment", 3.5), ("signedBy", Township))));
        b.Link(EdgeKind.ReportsOn, report, township, "西湖街道2023年政府工作报告");
        b.Link(EdgeKind.InYear, report, y2023, "西湖街道2023年政府工作报告", PropertyBag.Of(("role", "review")), "review");
        b.Link(EdgeKind.HasStatus, project, y2023, "数字经济产业园正式签约", PropertyBag.Of(("status", "signed")), "signed");
        b.Link(EdgeKind.LocatedIn, project, township, "数字经济产业园正式签约");
        b.Link(EdgeKind.Mentions, report, project, "数字经济产业园正式签约");
        return b.Build();
    }

    /// <summary>Nodes of <see cref="Report2024"/> that extensions link to.</summary>
    internal sealed record GraphNodes(GraphNode Report, GraphNode Township, GraphNode Year2024, GraphNode Project);
}
