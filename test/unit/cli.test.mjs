// The command line as pipelines use it: spawns `node dist/cli.js` (built by `npm test`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { draft } from '../../bench/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(root, 'dist', 'cli.js');
const WRONG_DATE = '# Preview\n\nThe Biden–Putin summit is set for June 17 in Geneva.\n';
const NOT_FOUND = '# Notes\n\n"Pineapples are lovely," Putin said.\n';
const CLEAN = '# Notes\n\nNothing to check here.\n';

function run(args, { cwd = root, input, env = {} } = {}) {
  const e = { ...process.env, ...env };
  delete e.FORCE_COLOR;
  if (!('NO_COLOR' in env)) delete e.NO_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, env: e, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tree(files) {
  const dir = mkdtempSync(join(tmpdir(), 'sfc-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const paths = out => JSON.parse(out).files.map(f => f.path);

test('text output: path:line:column: severity: message [code], citations indented, exit 1 on an error', () => {
  const dir = tree({ 'a.md': WRONG_DATE });
  try {
    const r = run(['a.md'], { cwd: dir });
    assert.equal(r.code, 1);
    const lines = r.out.trimEnd().split('\n');
    assert.match(lines[0], /^a\.md:3:35: error: .*June 17.* \[wrong-date\]$/);
    assert.match(lines[1], /^ {4}source: seeds\/00\d_\w+\.txt:\d+/);
    assert.doesNotMatch(r.out, /\x1b\[/, 'no colour when stdout is not a terminal');
  } finally { rmSync(dir, { recursive: true }); }
});

test('json output keeps its shape; stdin with -; exit 0 when nothing is an error', () => {
  const r = run(['--format', 'json', '-'], { input: WRONG_DATE });
  assert.equal(r.code, 1);
  const j = JSON.parse(r.out);
  assert.equal(j.version, 1);
  assert.equal(j.files[0].path, '<stdin>');
  const d = j.files[0].diagnostics[0];
  assert.deepEqual(Object.keys(d), ['range', 'severity', 'code', 'message', 'citations', 'fixes']);
  assert.deepEqual(d.range, { start: { line: 2, character: 34 }, end: { line: 2, character: 41 } });
  assert.equal(d.fixes[0].edits[0].newText, 'June 16');
  const clean = run(['--format=json', '-'], { input: CLEAN });
  assert.equal(clean.code, 0);
  assert.deepEqual(JSON.parse(clean.out).files[0].diagnostics, []);
});

test('folders recurse into *.md and *.markdown, honour .gitignore files, skip node_modules, in sorted order', () => {
  const dir = tree({
    'b.md': CLEAN, 'a.markdown': CLEAN, 'notes.txt': WRONG_DATE, 'ignored.md': WRONG_DATE,
    'sub/c.md': CLEAN, 'sub/.gitignore': 'local.md\n', 'sub/local.md': WRONG_DATE,
    'build/x.md': WRONG_DATE, 'node_modules/pkg/readme.md': WRONG_DATE,
    '.gitignore': 'ignored.md\nbuild/\n',
  });
  try {
    mkdirSync(join(dir, '.git'));
    const r = run(['--format', 'json', '.'], { cwd: dir });
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(paths(r.out), ['a.markdown', 'b.md', join('sub', 'c.md')]);
    const named = run(['--format', 'json', 'sub'], { cwd: dir });
    assert.deepEqual(paths(named.out), [join('sub', 'c.md')]);
    // A file named on the command line is checked whatever .gitignore says.
    assert.deepEqual(paths(run(['--format', 'json', 'ignored.md', 'b.md', 'ignored.md'], { cwd: dir }).out), ['ignored.md', 'b.md']);
  } finally { rmSync(dir, { recursive: true }); }
});

test('globs pick matching markdown files; a glob matching nothing or a missing file is exit 2 with one line', () => {
  const dir = tree({ 'docs/a.md': CLEAN, 'docs/deep/b.md': WRONG_DATE, 'docs/deep/c.txt': WRONG_DATE, 'other/d.md': WRONG_DATE });
  try {
    const r = run(['--format', 'json', 'docs/**/*.md'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.deepEqual(paths(r.out), [join('docs', 'a.md'), join('docs', 'deep', 'b.md')]);
    assert.deepEqual(paths(run(['--format', 'json', 'docs/*.md'], { cwd: dir }).out), [join('docs', 'a.md')]);
    for (const args of [['nothing/**/*.md'], ['docs/*.none'], ['missing.md']]) {
      const bad = run(args, { cwd: dir });
      assert.equal(bad.code, 2, args.join(' '));
      assert.equal(bad.out, '');
      assert.equal(bad.err.trim().split('\n').length, 1);
      assert.match(bad.err, /^summit-fact-check: (no files match|cannot read)/);
    }
  } finally { rmSync(dir, { recursive: true }); }
});

test('usage errors are exit 2 with a clear message', () => {
  for (const args of [[], ['--format', 'xml', 'a.md'], ['--bogus', 'a.md'], ['--max-warnings', 'x', 'a.md'], ['-j0', 'a.md'], ['-qx', 'a.md']]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /^summit-fact-check: /);
    assert.equal(r.out, '');
  }
  assert.equal(run(['--help']).code, 0);
});

test('.summit-fact-check.json is found from the working folder upward: rules, include, exclude', () => {
  const dir = tree({
    '.summit-fact-check.json': JSON.stringify({ rules: { 'wrong-date': 'warning', 'quote-not-found': 'off' }, exclude: ['drafts/old/**'] }),
    'drafts/a.md': WRONG_DATE, 'drafts/b.md': NOT_FOUND, 'drafts/old/c.md': WRONG_DATE,
  });
  try {
    const cwd = join(dir, 'drafts');
    const r = run(['--format', 'json', '.'], { cwd });
    assert.equal(r.code, 0, 'wrong-date is only a warning now');
    const j = JSON.parse(r.out);
    assert.deepEqual(j.files.map(f => f.path), ['a.md', 'b.md']);
    assert.equal(j.files[0].diagnostics[0].severity, 'warning');
    assert.equal(j.files[1].diagnostics.length, 0, 'quote-not-found is off');
    // Excluded even when named.
    assert.deepEqual(paths(run(['--format', 'json', 'a.md', 'old/c.md'], { cwd }).out), ['a.md']);
    // --no-config restores the defaults.
    assert.equal(run(['a.md', '--no-config'], { cwd }).code, 1);
    // include narrows what folders yield.
    writeFileSync(join(dir, '.summit-fact-check.json'), JSON.stringify({ include: ['**/b.md'] }));
    assert.deepEqual(paths(run(['--format', 'json', '.'], { cwd }).out), ['b.md']);
    for (const bad of ['{', JSON.stringify({ rules: { 'wrong-date': 'loud' } }), JSON.stringify({ rules: { 'no-such-rule': 'off' } }), JSON.stringify({ factPacks: 'x' })]) {
      writeFileSync(join(dir, '.summit-fact-check.json'), bad);
      const e = run(['a.md'], { cwd });
      assert.equal(e.code, 2, bad);
      assert.match(e.err, /^summit-fact-check: .*\.summit-fact-check\.json/);
    }
  } finally { rmSync(dir, { recursive: true }); }
});

test('factPacks in the config and --facts load extra packs relative to where they are given', () => {
  const dir = tree({ '.summit-fact-check.json': JSON.stringify({ factPacks: ['packs/missing.facts.yaml'] }), 'a.md': CLEAN });
  try {
    const r = run(['a.md'], { cwd: dir });
    assert.match(r.err, /packs[/\\]missing\.facts\.yaml:1:1: error: cannot read fact pack/);
    const f = run(['a.md', '--no-config', '--facts', 'other.facts.yaml'], { cwd: dir });
    assert.match(f.err, /other\.facts\.yaml:1:1: error: cannot read fact pack/);
  } finally { rmSync(dir, { recursive: true }); }
});

test('sarif: SARIF 2.1.0 with rule metadata, helpUri to the rule page and each citation a related location', () => {
  const dir = tree({ 'a.md': WRONG_DATE });
  try {
    const r = run(['--format', 'sarif', 'a.md'], { cwd: dir });
    assert.equal(r.code, 1);
    const s = JSON.parse(r.out);
    assert.equal(s.version, '2.1.0');
    const run0 = s.runs[0];
    const rules = run0.tool.driver.rules;
    assert.equal(rules.length, 11);
    const rule = rules.find(x => x.id === 'wrong-date');
    assert.match(rule.helpUri, /^file:.*\/docs\/rules\/wrong-date\.md$/);
    assert.ok(existsSync(fileURLToPath(rule.helpUri)));
    assert.equal(rule.defaultConfiguration.level, 'error');
    const res = run0.results[0];
    assert.equal(res.ruleId, 'wrong-date');
    assert.equal(rules[res.ruleIndex].id, 'wrong-date');
    assert.equal(res.level, 'error');
    assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 3, startColumn: 35, endLine: 3, endColumn: 42 });
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'a.md');
    assert.ok(res.relatedLocations.length >= 3);
    for (const rel of res.relatedLocations) {
      const loc = rel.physicalLocation;
      assert.match(loc.artifactLocation.uri, /^seeds\/00\d_\w+\.txt$/);
      const base = run0.originalUriBaseIds[loc.artifactLocation.uriBaseId].uri;
      assert.ok(existsSync(fileURLToPath(new URL(loc.artifactLocation.uri, base))));
      assert.ok(loc.region.startLine >= 1 && loc.region.snippet.text.length > 0);
    }
    assert.equal(res.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'June 16');
  } finally { rmSync(dir, { recursive: true }); }
});

test('github: one workflow command per finding with file, line, col, endLine, endColumn and title', () => {
  const dir = tree({ 'a.md': WRONG_DATE + '\n' + NOT_FOUND });
  try {
    const r = run(['--format', 'github', 'a.md'], { cwd: dir });
    assert.equal(r.code, 1);
    const lines = r.out.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^::error file=a\.md,line=3,col=35,endLine=3,endColumn=41,title=wrong-date \(summit-fact-check\)::The draft dates .*%0Asource: seeds\//);
    assert.match(lines[1], /^::notice file=a\.md,line=\d+,col=1,/);
  } finally { rmSync(dir, { recursive: true }); }
});

test('--quiet shows errors only; --max-warnings fails on too many warnings', () => {
  const dir = tree({ '.summit-fact-check.json': JSON.stringify({ rules: { 'wrong-date': 'warning' } }), 'w.md': WRONG_DATE, 'n.md': NOT_FOUND, 'e.md': WRONG_DATE.replace('June 17 in Geneva', 'June 16 in Vienna') });
  try {
    const all = run(['--format', 'json', 'w.md', 'n.md', 'e.md'], { cwd: dir });
    const sev = JSON.parse(all.out).files.map(f => f.diagnostics.map(d => d.severity));
    assert.deepEqual(sev, [['warning'], ['information'], ['error']]);
    const quiet = run(['--quiet', '--format', 'json', 'w.md', 'n.md', 'e.md'], { cwd: dir });
    assert.deepEqual(JSON.parse(quiet.out).files.map(f => f.diagnostics.map(d => d.severity)), [[], [], ['error']]);
    assert.equal(run(['w.md', 'n.md'], { cwd: dir }).code, 0);
    assert.equal(run(['--max-warnings', '1', 'w.md', 'n.md'], { cwd: dir }).code, 0);
    const over = run(['--max-warnings', '0', 'w.md', 'n.md'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.err, /1 warning found; --max-warnings is 0/);
  } finally { rmSync(dir, { recursive: true }); }
});

test('colour only on a terminal and not with NO_COLOR; --color forces it', () => {
  const dir = tree({ 'a.md': WRONG_DATE });
  try {
    assert.match(run(['--color', 'a.md'], { cwd: dir }).out, /\x1b\[31merror\x1b\[0m/);
    assert.doesNotMatch(run(['a.md'], { cwd: dir }).out, /\x1b\[/);
    const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (script.status !== 0) return; // no util-linux `script` to make a terminal
    const tty = (env) => spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" a.md`, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } }).stdout;
    assert.match(tty({}), /\x1b\[31merror\x1b\[0m/, 'colour on a terminal');
    assert.doesNotMatch(tty({ NO_COLOR: '1' }), /\x1b\[31m/, 'NO_COLOR turns it off');
  } finally { rmSync(dir, { recursive: true }); }
});

test('worker threads for many files: same output, same order as one thread; progress on request', () => {
  const files = {};
  for (let i = 0; i < 12; i++) files[`d${String(11 - i).padStart(2, '0')}.md`] = draft(24 * 1024, 7 + i);
  const dir = tree(files);
  try {
    const one = run(['-j', '1', '--stats', '--format', 'json', '.'], { cwd: dir });
    const many = run(['-j2', '--stats', '-fjson', '.'], { cwd: dir });
    assert.match(one.err, /checked 12 files .* on the main thread/);
    assert.match(many.err, /checked 12 files .* on 2 worker threads/);
    assert.equal(many.code, one.code);
    assert.equal(many.out, one.out);
    assert.deepEqual(paths(many.out), Object.keys(files).sort());
    assert.ok(JSON.parse(many.out).files.some(f => f.diagnostics.length));
    assert.equal(run(['-j', '2', '.'], { cwd: dir }).out, run(['-j', '1', '.'], { cwd: dir }).out);
    const progress = run(['--progress', '-j', '2', '.'], { cwd: dir });
    assert.match(progress.err, /checking \[#+-*\] \d+\/12 files/);
    assert.doesNotMatch(many.err, /checking \[/, 'no progress bar when stderr is not a terminal');
    // A file that cannot be read stops the run with exit 2 and one line, workers or not.
    for (const j of ['1', '2']) {
      const bad = run(['-j', j, '.', 'gone.md'], { cwd: dir });
      assert.equal(bad.code, 2);
      assert.match(bad.err, /^summit-fact-check: cannot read gone\.md: ENOENT\n$/);
    }
  } finally { rmSync(dir, { recursive: true }); }
});

test('a reader that closes the pipe early ends the run quietly with the check\'s exit status', () => {
  const files = {};
  for (let i = 0; i < 6; i++) files[`d${i}.md`] = draft(24 * 1024, 40 + i);
  const dir = tree(files);
  try {
    // ~200 KB of findings into `head`, which takes one byte and exits: the rest meets a closed pipe.
    const r = spawnSync('bash', ['-c', '"$0" "$1" --no-config . | head -c 1 >/dev/null; exit "${PIPESTATUS[0]}"', process.execPath, CLI], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.stderr, '', 'no stack trace for a closed pipe');
    assert.equal(r.status, 1, 'the drafts hold errors');
  } finally { rmSync(dir, { recursive: true }); }
});

test('facts lists the fact base', () => {
  const r = run(['facts', '--format', 'json']);
  assert.equal(r.code, 0);
  assert.ok(JSON.parse(r.out).facts.length > 10);
});

test('a large file is checked in pieces, on one thread or several, with the findings of a whole check', async () => {
  const { service, seedBase } = await import('./seedBase.mjs');
  const text = draft(600 * 1024, 31);
  const dir = tree({ 'big.md': text });
  try {
    const whole = service.checkDocument(text, seedBase()).findings.map(f => `${f.code}@${f.span.start}-${f.span.end}`);
    for (const j of ['1', '2']) {
      const r = run(['-j', j, '--stats', '--format', 'json', 'big.md'], { cwd: dir });
      assert.match(r.err, /checked 1 file \(0\.59 MB, \d+ pieces\)/);
      const starts = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
      const offset = p => starts[p.line] + p.character;
      const got = JSON.parse(r.out).files[0].diagnostics.map(d => `${d.code}@${offset(d.range.start)}-${offset(d.range.end)}`);
      assert.deepEqual(got, whole, `-j ${j}`);
    }
  } finally { rmSync(dir, { recursive: true }); }
});
