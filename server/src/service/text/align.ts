/**
 * Word-by-word alignment of a quotation against a source's wording: a semi-global edit distance
 * (the draft may quote any stretch of the source), with the edits recovered so a message can show
 * the difference and a fix can restore the source's words. Case, punctuation, quote and dash
 * style do not count as differences.
 */
import type { Span } from '../types';
import { matchesIn } from './scan';

export interface Word extends Span { w: string }

export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  for (const m of matchesIn(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu, text, from, to)) {
    out.push({ start: m.index, end: m.index + m[0].length, w: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

export interface Alignment {
  cost: number;
  /** Source words [start, end) the draft covers. */
  sourceStart: number;
  sourceEnd: number;
  /** The smallest stretch holding every difference: draft words [a, b) against source words [c, d). */
  diff?: { a: number; b: number; c: number; d: number };
  matched: number;
}

export function align(draft: Word[], source: Word[]): Alignment {
  const n = draft.length, m = source.length;
  const D: Uint16Array[] = [];
  for (let i = 0; i <= n; i++) D.push(new Uint16Array(m + 1));
  for (let i = 1; i <= n; i++) D[i][0] = i;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sub = D[i - 1][j - 1] + (draft[i - 1].w === source[j - 1].w ? 0 : 1);
      D[i][j] = Math.min(sub, D[i - 1][j] + 1, D[i][j - 1] + 1);
    }
  }
  let end = 0;
  // Among equally good ends, prefer one where the draft's last word meets a source word (a changed word, not an added one).
  const diagonal = (j: number) => j > 0 && n > 0 && D[n][j] === D[n - 1][j - 1] + (draft[n - 1].w === source[j - 1].w ? 0 : 1);
  for (let j = 1; j <= m; j++) if (D[n][j] < D[n][end] || (D[n][j] === D[n][end] && diagonal(j) && !diagonal(end))) end = j;
  // Walk back, noting the bounding box of the edits.
  let i = n, j = end, a = Infinity, b = -1, c = Infinity, d = -1, matched = 0;
  const note = (di: number, sj: number, dHas: boolean, sHas: boolean) => {
    if (dHas) { a = Math.min(a, di); b = Math.max(b, di + 1); }
    if (sHas) { c = Math.min(c, sj); d = Math.max(d, sj + 1); }
    if (!dHas) { a = Math.min(a, di); b = Math.max(b, di); }
    if (!sHas) { c = Math.min(c, sj); d = Math.max(d, sj); }
  };
  while (i > 0) {
    if (j > 0 && D[i][j] === D[i - 1][j - 1] + (draft[i - 1].w === source[j - 1].w ? 0 : 1)) {
      if (draft[i - 1].w === source[j - 1].w) matched++;
      else note(i - 1, j - 1, true, true);
      i--; j--;
    } else if (D[i][j] === D[i - 1][j] + 1) {
      note(i - 1, j, true, false); i--;
    } else {
      note(i, j - 1, false, true); j--;
    }
  }
  return { cost: D[n][end], sourceStart: j, sourceEnd: end, matched, diff: b >= 0 || d >= 0 ? { a, b, c, d } : undefined };
}
