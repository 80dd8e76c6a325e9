using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// County-level subjects in the API: two consecutive real reports of 清苑区 (../shared/corpus-county qingyuan_2022 and
/// qingyuan_2023, skipped without it) make the Region county:130608 a report subject with lists, and a 2022 target of the
/// first report meets the 2022 indicator of the second; and warnings through ingestReport and Report.warnings.
/// </summary>
public sealed class ReportSubjectTests
{
    private const string Ingest = "mutation($input: IngestReportInput!) { ingestReport(input: $input) { status warnings { code message } report { subject { id name } warnings { code } } } }";

    [SharedDataFact]
    public async Task A_county_is_the_subject_of_its_reports_and_its_targets_are_tracked_to_the_next_year()
    {
        await using var server = await ApiServer.StartAsync(seed: false);
        foreach (var year in new[] { 2022, 2023 })
        {
            var text = await File.ReadAllTextAsync(Path.Combine(SharedData.CountyCorpus!, $"qingyuan_{year}.txt"));
            var result = await server.PostAsync(Ingest, new { input = new { fileName = $"qingyuan_{year}.txt", text } }, ApiServer.ApiKey);
            Assert.Contains("\"status\":\"ADDED\",\"warnings\":[]", result, StringComparison.Ordinal);
            Assert.Contains("\"subject\":{\"id\":\"county:130608\",\"name\":\"清苑区\"}", result, StringComparison.Ordinal);
        }

        var json = await server.PostAsync("""
            { node(id: "county:130608") { ... on ReportSubject { name code reports { totalCount nodes { reviewYear planYear township { id } } }
                villages { totalCount } projects { totalCount } indicators(year: 2022) { totalCount }
                targets(year: 2022, first: 100) { nodes { metric value unit comparator outcome { report { id reviewYear } indicator { value } met } } } } } }
            """);
        using var doc = JsonDocument.Parse(json);
        var region = doc.RootElement.GetProperty("data").GetProperty("node");
        Assert.Equal("130608", region.GetProperty("code").GetString());
        Assert.Equal(2, region.GetProperty("reports").GetProperty("totalCount").GetInt32());
        Assert.All(region.GetProperty("reports").GetProperty("nodes").EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("township").ValueKind));
        Assert.True(region.GetProperty("villages").GetProperty("totalCount").GetInt32() > 0);
        Assert.True(region.GetProperty("projects").GetProperty("totalCount").GetInt32() > 0);
        Assert.True(region.GetProperty("indicators").GetProperty("totalCount").GetInt32() > 0);

        // every 2022 target is reviewed by qingyuan_2023; those whose metric it reports again are judged, e.g.
        // 压减地下水超采 >= 1340 万立方米 (plan 2022) against 1580.2 achieved (review 2022)
        var outcomes = region.GetProperty("targets").GetProperty("nodes").EnumerateArray()
            .Select(t => (Metric: t.GetProperty("metric").GetString(), Outcome: t.GetProperty("outcome"))).ToList();
        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, t => Assert.Equal("report:qingyuan_2023", t.Outcome.GetProperty("report").GetProperty("id").GetString()));
        var groundwater = outcomes.Single(t => t.Metric == "压减地下水超采").Outcome;
        Assert.Equal(1580.2, groundwater.GetProperty("indicator").GetProperty("value").GetDouble());
        Assert.True(groundwater.GetProperty("met").GetBoolean());
    }

    [Fact]
    public async Task A_report_without_a_place_is_stored_with_its_warnings_shown()
    {
        await using var server = await ApiServer.StartAsync(seed: false);
        var text = "2024年工作总结\n一、2024年工作回顾\n一年来，全镇上下凝心聚力，固定资产投资增长12%。\n二、2025年工作计划\n力争实现地区生产总值增长6%。\n";
        var result = await server.PostAsync(Ingest, new { input = new { fileName = "blank.txt", text } }, ApiServer.ApiKey);
        Assert.Contains("\"status\":\"ADDED\",\"warnings\":[{\"code\":\"SUBJECT_UNKNOWN\"", result, StringComparison.Ordinal);
        Assert.Contains("\"report\":{\"subject\":null,\"warnings\":[{\"code\":\"SUBJECT_UNKNOWN\"}]}", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_county_subject_is_counted_per_subject_and_its_towns_name_it_as_their_subject()
    {
        await using var server = await ApiServer.StartAsync(seed: true);
        var text = "桐乡市人民政府工作报告\n(2025年1月15日在桐乡市第十七届人民代表大会第四次会议上)\n一、2024年工作回顾\n"
            + "濮院镇、崇福镇完成美丽城镇建设,全市地区生产总值增长6.5%。\n二、2025年工作安排\n力争地区生产总值增长6%。\n";
        var result = await server.PostAsync(Ingest, new { input = new { fileName = "tongxiang_2025.txt", text } }, ApiServer.ApiKey);
        Assert.Contains("\"status\":\"ADDED\"", result, StringComparison.Ordinal);

        var json = await server.PostAsync("""
            { stats { perTownship { township { name } reports } perSubject { subject { __typename name } reports } }
              node(id: "report:tongxiang_2025") { ... on Report { subject { id } } } }
            """);
        using var doc = JsonDocument.Parse(json);
        var stats = doc.RootElement.GetProperty("data").GetProperty("stats");
        var perSubject = stats.GetProperty("perSubject").EnumerateArray()
            .Select(s => (Type: s.GetProperty("subject").GetProperty("__typename").GetString(), Name: s.GetProperty("subject").GetProperty("name").GetString())).ToList();
        Assert.Contains(("Region", "桐乡市"), perSubject);
        Assert.Contains(perSubject, s => s.Type == "Township");
        Assert.Equal(perSubject.Count - 1, stats.GetProperty("perTownship").GetArrayLength());

        var subjectId = doc.RootElement.GetProperty("data").GetProperty("node").GetProperty("subject").GetProperty("id").GetString();
        var listed = await server.PostAsync($$"""{ node(id: "{{subjectId}}") { ... on Region { villages { nodes { name township { name } subject { ... on Region { name } } } } } } }""");
        using var townDoc = JsonDocument.Parse(listed);
        var villages = townDoc.RootElement.GetProperty("data").GetProperty("node").GetProperty("villages").GetProperty("nodes").EnumerateArray().ToList();
        // The Region also lists what lies beneath it (the villages of the seed townships in 桐乡市, whose subject is their township).
        var towns = villages.Where(v => v.GetProperty("name").GetString() is "濮院镇" or "崇福镇").ToList();
        Assert.Equal(2, towns.Count);
        Assert.All(towns, v =>
        {
            Assert.Equal(JsonValueKind.Null, v.GetProperty("township").ValueKind);
            Assert.Equal("桐乡市", v.GetProperty("subject").GetProperty("name").GetString());
        });
    }

    [Fact]
    public async Task A_partner_can_ask_for_a_report_with_warnings_to_be_refused_and_nothing_is_stored()
    {
        await using var server = await ApiServer.StartAsync(seed: false);
        var text = "2024年工作总结\n一、2024年工作回顾\n一年来，全镇上下凝心聚力，固定资产投资增长12%。\n二、2025年工作计划\n力争实现地区生产总值增长6%。\n";
        var refused = await server.PostAsync(Ingest, new { input = new { fileName = "blank.txt", text, refuseOnWarning = true } }, ApiServer.ApiKey);
        using var doc = JsonDocument.Parse(refused);
        var error = Assert.Single(doc.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("REPORT_REFUSED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(error.GetProperty("extensions").GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "SUBJECT_UNKNOWN");
        Assert.Contains("not stored", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"totalCount\":0", await server.PostAsync("{ reports { totalCount } }"), StringComparison.Ordinal);

        // without the flag the same report is stored, its warnings shown
        var stored = await server.PostAsync(Ingest, new { input = new { fileName = "blank.txt", text, refuseOnWarning = false } }, ApiServer.ApiKey);
        Assert.Contains("\"status\":\"ADDED\",\"warnings\":[{\"code\":\"SUBJECT_UNKNOWN\"", stored, StringComparison.Ordinal);
    }
}
