// Usage: node audit.mjs <url>
//
// Runs graphql-http's GraphQL-over-HTTP server audits against <url> (e.g. http://127.0.0.1:5080/graphql)
// and prints one JSON line per audit, in graphql-http's order:
//   {"id":"22EB","name":"SHOULD accept ...","status":"ok"|"notice"|"warn"|"error","reason":null|"..."}
// ("notice" is graphql-http's status for a failed MAY audit; failures also carry
//  "response": {"status","contentType","body"} with the body cut to 2,000 characters.)
// followed by one summary line:
//   {"summary":true,"total":N,"must":{"passed":p,"total":t},"should":{...},"may":{...},
//    "counts":{"ok":..,"notice":..,"warn":..,"error":..}}
// An audit that throws (connection refused, a body that is not JSON where JSON is needed ...) is
// reported as failed with reason "fatal: <message>".
// Always exits 0 (unless the usage is wrong): the caller (the C# test) asserts on the output.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url || url.startsWith('-')) {
    process.stderr.write('usage: node audit.mjs <url>\n');
    process.exit(2);
}

function levelOf(name) {
    return name.startsWith('MUST') ? 'must' : name.startsWith('SHOULD') ? 'should' : 'may';
}

function failStatus(name) {
    const level = levelOf(name);
    return level === 'must' ? 'error' : level === 'should' ? 'warn' : 'notice';
}

async function describeResponse(response) {
    if (!response || typeof response.status !== 'number') return null;
    let body = null;
    try {
        body = await response.text();
        if (body.length > 2000) body = body.slice(0, 2000) + '…';
    } catch {
        body = '<body already read>';
    }
    return { status: response.status, contentType: response.headers?.get('content-type') ?? null, body };
}

const audits = serverAudits({ url });
const results = await Promise.all(
    audits.map(async ({ id, name, fn }) => {
        try {
            return await fn();
        } catch (err) {
            const cause = err?.cause ? `: ${err.cause.message ?? err.cause}` : '';
            return { id, name, status: failStatus(name), reason: `fatal: ${err?.message ?? String(err)}${cause}` };
        }
    }),
);

const summary = {
    summary: true,
    total: results.length,
    must: { passed: 0, total: 0 },
    should: { passed: 0, total: 0 },
    may: { passed: 0, total: 0 },
    counts: { ok: 0, notice: 0, warn: 0, error: 0 },
};

for (const result of results) {
    const level = summary[levelOf(result.name)];
    level.total++;
    if (result.status === 'ok') level.passed++;
    summary.counts[result.status] = (summary.counts[result.status] ?? 0) + 1;
    const line = { id: result.id, name: result.name, status: result.status, reason: result.reason ?? null };
    if (result.status !== 'ok' && result.response) line.response = await describeResponse(result.response);
    process.stdout.write(JSON.stringify(line) + '\n');
}
process.stdout.write(JSON.stringify(summary) + '\n');
process.exit(0);
