// graphql-js as the oracle for the C# engine. Three modes:
//
// 1. Corpus:  node oracle.mjs --sdl FILE --data FILE --corpus DIR --out FILE
//    For every DIR/*.graphql (sorted by file name, ordinal): parse, validate(schema, doc, specifiedRules)
//    and, for valid documents, execute({ schema, document, rootValue: data, variableValues,
//    operationName }). Variables come from the optional sibling NAME.variables.json; a first line
//    "# operation: Name" selects the operation. Writes to --out one JSON object keyed by file name:
//      { "01-x.graphql": { "valid": true,  "errors": [],           "result": {"data":...,"errors":[...]} },
//        "05-y.graphql": { "valid": false, "errors": ["Syntax Error: ..."], "result": null } }
//    "errors" are the parse or validation messages; "result" is the execution result exactly as
//    JSON.stringify serializes graphql-js's ExecutionResult (errors with message, locations, path,
//    extensions), null when the document was not executed.
//
// 2. Introspection check:  node oracle.mjs --check-introspection URL [--no-one-of]
//    (alias: --introspect URL). POSTs getIntrospectionQuery({ descriptions, specifiedByUrl,
//    directiveIsRepeatable, schemaDescription, inputValueDeprecation, oneOf }) to URL as
//    application/json, then buildClientSchema + validateSchema. Prints
//      { "ok": bool, "errors": [messages], "printed": printSchema(clientSchema) | null }
//    --no-one-of leaves "isOneOf" out of the query (for servers without @oneOf).
//
// 3. Schema printer:  node oracle.mjs --print-sdl FILE
//    Prints JSON.stringify(printSchema(buildSchema(sdl))): one JSON string.
//
// Exit code: 0 when the mode ran (whatever the documents or the server said), 1 when
// --check-introspection gave ok:false, 2 on bad usage or unreadable inputs.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
    buildClientSchema,
    buildSchema,
    execute,
    getIntrospectionQuery,
    parse,
    printSchema,
    specifiedRules,
    validate,
    validateSchema,
} from 'graphql';

const USAGE = `usage:
    node oracle.mjs --sdl FILE --data FILE --corpus DIR --out FILE
    node oracle.mjs --check-introspection URL [--no-one-of]
    node oracle.mjs --print-sdl FILE
`;

let values;
try {
    ({ values } = parseArgs({
        options: {
            sdl: { type: 'string' },
            data: { type: 'string' },
            corpus: { type: 'string' },
            out: { type: 'string' },
            'check-introspection': { type: 'string' },
            introspect: { type: 'string' },
            'no-one-of': { type: 'boolean', default: false },
            'print-sdl': { type: 'string' },
        },
    }));
} catch (err) {
    process.stderr.write(`${err.message}\n${USAGE}`);
    process.exit(2);
}

const introspectionUrl = values['check-introspection'] ?? values.introspect;
if (introspectionUrl) {
    // exitCode, not exit(): process.exit() cuts a piped stdout at 64 KiB, and the printed schema is larger
    process.exitCode = await checkIntrospection(introspectionUrl, !values['no-one-of']);
} else if (values['print-sdl']) {
    const sdl = readFileSync(values['print-sdl'], 'utf8');
    process.stdout.write(JSON.stringify(printSchema(buildSchema(sdl))) + '\n');
} else if (values.sdl && values.data && values.corpus && values.out) {
    await runCorpus(values);
} else {
    process.stderr.write(USAGE);
    process.exit(2);
}

async function runCorpus({ sdl, data, corpus, out }) {
    const schema = buildSchema(readFileSync(sdl, 'utf8'));
    const rootValue = JSON.parse(readFileSync(data, 'utf8'));
    const files = readdirSync(corpus)
        .filter((name) => name.endsWith('.graphql'))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

    const results = {};
    for (const file of files) {
        const source = readFileSync(join(corpus, file), 'utf8');
        const stem = basename(file, '.graphql');
        const variablesPath = join(corpus, `${stem}.variables.json`);
        const variableValues = existsSync(variablesPath) ? JSON.parse(readFileSync(variablesPath, 'utf8')) : undefined;
        const operationName = /^#\s*operation:\s*(\S+)/.exec(source.split(/\r\n|\r|\n/, 1)[0])?.[1];

        let document;
        try {
            document = parse(source);
        } catch (err) {
            results[file] = { valid: false, errors: [err.message], result: null };
            continue;
        }
        const validationErrors = validate(schema, document, specifiedRules);
        if (validationErrors.length > 0) {
            results[file] = { valid: false, errors: validationErrors.map((e) => e.message), result: null };
            continue;
        }
        const result = await execute({ schema, document, rootValue, variableValues, operationName });
        // Round-trip through JSON.stringify so the stored value is exactly graphql-js's serialization
        // (GraphQLError.toJSON, undefined fields dropped, key order kept).
        results[file] = { valid: true, errors: [], result: JSON.parse(JSON.stringify(result)) };
    }
    writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
}

async function checkIntrospection(url, oneOf) {
    const report = { ok: false, errors: [], printed: null };
    try {
        const query = getIntrospectionQuery({
            descriptions: true,
            specifiedByUrl: true,
            directiveIsRepeatable: true,
            schemaDescription: true,
            inputValueDeprecation: true,
            oneOf,
        });
        const response = await fetch(url, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                accept: 'application/graphql-response+json, application/json',
            },
            body: JSON.stringify({ query, operationName: 'IntrospectionQuery' }),
            signal: AbortSignal.timeout(30_000),
        });
        const text = await response.text();
        let body;
        try {
            body = JSON.parse(text);
        } catch {
            report.errors.push(`HTTP ${response.status}: response is not JSON: ${text.slice(0, 500)}`);
            return finish(report);
        }
        if (Array.isArray(body.errors) && body.errors.length > 0) {
            report.errors.push(...body.errors.map((e) => `response error: ${e?.message ?? JSON.stringify(e)}`));
        }
        if (!body.data) {
            report.errors.push(`HTTP ${response.status}: response has no data`);
            return finish(report);
        }
        const clientSchema = buildClientSchema(body.data);
        report.errors.push(...validateSchema(clientSchema).map((e) => e.message));
        report.printed = printSchema(clientSchema);
    } catch (err) {
        const cause = err?.cause ? `: ${err.cause.message ?? err.cause}` : '';
        report.errors.push(`${err?.message ?? String(err)}${cause}`);
    }
    return finish(report);
}

function finish(report) {
    report.ok = report.errors.length === 0;
    process.stdout.write(JSON.stringify(report) + '\n');
    return report.ok ? 0 : 1;
}
