namespace KnowledgeGraph.Domain.Tests;

public sealed class NodeIdsTests
{
    [Fact]
    public void The_same_entity_in_the_same_scope_gets_the_same_id_whatever_its_quoting()
    {
        var a = NodeIds.Entity(NodeKind.Project, "township:330523003", "“国际数字贸易港”");
        var b = NodeIds.Entity(NodeKind.Project, "township:330523003", "国际数字贸易港");
        Assert.Equal(a, b);
        Assert.StartsWith("project:", a, StringComparison.Ordinal);
    }

    [Fact]
    public void Full_and_half_width_forms_are_one_name() =>
        Assert.Equal(NodeIds.Entity(NodeKind.Project, "s", "秣马酒店（二期）"), NodeIds.Entity(NodeKind.Project, "s", "秣马酒店(二期)"));

    [Fact]
    public void Scope_and_kind_separate_ids()
    {
        var id = NodeIds.Entity(NodeKind.Project, "township:1", "灵峰");
        Assert.NotEqual(id, NodeIds.Entity(NodeKind.Project, "township:2", "灵峰"));
        Assert.NotEqual(id, NodeIds.Entity(NodeKind.Brand, "township:1", "灵峰"));
    }

    [Fact]
    public void Report_ids_come_from_the_file_name_not_its_folder()
    {
        Assert.Equal("report:000_06e677578293db47", NodeIds.Report("/a/b/000_06e677578293db47.txt"));
        Assert.Equal(NodeIds.Report("x/灵峰街道 2024.html"), NodeIds.Report("y/灵峰街道 2024.html"));
        Assert.Matches("^report:[0-9a-f]{16}$", NodeIds.Report("灵峰街道 2024.html"));
    }

    [Fact]
    public void Edge_ids_depend_on_kind_endpoints_and_discriminator()
    {
        var signed = NodeIds.Edge(EdgeKind.HasStatus, "project:1", "year:2024", "signed");
        Assert.Equal(signed, NodeIds.Edge(EdgeKind.HasStatus, "project:1", "year:2024", "signed"));
        Assert.NotEqual(signed, NodeIds.Edge(EdgeKind.HasStatus, "project:1", "year:2024", "started"));
        Assert.NotEqual(signed, NodeIds.Edge(EdgeKind.InYear, "project:1", "year:2024", "signed"));
    }
}
