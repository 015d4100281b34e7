/**
 * Splitting a large document for checking in parallel. A split falls only on a blank line
 * between top-level blocks, outside front matter, fenced code and HTML comments, so every piece
 * is itself valid markdown; each piece is checked with a few paragraphs before it as context
 * (pronouns and "Their talks…" look back) and keeps only the findings that start inside it.
 */
import type { FactBase } from './facts/model';
import type { CheckResult, Finding, Span } from './types';
import { checkDocument } from './check';
import { frontMatterDateOf } from './markdown/prose';

export interface Chunk extends Span {
  /** Where the text given to the checker starts: a few paragraphs before `start`. */
  context: number;
}

const CONTEXT_PARAGRAPHS = 4;

export function splitForParallel(text: string, pieces: number): Chunk[] {
  if (pieces <= 1 || text.length < 2 * 65536) return [{ start: 0, end: text.length, context: 0 }];
  const safe = safeBreaks(text);
  const out: Chunk[] = [];
  let start = 0;
  for (let k = 1; k < pieces; k++) {
    const want = Math.floor((text.length * k) / pieces);
    const i = lowerBound(safe, want);
    const at = safe[i];
    if (at === undefined || at <= start) continue;
    out.push({ start, end: at, context: contextStart(safe, start) });
    start = at;
  }
  out.push({ start, end: text.length, context: contextStart(safe, start) });
  return out;
}

/** Checks one piece of `text` (the whole document) as part of the whole: offsets are the document's. */
export function checkChunk(text: string, base: FactBase, chunk: Chunk, draftDate = frontMatterDate(text)): Finding[] {
  return shiftResult(checkPiece(text, base, chunk, draftDate), chunk.context).findings;
}

/** The piece's own result, in the piece's offsets (so it can be cached by the piece's text). */
function checkPiece(text: string, base: FactBase, chunk: Chunk, draftDate: string | undefined): CheckResult {
  const from = chunk.start - chunk.context;
  const r = checkDocument(text.slice(chunk.context, chunk.end), base, { draftDate, from });
  return { findings: r.findings.filter(f => f.span.start >= from), confirmations: r.confirmations.filter(c => c.span.start >= from) };
}

function shiftResult(r: CheckResult, by: number): CheckResult {
  if (!by) return r;
  return { findings: shiftFindings(r.findings, by), confirmations: r.confirmations.map(c => ({ ...c, span: shiftSpan(c.span, by) })) };
}

function shiftSpan(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

/** Findings of a piece moved into the offsets of the whole document. */
export function shiftFindings(findings: Finding[], by: number): Finding[] {
  if (!by) return findings;
  return findings.map(f => ({
    ...f, span: shiftSpan(f.span, by), related: f.related?.map(s => shiftSpan(s, by)),
    fixes: f.fixes.map(x => ({ ...x, edits: x.edits.map(e => ({ ...e, span: shiftSpan(e.span, by) })) })),
  }));
}

/**
 * Results of pieces by the text they were checked on (context included); an editor keeps one per
 * document. The text alone is the key (a slice of the document, hashed without being copied); where
 * the piece starts in it and the draft's date must match too.
 */
export type PieceCache = Map<string, CachedPiece>;
interface CachedPiece { from: number; draftDate: string | undefined; result: CheckResult }

/**
 * One piece of a document as checked: its result in the offsets of the piece's text, which starts
 * at `offset` in the document (the piece's context included). A piece whose text did not change
 * keeps the same `result` object from check to check, so a caller may keep what it derived from it.
 */
export interface Piece { offset: number; result: CheckResult }

/**
 * Checks a document piece by piece, reusing the results of pieces whose text (context included)
 * did not change: after an edit only the piece it touched is checked again. Piece boundaries are
 * chosen by content (a hash of the line that starts them), so an edit moves no boundary but its own.
 * `keep` turns a fresh piece's result into what the cache holds (a server keeps less than the checker gives).
 */
export function checkInPieces(text: string, base: FactBase, cache: PieceCache, keep: (r: CheckResult) => CheckResult = r => r): Piece[] {
  const draftDate = frontMatterDate(text);
  const chunks = contentChunks(text);
  if (cache.size === 0) return checkWhole(text, base, cache, chunks, draftDate, keep);
  const used: PieceCache = new Map();
  const pieces: Piece[] = [];
  for (const chunk of chunks) {
    const key = text.slice(chunk.context, chunk.end);
    const from = chunk.start - chunk.context;
    let result = cached(cache, key, from, draftDate) ?? cached(used, key, from, draftDate);
    if (!result) result = keep(checkPiece(text, base, chunk, draftDate));
    used.set(key, { from, draftDate, result });
    pieces.push({ offset: chunk.context, result });
  }
  cache.clear();
  for (const [k, v] of used) cache.set(k, v);
  return pieces;
}

function cached(cache: PieceCache, key: string, from: number, draftDate: string | undefined): CheckResult | undefined {
  const c = cache.get(key);
  return c && c.from === from && c.draftDate === draftDate ? c.result : undefined;
}

/** The pieces' results in the document's offsets, in document order. */
export function joinPieces(pieces: Piece[]): CheckResult {
  const findings: Finding[] = [];
  const confirmations: CheckResult['confirmations'] = [];
  for (const p of pieces) {
    const shifted = shiftResult(p.result, p.offset);
    for (const f of shifted.findings) findings.push(f);
    for (const c of shifted.confirmations) confirmations.push(c);
  }
  return { findings, confirmations };
}

/** `checkInPieces`, joined into one result. */
export function checkIncrementally(text: string, base: FactBase, cache: PieceCache): CheckResult {
  return joinPieces(checkInPieces(text, base, cache));
}

/**
 * A document the cache knows nothing of (just opened, or the facts changed) is checked whole, which
 * is cheaper than its pieces each with its context, and each piece's share of the result is kept as
 * that piece's: the next edit re-checks only the piece it touched.
 */
function checkWhole(text: string, base: FactBase, cache: PieceCache, chunks: Chunk[], draftDate: string | undefined, keep: (r: CheckResult) => CheckResult): Piece[] {
  const whole = checkDocument(text, base);
  const shares = chunks.map((): CheckResult => ({ findings: [], confirmations: [] }));
  // Both lists are in document order (confirmations nearly so): the share is found by the start's chunk.
  const chunkOf = (at: number) => { let lo = 0, hi = chunks.length - 1; while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (chunks[mid].start <= at) lo = mid; else hi = mid - 1; } return lo; };
  for (const f of whole.findings) shares[chunkOf(f.span.start)].findings.push(f);
  for (const c of whole.confirmations) shares[chunkOf(c.span.start)].confirmations.push(c);
  return chunks.map((chunk, i) => {
    const key = text.slice(chunk.context, chunk.end);
    const from = chunk.start - chunk.context;
    let result = cached(cache, key, from, draftDate);
    if (!result) { result = keep(shiftResult(shares[i], -chunk.context)); cache.set(key, { from, draftDate, result }); }
    return { offset: chunk.context, result };
  });
}

const MIN_PIECE = 2048;
const MAX_PIECE = 16384;

function contentChunks(text: string): Chunk[] {
  const safe = safeBreaks(text);
  const out: Chunk[] = [];
  let start = 0;
  for (const at of safe) {
    const size = at - start;
    if (size < MIN_PIECE) continue;
    if (size >= MAX_PIECE || lineHash(text, at) % 4 === 0) {
      out.push({ start, end: at, context: contextStart(safe, start) });
      start = at;
    }
  }
  out.push({ start, end: text.length, context: contextStart(safe, start) });
  return out;
}

function lineHash(text: string, at: number): number {
  let h = 0;
  for (let i = at; i < Math.min(text.length, at + 24); i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h >>> 0;
}

/** Offsets of lines that start a top-level block after a blank line, outside front matter, fences and comments. */
function safeBreaks(text: string): number[] {
  const out: number[] = [];
  let fence: string | undefined;
  let inComment = false;
  let prevBlank = false;
  let pos = 0;
  let first = true;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    if (first && /^---\s*$/.test(line)) {
      // Skip the front matter whole.
      const close = text.slice(end + 1).search(/^(?:---|\.\.\.)\s*$/m);
      pos = close < 0 ? text.length : end + 1 + close;
      pos = text.indexOf('\n', pos) + 1 || text.length;
      first = false;
      continue;
    }
    first = false;
    const blank = line.trim() === '';
    // Most lines hold no fence mark: the pattern runs only on those that may.
    const fenceMark = line.includes('```') || line.includes('~~~') ? /^ {0,3}(`{3,}|~{3,})/.exec(line) : null;
    if (fence) {
      if (fenceMark && fenceMark[1][0] === fence[0] && fenceMark[1].length >= fence.length) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      if (prevBlank && !blank && line[0] !== ' ' && line[0] !== '\t') out.push(pos);
      if (fenceMark) fence = fenceMark[1];
      else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) inComment = true;
    }
    prevBlank = blank;
    pos = end + 1;
  }
  return out;
}

/** The document's front matter date, read from its head. */
export function frontMatterDate(text: string): string | undefined {
  return text.startsWith('---') ? frontMatterDateOf(text.slice(0, Math.min(text.length, 4096))) : undefined;
}

function lowerBound(list: number[], x: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

function contextStart(safe: number[], start: number): number {
  const i = lowerBound(safe, start);
  return i >= CONTEXT_PARAGRAPHS ? safe[i - CONTEXT_PARAGRAPHS] : 0;
}
