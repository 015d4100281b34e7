// A document large enough to be checked piece by piece: after edits that add and remove lines, the
// diagnostics the server publishes (reused for the pieces an edit did not touch, moved by the lines
// added above them) must be those of the same text opened fresh, and their quick fixes must apply.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, open, root } from './lspClient.mjs';

const FIXTURES = join(root, 'test', 'fixtures', 'devset');
const drafts = readdirSync(FIXTURES).filter(f => f.endsWith('.md')).sort().map(f => readFileSync(join(FIXTURES, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
// About 70 KB: well past the size from which a document is checked in pieces.
const TEXT = Array.from({ length: 6 }, (_, i) => `## Part ${i + 1}\n\n${drafts.join('\n\n')}`).join('\n\n');
const QUIET_MS = 1200;

const shown = p => p.diagnostics.map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`);

/** Applies an LSP edit (ranges in lines and characters) to a text. */
function apply(text, range, newText) {
  const lines = text.split('\n');
  const offset = p => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(0, offset(range.start)) + newText + text.slice(offset(range.end));
}

test('a large document edited piece by piece publishes what a fresh check of its text publishes', { timeout: 60000 }, async () => {
  assert.ok(TEXT.length > 48 * 1024, `the document is large (${TEXT.length} characters)`);
  const c = await startServer();
  try {
    const uri = 'file:///tmp/large-edited.md';
    const opened = c.waitFor(uri, p => p.version === 1, 30000);
    open(c, uri, TEXT);
    const first = await opened;
    assert.ok(first.diagnostics.length > 20, 'the draft has findings throughout');

    // Lines added near the top, a paragraph removed in the middle, a character typed in the last third:
    // every later piece moves, most pieces are not checked again.
    const lines = TEXT.split('\n');
    const middle = lines.findIndex((l, i) => i > lines.length / 2 && l === '' && lines[i + 1] !== '');
    const edits = [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'A new paragraph.\n\nAnd another one.\n\n' },
      { range: { start: { line: middle + 4, character: 0 }, end: { line: middle + 6, character: 0 } }, text: '' },
      { range: { start: { line: Math.floor(lines.length * 0.8), character: 0 }, end: { line: Math.floor(lines.length * 0.8), character: 0 } }, text: 'x' },
    ];
    let text = TEXT;
    let version = 1;
    for (const e of edits) {
      version++;
      text = apply(text, e.range, e.text);
      const published = c.waitFor(uri, p => p.version === version, 30000);
      c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [e] });
      await published;
    }
    // A finding at the spot being typed is held back while the writer types: wait for the pause.
    await new Promise(r => setTimeout(r, QUIET_MS + 300));
    const edited = c.diagnostics.get(uri);
    assert.equal(edited.version, version);

    const fresh = 'file:///tmp/large-fresh.md';
    const freshWait = c.waitFor(fresh, p => p.version === 1, 30000);
    open(c, fresh, text);
    const expected = await freshWait;
    assert.deepEqual(shown(edited), shown(expected));

    // A quick fix on a diagnostic past every edit applies at the right place.
    const last = edited.diagnostics.filter(d => d.range.start.line > lines.length * 0.85).find(d => d.code === 'wrong-date') ?? edited.diagnostics.at(-1);
    const actions = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: last.range, context: { diagnostics: [last] } });
    const fix = actions.find(a => a.isPreferred) ?? actions[0];
    assert.ok(fix, `a code action for ${last.code} at line ${last.range.start.line}`);
    const [change] = fix.edit.changes[uri];
    const linesNow = text.split('\n');
    if (fix.isPreferred) assert.equal(change.range.start.line, last.range.start.line, 'the fix edits the line of its diagnostic');
    else assert.match(change.newText, /fact-check-disable-next-line/);
    assert.ok(change.range.start.line < linesNow.length);
  } finally {
    await c.stop();
  }
});
