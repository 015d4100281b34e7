/**
 * Inline disable comments, as markdownlint users know them:
 * `<!-- fact-check-disable-next-line [codes] -->`, `<!-- fact-check-disable-line [codes] -->`,
 * `<!-- fact-check-disable [codes] -->` … `<!-- fact-check-enable [codes] -->`.
 */
import type { Finding } from './types';
import { computeLineStarts } from './markdown/prose';

const COMMENT = /<!--\s*fact-check-(disable-next-line|disable-line|disable|enable)((?:\s+[a-z-]+)*)\s*-->/g;

export function applySuppressions(text: string, findings: Finding[]): Finding[] {
  if (!findings.length || !text.includes('fact-check-')) return findings;
  const starts = computeLineStarts(text);
  const lineOf = (off: number) => { let lo = 0, hi = starts.length - 1; while (lo < hi) { const m = (lo + hi + 1) >> 1; if (starts[m] <= off) lo = m; else hi = m - 1; } return lo; };
  const off: { from: number; to: number; codes?: Set<string> }[] = [];
  const open = new Map<string, number>();
  for (let m; (m = COMMENT.exec(text)); ) {
    const codes = m[2].trim() ? new Set(m[2].trim().split(/\s+/)) : undefined;
    const line = lineOf(m.index);
    const key = codes ? [...codes].sort().join(' ') : '*';
    if (m[1] === 'disable-next-line') off.push({ from: line + 1, to: line + 1, codes });
    else if (m[1] === 'disable-line') off.push({ from: line, to: line, codes });
    else if (m[1] === 'disable') open.set(key, line);
    else {
      const from = open.get(key) ?? open.get('*');
      if (from !== undefined) { off.push({ from, to: line, codes }); open.delete(open.has(key) ? key : '*'); }
    }
  }
  COMMENT.lastIndex = 0;
  for (const [key, from] of open) off.push({ from, to: Infinity, codes: key === '*' ? undefined : new Set(key.split(' ')) });
  return findings.filter(f => {
    const line = lineOf(f.span.start);
    return !off.some(o => line >= o.from && line <= o.to && (!o.codes || o.codes.has(f.code)));
  });
}
