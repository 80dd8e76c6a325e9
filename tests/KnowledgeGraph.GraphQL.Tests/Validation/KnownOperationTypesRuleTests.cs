using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The cases of graphql-js 17's KnownOperationTypesRule-test.ts (graphql-js 16 has no such rule), on a
/// schema with only a query root (Oracle/deviations/query-only.graphql) and on the shared test schema.
/// </summary>
public sealed class KnownOperationTypesRuleTests
{
    private static readonly RuleFactory Rule = c => new KnownOperationTypesRule(c);

    private static readonly Schema QueryOnlySchema = SchemaBuilder.BuildSchema(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Oracle", "deviations", "query-only.graphql")));

    [Fact]
    public void One_known_operation() =>
        ExpectValid(Rule, """
            {
              dog { name }
            }
            """, QueryOnlySchema);

    [Fact]
    public void One_unknown_operation() =>
        Assert.Equal(["The mutation operation is not supported by the schema. @1:1"], ValidationHarness.Errors(Rule, """
            mutation {
              dog { name }
            }
            """, QueryOnlySchema));

    [Fact]
    public void Mixture_of_known_and_unknown_operations() =>
        Assert.Equal(
            [
                "The mutation operation is not supported by the schema. @4:1",
                "The subscription operation is not supported by the schema. @7:1",
            ],
            ValidationHarness.Errors(Rule, """
                query Q {
                  dog { name }
                }
                mutation M {
                  dog { name }
                }
                subscription S {
                  dog { name }
                }
                """, QueryOnlySchema));

    [Fact]
    public void Every_operation_type_is_known_to_the_shared_schema() =>
        ExpectValid(Rule, """
            query Q { dog { name } }
            mutation M { renameDog(name: "Rex") { name } }
            subscription S { dogBarked { name } }
            """);
}
