using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly KnowledgeGraph.GraphQL.Validation.RuleFactory Rule = c => new ExecutableDefinitionsRule(c);

    [Fact]
    public void Operations_and_fragments_are_executable() =>
        ExpectValid(Rule, "query Foo { dog { name } } fragment Frag on Dog { name }");

    [Fact]
    public void Type_definitions_are_not_executable() =>
        ExpectErrors(Rule, """
            query Foo { dog { name } }
            type Cow { name: String }
            extend type Dog { color: String }
            """,
            "The \"Cow\" definition is not executable. @2:1",
            "The \"Dog\" definition is not executable. @3:1");

    [Fact]
    public void Schema_definitions_are_not_executable() =>
        ExpectErrors(Rule, "schema { query: Query } type Query { test: String } extend schema @directive",
            "The schema definition is not executable. @1:1",
            "The \"Query\" definition is not executable. @1:25",
            "The schema definition is not executable. @1:53");
}
