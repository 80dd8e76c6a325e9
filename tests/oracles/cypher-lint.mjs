// Usage: node cypher-lint.mjs FILE...
// Parses each Cypher script with Neo4j's own parser (@neo4j-cypher/language-support, lintCypherQuery, no
// database schema) and prints one JSON array on stdout: per file, its errors and warnings with line and column
// (1-based). Exits 0 whatever the diagnostics: the caller decides; exits 2 on a usage or read error.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node cypher-lint.mjs FILE...');
  process.exit(2);
}

const severity = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const report = files.map((file) => {
  const text = readFileSync(file, 'utf8');
  const { diagnostics } = lintCypherQuery(text, {});
  const items = diagnostics.map((d) => ({
    severity: severity[d.severity] ?? String(d.severity),
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
  }));
  return {
    file,
    errors: items.filter((d) => d.severity === 'error'),
    warnings: items.filter((d) => d.severity !== 'error'),
  };
});
console.log(JSON.stringify(report, null, 2));
