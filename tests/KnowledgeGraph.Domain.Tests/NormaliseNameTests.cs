using System.Text;

namespace KnowledgeGraph.Domain.Tests;

/// <summary>NormaliseName skips the NFKC call for names it cannot change; the answer must be the one NFKC gives.</summary>
public sealed class NormaliseNameTests
{
    /// <summary>The definition: NFKC, then without white space and quote marks.</summary>
    private static string Reference(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && c is not ('"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』' or '《' or '》' or '〈' or '〉'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The result, or the exception's type when there is none (NFKC refuses some code points; so must the fast path).</summary>
    private static string Outcome(Func<string, string> normalise, string name)
    {
        try
        {
            return normalise(name);
        }
        catch (ArgumentException e)
        {
            return "throws " + e.GetType().Name;
        }
    }

    [Theory]
    [InlineData("凤鸣街道“共富工坊”")]
    [InlineData("ＡＢＣ１２３ 产业园")]
    [InlineData("《乡村振兴》 2.0版")]
    [InlineData("①号楼　（二期）")]
    [InlineData("ﾃｽﾄ")]
    [InlineData("")]
    public void Names_normalise_as_NFKC_without_quotes_and_spaces(string name) =>
        Assert.Equal(Reference(name), NodeIds.NormaliseName(name));

    [Fact]
    public void Every_character_of_the_basic_plane_normalises_as_NFKC_does_beside_ideographs_and_ASCII()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            foreach (var name in new[] { "村" + (char)c + "a", (char)c + "e\u0301", "A" + (char)c })
            {
                Assert.Equal(Outcome(Reference, name), Outcome(NodeIds.NormaliseName, name));
            }
        }
    }
}
