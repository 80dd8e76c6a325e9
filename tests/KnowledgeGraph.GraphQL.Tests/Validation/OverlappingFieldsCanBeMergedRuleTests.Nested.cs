using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>Conflicts in sub-selections and through fragments, and fragments that spread themselves.</summary>
public sealed partial class OverlappingFieldsCanBeMergedRuleTests
{
    [Fact]
    public void Encounters_conflict_in_fragments() =>
        ExpectErrors(Rule, """
            {
              ...A
              ...B
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """,
            "Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @6:3, 9:3");

    [Fact]
    public void Reports_each_conflict_once() =>
        ExpectErrors(Rule, """
            {
              f1 {
                ...A
                ...B
              }
              f2 {
                ...B
                ...A
              }
              f3 {
                ...A
                ...B
                x: c
              }
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """,
            "Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @17:3, 20:3",
            "Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @13:5, 17:3",
            "Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @13:5, 20:3");

    [Fact]
    public void Deep_conflict() =>
        ExpectErrors(Rule, """
            {
              field {
                x: a
              },
              field {
                x: b
              }
            }
            """,
            "Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @2:3, 3:5, 5:3, 6:5");

    [Fact]
    public void Deep_conflict_with_multiple_issues() =>
        ExpectErrors(Rule, """
            {
              field {
                x: a
                y: c
              },
              field {
                x: b
                y: d
              }
            }
            """,
            "Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @2:3, 3:5, 4:5, 6:3, 7:5, 8:5");

    [Fact]
    public void Very_deep_conflict() =>
        ExpectErrors(Rule, """
            {
              field {
                deepField {
                  x: a
                }
              },
              field {
                deepField {
                  x: b
                }
              }
            }
            """,
            "Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @2:3, 3:5, 4:7, 7:3, 8:5, 9:7");

    [Fact]
    public void Reports_deep_conflict_to_nearest_common_ancestor() =>
        ExpectErrors(Rule, """
            {
              field {
                deepField {
                  x: a
                }
                deepField {
                  x: b
                }
              },
              field {
                deepField {
                  y
                }
              }
            }
            """,
            "Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @3:5, 4:7, 6:5, 7:7");

    [Fact]
    public void Reports_deep_conflict_to_nearest_common_ancestor_in_fragments() =>
        ExpectErrors(Rule, """
            {
              field {
                ...F
              }
              field {
                ...F
              }
            }
            fragment F on T {
              deepField {
                deeperField {
                  x: a
                }
                deeperField {
                  x: b
                }
              },
              deepField {
                deeperField {
                  y
                }
              }
            }
            """,
            "Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @11:5, 12:7, 14:5, 15:7");

    [Fact]
    public void Reports_deep_conflict_in_nested_fragments() =>
        ExpectErrors(Rule, """
            {
              field {
                ...F
              }
              field {
                ...I
              }
            }
            fragment F on T {
              x: a
              ...G
            }
            fragment G on T {
              y: c
            }
            fragment I on T {
              y: d
              ...J
            }
            fragment J on T {
              x: b
            }
            """,
            "Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @2:3, 10:3, 14:3, 5:3, 21:3, 17:3");

    [Fact]
    public void Reports_deep_conflict_after_nested_fragments() =>
        ExpectErrors(Rule, """
            fragment F on T {
              ...G
            }
            fragment G on T {
              ...H
            }
            fragment H on T {
              x: a
            }
            {
              x: b
              ...F
            }
            """,
            "Fields \"x\" conflict because \"b\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @11:3, 8:3");

    [Fact]
    public void Ignores_unknown_fragments() =>
        ExpectValid(Rule, """
            {
              field
              ...Unknown
              ...Known
            }

            fragment Known on T {
              field
              ...OtherUnknown
            }
            """);

    [Fact]
    public void Does_not_infinite_loop_on_recursive_fragment() =>
        ExpectValid(Rule, """
            {
              ...fragA
            }

            fragment fragA on Human { name, relatives { name, ...fragA } }
            """);

    [Fact]
    public void Does_not_infinite_loop_on_immediately_recursive_fragment() =>
        ExpectValid(Rule, """
            {
              ...fragA
            }

            fragment fragA on Human { name, ...fragA }
            """);

    [Fact]
    public void Does_not_infinite_loop_on_recursive_fragment_with_a_field_named_after_fragment() =>
        ExpectValid(Rule, """
            {
              ...fragA
              fragA
            }

            fragment fragA on Query { ...fragA }
            """);

    [Fact]
    public void Finds_invalid_cases_even_with_field_named_after_fragment() =>
        ExpectErrors(Rule, """
            {
              fragA
              ...fragA
            }

            fragment fragA on Type {
              fragA: b
            }
            """,
            "Fields \"fragA\" conflict because \"fragA\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @2:3, 7:3");

    [Fact]
    public void Does_not_infinite_loop_on_transitively_recursive_fragment() =>
        ExpectValid(Rule, """
            {
              ...fragA
              fragB
            }

            fragment fragA on Human { name, ...fragB }
            fragment fragB on Human { name, ...fragC }
            fragment fragC on Human { name, ...fragA }
            """);

    [Fact]
    public void Finds_invalid_case_even_with_immediately_recursive_fragment() =>
        ExpectErrors(Rule, """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              ...sameAliasesWithDifferentFieldTargets
              fido: name
              fido: nickname
            }
            """,
            "Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @3:3, 4:3");

    [Fact]
    public void Does_not_infinite_loop_on_recursive_fragments_separated_by_fields() =>
        ExpectValid(Rule, """
            {
              ...fragA
              ...fragB
            }

            fragment fragA on T {
              x {
                ...fragA
                x {
                  ...fragA
                }
              }
            }

            fragment fragB on T {
              x {
                ...fragB
                x {
                  ...fragB
                }
              }
            }
            """);

    [Fact]
    public void Conflict_between_a_field_and_a_nested_fragment_spread_in_a_sub_selection() =>
        ExpectErrors(Rule, """
            {
              dog {
                mother {
                  name
                }
              }
              dog {
                ...DogMother
              }
            }
            fragment DogMother on Dog {
              mother {
                ...MotherName
              }
            }
            fragment MotherName on Dog {
              name: nickname
            }
            """,
            "Fields \"dog\" conflict because subfields \"mother\" conflict because subfields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @2:3, 3:5, 4:7, 7:3, 12:3, 17:3");

    [Fact]
    public void Fragments_spread_in_both_sub_selections_are_compared() =>
        ExpectErrors(Rule, """
            {
              dog {
                ...NameOfDog
              }
              dog {
                ...NicknameAsName
              }
            }
            fragment NameOfDog on Dog {
              name
            }
            fragment NicknameAsName on Dog {
              name: nickname
            }
            """,
            "Fields \"dog\" conflict because subfields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @2:3, 10:3, 5:3, 13:3");
}
