// Usage: node graphiql-check.mjs <page-url> [--query QUERY | --keep-query] [--chromium PATH] [--timeout MS]
//
// --keep-query runs the query the page opens with instead of replacing it (the report then carries it as
// "initialQuery", and "docsOpen" says whether the documentation explorer was open on arrival).
//
// Opens the GraphiQL page in headless Chromium (playwright-core driving /usr/bin/chromium, or
// --chromium PATH / $CHROMIUM_PATH, with a fresh user-data-dir), waits for the query editor, replaces
// its content with QUERY (default "{ __typename }"), clicks the execute button and waits until the
// result pane holds a JSON result with a "data" entry. Prints one JSON line:
//   {"ok":true,"result":"<result pane text>","requests":["http://127.0.0.1:5080/graphql", ...]}
//   {"ok":false,"reason":"...","result":"<result pane text>"|null,"requests":[...]}
// "requests" lists every URL the page asked for (data: and blob: URLs left out). Any request to an
// origin other than the page's own (a CDN, fonts, telemetry) is aborted and makes ok:false.
// Timeout 30 s per step (--timeout MS). Exit code 0 when ok, 1 when not, 2 on bad usage.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

let values, positionals;
try {
    ({ values, positionals } = parseArgs({
        allowPositionals: true,
        options: {
            query: { type: 'string', default: '{ __typename }' },
            'keep-query': { type: 'boolean', default: false },
            chromium: { type: 'string', default: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
            timeout: { type: 'string', default: '30000' },
        },
    }));
} catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
}
const pageUrl = positionals[0];
if (!pageUrl || positionals.length !== 1) {
    process.stderr.write('usage: node graphiql-check.mjs <page-url> [--query QUERY] [--chromium PATH] [--timeout MS]\n');
    process.exit(2);
}
const timeout = Number(values.timeout);
const origin = new URL(pageUrl).origin;

const requests = [];
let initialQuery = null;
let docsOpen = null;
const foreign = [];
const pageErrors = [];
let resultText = null;
let context;
let page;
const userDataDir = mkdtempSync(join(tmpdir(), 'graphiql-check-'));

async function readResult(p, selector) {
    return await p.evaluate((sel) => {
        const node = document.querySelector(sel);
        return node?.CodeMirror ? node.CodeMirror.getValue() : (node?.innerText ?? null);
    }, selector);
}

function report(obj) {
    process.stdout.write(JSON.stringify(obj) + '\n');
}

try {
    if (!existsSync(values.chromium)) throw new Error(`Chromium not found at ${values.chromium}`);
    context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: values.chromium,
        headless: true,
        timeout,
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
        ],
    });
    context.setDefaultTimeout(timeout);

    // Every request passes through here: record it, and abort anything that leaves the page's origin.
    await context.route('**/*', (route) => {
        const url = route.request().url();
        const scheme = url.slice(0, url.indexOf(':') + 1);
        if (scheme === 'data:' || scheme === 'blob:') return route.continue();
        requests.push(url);
        let requestOrigin = null;
        try {
            requestOrigin = new URL(url).origin;
        } catch {
            // unparsable: treat as foreign
        }
        if (requestOrigin !== origin) {
            foreign.push(url);
            return route.abort('blockedbyclient');
        }
        return route.continue();
    });

    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (err) => pageErrors.push(err.message));

    const response = await page.goto(pageUrl, { waitUntil: 'load', timeout });
    if (!response || !response.ok()) throw new Error(`page answered HTTP ${response?.status() ?? '(no response)'}`);

    // GraphiQL 3 uses CodeMirror 5: the editor's DOM node carries the CodeMirror instance.
    const editorSelector = '.graphiql-query-editor .CodeMirror';
    await page.waitForSelector(editorSelector, { state: 'visible', timeout });
    const resultSelector = '.graphiql-response .CodeMirror';
    await page.waitForSelector(resultSelector, { state: 'attached', timeout });

    initialQuery = await page.evaluate((selector) => document.querySelector(selector)?.CodeMirror?.getValue() ?? null, editorSelector);
    docsOpen = await page.evaluate(() => document.querySelector('.graphiql-doc-explorer') !== null);
    const set = values['keep-query'] ? true : await page.evaluate(
        ([selector, query]) => {
            const cm = document.querySelector(selector)?.CodeMirror;
            if (!cm) return false;
            cm.setValue(query);
            return cm.getValue() === query;
        },
        [editorSelector, values.query],
    );
    if (!set) {
        // Fallback: type into the editor like a user (auto-closing brackets may alter the text).
        await page.click(`${editorSelector} .CodeMirror-lines`);
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.press('Delete');
        await page.keyboard.insertText(values.query);
    }

    // The result pane may already show something (GraphiQL shows the introspection response there
    // when it cannot build a schema from it), so clear it, click, wait for the POST carrying exactly
    // the editor's query, then for the pane to show a JSON result with "data".
    const sent = await page.evaluate(
        ([querySelector, resultSelectorArg]) => {
            document.querySelector(resultSelectorArg)?.CodeMirror?.setValue('');
            return document.querySelector(querySelector)?.CodeMirror?.getValue() ?? null;
        },
        [editorSelector, resultSelector],
    );
    const executed = page.waitForResponse(
        (res) => {
            if (res.request().method() !== 'POST') return false;
            try {
                const body = JSON.parse(res.request().postData() ?? 'null');
                return body?.query === sent || (sent === null && !String(body?.query).includes('__schema'));
            } catch {
                return false;
            }
        },
        { timeout },
    );
    await page.click('button.graphiql-execute-button', { timeout });
    await executed;

    await page.waitForFunction(
        (selector) => {
            const node = document.querySelector(selector);
            const text = node?.CodeMirror ? node.CodeMirror.getValue() : (node?.innerText ?? '');
            if (!text.includes('"data"')) return false;
            try {
                return 'data' in JSON.parse(text);
            } catch {
                return false;
            }
        },
        resultSelector,
        { timeout, polling: 100 },
    );
    resultText = await readResult(page, resultSelector);

    if (foreign.length > 0) {
        throw new Error(`the page requested other origins than ${origin}: ${foreign.join(', ')}`);
    }
    report({ ok: true, result: resultText, requests, initialQuery, docsOpen, finalUrl: page.url() });
    await context.close();
    context = null;
    process.exitCode = 0;
} catch (err) {
    let reason = err?.message?.split('\n')[0] ?? String(err);
    if (foreign.length > 0 && !reason.includes('other origins')) {
        reason = `the page requested other origins than ${origin}: ${foreign.join(', ')}; then: ${reason}`;
    }
    if (resultText === null && page) {
        resultText = await readResult(page, '.graphiql-response .CodeMirror').catch(() => null);
    }
    const out = { ok: false, reason, result: resultText, requests };
    if (pageErrors.length > 0) out.pageErrors = pageErrors;
    report(out);
    process.exitCode = 1;
} finally {
    if (context) await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
}
