// Data-driven checker tests: every `NAME.md` under test/fixtures has a `NAME.expect.json` (the development
// set's format) listing the findings a careful editor expects. Each fixture must be found in full, with no
// error or warning anywhere else, and each offered fix must produce the expected text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, service, seedBase } from './seedBase.mjs';

const dirs = ['devset', 'forms'].map(d => join(root, 'test', 'fixtures', d));

function spanOf(lines, sp) {
  const text = lines[sp.line - 1] ?? '';
  let at = -1;
  for (let k = 0; k < (sp.occurrence || 1); k++) at = text.indexOf(sp.text, at + 1);
  if (at < 0) throw new Error(`fixture span not found: line ${sp.line} "${sp.text}"`);
  return { line: sp.line - 1, start: at, end: at + sp.text.length };
}

function overlaps(d, s) {
  const a = d.start, b = d.end;
  return (a.line < s.line || (a.line === s.line && a.character < s.end)) && (b.line > s.line || (b.line === s.line && b.character > s.start));
}

function applyFirstFix(text, finding) {
  let out = text;
  for (const e of [...finding.fixes[0].edits].sort((x, y) => y.span.start - x.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

for (const dir of dirs) {
  for (const file of readdirSync(dir).filter(f => f.endsWith('.md')).sort()) {
    test(`${dir.split('/').pop()}/${file}`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, '.expect.json')), 'utf8'));
      const lines = text.split('\n');
      const idx = new service.LineIndex(text);
      const found = service.checkDocument(text, seedBase()).findings
        .filter(f => f.severity === 'error' || f.severity === 'warning')
        .map(f => ({ f, range: { start: idx.position(f.span.start), end: idx.position(f.span.end) }, rel: (f.related ?? []).map(s => ({ start: idx.position(s.start), end: idx.position(s.end) })) }));
      const used = new Set();
      const problems = [];
      for (const e of expected.findings) {
        const spans = e.spans.map(sp => spanOf(lines, sp));
        const hits = found.filter(x => spans.some(s => overlaps(x.range, s)));
        hits.forEach(h => used.add(h));
        if (!hits.length) { problems.push(`missed ${e.id} (line ${e.spans[0].line} "${e.spans[0].text}")`); continue; }
        if (e.fix_contains && hits[0].f.fixes.length) {
          const fixed = applyFirstFix(text, hits[0].f).split('\n')[spans[0].line] ?? '';
          if (!fixed.includes(e.fix_contains)) problems.push(`fix for ${e.id} gives "${fixed}", wanted "${e.fix_contains}"`);
        }
      }
      const ignore = new Set(expected.ignore_lines ?? []);
      for (const x of found) if (!used.has(x) && !ignore.has(x.range.start.line + 1)) problems.push(`false positive line ${x.range.start.line + 1}: [${x.f.code}] ${x.f.message}`);
      assert.deepEqual(problems, []);
    });
  }
}
