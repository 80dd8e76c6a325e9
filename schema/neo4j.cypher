// Neo4j 5 schema for the knowledge graph: run once before loading graph-seed/knowledge-graph.cypher or a
// `kg export cypher` script (cypher-shell -f schema/neo4j.cypher). Idempotent: every statement is IF NOT EXISTS.
// Labels are the GraphQL type names of schema/knowledge-graph.graphql. Provinces, cities and counties are the
// GraphQL type Region, so one label Region with a level property (PROVINCE, CITY or COUNTY). Enum-like values are
// spelled as the GraphQL enums (Award.level NATIONAL …, HAS_STATUS.status STARTED …; README, One vocabulary).
// Relationship types are the edge kinds: LOCATED_IN, IN_YEAR, HAS_STATUS, RECEIVED, OWNS, SETS_TARGET,
// ACHIEVED, REPORTS_ON, MENTIONS, BELONGS_TO.

// Every node is merged on its id: one uniqueness constraint (and so one index) per label.
CREATE CONSTRAINT award_id IF NOT EXISTS FOR (n:Award) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT brand_id IF NOT EXISTS FOR (n:Brand) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT township_id IF NOT EXISTS FOR (n:Township) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT village_id IF NOT EXISTS FOR (n:Village) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT year_id IF NOT EXISTS FOR (n:Year) REQUIRE n.id IS UNIQUE;

// Names, for exact and prefix lookups.
CREATE INDEX award_name IF NOT EXISTS FOR (n:Award) ON (n.name);
CREATE INDEX brand_name IF NOT EXISTS FOR (n:Brand) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX indicator_name IF NOT EXISTS FOR (n:Indicator) ON (n.name);
CREATE INDEX initiative_name IF NOT EXISTS FOR (n:Initiative) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX report_name IF NOT EXISTS FOR (n:Report) ON (n.name);
CREATE INDEX target_name IF NOT EXISTS FOR (n:Target) ON (n.name);
CREATE INDEX township_name IF NOT EXISTS FOR (n:Township) ON (n.name);
CREATE INDEX village_name IF NOT EXISTS FOR (n:Village) ON (n.name);
CREATE INDEX year_name IF NOT EXISTS FOR (n:Year) ON (n.name);

// Years: dated facts carry year, a Year node its value, a report its review and plan year.
CREATE INDEX event_year IF NOT EXISTS FOR (n:Event) ON (n.year);
CREATE INDEX indicator_year IF NOT EXISTS FOR (n:Indicator) ON (n.year);
CREATE INDEX target_year IF NOT EXISTS FOR (n:Target) ON (n.year);
CREATE INDEX year_value IF NOT EXISTS FOR (n:Year) ON (n.value);
CREATE INDEX report_review_year IF NOT EXISTS FOR (n:Report) ON (n.reviewYear);
CREATE INDEX report_plan_year IF NOT EXISTS FOR (n:Report) ON (n.planYear);

// Levels and codes of places, metrics of quantities.
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX award_level IF NOT EXISTS FOR (n:Award) ON (n.level);
CREATE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code);
CREATE INDEX township_code IF NOT EXISTS FOR (n:Township) ON (n.code);
CREATE INDEX indicator_metric IF NOT EXISTS FOR (n:Indicator) ON (n.metric);
CREATE INDEX target_metric IF NOT EXISTS FOR (n:Target) ON (n.metric);

// A project's stages are HAS_STATUS relationships (status, one per stage and year); its current status (the last
// stage of the latest year) is the node's status and statusYear, and a second label (Project:COMPLETED …).
CREATE INDEX has_status_status IF NOT EXISTS FOR ()-[r:HAS_STATUS]-() ON (r.status);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);

// Relationships are merged on id between their two ends: an index per type for lookups by id.
CREATE INDEX achieved_id IF NOT EXISTS FOR ()-[r:ACHIEVED]-() ON (r.id);
CREATE INDEX belongs_to_id IF NOT EXISTS FOR ()-[r:BELONGS_TO]-() ON (r.id);
CREATE INDEX has_status_id IF NOT EXISTS FOR ()-[r:HAS_STATUS]-() ON (r.id);
CREATE INDEX in_year_id IF NOT EXISTS FOR ()-[r:IN_YEAR]-() ON (r.id);
CREATE INDEX located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX mentions_id IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.id);
CREATE INDEX owns_id IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.id);
CREATE INDEX received_id IF NOT EXISTS FOR ()-[r:RECEIVED]-() ON (r.id);
CREATE INDEX reports_on_id IF NOT EXISTS FOR ()-[r:REPORTS_ON]-() ON (r.id);
CREATE INDEX sets_target_id IF NOT EXISTS FOR ()-[r:SETS_TARGET]-() ON (r.id);

// Full-text search over every name (Chinese analyzer: the names are Chinese), e.g.
// CALL db.index.fulltext.queryNodes('names', '乡村振兴') YIELD node, score RETURN node.name, score
CREATE FULLTEXT INDEX names IF NOT EXISTS
FOR (n:Award|Brand|Event|Indicator|Initiative|Organization|Project|Region|Report|Target|Township|Village|Year)
ON EACH [n.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
