using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The bounds graphql-js 16.15 puts on the rule: names and reasons cut at 1000 characters, at most 20 locations
/// per side, and a complexity budget of 500000 whose exhaustion aborts validation with "Validation aborted.".
/// </summary>
public sealed partial class OverlappingFieldsCanBeMergedRuleTests
{
    private const string UseAliases = " Use different aliases on the fields to fetch both if this was intentional.";

    [Fact]
    public void Long_response_names_are_abbreviated()
    {
        var alias = new string('a', 1200);
        ExpectErrors(Rule, $"{{ dog {{ {alias}: name {alias}: nickname }} }}",
            $"Fields \"{alias[..1000]}...\" conflict because \"name\" and \"nickname\" are different fields.{UseAliases} @1:9, 1:1216");
    }

    [Fact]
    public void Long_subfield_reasons_are_abbreviated_and_locations_capped_at_twenty_per_side()
    {
        var names = Enumerable.Range(0, 30).Select(i => $"f{i}: name");
        var nicknames = Enumerable.Range(0, 30).Select(i => $"f{i}: nickname");
        var document = $"{{\n  dog {{ {string.Join(' ', names)} }}\n  dog {{ {string.Join(' ', nicknames)} }}\n}}";
        var reasons = string.Join(" and ", Enumerable.Range(0, 30)
            .Select(i => $"subfields \"f{i}\" conflict because \"name\" and \"nickname\" are different fields"));
        ExpectErrors(Rule, document,
            $"Fields \"dog\" conflict because {reasons[..1000]}....{UseAliases} @2:3, 2:9, 2:18, 2:27, 2:36, 2:45, 2:54, 2:63, 2:72, 2:81, " +
            "2:90, 2:99, 2:109, 2:119, 2:129, 2:139, 2:149, 2:159, 2:169, 2:179, 3:3, 3:9, 3:22, 3:35, 3:48, 3:61, 3:74, 3:87, " +
            "3:100, 3:113, 3:126, 3:139, 3:153, 3:167, 3:181, 3:195, 3:209, 3:223, 3:237, 3:251");
    }

    [Fact]
    public void Repeated_fields_within_the_complexity_budget_are_merged() =>
        ExpectValid(Rule, $"{{ dog {{ {string.Join(' ', Enumerable.Repeat("name", 707))} }} }}");

    [Fact]
    public void Exhausting_the_complexity_budget_aborts_once()
    {
        // 708 fields make 250278 pairs at 2 each: one more pair than the budget allows.
        var fields = string.Join(' ', Enumerable.Repeat("name", 708));
        ExpectErrors(Rule, $"{{ dog {{ {fields} }} cat {{ {fields} }} }}", "Validation aborted. @");
    }

    [Fact]
    public void Many_fragments_spreading_each_other_exhaust_the_budget()
    {
        var spreads = string.Join(' ', Enumerable.Range(0, 300).Select(i => $"...F{i}"));
        var fragments = string.Join('\n', Enumerable.Range(0, 300)
            .Select(i => $"fragment F{i} on Dog {{ name nickname barkVolume mother {{ name }} ...F{(i + 1) % 300} }}"));
        ExpectErrors(Rule, $"{{ dog {{ {spreads} }} }}\n{fragments}", "Validation aborted. @");
    }

    [Fact]
    public void Many_fragments_spread_together_are_compared_pairwise()
    {
        var spreads = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"...F{i}"));
        var fragments = string.Join('\n', Enumerable.Range(0, 100)
            .Select(i => $"fragment F{i} on Dog {{ name x{i}: name mother {{ name }} }}"));
        ExpectValid(Rule, $"{{ dog {{ {spreads} }} }}\n{fragments}");
    }
}
