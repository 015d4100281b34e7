/**
 * Sentence boundaries in blanked prose. A sentence ends at `.`, `!` or `?` (after any closing
 * quotes or brackets) followed by white space and a capital, a digit or an opening quote —
 * unless the word before the stop is a known abbreviation ("U.S.", "Mr.", "St.") — and at a
 * paragraph boundary or a table cell or list bullet (marked U+2029 by the prose reader), and
 * before a line that opens with a time (an entry of a chat log or live blog), a bullet character
 * that markdown does not read as one ("• …") or a quiz's "Q7."/"A7.", after a line wholly in brackets (a
 * script's direction), and at a telegram's "STOP", and before a line that opens with a label in capitals (a news crawl's "WORLD ▸").
 * One linear scan per block.
 */
import type { Span } from '../types';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'sr', 'jr', 'prof', 'gen', 'sen', 'rep', 'gov', 'col', 'lt', 'sgt', 'capt', 'rev',
  'u.s', 'u.k', 'u.n', 'e.u', 'e.g', 'i.e', 'vs', 'etc', 'a.m', 'p.m', 'inc', 'ltd', 'co', 'corp', 'approx', 'fig', 'vol', 'op',
]);

const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const WEEKDAY_ABBREVIATIONS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

export function splitSentences(prose: string, block: Span, doc: string): Span[] {
  const out: Span[] = [];
  let start = block.start;
  const push = (end: number) => {
    const s = trimSpan(prose, start, end);
    if (s) out.push(s);
  };
  for (let i = block.start; i < block.end; i++) {
    const c = prose.charCodeAt(i);
    if (c === 0x2029 || (c === 10 && (timestampFollows(prose, i + 1, block.end) || bulletFollows(prose, i + 1, block.end) || quizLabelFollows(prose, i + 1, block.end) || capsLabelFollows(prose, i + 1, block.end) || directionEnds(doc, i, block.start)))) { push(i); start = i + 1; continue; }
    // A cable's "STOP" ends its sentence ("… SHORTLY AFTER BIDEN SWORN IN STOP AGREEMENT ON NEW START …").
    if (c === 83 && telegramStop(prose, i, block)) { push(i); start = i + 4; i += 3; continue; }
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    let j = i + 1;
    while (j < block.end && isCloser(prose.charCodeAt(j))) j++;
    if (j < block.end && !isSpaceAt(prose, j)) continue;
    let k = j;
    while (k < block.end && isSpaceAt(prose, k)) k++;
    if (k < block.end && !opensSentence(prose, k)) continue;
    if (c === 46 && isAbbreviation(prose, i)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(block.end);
  return out;
}

/**
 * "STOP" as a word of its own after a word in capitals, or at the end of its line: the full stop of a telegram
 * ("Summit set for sixteen June, Geneva STOP").
 */
function telegramStop(prose: string, at: number, block: Span): boolean {
  if (!prose.startsWith('STOP', at) || at < block.start + 2 || !isSpaceAt(prose, at - 1) || (at + 4 < block.end && !isSpaceAt(prose, at + 4))) return false;
  let e = at + 4;
  while (e < block.end && (prose.charCodeAt(e) === 32 || prose.charCodeAt(e) === 9)) e++;
  if (e >= block.end || prose.charCodeAt(e) === 10 || prose.charCodeAt(e) === 0x2029) return true;
  let k = at - 1;
  while (k > block.start && isSpaceAt(prose, k)) k--;
  const before = prose.charCodeAt(k);
  return (before >= 65 && before <= 90) || (before >= 48 && before <= 57) || isCloser(before);
}

/**
 * A line that opens with a time ("09:17 anya: …", "[14:05] Biden arrives"), or with a name and a time ("**Nora** 20:05 —
 * …"), is a new entry of a log, a chat or a live blog.
 */
function timestampFollows(prose: string, at: number, end: number): boolean {
  while (at < end && (prose.charCodeAt(at) === 32 || prose.charCodeAt(at) === 9)) at++;
  if (at >= end) return false;
  const c = prose.charCodeAt(at);
  // (Or with a date and a time: a chat export's "[16/06/2021, 07:45] Kasia: …", its brackets blanked.)
  if (c >= 48 && c <= 57) return /^(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+)?\d{1,2}:\d{2}(?!\d)/.test(prose.slice(at, at + 24));
  if (c >= 65 && c <= 90) return NAME_AND_TIME.test(prose.slice(at, at + 40));
  // (A chat's handle in lower case, its time and a colon: "dana.k [09:24]: …", whose brackets the reader blanked.)
  return c >= 97 && c <= 122 && HANDLE_TIME_COLON.test(prose.slice(at, at + 40));
}
const NAME_AND_TIME = /^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?\s*:?\s+\(?\d{1,2}:\d{2}(?!\d)/;
const HANDLE_TIME_COLON = /^[a-z][\w.'’-]*\s+\d{1,2}:\d{2}(?::\d{2})?\s*:/;

/**
 * A line wholly in brackets ("[SHOT 4: handheld, past a row of flags]", "(Laughter)") is a script's direction or an
 * aside: the next line is not its continuation. Read in the document, where the reader has not blanked the brackets.
 */
function directionEnds(doc: string, nl: number, start: number): boolean {
  let k = nl - 1;
  while (k > start && (doc.charCodeAt(k) === 32 || doc.charCodeAt(k) === 9 || doc.charCodeAt(k) === 13)) k--;
  const close = doc.charCodeAt(k);
  if (k < start || (close !== 93 && close !== 41)) return false;
  let b = k;
  while (b > start && doc.charCodeAt(b - 1) !== 10) b--;
  while (b < k && (doc.charCodeAt(b) === 32 || doc.charCodeAt(b) === 9)) b++;
  return doc.charCodeAt(b) === (close === 93 ? 91 : 40);
}

/** A line that opens with a bullet character that is not markdown ("• Biden's line: …") is an item of its own. */
function bulletFollows(prose: string, at: number, end: number): boolean {
  while (at < end && (prose.charCodeAt(at) === 32 || prose.charCodeAt(at) === 9)) at++;
  return at < end && BULLETS.has(prose.charCodeAt(at));
}
const BULLETS = new Set([0x2022, 0x25aa, 0x25ab, 0x25cf, 0x25e6, 0x2023, 0x2043, 0x25b8, 0x25ba, 0x27a2, 0x2192]);

/**
 * A line that opens with a label in capitals and a separator ("**WORLD** ▸ …", "BREAKING: …", "US | …") is an item of
 * its own: a news crawl's or a ticker's lines end without a stop.
 */
function capsLabelFollows(prose: string, at: number, end: number): boolean {
  while (at < end && (prose.charCodeAt(at) === 32 || prose.charCodeAt(at) === 9)) at++;
  const c = prose.charCodeAt(at);
  return c >= 65 && c <= 90 && CAPS_LABEL.test(prose.slice(at, at + 40));
}
const CAPS_LABEL = /^[A-Z]{2,}(?:[ &/][A-Z]{2,}){0,2}[ \t]*[:|\u25b8\u25ba\u00bb\u00b7\u2014\u2013][ \t]/;

export function isAbbreviation(prose: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && letterOrDot(prose, w - 1)) w--;
  const word = prose.slice(w, dot).toLowerCase();
  // "No. 10" abbreviates a number; "No. They first spoke …" answers a question and ends there.
  if (word === 'no') return /^[\s\u00a0]*\d/.test(prose.slice(dot + 1, dot + 4));
  // ("Geneva, Wed 16 Jun. First meeting as presidents …": a month's abbreviation before a capitalised word other than
  // a weekday ends its sentence; before a figure, a lower-case word or a weekday it abbreviates.)
  // (At a table cell's end, "| 26 Jan. | First phone call … |", it abbreviates: a row's cells are one sentence.)
  if (MONTH_ABBREVIATIONS.has(word)) return /^[ \t\u00a0]*\u2028/.test(prose.slice(dot + 1, dot + 8)) || !/^[\s\u00a0]+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)[A-Z][a-z]/.test(prose.slice(dot + 1, dot + 14));
  if (ABBREVIATIONS.has(word)) return true;
  // "Tues. 16/06/2021", "Thurs. June 17": a weekday's abbreviation before a date (not "… on Wed. Then …").
  if (WEEKDAY_ABBREVIATIONS.has(word)) return /^[\s\u00a0]*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i.test(prose.slice(dot + 1, dot + 14));
  // A single capital letter ("J. Biden") is an initial.
  return /^\p{Lu}$/u.test(prose.slice(w, dot)) || quizLabel(prose, dot);
}

/** A line that opens with a quiz's "Q7." or "A7." is a question or an answer of its own. */
function quizLabelFollows(prose: string, at: number, end: number): boolean {
  while (at < end && (prose.charCodeAt(at) === 32 || prose.charCodeAt(at) === 9)) at++;
  const c = prose.charCodeAt(at);
  return (c === 81 || c === 65) && /^[QA]\d{1,3}[.:)]/.test(prose.slice(at, at + 5));
}

/** A quiz's "Q7." or "A7." labels the sentence it opens. */
function quizLabel(prose: string, dot: number): boolean {
  let d = dot;
  while (d > 0 && dot - d < 3 && prose.charCodeAt(d - 1) >= 48 && prose.charCodeAt(d - 1) <= 57) d--;
  return d < dot && d > 0 && (prose[d - 1] === 'Q' || prose[d - 1] === 'A') && (d < 2 || !letterOrDot(prose, d - 2));
}

function trimSpan(prose: string, start: number, end: number): Span | undefined {
  while (start < end && isSpaceAt(prose, start)) start++;
  while (end > start && isSpaceAt(prose, end - 1)) end--;
  return end > start ? { start, end } : undefined;
}

// Character tests for the scan above, ASCII decided without a regular expression (a regex test per character,
// with the u flag for most, was most of the splitter's time); beyond ASCII the same expressions as before.

/** A closing quote or bracket after a stop: ["'”’»)\]]. */
function isCloser(k: number): boolean {
  // (A footnote's mark in superscript figures after the stop, "Helsinki, Finland.¹ The two …", closes it too.)
  return k === 34 || k === 39 || k === 0x201d || k === 0x2019 || k === 0xbb || k === 41 || k === 93 || k === 0xb9 || k === 0xb2 || k === 0xb3 || (k >= 0x2070 && k <= 0x2079);
}

/** /\s/ (which includes U+2029) for prose[i]. */
function isSpaceAt(prose: string, i: number): boolean {
  const k = prose.charCodeAt(i);
  if (k < 128) return k === 32 || (k >= 9 && k <= 13);
  return /\s/.test(prose[i]);
}

/** What may open the next sentence: /[\p{Lu}\p{N}"“‘'«(\u2029]/u for prose[k]. */
const ELISION_THEN_CAPITAL = /^\[?(?:…|\.\.\.)\]?[ \t]+[A-Z"“]/;

function opensSentence(prose: string, k: number): boolean {
  const c = prose.charCodeAt(k);
  // ("… counterpart. […] In their first phone call …": an elision mark in brackets, then a capital, opens the next.)
  // (The reader blanks the brackets: the mark stands alone there.)
  if (c === 91 || c === 0x2026) return ELISION_THEN_CAPITAL.test(prose.slice(k, k + 10));
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40;
  return BULLETS.has(c) || /[\p{Lu}\p{N}"“‘'«(\u2029]/u.test(prose[k]);
}

/** /[\p{L}.]/u for prose[i]. */
function letterOrDot(prose: string, i: number): boolean {
  const c = prose.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
  return /[\p{L}.]/u.test(prose[i]);
}
