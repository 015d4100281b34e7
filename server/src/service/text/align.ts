/**
 * Word-by-word alignment of a quotation against a source's wording: a semi-global edit distance
 * (the draft may quote any stretch of the source), with the edits recovered so a message can show
 * the difference and a fix can restore the source's words. Case, punctuation, quote and dash
 * style do not count as differences.
 */
import type { Span } from '../types';

export interface Word extends Span { w: string }

/**
 * The words of text[from, to): runs of letters and digits, with apostrophes inside a word
 * ("Russia's", "don’t"). A character loop: quotations are read word by word for every draft.
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    const n = unitAt(text, i, to, true);
    if (!n) { i += pairAt(text, i, to) ? 2 : 1; continue; }
    const start = i;
    for (let k; (k = unitAt(text, i, to, true)); ) i += k;
    // An apostrophe joins the letters after it to the word.
    while (i < to && (text[i] === "'" || text[i] === '’')) {
      let j = i + 1, k = 0;
      if (!(k = unitAt(text, j, to, false))) break;
      while ((k = unitAt(text, j, to, false))) j += k;
      i = j;
    }
    const w = text.slice(start, i).toLowerCase();
    out.push({ start, end: i, w: w.includes('’') ? w.replace(/’/g, "'") : w });
  }
  return out;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;

/** Does a surrogate pair start at text[i] (both halves before `to`)? */
function pairAt(text: string, i: number, to: number): boolean {
  const hi = text.charCodeAt(i), lo = i + 1 < to ? text.charCodeAt(i + 1) : 0;
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** The length (1 or 2 UTF-16 units) of the letter (or digit, with `digits`) at text[i], or 0. */
function unitAt(text: string, i: number, to: number, digits: boolean): number {
  if (i >= to) return 0;
  const k = text.charCodeAt(i);
  if (k < 128) return (k | 32) >= 97 && (k | 32) <= 122 ? 1 : digits && k >= 48 && k <= 57 ? 1 : 0;
  const c = pairAt(text, i, to) ? text.slice(i, i + 2) : text[i];
  return (digits ? LETTER_OR_DIGIT : LETTER).test(c) ? c.length : 0;
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

/** One table reused by every alignment: a fresh table per call was most of the checker's garbage. */
let table = new Uint16Array(4096);

export function align(draft: Word[], source: Word[]): Alignment {
  const n = draft.length, m = source.length, w = m + 1;
  // A quotation found word for word: the table would end at its first occurrence with no edits and walk back along
  // it. Most quotations are exact, and finding them is linear where the table is not.
  if (n > 0) {
    const exact = firstOccurrence(draft, source);
    if (exact >= 0) return { cost: 0, sourceStart: exact, sourceEnd: exact + n, matched: n, diff: undefined };
  }
  if (table.length < (n + 1) * w) table = new Uint16Array(Math.max((n + 1) * w, table.length * 2));
  const D = table;
  const same = (i: number, j: number) => draft[i].w === source[j].w;
  for (let j = 0; j <= m; j++) D[j] = 0;
  for (let i = 1; i <= n; i++) {
    const row = i * w, up = row - w;
    D[row] = i;
    const dw = draft[i - 1].w;
    for (let j = 1; j <= m; j++) {
      const sub = D[up + j - 1] + (dw === source[j - 1].w ? 0 : 1);
      const del = D[up + j] + 1, ins = D[row + j - 1] + 1;
      D[row + j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
  }
  const at = (i: number, j: number) => D[i * w + j];
  let end = 0;
  // Among equally good ends, prefer one where the draft's last word meets a source word (a changed word, not an added one).
  const diagonal = (j: number) => j > 0 && n > 0 && at(n, j) === at(n - 1, j - 1) + (same(n - 1, j - 1) ? 0 : 1);
  for (let j = 1; j <= m; j++) if (at(n, j) < at(n, end) || (at(n, j) === at(n, end) && diagonal(j) && !diagonal(end))) end = j;
  // Walk back, noting the bounding box of the edits.
  let i = n, j = end, a = Infinity, b = -1, c = Infinity, d = -1, matched = 0;
  const note = (di: number, sj: number, dHas: boolean, sHas: boolean) => {
    if (dHas) { a = Math.min(a, di); b = Math.max(b, di + 1); }
    if (sHas) { c = Math.min(c, sj); d = Math.max(d, sj + 1); }
    if (!dHas) { a = Math.min(a, di); b = Math.max(b, di); }
    if (!sHas) { c = Math.min(c, sj); d = Math.max(d, sj); }
  };
  while (i > 0) {
    if (j > 0 && at(i, j) === at(i - 1, j - 1) + (same(i - 1, j - 1) ? 0 : 1)) {
      if (same(i - 1, j - 1)) matched++;
      else note(i - 1, j - 1, true, true);
      i--; j--;
    } else if (at(i, j) === at(i - 1, j) + 1) {
      note(i - 1, j, true, false); i--;
    } else {
      note(i, j - 1, false, true); j--;
    }
  }
  return { cost: at(n, end), sourceStart: j, sourceEnd: end, matched, diff: b >= 0 || d >= 0 ? { a, b, c, d } : undefined };
}

/** Where the draft's words first stand in the source's, one after another; -1 when they do not. */
function firstOccurrence(draft: Word[], source: Word[]): number {
  const n = draft.length, first = draft[0].w;
  for (let j = 0; j + n <= source.length; j++) {
    if (source[j].w !== first) continue;
    let k = 1;
    while (k < n && source[j + k].w === draft[k].w) k++;
    if (k === n) return j;
  }
  return -1;
}
