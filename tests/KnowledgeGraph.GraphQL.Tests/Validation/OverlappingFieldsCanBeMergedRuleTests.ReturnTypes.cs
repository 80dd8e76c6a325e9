using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>Return types must be unambiguous, even where the parent types cannot overlap.</summary>
public sealed partial class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly Schema BoxSchema = SchemaBuilder.BuildSchema("""
        interface SomeBox {
          deepBox: SomeBox
          unrelatedField: String
        }

        type StringBox implements SomeBox {
          scalar: String
          deepBox: StringBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        type IntBox implements SomeBox {
          scalar: Int
          deepBox: IntBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        interface NonNullStringBox1 {
          scalar: String!
        }

        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        interface NonNullStringBox2 {
          scalar: String!
        }

        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        type Connection {
          edges: [Edge]
        }

        type Edge {
          node: Node
        }

        type Node {
          id: ID
          name: String
        }

        type Query {
          someBox: SomeBox
          connection: Connection
        }
        """);

    [Fact]
    public void Conflicting_return_types_which_potentially_overlap() =>
        ExpectErrorsWithSchema(BoxSchema, """
            {
              someBox {
                ...on IntBox {
                  scalar
                }
                ...on NonNullStringBox1 {
                  scalar
                }
              }
            }
            """,
            "Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional. @4:7, 7:7");

    [Fact]
    public void Compatible_return_shapes_on_different_return_types() =>
        ExpectValid(Rule, """
            {
              someBox {
                ... on SomeBox {
                  deepBox {
                    unrelatedField
                  }
                }
                ... on StringBox {
                  deepBox {
                    unrelatedField
                  }
                }
              }
            }
            """, BoxSchema);

    [Fact]
    public void Disallows_differing_return_types_despite_no_overlap() =>
        ExpectErrorsWithSchema(BoxSchema, """
            {
              someBox {
                ... on IntBox {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """,
            "Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. @4:7, 7:7");

    [Fact]
    public void Reports_correctly_when_a_non_exclusive_follows_an_exclusive() =>
        ExpectErrorsWithSchema(BoxSchema, """
            {
              someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              memoed: someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              memoed: someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              other: someBox {
                ...X
              }
              other: someBox {
                ...Y
              }
            }
            fragment X on SomeBox {
              scalar
            }
            fragment Y on SomeBox {
              scalar: unrelatedField
            }
            """,
            "Fields \"other\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @30:3, 38:3, 33:3, 41:3");

    [Fact]
    public void Disallows_differing_return_type_nullability_despite_no_overlap() =>
        ExpectErrorsWithSchema(BoxSchema, """
            {
              someBox {
                ... on NonNullStringBox1 {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """,
            "Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. @4:7, 7:7");

    [Fact]
    public void Disallows_differing_return_type_list_despite_no_overlap() =>
        ExpectErrorsWithSchema(BoxSchema, """
            {
              someBox {
                ... on IntBox {
                  box: listStringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    scalar
                  }
                }
              }
            }
            """,
            "Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional. @4:7, 9:7");

    [Fact]
    public void Disallows_differing_return_type_list_despite_no_overlap_reversed() =>
        ExpectErrorsWithSchema(BoxSchema, """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: listStringBox {
                    scalar
                  }
                }
              }
            }
            """,
            "Fields \"box\" conflict because they return conflicting types \"StringBox\" and \"[StringBox]\". Use different aliases on the fields to fetch both if this was intentional. @4:7, 9:7");

    [Fact]
    public void Disallows_differing_subfields() =>
        ExpectErrorsWithSchema(BoxSchema, """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    val: scalar
                    val: unrelatedField
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    val: scalar
                  }
                }
              }
            }
            """,
            "Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @5:9, 6:9");

    [Fact]
    public void Disallows_differing_deep_return_types_despite_no_overlap() =>
        ExpectErrorsWithSchema(BoxSchema, """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: intBox {
                    scalar
                  }
                }
              }
            }
            """,
            "Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional. @4:7, 5:9, 9:7, 10:9");

    [Fact]
    public void Allows_non_conflicting_overlapping_types() =>
        ExpectValid(Rule, """
            {
              someBox {
                ... on IntBox {
                  scalar: unrelatedField
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """, BoxSchema);

    [Fact]
    public void Same_wrapped_scalar_return_types() =>
        ExpectValid(Rule, """
            {
              someBox {
                ...on NonNullStringBox1 {
                  scalar
                }
                ...on NonNullStringBox2 {
                  scalar
                }
              }
            }
            """, BoxSchema);

    [Fact]
    public void Allows_inline_fragments_without_type_condition() =>
        ExpectValid(Rule, """
            {
              a
              ... {
                a
              }
            }
            """, BoxSchema);

    [Fact]
    public void Compares_deep_types_including_list() =>
        ExpectErrorsWithSchema(BoxSchema, """
            {
              connection {
                ...edgeID
                edges {
                  node {
                    id: name
                  }
                }
              }
            }

            fragment edgeID on Connection {
              edges {
                node {
                  id
                }
              }
            }
            """,
            "Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @4:5, 5:7, 6:9, 13:3, 14:5, 15:7");

    [Fact]
    public void Ignores_unknown_types() =>
        ExpectValid(Rule, """
            {
              someBox {
                ...on UnknownType {
                  scalar
                }
                ...on NonNullStringBox2 {
                  scalar
                }
              }
            }
            """, BoxSchema);

    [Fact]
    public void Works_for_field_names_that_are_JS_keywords() =>
        ExpectValid(Rule, """
            {
              foo {
                constructor
              }
            }
            """, SchemaBuilder.BuildSchema("type Foo { constructor: String } type Query { foo: Foo }"));

    [Fact]
    public void Mutually_exclusive_parents_still_compare_sub_field_types() =>
        ExpectErrors(Rule, """
            {
              catOrDog {
                ... on Dog {
                  volume: barkVolume
                  mother { name }
                }
                ... on Cat {
                  volume: furColor
                  mother: nickname
                }
              }
            }
            """,
            "Fields \"volume\" conflict because they return conflicting types \"Int\" and \"FurColor\". Use different aliases on the fields to fetch both if this was intentional. @4:7, 8:7",
            "Fields \"mother\" conflict because they return conflicting types \"Dog\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. @5:7, 9:7");
}
