// Usage: node graphql-js-server.mjs --sdl FILE --data FILE [--port N]
//
// The reference server: graphql-js's buildSchema(SDL) served by graphql-http's Node handler at
// http://127.0.0.1:N/graphql (N defaults to 0, a free port). The root value of every operation is the
// parsed JSON data file, so graphql-js's default resolvers read properties of it, and abstract types
// (interfaces, unions) resolve through a "__typename" property on the objects in the data.
// Prints "listening http://127.0.0.1:N/graphql" on stdout once it accepts connections; any other path
// answers 404. Runs until killed (SIGINT/SIGTERM close the listener and exit 0).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const { values } = parseArgs({
    options: {
        sdl: { type: 'string' },
        data: { type: 'string' },
        port: { type: 'string', default: '0' },
    },
});
if (!values.sdl || !values.data) {
    process.stderr.write('usage: node graphql-js-server.mjs --sdl FILE --data FILE [--port N]\n');
    process.exit(2);
}

const schema = buildSchema(readFileSync(values.sdl, 'utf8'));
const rootValue = JSON.parse(readFileSync(values.data, 'utf8'));
const handler = createHandler({ schema, rootValue });

const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/graphql') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
    }
    handler(req, res).catch((err) => {
        process.stderr.write(`handler error: ${err?.stack ?? err}\n`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('internal error\n');
    });
});

server.listen(Number(values.port), '127.0.0.1', () => {
    const { port } = server.address();
    process.stdout.write(`listening http://127.0.0.1:${port}/graphql\n`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => server.close(() => process.exit(0)));
}
