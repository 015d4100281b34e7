// The language server as a child process over JSON-RPC: diagnostics, hover, code actions, edits, shutdown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, open } from './lspClient.mjs';

const DRAFT = '# Preview\n\nThe Biden–Putin summit is set for June 17 in Geneva.\n';
const uri = 'file:///tmp/protocol-draft.md';

test('publishes a wrong-date diagnostic with citations, hovers it and fixes it', async () => {
  const c = await startServer();
  try {
    const wait = c.waitFor(uri, p => p.diagnostics.length > 0);
    open(c, uri, DRAFT);
    const { diagnostics } = await wait;
    const d = diagnostics.find(x => x.code === 'wrong-date');
    assert.ok(d, 'wrong-date diagnostic');
    assert.deepEqual(d.range, { start: { line: 2, character: 34 }, end: { line: 2, character: 41 } });
    assert.match(d.message, /June 17/);
    assert.match(d.message, /16 June 2021/);
    assert.ok(d.relatedInformation.length >= 1 && d.relatedInformation[0].location.uri.includes('/seeds/'));
    assert.match(d.codeDescription.href, /docs\/rules\/wrong-date\.md$/);

    const hover = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 36 } });
    assert.match(hover.contents.value, /seeds\/00\d_/);
    assert.match(hover.contents.value, /Contradicted/);

    const right = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 46 } });
    assert.match(right.contents.value, /Supported/, 'a correct claim hovers with its evidence too');

    const actions = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find(a => a.isPreferred);
    assert.ok(fix, 'a preferred quick fix');
    assert.equal(fix.edit.changes[uri][0].newText, 'June 16');

    const def = await c.conn.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: 36 } });
    assert.ok(def.length >= 1 && def[0].uri.includes('/seeds/'));

    // After the fix is applied the finding is gone.
    const cleared = c.waitFor(uri, p => p.version === 2);
    c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: d.range, text: 'June 16' }] });
    const after = await cleared;
    assert.equal(after.diagnostics.filter(x => x.code === 'wrong-date').length, 0);
  } finally {
    await c.stop();
  }
});

test('only the latest version is published when edits arrive faster than checks', async () => {
  const c = await startServer();
  try {
    open(c, uri, 'Draft.\n');
    let last;
    for (let v = 2; v <= 40; v++) {
      c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: v % 2 ? DRAFT : 'Nothing here.\n' }] });
      last = v;
    }
    const p = await c.waitFor(uri, x => x.version === last);
    assert.equal(p.version, 40);
    assert.equal(p.diagnostics.length, 0);
  } finally {
    await c.stop();
  }
});

test('survives unknown methods, documents never opened and malformed params', async () => {
  const c = await startServer();
  try {
    await assert.rejects(c.conn.sendRequest('no/suchMethod', {}));
    const h = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///never-opened.md' }, position: { line: 0, character: 0 } });
    assert.equal(h, null);
    await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: 'file:///never-opened.md' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    const wait = c.waitFor(uri, p => p.diagnostics.length > 0);
    open(c, uri, DRAFT);
    await wait;
  } finally {
    await c.stop();
  }
});

test('clears diagnostics when the document closes', async () => {
  const c = await startServer();
  try {
    const w = c.waitFor(uri, p => p.diagnostics.length > 0);
    open(c, uri, DRAFT);
    await w;
    const cleared = c.waitFor(uri, p => p.diagnostics.length === 0);
    c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await cleared;
  } finally {
    await c.stop();
  }
});

test('a finding where the writer is typing waits until the writer pauses', async () => {
  const c = await startServer();
  try {
    const text = 'The Biden–Putin summit is set for June 16 in Geneva.\n';
    const first = c.waitFor(uri, p => p.version === 1);
    open(c, uri, text);
    assert.equal((await first).diagnostics.length, 0);
    // Type "7" after "June 16" → "June 167"? No: replace the "6" with "7", as a writer correcting a digit would.
    const at = text.indexOf('16') + 1;
    const quiet = c.waitFor(uri, p => p.version === 2);
    const loud = c.waitFor(uri, p => p.version === 2 && p.diagnostics.some(d => d.code === 'wrong-date'));
    c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at + 1 } }, text: '7' }] });
    const held = await quiet;
    assert.equal(held.diagnostics.filter(d => d.code === 'wrong-date').length, 0, 'not shown while the cursor is on it');
    const shown = await loud;
    assert.equal(shown.diagnostics.filter(d => d.code === 'wrong-date').length, 1, 'shown once the writer pauses');
  } finally {
    await c.stop();
  }
});

test('fact pack problems are published on the pack file, and the seed facts still serve', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const dir = mkdtempSync(join(tmpdir(), 'sfc-pack-'));
  writeFileSync(join(dir, 'source.txt'), 'The rally was held in Minsk on 1 May 2021.\n');
  writeFileSync(join(dir, 'broken.facts.yaml'), 'version: 1\nname: broken\nsources:\n  - { id: s, file: source.txt }\nevents:\n  - { id: rally, name: the rally, kinds: [rally], participants: [], cite: [{ src: s, line: 1, text: "held in Pinsk" }] }\n');
  const packUri = pathToFileURL(join(dir, 'broken.facts.yaml')).toString();
  const c = await startServer({ rootPath: dir });
  try {
    const packDiags = await c.waitFor(packUri, p => p.diagnostics.length > 0);
    assert.match(packDiags.diagnostics[0].message, /excerpt "held in Pinsk" not found on line 1/);
    assert.equal(packDiags.diagnostics[0].range.start.line, 5);
    const wait = c.waitFor(uri, p => p.diagnostics.some(d => d.code === 'wrong-date'));
    open(c, uri, DRAFT);
    await wait;
  } finally {
    await c.stop();
  }
});
