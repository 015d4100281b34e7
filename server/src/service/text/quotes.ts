/**
 * Direct quotations in a block of prose: straight and curly double quotes, « », and single
 * quotes that are not apostrophes. One linear scan; a quotation may run over line breaks but
 * not out of its block, except that an unclosed quotation at the end of a paragraph is kept
 * (marked `unclosed`) so a quotation that continues into the next paragraph keeps its speaker.
 */
import type { Span } from '../types';

export interface Quotation extends Span {
  /** The words inside the marks. */
  inner: Span;
  unclosed: boolean;
  /** A transcript line ("> **PESKOV:** words"): the speaker's label, which attributes the words. */
  label?: Span;
}

const MAX_QUOTE = 3000;
const isSpace = (c: string | undefined) => c === undefined || /[\s\u2029(\[{—–-]/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** " “ ” « » ' ‘ ’ „ */
function isMark(k: number): boolean {
  return k === 34 || k === 0x201c || k === 0x201d || k === 0xab || k === 0xbb || k === 39 || k === 0x2018 || k === 0x2019 || k === 0x201e;
}

export function findQuotations(text: string, block: Span): Quotation[] {
  const out: Quotation[] = [];
  let open: { at: number; kind: 'double' | 'single' | 'guillemet' } | undefined;
  for (let i = block.start; i < block.end; i++) {
    // By code first: a one-character string per character, compared nine times, was most of this scan.
    if (!isMark(text.charCodeAt(i))) continue;
    const c = text[i];
    if (open && i - open.at > MAX_QUOTE) open = undefined;
    const prev = text[i - 1], next = text[i + 1];
    if (c === "'" || c === '‘' || c === '’') {
      if (open?.kind === 'single' && !isSpace(prev) && !isWordChar(next)) { close(i); continue; }
      // (A single quotation may open right after a double mark: a quotation within the writer's quoted text.)
      if (!open && (c === '‘' || c === "'") && (isSpace(prev) || prev === '"' || prev === '“') && isWordChar(next)) open = { at: i, kind: 'single' };
      continue;
    }
    if (c === '«') { if (!open) open = { at: i, kind: 'guillemet' }; continue; }
    if (c === '»') { if (open?.kind === 'guillemet') close(i); continue; }
    // Double quotes: direction from the marks around them, since writers (and sources) mix “ ” and ".
    if (open?.kind === 'double') {
      if (!isSpace(prev) || c === '”' || isSpace(next) || /[.,;:!?]/.test(next)) { close(i); continue; }
      // A new opening mark while one is open: the first was never closed; start again here.
      open = { at: i, kind: 'double' };
      continue;
    }
    if (open?.kind === 'single') {
      open = { at: i, kind: 'double' }; // a double mark overrides an uncertain single one
      continue;
    }
    if (!open && c !== '”' && !isSpace(next)) open = { at: i, kind: 'double' };
  }
  if (open && open.kind === 'double') {
    let end = block.end;
    while (end > open.at + 1 && /\s/.test(text[end - 1])) end--;
    if (end > open.at + 1) out.push({ start: open.at, end, inner: { start: open.at + 1, end }, unclosed: true, label: undefined });
  }
  return out;

  function close(i: number) {
    const at = open!.at;
    open = undefined;
    if (i > at + 1) out.push({ start: at, end: i + 1, inner: { start: at + 1, end: i }, unclosed: false, label: undefined });
  }
}
