namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// What a clause says of whether something happened: modal words put it ahead (将, 即将, 力争, 计划, 拟 …: a plan or a
/// hope, not a fact), negation denies it (未, 尚未, 还未达到 …). One place for both, consulted by the project stages
/// and the quantity extractors.
/// </summary>
internal static class Modality
{
    /// <summary>
    /// Modal words that put what follows ahead of now. 将 alone is too often the object marker (将…纳入) and 争取 too
    /// often means obtained (争取上级资金), so they count only in fixed forms (将于, 将要, 力争).
    /// </summary>
    private static readonly string[] ModalWords =
        ["即将", "将于", "将要", "将会", "有望", "力争", "拟", "计划于", "计划年内", "预计年内", "预计将", "年内可"];

    /// <summary>Words that deny the verb right after them.</summary>
    private static readonly string[] NegationWords = ["尚未", "还未", "仍未", "未能", "没有", "未", "不能", "无法"];

    /// <summary>Where the first modal word of <paramref name="clause"/> starts, or null.</summary>
    public static int? FirstModal(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        int? first = null;
        foreach (var word in ModalWords)
        {
            var at = clause.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (first is null || at < first) && !(word == "拟" && IsFalseNi(clause, at)))
            {
                first = at;
            }
        }

        return first;
    }

    /// <summary>Whether the clause has a modal word (see <see cref="FirstModal"/>).</summary>
    public static bool IsModal(string clause) => FirstModal(clause) is not null;

    /// <summary>Whether the word at <paramref name="at"/> is denied by a negation word right before it (尚未开工, 未达到).</summary>
    public static bool IsNegated(string text, int at)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var word in NegationWords)
        {
            if (at >= word.Length && string.CompareOrdinal(text, at - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the clause denies reaching or doing what its figure measures: a negation word before 达到 / 完成 /
    /// 实现 / 达标 / 到位 (还未达到…目标, 尚未完成).
    /// </summary>
    public static bool DeniesAchievement(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        foreach (var verb in AchievementVerbs)
        {
            for (var at = clause.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = clause.IndexOf(verb, at + 1, StringComparison.Ordinal))
            {
                if (IsNegated(clause, at))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] AchievementVerbs = ["达到", "达标", "完成", "实现", "到位", "达"];

    /// <summary>拟 in a word that is not the modal (模拟, 虚拟, 草拟).</summary>
    private static bool IsFalseNi(string clause, int at) => at > 0 && clause[at - 1] is '模' or '虚' or '草';
}
