// A large document checked in pieces (as the CLI does on worker threads) gives exactly the
// findings of checking it whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, service, seedBase } from './seedBase.mjs';

test('pieces checked apart give the whole document\'s findings', () => {
  const dir = join(root, 'test', 'fixtures', 'devset');
  const drafts = readdirSync(dir).filter(f => f.endsWith('.md')).sort().map(f => readFileSync(join(dir, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
  let text = '---\ndate: 2021-06-10\n---\n\n';
  for (let i = 0; text.length < 300_000; i++) text += drafts[i % drafts.length] + '\n\n';
  const whole = service.checkDocument(text, seedBase()).findings;
  const chunks = service.splitForParallel(text, 5);
  assert.ok(chunks.length >= 4, 'split into pieces');
  for (let i = 1; i < chunks.length; i++) assert.equal(chunks[i].start, chunks[i - 1].end, 'pieces tile the text');
  const pieces = chunks.flatMap(c => service.checkChunk(text, seedBase(), c))
    .sort(service.compareFindings);
  const key = f => `${f.code}@${f.span.start}-${f.span.end}:${f.message}:${JSON.stringify(f.fixes)}`;
  assert.deepEqual(pieces.map(key), whole.map(key));
});

test('a fence, a comment or front matter is never cut', () => {
  const body = 'Intro paragraph.\n\n```\n' + 'code line\n\n'.repeat(20000) + '```\n\n<!--\n' + 'comment\n\n'.repeat(20000) + '-->\n\nLast paragraph.\n';
  const chunks = service.splitForParallel(body, 4);
  for (const c of chunks.slice(1)) {
    const before = body.slice(0, c.start);
    assert.equal((before.match(/^```/gm) ?? []).length % 2, 0, 'not inside a fence');
    assert.ok(before.lastIndexOf('<!--') < before.lastIndexOf('-->') || !before.includes('<!--'), 'not inside a comment');
  }
});

test('checking incrementally gives the whole check\'s findings, before and after edits, and reuses unchanged pieces', () => {
  const dir = join(root, 'test', 'fixtures', 'devset');
  const drafts = readdirSync(dir).filter(f => f.endsWith('.md')).sort().map(f => readFileSync(join(dir, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
  let text = '';
  for (let i = 0; text.length < 100_000; i++) text += drafts[i % drafts.length] + '\n\n';
  const key = f => `${f.code}@${f.span.start}-${f.span.end}:${f.message}:${JSON.stringify(f.fixes)}`;
  const cache = new Map();
  assert.deepEqual(service.checkIncrementally(text, seedBase(), cache).findings.map(key), service.checkDocument(text, seedBase()).findings.map(key));
  const pieces = cache.size;
  assert.ok(pieces >= 5, `split into ${pieces} pieces`);
  for (const at of [5_000, 50_000, 99_000]) {
    text = text.slice(0, at) + 'June 17 ' + text.slice(at);
    const before = new Map(cache);
    const inc = service.checkIncrementally(text, seedBase(), cache);
    assert.deepEqual(inc.findings.map(key), service.checkDocument(text, seedBase()).findings.map(key));
    const reused = [...cache.keys()].filter(k => before.has(k)).length;
    assert.ok(reused >= cache.size - 2, `an edit re-checks at most two pieces (${cache.size - reused} of ${cache.size})`);
  }
});
