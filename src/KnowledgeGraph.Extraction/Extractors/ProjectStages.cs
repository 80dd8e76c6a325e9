using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// The stages of ANNOTATION.md (planned, signed, landed, started, building, completed, operating) and the
/// verbs that report them. A clause's stages are read longest word first (主体完工 is building, not
/// completed); the year is the year of the sentence's part.
/// </summary>
internal static class ProjectStages
{
    public const string Planned = "planned";
    public const string Signed = "signed";
    public const string Landed = "landed";
    public const string Started = "started";
    public const string Building = "building";
    public const string Completed = "completed";
    public const string Operating = "operating";

    /// <summary>Stage words with their stages; a word may report two (建成投用 = completed and operating).</summary>
    private static readonly (string Word, string[] Stages)[] Words =
    [
        ("谋划", [Planned]), ("储备", [Planned]), ("计划", [Planned]), ("规划建设", [Planned]), ("规划", [Planned]), ("前期工作", [Planned]),
        ("前期", [Planned]), ("跟进", [Planned]), ("申报", [Planned]), ("筹建", [Planned]),
        ("签约", [Signed]), ("签订", [Signed]),
        ("落地", [Landed]), ("落户", [Landed]), ("入驻", [Landed]), ("引进", [Landed]), ("投资计划", []),
        ("开工", [Started]), ("动工", [Started]), ("启动建设", [Started]), ("启动", [Started]), ("新建", [Started]), ("施工", [Started]),
        ("开建", [Started]), ("实施", [Started]), ("迁建", [Started]),
        ("改扩建", [Started]), ("扩建", [Started]), ("改建", [Started]), ("续建", [Building]),
        ("在建", [Building]), ("加快推进", [Building]), ("加速推进", [Building]), ("加快建设", [Building]), ("推进", [Building]),
        ("主体完工", [Building]), ("主体建成", [Building]), ("主体工程", [Building]), ("主体结构", [Building]), ("结顶", [Building]),
        ("封顶", [Building]), ("复工", [Building]), ("成型", [Building]), ("崛起", [Building]), ("打通", [Building]), ("工程量", [Building]),
        ("进展", [Building]), ("建设", [Building]), ("改造提升", [Building]), ("持续投入", [Building]),
        ("竣工", [Completed]), ("完工", [Completed]), ("建成", [Completed]), ("通车", [Completed]), ("贯通", [Completed]),
        ("验收", [Completed]), ("落成", [Completed]), ("完成", [Completed]), ("打造", [Completed]),
        ("建成投用", [Completed, Operating]), ("建成投运", [Completed, Operating]), ("建成运营", [Completed, Operating]),
        ("投用", [Operating]), ("投入使用", [Operating]), ("投入运营", [Operating]), ("开业", [Operating]), ("运营", [Operating]),
        ("开门迎客", [Operating]), ("启用", [Operating]), ("投运", [Operating]), ("达产", [Operating]), ("投产", [Operating]),
        ("亮相", [Operating]), ("开街", [Operating]), ("开放", [Operating]), ("火热", [Operating]), ("揭牌", [Operating]),
        ("运行", [Operating]),
    ];

    /// <summary>Words that report a stage only weakly (a generic 推进 or 建设): dropped when the clause reports another stage.</summary>
    private static readonly HashSet<string> WeakWords = ["推进", "建设", "完成", "打造", "实施", "申报", "跟进", "进展", "持续投入", "规划", "运行"];

    private static readonly ProjectWordList StageWordList = new([.. Words.Select(w => w.Word)]);

    /// <summary>The stage words (for finding where a clause's predicate starts).</summary>
    public static ProjectWordList WordList => StageWordList;

    /// <summary>Whether <paramref name="clause"/> reports construction (started … operating) with a word that is not weak (建成, 开工, 投用 …).</summary>
    public static bool HasStrong(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        for (var i = 0; i < clause.Length; i++)
        {
            if (StageWordList.At(clause, i) is { } word)
            {
                if (!WeakWords.Contains(word) && !StagesOf(word).All(s => s is Planned or Signed or Landed))
                {
                    return true;
                }

                i += word.Length - 1;
            }
        }

        return false;
    }

    /// <summary>
    /// The stages <paramref name="clause"/> reports for a project named in it, in the year of its part. A stage word
    /// under negation (尚未开工, 未建成) reports nothing; in the review part, stages a modal word puts ahead (即将建成投产,
    /// 力争年内投用, 拟开工) are hopes of the plan year, not done (see <see cref="Modality"/>).
    /// </summary>
    public static IReadOnlyList<ProjectStatus> Read(string clause, ReportPart part, int? year, int? planYear = null)
    {
        ArgumentNullException.ThrowIfNull(clause);
        if (year is not { } y)
        {
            return [];
        }

        if (part == ReportPart.Review && Modality.FirstModal(clause) is { } modal && modal < FirstStage(clause))
        {
            // Hoped for, not done: the plan year's stage when the plan year is known, else a plan of the review year.
            return planYear is { } p && p > y ? Read(clause, ReportPart.Plan, p) : [new ProjectStatus(Planned, y)];
        }

        var strong = new List<string>();
        var weak = new List<string>();
        for (var i = 0; i < clause.Length;)
        {
            var word = StageWordList.At(clause, i);
            if (word is null)
            {
                i++;
                continue;
            }

            if (Modality.IsNegated(clause, i))
            {
                i += word.Length;
                continue;
            }

            (WeakWords.Contains(word) ? weak : strong).AddRange(StagesOf(word).Select(s => Adjust(s, word, clause, part)));
            i += word.Length;
        }

        var chosen = strong.Count > 0 ? strong : weak;
        if (part == ReportPart.Plan && chosen.Contains(Planned) && chosen.Count > 1)
        {
            chosen.RemoveAll(s => s is Building or Landed);
        }

        return [.. chosen.Distinct().Select(s => new ProjectStatus(s, y))];
    }

    /// <summary>Where the first stage word of <paramref name="clause"/> starts (its length when there is none).</summary>
    private static int FirstStage(string clause)
    {
        for (var i = 0; i < clause.Length; i++)
        {
            if (StageWordList.At(clause, i) is not null)
            {
                return i;
            }
        }

        return clause.Length;
    }

    private static string[] StagesOf(string word) => Words.First(w => w.Word == word).Stages;

    /// <summary>In the plan part, landing (落地) is a plan unless the clause also starts building.</summary>
    private static string Adjust(string stage, string word, string clause, ReportPart part)
    {
        if (part != ReportPart.Plan || stage != Landed)
        {
            return stage;
        }

        return word == "落地" && (clause.Contains("新建", StringComparison.Ordinal) || clause.Contains("开工", StringComparison.Ordinal)) ? Started : Planned;
    }
}
