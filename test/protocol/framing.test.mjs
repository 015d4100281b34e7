// Large messages through the server's own stdio reader and writer: a document of several hundred
// kilobytes with astral and other multi-byte characters everywhere (so pieces of stdin fall inside
// them) comes back with its findings at the right UTF-16 positions, in an answer written in slices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, open } from './lspClient.mjs';

test('a large document full of multi-byte characters: its findings at the right positions', async () => {
  const c = await startServer();
  try {
    const filler = 'Crowds 😀 gathered “outside” the villa — café owners said 😀😀 nothing. 𝔸';
    const wrong = 'The Biden–Putin summit 😀 is set for June 17 in Geneva.';
    const lines = [];
    // Enough findings that the answer, too, is written in several slices.
    while (lines.length < 8000) lines.push(lines.length % 200 === 100 ? wrong : filler, '');
    const uri = `file:///tmp/framing-${process.pid}.md`;
    const wait = c.waitFor(uri, p => p.diagnostics.some(d => d.code === 'wrong-date'));
    open(c, uri, lines.join('\n'));
    const found = (await wait).diagnostics.filter(x => x.code === 'wrong-date');
    const at = wrong.indexOf('June 17');
    const expected = lines.flatMap((l, i) => (l === wrong ? [{ start: { line: i, character: at }, end: { line: i, character: at + 'June 17'.length } }] : []));
    assert.deepEqual(found.map(d => d.range), expected);
    const d = found[found.length - 1];
    const hover = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start });
    assert.match(hover.contents.value, /Contradicted/);
  } finally {
    await c.stop();
  }
});

test('after edits, diagnostics written from their kept JSON are the same as a fresh check\'s', { timeout: 60000 }, async () => {
  // An edited document's diagnostics are mostly the objects of the last version, and the writer reuses their
  // JSON and byte lengths: a wrong length would leave the client reading the next frame from the wrong byte.
  const c = await startServer();
  try {
    const filler = 'Crowds 😀 gathered “outside” the villa — café owners said 😀😀 nothing. 𝔸';
    const wrong = 'The Biden–Putin summit 😀 is set for June 17 in Vienna, Putin’s aide Dmitry Peskov said.';
    const lines = [];
    while (lines.length < 3000) lines.push(lines.length % 100 === 50 ? wrong : filler, '');
    const text = lines.join('\n');
    const uri = `file:///tmp/framing-edit-${process.pid}.md`;
    let wait = c.waitFor(uri, p => p.version === 1);
    open(c, uri, text);
    const first = (await wait).diagnostics;
    assert.ok(first.length > 30, `${first.length} diagnostics`);
    // Insert a letter far from every finding, remove it, insert it again: versions 2, 3, 4.
    const at = { line: 1001, character: 0 };
    const changes = [{ range: { start: at, end: at }, text: 'x' }, { range: { start: at, end: { line: 1001, character: 1 } }, text: '' }, { range: { start: at, end: at }, text: 'x' }];
    const seen = [];
    for (const [i, change] of changes.entries()) {
      const version = i + 2;
      wait = c.waitFor(uri, p => p.version === version);
      c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      seen.push((await wait).diagnostics);
    }
    assert.deepEqual(seen[1], first);
    const fresh = `file:///tmp/framing-fresh-${process.pid}.md`;
    wait = c.waitFor(fresh);
    open(c, fresh, lines.map((l, i) => (i === 1001 ? `x${l}` : l)).join('\n'));
    assert.deepEqual(seen[2], (await wait).diagnostics);
    // And the connection still carries the next message whole.
    const hover = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: first[first.length - 1].range.start });
    assert.match(hover.contents.value, /Contradicted/);
  } finally {
    await c.stop();
  }
});
