// Bad fact packs: each gives a clear error located in the pack (line and column) and never throws, both
// through parsePack(text, readSource) and through the CLI (`--facts bad.yaml`), which reports the errors on
// stderr and still checks with the seed pack. Fixture packs live in test/fixtures/packs/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, mkdirSync, symlinkSync, copyFileSync, rmSync, existsSync, openSync, writeSync, closeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { root, service } from './seedBase.mjs';

const packs = join(root, 'test', 'fixtures', 'packs');
const cli = join(root, 'dist', 'cli.js');
const DRAFT = 'The Biden–Putin summit is set for June 17 in Geneva.\n';
let tmp;

/** A reader like server/src/node/packs.ts: relative to the pack's folder, undefined when missing. */
const reader = dir => p => {
  try { return { text: readFileSync(join(dir, p), 'utf8'), label: p }; } catch { return undefined; }
};

function parseFixture(name) {
  const text = readFileSync(join(packs, name), 'utf8');
  let r;
  assert.doesNotThrow(() => { r = service.parsePack(text, reader(packs)); }, `parsePack threw on ${name}`);
  return { text, ...r };
}

/** Every problem is located: a 1-based line and column inside the pack text. */
function assertLocated(text, problems) {
  const lines = text.split(/\r?\n/);
  for (const p of problems) {
    assert.equal(typeof p.message, 'string');
    assert.ok(p.message.length > 10, `a clear message: ${p.message}`);
    assert.ok(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines.length, `line ${p.line} in 1..${lines.length}: ${p.message}`);
    assert.ok(Number.isInteger(p.column) && p.column >= 1 && p.column <= lines[p.line - 1].length + 1, `column ${p.column} on line ${p.line}: ${p.message}`);
  }
}

function runCli(args, opts = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 30000, cwd: opts.cwd ?? root });
  assert.equal(r.error, undefined, `CLI failed to run: ${r.error}`);
  return r;
}

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sfc-packs-'));
  writeFileSync(join(tmp, 'draft.md'), DRAFT);
});
after(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

test('the good fixture pack loads without problems', () => {
  const r = parseFixture('good.facts.yaml');
  assert.deepEqual(r.problems, []);
  assert.equal(r.base.claims.length, 1);
  assert.equal(r.base.claims[0].cite.length, 2);
});

const CASES = [
  { file: 'syntax-error.facts.yaml', message: /^syntax: /, line: 7 },
  { file: 'duplicate-keys.facts.yaml', message: /unique/i, line: 3, count: 2 },
  { file: 'schema-error.facts.yaml', message: /^schema: \/claims\/0\/(id|negated|cite\/0\/line)/, line: 7, count: 3 },
  { file: 'missing-source.facts.yaml', message: /source file "no-such-file\.txt" not found/, line: 7, column: 11 },
  { file: 'excerpt-not-found.facts.yaml', message: /zorblax-not-ratified.*excerpt "The Zorblax treaty was rejected outright\." not found on line 2/, line: 13 },
  { file: 'escape-dotdot.facts.yaml', message: /leaves the pack's folder/, line: 5, column: 11 },
  { file: 'escape-absolute.facts.yaml', message: /leaves the pack's folder/, line: 5, column: 11 },
  { file: 'unknown-announcer.facts.yaml', message: /claim "zorblax-signed": unknown person or organisation "nobody-known" in by/, line: 11 },
  { file: 'unknown-occasion.facts.yaml', message: /^quote override: unknown occasion "no-such-event"$/, line: 14, column: 80 },
  { file: 'unknown-picture-event.facts.yaml', message: /^picture "quay-photo": unknown event "no-such-event"$/, line: 8 },
];

for (const c of CASES) {
  test(`parsePack: ${c.file} gives a located error`, () => {
    const r = parseFixture(c.file);
    assert.ok(r.problems.length >= 1, 'at least one problem');
    if (c.count) assert.equal(r.problems.length, c.count, JSON.stringify(r.problems));
    assertLocated(r.text, r.problems);
    for (const p of r.problems) assert.match(p.message, c.message);
    assert.equal(r.problems[0].line, c.line, JSON.stringify(r.problems[0]));
    if (c.column) assert.equal(r.problems[0].column, c.column, JSON.stringify(r.problems[0]));
  });

  test(`CLI: --facts ${c.file} reports file:line:column on stderr and still checks with the seed pack`, () => {
    const pack = join(packs, c.file);
    const r = runCli(['--facts', pack, join(tmp, 'draft.md')]);
    const expected = parseFixture(c.file).problems;
    // The CLI labels sources relative to its working folder; compare the message up to the source's label.
    for (const p of expected) assert.ok(r.stderr.includes(`${pack}:${p.line}:${p.column}: error: ${p.message.replace(/ of source\.txt$/, ' of ')}`), `stderr has ${p.line}:${p.column} ${p.message}\n${r.stderr}`);
    assert.match(r.stdout, /draft\.md:1:\d+: error: .*June 17.*\[wrong-date\]/, 'the seed pack still checks the draft');
    assert.equal(r.status, 1, 'exit status from the draft\'s findings (an error)');
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });
}

test('a symlink that escapes the pack folder is refused (CLI) and nothing is loaded from outside', () => {
  const dir = join(tmp, 'symlink-pack');
  mkdirSync(dir);
  const secret = join(tmp, 'outside-secret.txt');
  writeFileSync(secret, 'The Zorblax treaty was not ratified by the council.\n');
  symlinkSync(secret, join(dir, 'source.txt'));
  const pack = join(dir, 'escape.facts.yaml');
  writeFileSync(pack, 'version: 1\nname: symlink escape\nsources:\n  - id: z1\n    file: source.txt\nclaims:\n  - id: z\n    statement: the Zorblax treaty was not ratified\n    subject: [Zorblax]\n    predicate: [ratified]\n    negated: true\n    cite: [{ src: z1, line: 1, text: "The Zorblax treaty was not ratified" }]\n');
  writeFileSync(join(dir, 'z.md'), 'The Zorblax treaty was ratified.\n');
  const r = runCli(['--format', 'json', '--facts', pack, join(dir, 'z.md')]);
  assert.match(r.stderr, new RegExp(`${pack.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:11: error: .*source\\.txt`), r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.files[0].diagnostics.filter(d => d.code === 'contradicted-claim'), [], 'no fact was loaded from outside the folder');
});

test('a 50 MB pack is refused quickly with a size error, by parsePack and by the CLI', () => {
  const big = join(tmp, 'huge.facts.yaml');
  const fd = openSync(big, 'w');
  writeSync(fd, 'version: 1\nname: huge\nsources:\n');
  const chunk = '  - { id: s, file: source.txt }\n'.repeat(32768); // 1 MB
  for (let i = 0; i < 50; i++) writeSync(fd, chunk);
  closeSync(fd);

  const text = readFileSync(big, 'utf8');
  let t = performance.now();
  const r = service.parsePack(text, () => assert.fail('no source is read'));
  const parseMs = performance.now() - t;
  assert.equal(r.problems.length, 1);
  assert.match(r.problems[0].message, /MB; the limit is \d+ MB/);
  assertLocated(text.slice(0, 1000), r.problems);
  assert.ok(parseMs < 1000, `parsePack took ${parseMs.toFixed(0)} ms`);

  t = performance.now();
  const c = runCli(['--facts', big, join(tmp, 'draft.md')]);
  const cliMs = performance.now() - t;
  assert.match(c.stderr, new RegExp(`huge\\.facts\\.yaml:1:1: error: fact pack is 5\\d\\.\\d MB; the limit is \\d+ MB`));
  assert.match(c.stdout, /\[wrong-date\]/);
  assert.ok(cliMs < 10000, `CLI took ${cliMs.toFixed(0)} ms`);
});

test('a pack that does not exist is reported, not thrown', () => {
  const c = runCli(['--facts', join(tmp, 'nope.facts.yaml'), join(tmp, 'draft.md')]);
  assert.match(c.stderr, /nope\.facts\.yaml:1:1: error: cannot read fact pack/);
  assert.match(c.stdout, /\[wrong-date\]/);
});

test('YAML tags like !!js/function are data, never code', () => {
  const marker = '/tmp/summit-fact-check-pwned';
  rmSync(marker, { force: true });
  const r = parseFixture('code-tags.facts.yaml');
  assert.equal(existsSync(marker), false, 'nothing executed');
  assert.equal(typeof r.base.name, 'string');
  for (const s of r.base.sources) for (const v of Object.values(s)) assert.ok(typeof v !== 'function' && !(v instanceof RegExp), 'no live objects from tags');
  const c = runCli(['--facts', join(packs, 'code-tags.facts.yaml'), join(tmp, 'draft.md')]);
  assert.equal(existsSync(marker), false, 'nothing executed by the CLI');
  assert.match(c.stdout, /\[wrong-date\]/);
});

test('more broken inputs never throw: empty, null, scalars, small aliases, JSON, BOM, CRLF', () => {
  const inputs = ['', 'null', '42', '[]', '"x"', '{}', '{"version":1,"name":"j","sources":[{"id":"a","file":"source.txt"}]}', '\ufeffversion: 1\r\nname: bom\r\nsources:\r\n  - id: z1\r\n    file: source.txt\r\n',
    'a: &a [x, x]\nb: [*a, *a, *a]\n',
    'version: 1\nname: x\nsources:\n  - id: z1\n    file: "source.txt\\u0000../../etc/passwd"\n', 'version: 1\nname: x\nsources:\n  - id: z1\n    file: C:\\\\Windows\\\\win.ini\n', 'version: 1\nname: x\nsources:\n  - id: z1\n    file: sub/../../x\n', '\t\t: :\n- - -'];
  for (const text of inputs) {
    let r;
    assert.doesNotThrow(() => { r = service.parsePack(text, reader(packs)); }, JSON.stringify(text));
    assertLocated(text || ' ', r.problems);
  }
});

// "Billion laughs": nested aliases. yaml's toJS({ maxAliasCount: 100 }) throws a ReferenceError that parsePack
// (server/src/service/facts/parsePack.ts) does not catch, so the CLI exits 2 with "internal error" and a stack
// trace instead of reporting the pack and checking with the seed pack (and the server's reloadFacts would throw).
const BOMB = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n';

test('an alias bomb is a located pack error, not an exception', () => {
  let r;
  assert.doesNotThrow(() => { r = service.parsePack(BOMB, reader(packs)); });
  assert.ok(r.problems.length >= 1);
  assertLocated(BOMB, r.problems);
});

test('CLI: an alias-bomb pack is reported and the seed pack still checks', () => {
  const pack = join(tmp, 'bomb.facts.yaml');
  writeFileSync(pack, BOMB);
  const c = runCli(['--facts', pack, join(tmp, 'draft.md')]);
  assert.match(c.stderr, /bomb\.facts\.yaml:\d+:\d+: error: /);
  assert.match(c.stdout, /\[wrong-date\]/);
  assert.equal(c.status, 1);
});
