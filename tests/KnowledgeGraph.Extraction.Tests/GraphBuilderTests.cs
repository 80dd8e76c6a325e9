using System.Text;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Reading;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class GraphBuilderTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    private static async Task<ReportGraph> BuildSeed(string prefix) =>
        GraphBuilder.Build(ExtractionPipeline.Default.Extract(await new ReportReader().ReadFileAsync(RepositoryPaths.Seed(prefix))), At);

    [Fact]
    public async Task A_report_becomes_its_township_region_chain_and_years()
    {
        var graph = await BuildSeed("002");
        var byId = graph.Nodes.ToDictionary(n => n.Id);
        Assert.Equal("凤鸣街道", byId["township:330483003"].Name);
        Assert.Equal("桐乡市", byId["county:330483"].Name);
        Assert.Equal("嘉兴市", byId["city:3304"].Name);
        Assert.Equal("浙江省", byId["province:33"].Name);
        Assert.Equal(2024L, byId["year:2024"].Properties["value"]);
        Assert.Contains(graph.Edges, e => e.Kind == EdgeKind.LocatedIn && e.SourceId == "township:330483003" && e.TargetId == "county:330483");
        Assert.Contains(graph.Edges, e => e.Kind == EdgeKind.LocatedIn && e.SourceId == "county:330483" && e.TargetId == "city:3304");
        Assert.Contains(graph.Edges, e => e.Kind == EdgeKind.LocatedIn && e.SourceId == "city:3304" && e.TargetId == "province:33");
        Assert.Contains(graph.Edges, e => e.Kind == EdgeKind.InYear && e.TargetId == "year:2025" && (string)e.Properties["role"] == "plan");
        Assert.Equal("report:002_e4180d2741e17c6f", graph.Report.Id);
        Assert.Equal(new DateOnly(2025, 1, 27), graph.Report.Published);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public async Task Every_edge_fits_the_catalog_and_every_evidence_span_points_into_the_text(string prefix)
    {
        var graph = await BuildSeed(prefix);
        var kinds = graph.Nodes.ToDictionary(n => n.Id, n => n.Kind);
        foreach (var edge in graph.Edges)
        {
            Assert.True(EdgeCatalog.Allows(edge.Kind, kinds[edge.SourceId], kinds[edge.TargetId]), $"{edge.Kind} {edge.SourceId} → {edge.TargetId}");
        }

        foreach (var evidence in graph.Nodes.Select(n => n.Evidence).Concat(graph.Edges.Select(e => e.Evidence)))
        {
            Assert.Equal(graph.Report.Id, evidence.ReportId);
            Assert.InRange(evidence.End, evidence.Start + 1, graph.Report.Text.Length);
            Assert.Contains(graph.Report.Text[evidence.Start..evidence.End], evidence.Sentence, StringComparison.Ordinal);
        }

        Assert.Equal(graph.Nodes.Count, graph.Nodes.Select(n => n.Id).Distinct().Count());
        Assert.Equal(graph.Edges.Count, graph.Edges.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task Building_twice_gives_the_same_ids()
    {
        var a = await BuildSeed("004");
        var b = await BuildSeed("004");
        Assert.Equal(a.Nodes.Select(n => n.Id), b.Nodes.Select(n => n.Id));
        Assert.Equal(a.Edges.Select(e => e.Id), b.Edges.Select(e => e.Id));
    }

    private const string Township = "township:330521102";

    private const string Report2024 = """
        德清县新市镇2024年工作总结和2025年工作思路
        发布日期：2025-01-20
        一、2024年工作回顾
        全年完成固定资产投资10.4亿元。蔡界社区获评省引领型未来社区，新市镇获评全国社会治理示范镇。
        桐昆集团获浙江省五一劳动奖状，张三获评优秀党员，数字经济产业园入选省级数字化示范园区。
        数字经济产业园在蔡界社区建成投用，丝绸文化馆开工，秣马酒店签约。
        成功举办第十七届蚕花庙会。深化腾笼换鸟。打响“水映新市”品牌，宋市村打造“宋市米”品牌。与桐昆集团深化合作。
        二、2025年工作思路
        新经济营业收入增长40%以上。
        """;

    private static ReportExtraction Extract(string fileName, string text) =>
        ExtractionPipeline.Default.Extract(new ReportReader().Read(fileName, Encoding.UTF8.GetBytes(text)));

    private static TextSpan Span(string text, string name)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        Assert.True(start >= 0, name);
        return new TextSpan(start, start + name.Length);
    }

    /// <summary>What the extractors would find in <see cref="Report2024"/>, written by hand with the spans of each mention.</summary>
    private static ExtractionResult HandBuilt(string text)
    {
        var r = new ExtractionResult();
        r.AddVillage(new ExtractedVillage("蔡界社区", Span(text, "蔡界社区")));
        r.AddVillage(new ExtractedVillage("宋市村", Span(text, "宋市村")));
        r.AddProject(new ExtractedProject("数字经济产业园", [new("completed", 2024), new("operating", 2024)], "蔡界社区", Span(text, "数字经济产业园在")));
        r.AddProject(new ExtractedProject("丝绸文化馆", [new("started", 2024)], "白彪村", Span(text, "丝绸文化馆")));
        r.AddProject(new ExtractedProject("秣马酒店", [new("signed", 2024)], null, Span(text, "秣马酒店")));
        r.AddOrganization(new ExtractedOrganization("桐昆集团", Span(text, "桐昆集团")));
        r.AddBrand(new ExtractedBrand("水映新市", null, Span(text, "水映新市")));
        r.AddBrand(new ExtractedBrand("宋市米", "宋市村", Span(text, "宋市米")));
        r.AddAward(new ExtractedAward("省引领型未来社区", "蔡界社区", 2024, "provincial", Span(text, "省引领型未来社区")));
        r.AddAward(new ExtractedAward("全国社会治理示范镇", "新市镇", 2024, "national", Span(text, "全国社会治理示范镇")));
        r.AddAward(new ExtractedAward("浙江省五一劳动奖状", "桐昆集团", 2024, "provincial", Span(text, "浙江省五一劳动奖状")));
        r.AddAward(new ExtractedAward("优秀党员", "张三", null, "other", Span(text, "优秀党员")));
        r.AddAward(new ExtractedAward("省级数字化示范园区", "数字经济产业园", 2024, "provincial", Span(text, "省级数字化示范园区")));
        r.AddEvent(new ExtractedEvent("第十七届蚕花庙会", 2024, Span(text, "第十七届蚕花庙会")));
        r.AddInitiative(new ExtractedInitiative("腾笼换鸟", Span(text, "腾笼换鸟")));
        r.AddIndicator(new ExtractedIndicator("固定资产投资", 10.4, "亿元", "amount", 2024, Span(text, "固定资产投资10.4亿元")));
        r.AddTarget(new ExtractedTarget("新经济营业收入增长", 40, "%", ">=", 2025, Span(text, "新经济营业收入增长40%以上")));
        return r;
    }

    private static ReportGraph BuildHandBuilt(string fileName = "xinshi-2024.txt", string text = Report2024)
    {
        var extraction = Extract(fileName, text);
        return GraphBuilder.Build(extraction with { Entities = HandBuilt(extraction.Report.Text) }, At);
    }

    private static string Id(NodeKind kind, string name) => NodeIds.Entity(kind, Township, name);

    [Fact]
    public void Every_extracted_item_becomes_a_node_scoped_by_the_township_with_the_evidence_of_its_mention()
    {
        var graph = BuildHandBuilt();
        var text = graph.Report.Text;
        var nodes = graph.Nodes.ToDictionary(n => n.Id);
        Assert.Equal(Township, graph.Report.TownshipId);
        foreach (var (kind, name, mention) in new[]
        {
            (NodeKind.Village, "蔡界社区", "蔡界社区"), (NodeKind.Village, "宋市村", "宋市村"), (NodeKind.Project, "数字经济产业园", "数字经济产业园在"),
            (NodeKind.Project, "丝绸文化馆", "丝绸文化馆"), (NodeKind.Project, "秣马酒店", "秣马酒店"), (NodeKind.Organization, "桐昆集团", "桐昆集团"),
            (NodeKind.Brand, "水映新市", "水映新市"), (NodeKind.Brand, "宋市米", "宋市米"), (NodeKind.Award, "省引领型未来社区", "省引领型未来社区"),
            (NodeKind.Award, "优秀党员", "优秀党员"), (NodeKind.Event, "第十七届蚕花庙会", "第十七届蚕花庙会"), (NodeKind.Initiative, "腾笼换鸟", "腾笼换鸟"),
        })
        {
            var node = nodes[Id(kind, name)];
            Assert.Equal((kind, name), (node.Kind, node.Name));
            var span = Span(text, mention);
            Assert.Equal((graph.Report.Id, span.Start, span.End), (node.Evidence.ReportId, node.Evidence.Start, node.Evidence.End));
            Assert.Contains(mention, node.Evidence.Sentence, StringComparison.Ordinal);
        }

        // A village named only as a project's location, and a recipient named nowhere else (an organization node).
        Assert.Equal(Span(text, "丝绸文化馆"), Where(nodes[Id(NodeKind.Village, "白彪村")].Evidence));
        Assert.Equal(NodeKind.Organization, nodes[Id(NodeKind.Organization, "张三")].Kind);
        Assert.Equal("provincial", nodes[Id(NodeKind.Award, "省引领型未来社区")].Properties.GetString("level"));
        Assert.Equal("宋市村", nodes[Id(NodeKind.Brand, "宋市米")].Properties.GetString("owner"));

        var indicator = graph.Nodes.Single(n => n.Kind == NodeKind.Indicator);
        Assert.Equal(("固定资产投资", 10.4, "亿元", 2024L), (indicator.Name, indicator.Properties.GetDouble("value"), indicator.Properties.GetString("unit"), indicator.Properties.GetLong("year")));
        Assert.Equal(Span(text, "固定资产投资10.4亿元"), Where(indicator.Evidence));
        var target = graph.Nodes.Single(n => n.Kind == NodeKind.Target);
        Assert.Equal((">=", 40.0), (target.Properties.GetString("comparator"), target.Properties.GetDouble("value")));
        Assert.Contains(graph.Nodes, n => n.Id == "year:2024");
        Assert.Contains(graph.Nodes, n => n.Id == "year:2025");
    }

    private static TextSpan Where(Evidence evidence) => new(evidence.Start, evidence.End);

    [Fact]
    public void Every_extracted_item_has_its_edges_and_each_fits_the_catalog()
    {
        var graph = BuildHandBuilt();
        var kinds = graph.Nodes.ToDictionary(n => n.Id, n => n.Kind);
        Assert.All(graph.Edges, e => Assert.True(EdgeCatalog.Allows(e.Kind, kinds[e.SourceId], kinds[e.TargetId]), $"{e.Kind} {e.SourceId} → {e.TargetId}"));
        Assert.Equal(graph.Edges.Count, graph.Edges.Select(e => e.Id).Distinct().Count());
        var edges = graph.Edges.Select(e => (e.Kind, e.SourceId, e.TargetId)).ToHashSet();
        string V(string n) => Id(NodeKind.Village, n);
        string P(string n) => Id(NodeKind.Project, n);
        string O(string n) => Id(NodeKind.Organization, n);
        string B(string n) => Id(NodeKind.Brand, n);
        string A(string n) => Id(NodeKind.Award, n);
        var indicator = graph.Nodes.Single(n => n.Kind == NodeKind.Indicator).Id;
        var target = graph.Nodes.Single(n => n.Kind == NodeKind.Target).Id;
        (EdgeKind, string, string)[] expected =
        [
            (EdgeKind.LocatedIn, V("蔡界社区"), Township), (EdgeKind.LocatedIn, V("宋市村"), Township), (EdgeKind.LocatedIn, V("白彪村"), Township),
            (EdgeKind.LocatedIn, P("数字经济产业园"), V("蔡界社区")), (EdgeKind.LocatedIn, P("丝绸文化馆"), V("白彪村")), (EdgeKind.LocatedIn, P("秣马酒店"), Township),
            (EdgeKind.HasStatus, P("数字经济产业园"), "year:2024"), (EdgeKind.HasStatus, P("丝绸文化馆"), "year:2024"), (EdgeKind.HasStatus, P("秣马酒店"), "year:2024"),
            (EdgeKind.BelongsTo, O("桐昆集团"), Township), (EdgeKind.BelongsTo, Id(NodeKind.Event, "第十七届蚕花庙会"), Township),
            (EdgeKind.BelongsTo, Id(NodeKind.Initiative, "腾笼换鸟"), Township), (EdgeKind.BelongsTo, B("水映新市"), Township), (EdgeKind.BelongsTo, B("宋市米"), Township),
            (EdgeKind.Owns, Township, B("水映新市")), (EdgeKind.Owns, V("宋市村"), B("宋市米")),
            (EdgeKind.Received, V("蔡界社区"), A("省引领型未来社区")), (EdgeKind.Received, Township, A("全国社会治理示范镇")),
            (EdgeKind.Received, O("桐昆集团"), A("浙江省五一劳动奖状")), (EdgeKind.Received, O("张三"), A("优秀党员")),
            (EdgeKind.Received, P("数字经济产业园"), A("省级数字化示范园区")),
            (EdgeKind.InYear, A("省引领型未来社区"), "year:2024"), (EdgeKind.InYear, Id(NodeKind.Event, "第十七届蚕花庙会"), "year:2024"),
            (EdgeKind.Achieved, Township, indicator), (EdgeKind.InYear, indicator, "year:2024"),
            (EdgeKind.SetsTarget, Township, target), (EdgeKind.InYear, target, "year:2025"),
        ];
        Assert.All(expected, e => Assert.Contains(e, edges));
        Assert.DoesNotContain(graph.Edges, e => e.Kind == EdgeKind.InYear && e.SourceId == A("优秀党员")); // no year given
        Assert.DoesNotContain(graph.Edges, e => e.Kind == EdgeKind.BelongsTo && e.SourceId == O("张三"));

        // Two stages in one year are two edges, told apart by their status.
        var stages = graph.Edges.Where(e => e.Kind == EdgeKind.HasStatus && e.SourceId == P("数字经济产业园")).ToList();
        Assert.Equal(["completed", "operating"], stages.Select(e => e.Properties.GetString("status")).Order(StringComparer.Ordinal));

        // The report mentions every extracted node.
        var mentioned = graph.Edges.Where(e => e.Kind == EdgeKind.Mentions).Select(e => e.TargetId).ToHashSet();
        var extracted = graph.Nodes.Where(n => n.Kind is not (NodeKind.Report or NodeKind.Year or NodeKind.County or NodeKind.City or NodeKind.Province));
        Assert.All(extracted, n => Assert.Contains(n.Id, mentioned));
        Assert.All(graph.Edges.Where(e => e.Kind != EdgeKind.Mentions && e.SourceId == P("秣马酒店")), e => Assert.Equal(Span(graph.Report.Text, "秣马酒店"), Where(e.Evidence)));
    }

    [Fact]
    public void Ids_are_stable_across_builds_and_across_reports_of_one_township()
    {
        var a = BuildHandBuilt();
        var b = BuildHandBuilt();
        Assert.Equal(a.Nodes.Select(n => n.Id), b.Nodes.Select(n => n.Id));
        Assert.Equal(a.Edges.Select(e => e.Id), b.Edges.Select(e => e.Id));

        // Another report of the same township (another file): the same entity nodes, its own report node.
        var c = BuildHandBuilt("xinshi-2024-copy.txt");
        Assert.NotEqual(a.Report.Id, c.Report.Id);
        var entities = (ReportGraph g) => g.Nodes.Where(n => n.Kind is not NodeKind.Report).Select(n => n.Id).ToHashSet();
        Assert.Equal(entities(a), entities(c));
        Assert.Equal(a.Edges.Where(e => e.Kind is EdgeKind.HasStatus or EdgeKind.Received).Select(e => e.Id).Order(StringComparer.Ordinal),
            c.Edges.Where(e => e.Kind is EdgeKind.HasStatus or EdgeKind.Received).Select(e => e.Id).Order(StringComparer.Ordinal));

        // Width, quote marks and spaces do not change an entity's id.
        Assert.Equal(Id(NodeKind.Project, "秣马酒店(二期)"), Id(NodeKind.Project, "“秣马酒店（二期）”"));
    }

    [Fact]
    public void A_report_without_a_known_township_scopes_its_entities_by_the_report_and_skips_township_edges()
    {
        const string text = "2024年工作总结\n一、2024年工作回顾\n示范园签约，某某村获评先进村。\n";
        var extraction = Extract("nowhere.txt", text);
        Assert.Null(extraction.Profile.Township);
        var entities = new ExtractionResult();
        entities.AddProject(new ExtractedProject("示范园", [new("signed", 2024)], null, Span(text, "示范园")));
        entities.AddAward(new ExtractedAward("先进村", "某某村", 2024, "other", Span(text, "先进村")));
        var graph = GraphBuilder.Build(extraction with { Entities = entities }, At);
        var project = graph.Nodes.Single(n => n.Kind == NodeKind.Project);
        Assert.Equal(NodeIds.Entity(NodeKind.Project, graph.Report.Id, "示范园"), project.Id);
        Assert.Contains(graph.Edges, e => e.Kind == EdgeKind.HasStatus && e.SourceId == project.Id && e.TargetId == "year:2024");
        Assert.DoesNotContain(graph.Edges, e => e.Kind == EdgeKind.LocatedIn);
        Assert.Contains(graph.Edges, e => e.Kind == EdgeKind.Received && e.SourceId == NodeIds.Entity(NodeKind.Organization, graph.Report.Id, "某某村"));
    }
}
