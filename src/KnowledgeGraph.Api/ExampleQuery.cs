namespace KnowledgeGraph.Api;

/// <summary>
/// The query GraphiQL opens with (README, "The first hour"): the store's counts and, per township, its county, a few
/// projects with their current status and a few awards with their level and year.
/// </summary>
public static class ExampleQuery
{
    public const string Text = """
        # KnowledgeGraph: townships of the reports, with projects and awards.
        # Run it with the ▶ button (or Ctrl-Enter). The Docs panel lists every type and field;
        # the schema is schema/knowledge-graph.graphql (GET /graphql?sdl).
        {
          stats { reports nodes edges }
          townships(first: 5) {
            totalCount
            nodes {
              name
              townshipType
              county { name }
              projects(first: 3) { totalCount nodes { name currentStatus } }
              awards(first: 3) { totalCount nodes { name level year } }
            }
          }
        }

        """;
}
