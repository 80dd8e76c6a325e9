using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Extraction.Evaluation;
using KnowledgeGraph.Reading;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

public sealed class ScorerTests
{
    private static string EvalFixtures => Path.Combine(RepositoryPaths.Fixtures, "eval");

    private static string DevGold => Path.Combine(RepositoryPaths.Fixtures, "gold");

    private static NormName N(string name) => new(MatchRules.Norm(name));

    [Theory]
    [InlineData("秣马酒店（二期）", "秣马酒店(二期)")]
    [InlineData("“腾笼换鸟”", "腾笼换鸟")]
    [InlineData("《新市》「古镇」『游客』〈中心〉‘甲’'乙'\"丙\"", "新市古镇游客中心甲乙丙")]
    [InlineData(" 新\u3000市\u00a0村\t", "新市村")]
    [InlineData("有家有保等", "有家有保")]
    [InlineData("东衡村等等", "东衡村等")]
    [InlineData("村等", "村等")]
    [InlineData("单位ＧＤＰ能耗", "单位GDP能耗")]
    [InlineData("", "")]
    public void Names_normalise_as_score_py_does(string name, string expected) => Assert.Equal(expected, MatchRules.Norm(name));

    [Theory]
    [InlineData("数字经济产业园", "数字经济产业园区", true)] // containment
    [InlineData("游客中心", "新市古镇游客中心", true)] // contained, exactly half as long
    [InlineData("丝绸文化", "丝绸文化馆大楼", true)]
    [InlineData("沉珠路", "沉珠路改造工程", false)] // contained but under half; Dice 0.5
    [InlineData("砂", "砂村", false)] // a one-character name is never contained
    [InlineData("智慧农业园区", "智慧农业基地", true)] // Dice exactly 0.6
    [InlineData("智慧农业园区", "智慧农业示范地", false)] // Dice 0.545
    [InlineData("", "", false)] // empty names never match, not even each other
    public void Lenient_names_match_by_containment_or_bigram_dice(string a, string b, bool similar)
    {
        Assert.Equal(similar, MatchRules.Similar(N(a), N(b), MatchRules.NameDice));
        Assert.Equal(similar, MatchRules.Similar(N(b), N(a), MatchRules.NameDice));
    }

    [Fact]
    public void Metrics_match_leniently_at_dice_one_half()
    {
        Assert.True(MatchRules.Similar(N("村集体总收入"), N("村集体经营性收入"), MatchRules.MetricDice));
        Assert.False(MatchRules.Similar(N("村集体总收入"), N("村集体经营性收入"), MatchRules.NameDice));
        Assert.False(MatchRules.Similar(N("工业用电量同比下降"), N("全社会用电量"), MatchRules.MetricDice));
    }

    [Fact]
    public void Units_and_values_compare_as_score_py_compares_them()
    {
        Assert.Equal(MatchRules.UnitNorm(new PyStr("万平方米")), MatchRules.UnitNorm(new PyStr("万平方")));

        // score.py normalises (NFKC) before it replaces ㎡, and NFKC has already made ㎡ "m2": ㎡ never equals 平方米.
        Assert.Equal("万m2", MatchRules.UnitNorm(new PyStr("万㎡")));
        Assert.Equal("%", MatchRules.UnitNorm(new PyStr("％")));
        Assert.NotEqual(MatchRules.UnitNorm(new PyStr("亿")), MatchRules.UnitNorm(new PyStr("亿元")));
        Assert.True(MatchRules.NumEq(10.4, 10.400005));
        Assert.False(MatchRules.NumEq(10.4, 10.4001));
        Assert.True(MatchRules.NumEq(0, 0.000001));
        Assert.False(MatchRules.NumEq(null, 1));
        Assert.Equal(8400, PyFormat.ParseFloat(" 8_400 "));
        Assert.Equal(120, PyFormat.ParseFloat("１２０"));
        Assert.Equal(0.5, PyFormat.ParseFloat(".5"));
        Assert.Null(PyFormat.ParseFloat("800家"));
        Assert.Null(PyFormat.ParseFloat("1__0"));
        Assert.Null(PyFormat.ParseFloat("_1"));
        Assert.Equal(double.NegativeInfinity, PyFormat.ParseFloat("-Infinity"));
        Assert.Equal(1.0, new PyBool(true).ToFloat());
        Assert.Null(PyNone.Value.ToFloat());
    }

    [Fact]
    public void Pairing_is_greedy_in_gold_order()
    {
        // gold: 数字经济产业园, 数字经济产业园二期; predicted: 数字经济产业园二期, 新材料产业园. The first gold item takes
        // the only similar prediction, so the second (which equals it) is missed.
        string[] gold = ["数字经济产业园", "数字经济产业园二期"];
        string[] pred = ["数字经济产业园二期", "新材料产业园"];
        var (pairs, missed, extra) = MatchRules.Pair(2, 2, (g, p) => MatchRules.Similar(N(gold[g]), N(pred[p]), MatchRules.NameDice));
        Assert.Equal([(0, 0)], pairs);
        Assert.Equal([1], missed);
        Assert.Equal([1], extra);
    }

    [Fact]
    public void Precision_and_recall_of_empty_lists_follow_score_py()
    {
        Assert.Equal(new Prf(1, 1, 1), MatchRules.Prf(0, 0, 0, 0));
        Assert.Equal(new Prf(0, 0, 0), MatchRules.Prf(0, 0, 0, 3));
        Assert.Equal(new Prf(0, 1, 0), MatchRules.Prf(0, 2, 0, 0));
    }

    [Theory]
    [InlineData(0.125, 2, "0.12")]
    [InlineData(0.375, 2, "0.38")]
    [InlineData(0.625, 2, "0.62")]
    [InlineData(2.0 / 3, 2, "0.67")]
    [InlineData(1.0, 2, "1.00")]
    [InlineData(0.0, 3, "0.000")]
    [InlineData(0.0005, 3, "0.001")] // 0.0005 is a little above one half of 0.001 in binary
    public void Fixed_point_rounds_the_exact_binary_value_half_to_even(double value, int decimals, string expected) =>
        Assert.Equal(expected, PyFormat.Fixed(value, decimals));

    [Theory]
    [InlineData(0.0, "0.0")]
    [InlineData(1.0, "1.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(2.0 / 3, "0.6666666666666666")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1234567890123456.0, "1234567890123456.0")]
    [InlineData(100.0, "100.0")]
    public void Floats_print_as_python_repr(double value, string expected) => Assert.Equal(expected, PyFormat.FloatRepr(value));

    [Fact]
    public async Task Ratios_and_their_f1_print_as_python_prints_them()
    {
        // Every precision or recall of up to 120 items, and the F1 of pairs of them, as repr, .2f and .3f.
        const string script = """
            vals = [i / j for j in range(1, 121) for i in range(j + 1)]
            vals += [2 * p * r / (p + r) for p in vals[::97] for r in vals[::89] if p + r]
            for v in vals:
                print(repr(v), f"{v:.2f}", f"{v:.3f}")
            """;
        var values = new List<double>();
        for (var j = 1; j <= 120; j++)
        {
            for (var i = 0; i <= j; i++)
            {
                values.Add((double)i / j);
            }
        }

        var ps = values.Where((_, k) => k % 97 == 0).ToList();
        var rs = values.Where((_, k) => k % 89 == 0).ToList();
        values.AddRange(from p in ps from r in rs where p + r != 0 select 2 * p * r / (p + r));
        var ours = string.Concat(values.Select(v => $"{PyFormat.FloatRepr(v)} {PyFormat.Fixed(v, 2)} {PyFormat.Fixed(v, 3)}\n"));
        var (exit, output) = await PythonAsync(["-c", script]);
        Assert.Equal(0, exit);
        Assert.Equal(output, ours);
    }

    [Fact]
    public void Document_fields_compare_normalised_and_published_on_its_first_ten_characters()
    {
        var gold = GoldDocuments.Parse("""{"file": "a.txt", "township": {"name": "新市镇", "kind": "镇"}, "reviewYear": 2024, "planYear": 2025, "published": "2025-01-20"}""");
        var pred = GoldDocuments.Parse("""[{"file": "x/a.txt", "township": {"name": " 新市镇", "kind": "镇"}, "reviewYear": "2024", "planYear": 2025.0, "published": "2025-01-20T08:00"}]""");
        var report = Scorer.Score(gold, pred);
        Assert.Equal(7, report.DocumentFieldsRight); // planYear 2025.0 is "2025.0"; county, city and province are None on both sides
        Assert.Equal(["[a.txt] planYear: gold=2025 pred=2025.0"], report.Misses);
    }

    [Fact]
    public void Awards_score_the_recipient_of_each_lenient_title_pair()
    {
        var gold = GoldDocuments.Parse("""{"file": "a.txt", "awards": [{"title": "省引领型未来社区", "recipient": "蔡界社区"}, {"title": "市级文明单位", "recipient": null}]}""");
        var pred = GoldDocuments.Parse("""{"file": "a.txt", "awards": [{"title": "引领型未来社区", "recipient": "蔡界"}, {"title": "市级文明单位", "recipient": null}]}""");
        var report = Scorer.Score(gold, pred);
        Assert.Equal(2, report.List("awards").LenientHits);
        Assert.Equal(1, report.List("awards").StrictHits);
        Assert.Equal(new Prf(0.5, 0.5, 0.5), report.AwardRecipientPairs); // null never matches null
    }

    public static TheoryData<string, string[], string[]> Cases => new()
    {
        { "exact", ["eval/gold"], ["eval/pred-exact.json"] },
        { "near misses", ["eval/gold"], ["eval/pred-near-misses.json"] },
        { "duplicates", ["eval/gold"], ["eval/pred-duplicates.json"] },
        { "units and values", ["eval/gold"], ["eval/pred-units.json"] },
        { "award recipients", ["eval/gold"], ["eval/pred-awards.json"] },
        { "document fields", ["eval/gold"], ["eval/pred-docfields.json"] },
        { "odd types", ["eval/gold"], ["eval/pred-odd-types.json"] },
        { "later files replace documents of the same name", ["eval/gold"], ["eval/pred-near-misses.json", "eval/pred-units.json", "eval/pred-awards.json"] },
        { "dev gold", ["gold"], ["eval/pred-dev.json"] },
        { "two gold folders and a gold file", ["gold", "eval/gold", "eval/gold/e1.json"], ["eval/pred-dev.json", "eval/pred-duplicates.json"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_report_equals_score_py_s_character_for_character(string name, string[] gold, string[] pred)
    {
        var goldPaths = gold.Select(p => Path.Combine(RepositoryPaths.Fixtures, p)).ToArray();
        var predPaths = pred.Select(p => Path.Combine(RepositoryPaths.Fixtures, p)).ToArray();
        var ours = Scorer.Score(GoldDocuments.Load(goldPaths), GoldDocuments.Load(predPaths));
        await AssertAgreesAsync(name, ours, goldPaths, predPaths);
    }

    [Fact]
    public async Task The_pipeline_s_extraction_of_the_seeds_scores_as_score_py_scores_it()
    {
        var reader = new ReportReader();
        var extractions = new List<ReportExtraction>();
        foreach (var file in RepositoryPaths.SeedReportFiles)
        {
            extractions.Add(ExtractionPipeline.Default.Extract(await reader.ReadFileAsync(file)));
        }

        using var temp = new TempDirectory();
        var predFile = temp.File("pred.json");
        await using (var stream = File.Create(predFile))
        {
            GoldJson.Write(stream, extractions);
        }

        var ours = Scorer.Score(GoldDocuments.Load([DevGold]), GoldDocuments.FromExtractions(extractions));
        await AssertAgreesAsync("seeds", ours, [DevGold], [predFile]);
    }

    private static async Task AssertAgreesAsync(string name, ScoreReport ours, string[] gold, string[] pred)
    {
        var json = await ScorePyAsync(gold, pred, "--json");
        Assert.True(json.Exit == 0, $"{name}: score.py exited with {json.Exit}");
        Assert.Equal(json.Output, ours.ToJson() + "\n");
        var table = await ScorePyAsync(gold, pred, "--show-misses");
        Assert.Equal(table.Output, ours.ToTable(showMisses: true));

        // --min-f1: exit 1 just above the overall lenient F1, 0 at it.
        Assert.Equal(1, (await ScorePyAsync(gold, pred, "--min-f1", Repr(ours.OverallLenientF1 + 1e-9))).Exit);
        Assert.Equal(0, (await ScorePyAsync(gold, pred, "--min-f1", Repr(ours.OverallLenientF1))).Exit);
    }

    private static string Repr(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs the annotation team's score.py (a copy kept as test data in tests/fixtures/eval) with python3.</summary>
    private static Task<(int Exit, string Output)> ScorePyAsync(string[] gold, string[] pred, params string[] options) =>
        PythonAsync([Path.Combine(EvalFixtures, "score.py"), "--gold", .. gold, "--pred", .. pred, .. options]);

    private static async Task<(int Exit, string Output)> PythonAsync(string[] args)
    {
        var info = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cts.Token);
        var stderr = await error;
        Assert.True(process.ExitCode is 0 or 1, $"python3 {string.Join(' ', args)} exited with {process.ExitCode}: {stderr}");
        return (process.ExitCode, await output);
    }
}
