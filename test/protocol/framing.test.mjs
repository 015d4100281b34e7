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
