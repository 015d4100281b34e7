// The code cache of the server and the command line (server/src/node/codeCache.ts): written once after the first check, used (not
// rewritten) by the next start, and never in the way: a corrupt cache, a folder that cannot be written or
// the cache turned off still give the same diagnostics.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { startServer, open, root } from './lspClient.mjs';

const DRAFT = '# Preview\n\nThe Biden–Putin summit is set for June 17 in Geneva.\n';
const tmp = mkdtempSync(join(tmpdir(), 'sfc-cache-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Starts a server with SFC_CACHE_DIR=`dir`, checks the draft (a wrong date), and stops it. */
async function checkOnce(dir) {
  const c = await startServer({ env: { ...process.env, SFC_CACHE_DIR: dir } });
  try {
    const uri = `file:///tmp/cache-${process.pid}-${Math.random().toString(36).slice(2)}.md`;
    const wait = c.waitFor(uri);
    open(c, uri, DRAFT);
    const { diagnostics } = await wait;
    assert.deepEqual(diagnostics.map(d => d.code), ['wrong-date']);
  } finally {
    await c.stop();
  }
}

const cacheFiles = dir => readdirSync(dir).filter(f => f.endsWith('.cache')).map(f => join(dir, f));

test('the first start writes a cache, the next one uses it without writing it again', async () => {
  const dir = join(tmp, 'fresh');
  await checkOnce(dir);
  const [file, ...more] = cacheFiles(dir);
  assert.ok(file && !more.length, 'one cache file');
  assert.ok(statSync(file).size > 100_000, 'the cache holds the compiled checker');
  const before = statSync(file);
  await checkOnce(dir);
  const now = statSync(file);
  // A cache V8 rejected would have been written again (a new file renamed over the old one).
  assert.equal(now.ino, before.ino);
  assert.equal(now.mtimeMs, before.mtimeMs);
  assert.deepEqual(readdirSync(dir).filter(f => !f.endsWith('.cache')), [], 'no partial file left behind');
});

test('a corrupt cache is replaced and costs nothing but the compile', async () => {
  const dir = join(tmp, 'corrupt');
  await checkOnce(dir);
  const [file] = cacheFiles(dir);
  const junk = Buffer.alloc(statSync(file).size, 0xa5);
  writeFileSync(file, junk);
  await checkOnce(dir);
  assert.ok(!readFileSync(file).equals(junk), 'rewritten');
  await checkOnce(dir);
});

test('no cache when it is turned off, and no failure when its folder cannot be made', async () => {
  const dir = join(tmp, 'off');
  await checkOnce('off');
  const notADir = join(tmp, 'a-file');
  writeFileSync(notADir, 'x');
  await checkOnce(join(notADir, 'cache'));
  assert.equal(readFileSync(notADir, 'utf8'), 'x');
  assert.throws(() => readdirSync(dir));
});

test('the command line writes its cache as it exits and reads it the next time, workers too', () => {
  const dir = join(tmp, 'cli');
  const drafts = join(tmp, 'drafts');
  rmSync(drafts, { recursive: true, force: true });
  mkdirSync(drafts);
  for (let i = 0; i < 3; i++) writeFileSync(join(drafts, `d${i}.md`), DRAFT);
  const run = jobs => {
    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--format', 'json', '--no-config', '-j', String(jobs), drafts], { encoding: 'utf8', env: { ...process.env, SFC_CACHE_DIR: dir } });
    assert.equal(r.status, 1, r.stderr);
    return JSON.parse(r.stdout).files.map(f => f.diagnostics.map(d => d.code));
  };
  const first = run(1);
  assert.deepEqual(first, [['wrong-date'], ['wrong-date'], ['wrong-date']]);
  const [file] = cacheFiles(dir);
  const before = statSync(file);
  assert.deepEqual(run(1), first);
  assert.deepEqual(run(2), first);
  assert.equal(statSync(file).ino, before.ino, 'used, not written again');
});
