using System.Text;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Reading.Tests;

/// <summary>A report needs real text: letters of some script, enough of them and of enough kinds.</summary>
public sealed class TextSubstanceTests
{
    private readonly ReportReader reader = new();

    [Theory]
    [InlineData("2024 — 12345, 67890; 3.14 % ……！", "no letters of any script")]
    [InlineData("一二三四五六七八九", "a report needs at least 10 letters")]
    [InlineData("abababababababababababababababababab cd", "5 different ones")]
    public void Texts_without_enough_real_text_are_refused(string text, string problem) =>
        Assert.Contains(problem, TextSubstance.Problem(text), StringComparison.Ordinal);

    [Fact]
    public void A_megabyte_of_x_is_refused_by_the_reader()
    {
        var e = Assert.Throws<ReportReadException>(() => reader.Read("x.txt", Encoding.UTF8.GetBytes(new string('x', 1024 * 1024))));
        Assert.Equal("the text has 1048576 letters, 1 of them different; a report needs at least 10 letters and 5 different ones", e.Problem);
    }

    [Fact]
    public void One_letter_dominating_is_refused() =>
        Assert.Contains("one letter makes up", TextSubstance.Problem(new string('x', 500) + "abcdefghijklmnopqrstuvw"), StringComparison.Ordinal);

    [Fact]
    public void Every_seed_report_and_a_short_text_in_another_script_pass()
    {
        foreach (var file in RepositoryPaths.SeedReportFiles)
        {
            Assert.Null(TextSubstance.Problem(File.ReadAllText(file)));
        }

        Assert.Null(TextSubstance.Problem("Отчёт о работе администрации поселка за 2024 год"));
    }

    [Fact]
    public void The_one_size_limit_is_two_mebibytes()
    {
        var bytes = new byte[(2 * 1024 * 1024) + 1];
        var e = Assert.Throws<ReportReadException>(() => reader.Read("big.txt", bytes));
        Assert.Contains("2,097,153 bytes, over the limit of 2,097,152 bytes", e.Problem, StringComparison.Ordinal);
    }
}
