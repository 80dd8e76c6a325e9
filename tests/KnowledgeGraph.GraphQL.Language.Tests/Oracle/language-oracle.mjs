// graphql-js (tests/oracles/node_modules, pinned 16.x) as the oracle for the C# language library.
//
//   node language-oracle.mjs --seed N      (run with tests/oracles as the working directory)
//
// Writes to stdout a JSON array of { mode, text, expected } cases: the kitchen-sink fixtures, seeded
// random valid documents (executable and SDL, descriptions, block strings, odd whitespace), seeded
// random token soup (syntax errors), values, types and block/plain string helpers. "expected" is
// "out:" + what graphql-js printed/returned, or "error:" + message + "@" + line + ":" + column.
// The C# test (GraphQLJsOracleTests) runs the same cases through our library and compares.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(join(process.cwd(), 'package.json'));
const g = require('graphql');
const { printBlockString, isPrintableAsBlockString, dedentBlockStringLines } = require('graphql/language/blockString');
const { printString } = require('graphql/language/printString');

const { values } = parseArgs({ options: { seed: { type: 'string', default: '1' } } });
let seed = Number(values.seed);
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const n = (k) => Math.floor(rnd() * k);
const many = (k, f, sep) => Array.from({ length: k }, f).join(sep);

const cases = [];
const add = (mode, text) => cases.push({ mode, text, expected: run(mode, text) });

function run(mode, text) {
  try {
    switch (mode) {
      case 'doc': return 'out:' + g.print(g.parse(text));
      case 'value': return 'out:' + g.print(g.parseValue(text));
      case 'const': return 'out:' + g.print(g.parseConstValue(text));
      case 'type': return 'out:' + g.print(g.parseType(text));
      case 'block': return 'out:' + printBlockString(text);
      case 'blockmin': return 'out:' + printBlockString(text, { minimize: true });
      case 'printable': return 'out:' + String(isPrintableAsBlockString(text));
      case 'string': return 'out:' + printString(text);
      case 'dedent': return 'out:' + dedentBlockStringLines(text.split(/\r\n|[\n\r]/g)).join('\n');
      case 'locations': {
        const list = [];
        g.visit(g.parse(text), {
          enter(node) {
            // graphql-js's <SOF> token has line 0; our Document location starts at 1:1.
            const [line, column] = node.kind === 'Document' ? [1, 1] : [node.loc.startToken.line, node.loc.startToken.column];
            list.push(`${node.kind}:${node.loc.start}-${node.loc.end}@${line}:${column}`);
          },
        });
        return 'out:' + list.join('|');
      }
      default: throw new Error('unknown mode ' + mode);
    }
  } catch (e) {
    if (!e.locations) throw e;
    return `error:${e.message}@${e.locations[0].line}:${e.locations[0].column}`;
  }
}

const fixtures = join(process.cwd(), '..', 'KnowledgeGraph.GraphQL.Language.Tests', 'Fixtures');
for (const file of ['kitchen-sink.graphql', 'schema-kitchen-sink.graphql']) {
  const text = readFileSync(join(fixtures, file), 'utf8');
  add('doc', text);
  add('locations', text);
}

// Random valid documents.
const names = ['a', 'b', 'query', 'on', 'fragment', 'type', 'Foo', '_x1', 'extend', 'true', 'null'];
const ws = () => pick([' ', '  ', '\n', ',', ' , ', '\t', '\r\n', ' # c\n', '\r', '\uFEFF']);
const strChars = ['a', ' ', '\t', '\n', '"', '\\', '\u00E9', '\u{1F600}', '\u0007', '\u0085', 'x', 'y'];
const rawStr = (k) => many(n(k), () => pick(strChars), '');
const stringLit = () => {
  if (rnd() < 0.5) return printString(rawStr(12));
  const v = rawStr(90).replace(/\r/g, '');
  return '"""' + v.replace(/"""/g, '\\"""').replace(/\\$/, '\\ ').replace(/"$/, '" ') + '"""';
};
const value = (d, isConst) => {
  const options = ['1', '-0', '3.5e-2', '-12E+3', 'ENUM', 'true', 'false', 'null', stringLit()];
  if (!isConst) options.push('$v');
  if (d < 3) {
    options.push('[' + many(n(4), () => value(d + 1, isConst), ws()) + ']');
    options.push('{' + many(n(4), () => pick(['a', 'b', 'cde']) + ':' + ws() + value(d + 1, isConst), ws()) + '}');
  }
  return pick(options);
};
const args = (isConst) => rnd() < 0.5 ? '' : '(' + many(1 + n(6), () => pick(['arg', 'longArgumentName', 'x']) + ':' + ws() + value(0, isConst), ws()) + ')';
const dirs = (isConst) => many(n(3), () => '@' + pick(['d', 'include', 'skip']) + args(isConst), ws());
const type = (d = 0) => { const t = d < 2 && rnd() < 0.3 ? '[' + type(d + 1) + ']' : pick(['Int', 'String', 'Foo']); return rnd() < 0.4 ? t + '!' : t; };
const desc = () => rnd() < 0.4 ? stringLit() + ws() : '';
const selectionSet = (d) => '{' + ws() + many(1 + n(3), () => selection(d), ws()) + ws() + '}';
const selection = (d) => {
  const r = rnd();
  if (r < 0.15) return '...' + pick(['F', 'Frag']) + ws() + dirs(false);
  if (r < 0.3 && d < 3) return '...' + (rnd() < 0.5 ? ' on T' : '') + ws() + dirs(false) + selectionSet(d + 1);
  return (rnd() < 0.3 ? pick(names) + ':' + ws() : '') + pick(names) + args(false) + ws() + dirs(false) + (d < 3 && rnd() < 0.3 ? selectionSet(d + 1) : '');
};
const varDefs = () => rnd() < 0.5 ? '' : '(' + many(1 + n(3), () => desc() + '$' + pick(['v', 'w']) + ':' + ws() + type() + (rnd() < 0.3 ? '=' + value(0, true) : '') + ws() + dirs(true), ws()) + ')';
const operation = () => rnd() < 0.2
  ? selectionSet(0)
  : desc() + pick(['query', 'mutation', 'subscription']) + (rnd() < 0.6 ? ' ' + pick(['Q', 'query', 'on']) : '') + varDefs() + ws() + dirs(false) + selectionSet(0);
const fragment = () => desc() + 'fragment ' + pick(['F', 'Frag', 'query']) + ' on ' + pick(['T', 'on']) + ws() + dirs(false) + selectionSet(0);
const inputValues = () => many(1 + n(3), () => desc() + pick(['a', 'b', 'input']) + ':' + ws() + type() + (rnd() < 0.3 ? ' = ' + value(0, true) : '') + ws() + dirs(true), ws());
const fieldsDef = () => '{' + many(1 + n(3), () => desc() + pick(['f', 'g', 'type']) + (rnd() < 0.4 ? '(' + inputValues() + ')' : '') + ':' + ws() + type() + ws() + dirs(true), ws()) + '}';
const implementsList = () => rnd() < 0.5 ? '' : ' implements ' + (rnd() < 0.3 ? '& ' : '') + many(1 + n(3), () => pick(['I', 'J']), ' & ');
const sdl = () => pick([
  () => desc() + 'schema' + ws() + dirs(true) + '{ query: Q' + ws() + 'mutation: M }',
  () => desc() + 'scalar S' + ws() + dirs(true),
  () => desc() + 'type T' + implementsList() + ws() + dirs(true) + (rnd() < 0.8 ? fieldsDef() : ''),
  () => desc() + 'interface I' + implementsList() + ws() + dirs(true) + (rnd() < 0.8 ? fieldsDef() : ''),
  () => desc() + 'union U' + ws() + dirs(true) + (rnd() < 0.8 ? ' = ' + (rnd() < 0.3 ? '| ' : '') + 'A | B' : ''),
  () => desc() + 'enum E' + ws() + dirs(true) + '{' + desc() + 'A' + ws() + dirs(true) + ws() + 'B }',
  () => desc() + 'input In' + ws() + dirs(true) + '{' + inputValues() + '}',
  () => desc() + 'directive @dd' + (rnd() < 0.5 ? '(' + inputValues() + ')' : '') + (rnd() < 0.3 ? ' repeatable' : '') + ' on ' + (rnd() < 0.3 ? '| ' : '') + 'FIELD | OBJECT',
  () => 'extend schema @d',
  () => 'extend type T' + implementsList() + ' @d ' + fieldsDef(),
  () => 'extend union U = C',
  () => 'extend enum E { C }',
  () => 'extend input In { x: Int }',
  () => 'extend scalar S @d',
  () => 'extend interface I @d',
])();
for (let i = 0; i < 300; i++) {
  const doc = many(1 + n(3), () => pick([operation, fragment, sdl])(), '\n' + ws());
  add('doc', doc);
  add('locations', doc);
}

// Token soup: mostly syntax errors, whose message and position must match.
const vocab = [
  '{', '}', '(', ')', '[', ']', ':', '$', '@', '!', '=', '|', '&', '...', '..', '.', 'a', 'on', 'query', 'fragment',
  'extend', 'type', 'schema', 'enum', 'true', 'null', '1', '01', '1.', '1e', '-', '0x1', '"s"', '"', '"""b"""', '"""',
  '"\\u{110000}"', '"\\uD83D"', '"\\q"', '#c\n', '\n', ' ', '\r', '\u00DF', '\uFEFF', "'", '~', '\u0000', 'implements',
  'directive', 'repeatable', 'FIELD', 'BAD',
];
for (let i = 0; i < 1200; i++) {
  add('doc', many(1 + n(10), () => pick(vocab), pick(['', ' '])));
}
for (let i = 0; i < 200; i++) {
  add('value', many(1 + n(6), () => pick(vocab), ' '));
  add('const', value(0, false));
  add('type', many(1 + n(4), () => pick(['[', ']', '!', 'A', ' ']), ''));
}

// Block strings, plain strings and dedenting.
for (let i = 0; i < 1000; i++) {
  const s = rawStr(30) + (rnd() < 0.2 ? '"""' : '') + (rnd() < 0.2 ? rawStr(5) : '');
  add('block', s);
  add('blockmin', s);
  add('printable', s);
  add('string', s);
  add('dedent', many(n(6), () => pick(['', ' ', '  ', '\t', ' a', '  b ', 'c']), pick(['\n', '\r\n', '\r'])));
}

process.stdout.write(JSON.stringify(cases));
