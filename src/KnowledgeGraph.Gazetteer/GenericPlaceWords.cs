namespace KnowledgeGraph.Gazetteer;

/// <summary>
/// Common nouns that happen to be official place names somewhere (小城镇 is a town in 吉林, 中心镇 one in 山西, 城区 a
/// district): a report using them speaks of a kind of place, not of that place, so they never resolve as a subject.
/// Generic words only, never names taken from documents.
/// </summary>
public static class GenericPlaceWords
{
    private static readonly string[] Words =
    [
        "小城镇", "特色小镇", "特色小城镇", "中心镇", "重点镇", "特色镇", "建制镇", "示范镇", "名镇", "古镇", "强镇", "集镇", "城镇", "乡镇",
        "新城镇", "卫星镇", "边境镇", "中心乡", "民族乡", "示范县", "示范区", "强县", "大县", "城区", "郊区", "矿区", "新区", "市区", "县区", "园区", "景区", "社区", "街区",
    ];

    /// <summary>Whether the name ending at <paramref name="end"/> of <paramref name="text"/> is the tail of a generic word there (中心镇, 特色小城镇).</summary>
    public static bool EndsGeneric(string text, int end, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        foreach (var word in Words)
        {
            // the word ends where the name ends and covers it, or the name is the word itself
            if (word.Length >= name.Length ? word.EndsWith(name, StringComparison.Ordinal) && end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0
                    : name == word)
            {
                return true;
            }
        }

        return Words.Contains(name, StringComparer.Ordinal);
    }
}
