/**
 * Turns markdown into prose the checker can read, without moving a single character:
 * everything that is not prose (front matter, code, HTML comments, link targets, markup
 * characters) is blanked to spaces in a copy of the text, so an offset in the prose is the
 * same offset in the document. Blocks come from markdown-it's block parser (line maps);
 * inline markup is blanked with linear scans.
 */
import MarkdownIt from 'markdown-it';

/** A run of prose that sentences may not cross: a paragraph, heading, table row or list item. */
export interface ProseBlock { start: number; end: number }

export interface Prose {
  /** The document with non-prose blanked; same length as the document. */
  text: string;
  blocks: ProseBlock[];
  /** Front matter `date:` when the draft gives one (ISO yyyy-mm-dd). */
  frontMatterDate?: string;
}

// Block structure only: inline markup is blanked by the linear scans below, so markdown-it's inline pass is skipped.
const md = new MarkdownIt('commonmark', { html: true }).enable('table').disable(['inline', 'text_join']);

export function readProse(doc: string): Prose {
  // The blanked copy is built in a code-unit array: one allocation, no per-character strings.
  const chars = new Uint16Array(doc.length);
  for (let i = 0; i < doc.length; i++) chars[i] = doc.charCodeAt(i);
  const lineStarts = computeLineStarts(doc);
  const lineCount = lineStarts.length;
  const lineEnd = (l: number) => (l + 1 < lineCount ? lineStarts[l + 1] : doc.length);
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (chars[i] !== LF && chars[i] !== CR) chars[i] = SPACE;
  };

  const fm = frontMatterEnd(doc);
  const frontMatterDate = fm > 0 ? dateIn(doc.slice(0, fm)) : undefined;
  if (fm > 0) blank(0, fm);
  // Parse with the front matter blanked so it is not read as a heading or paragraph.
  const parsed = md.parse(fm > 0 ? doc.slice(0, fm).replace(/[^\r\n]/g, ' ') + doc.slice(fm) : doc, {});
  const proseLines = new Uint8Array(lineCount);
  const blocks: ProseBlock[] = [];
  // A section headed "References" (or "Sources", "Bibliography" …) lists where the text came from: titles and dates of
  // articles, not claims.
  let references = false;
  for (let i = 0; i < parsed.length; i++) {
    const t = parsed[i];
    if (!t.map) continue;
    const [a, b] = t.map;
    if (t.type === 'heading_open') references = REFERENCES_HEADING.test(doc.slice(lineStarts[a], lineEnd(a)));
    else if (references) continue;
    if (t.type === 'paragraph_open' || t.type === 'heading_open' || t.type === 'tr_open') {
      for (let l = a; l < b; l++) proseLines[l] = 1;
      blocks.push({ start: lineStarts[a], end: lineEnd(b - 1) });
    }
  }
  // A footnote that cites a source ("[^5]: Sputnik, "Putin on Upcoming Meeting …", 4 June 2021.") states no claim:
  // its quoted headline is nobody's speech and its date is the article's.
  // (Only a line opening with "[^" is sliced and tested.)
  for (let l = 0; l < lineCount; l++) if (proseLines[l] && opensFootnote(doc, lineStarts[l]) && isCitationNote(doc.slice(lineStarts[l], lineEnd(l)))) proseLines[l] = 0;
  // Everything that is not a paragraph, heading or table row (code, HTML blocks, rules) is blanked.
  for (let l = 0; l < lineCount; l++) if (!proseLines[l]) blank(lineStarts[l], lineEnd(l));
  for (let l = 0; l < lineCount; l++) if (proseLines[l]) blankLineMarkup(doc, chars, lineStarts[l], lineEnd(l));
  blankInline(doc, chars, blank);
  blocks.sort((x, y) => x.start - y.start);
  return { text: decode(chars), blocks, frontMatterDate };
}

function opensFootnote(doc: string, at: number): boolean {
  let i = at;
  while (i < at + 3 && doc.charCodeAt(i) === SPACE) i++;
  return doc.charCodeAt(i) === 0x5b && doc.charCodeAt(i + 1) === 0x5e;
}

const REFERENCES_HEADING = /^ {0,3}#{1,6}\s+(?:references|sources|bibliography|citations|further\s+reading|works\s+cited|footnotes|endnotes)\b[\s#:.]*$/i;

/** A footnote definition that is a reference: a title in quotation marks, then a date, a year or an address. */
function isCitationNote(line: string): boolean {
  return FOOTNOTE.test(line) && (CITATION.test(line) || DATED_AT_END.test(line)) && !SAID_AFTER_QUOTE.test(line);
}
/** '"…", Putin said.': words someone said, not a headline cited. */
const SAID_AFTER_QUOTE = /["”][ \t]*,?[ \t]*(?:[A-Z][\w'’.-]*[ \t]+){1,3}(?:said|says|told|added|declared|insisted|warned|stressed)\b/;
/** "…, news website, May 2021.": a reference ends with the date its source was published. */
const DATED_AT_END = /,\s*(?:(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d{2}\.?\s*$/;
const FOOTNOTE = /^ {0,3}\[\^[^\]\s]{1,20}\]:/;
const CITATION = /["“][^"”\n]{3,240}["”][^"“\n]{0,80}(?:\b(?:19|20)\d{2}\b|https?:\/\/)[^"“\n]{0,80}\r?\n?$/;

const LF = 10, CR = 13, SPACE = 32;
const PARAGRAPH_SEPARATOR = 0x2029, LINE_SEPARATOR = 0x2028;

/**
 * The code units as a string, 8192 per call (the argument list of one call stays bounded). Not a UTF-16
 * TextDecoder: it is faster, but it makes a two-byte string of an all-Latin text, and every copy and slice
 * of the prose then takes twice the memory (~4 MB more in the server with a 1 MB draft open).
 */
function decode(chars: Uint16Array): string {
  let out = '';
  for (let i = 0; i < chars.length; i += 8192) out += String.fromCharCode.apply(null, chars.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  // Without a carriage return, each line break is found by indexOf (a native search), not a character at a time.
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** The `date:` of a document's front matter, read without reading the rest of the document. */
export function frontMatterDateOf(doc: string): string | undefined {
  const fm = frontMatterEnd(doc);
  return fm > 0 ? dateIn(doc.slice(0, fm)) : undefined;
}

function dateIn(frontMatter: string): string | undefined {
  return /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(frontMatter)?.[1];
}

function frontMatterEnd(doc: string): number {
  if (!doc.startsWith('---')) return 0;
  const m = /^---[ \t]*\r?\n/.exec(doc);
  if (!m) return 0;
  const close = /^(---|\.\.\.)[ \t]*$/m;
  const rest = doc.slice(m[0].length);
  const c = close.exec(rest);
  if (!c) return 0;
  return m[0].length + c.index + c[0].length;
}

/** A pictograph or flag (with its joiners and modifiers) opening a line, and the space after it. */
// (Or a check mark, cross, star, arrow or box a list draws by hand: "✓ Putin does not expect …", "→ Geneva".)
const EMOJI_BULLET = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u2713\u2717\u2718\u2610\u2605\u2606\u25BA\u25C6\u25C7\u25A0\u25A1\u2192\u2022\u25AA\u25B8\u25E6\u27A4\u2794])[\u{FE0F}\u{200D}\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}]*[ \t]/u;

/** Blanks block markup at the start of a prose line: blockquote markers, list bullets, heading hashes, table pipes. */
function blankLineMarkup(doc: string, chars: Uint16Array, from: number, to: number): void {
  let i = from;
  for (;;) {
    while (i < to && (doc[i] === ' ' || doc[i] === '\t')) i++;
    if (doc[i] === '>') { chars[i++] = SPACE; continue; }
    const bullet = /^(?:[-*+]|\d{1,9}[.)])[ \t]/.exec(doc.slice(i, Math.min(to, i + 12)));
    if (bullet) {
      // A list bullet starts a new sentence: mark it with a boundary the sentence splitter honours.
      chars[i] = PARAGRAPH_SEPARATOR;
      for (let k = 1; k < bullet[0].length; k++) chars[i + k] = SPACE;
      i += bullet[0].length;
      continue;
    }
    // "🇮🇸 Mid-May, Reykjavik: …" under "☎️ April: …": a line a pictograph opens is an item of its own, as a bullet's is.
    const emoji = doc.charCodeAt(i) >= 0x2000 ? EMOJI_BULLET.exec(doc.slice(i, Math.min(to, i + 16))) : null;
    if (emoji) {
      chars[i] = PARAGRAPH_SEPARATOR;
      for (let k = 1; k < emoji[0].length; k++) chars[i + k] = SPACE;
      i += emoji[0].length;
    }
    break;
  }
  if (doc[i] === '#') {
    while (i < to && doc[i] === '#') chars[i++] = SPACE;
  }
  // Table cells: a line separator keeps the row one sentence while marking where a cell starts.
  for (let k = from; k < to; k++) {
    if (doc.charCodeAt(k) === 124 && doc[k - 1] !== '\\') chars[k] = LINE_SEPARATOR;
  }
  // A table delimiter row or setext underline holds no prose.
  const line = doc.slice(from, to);
  if (/^[\s|:\-=]+$/.test(line) && /[-=]/.test(line)) {
    for (let k = from; k < to; k++) if (chars[k] !== LF && chars[k] !== CR) chars[k] = SPACE;
  }
}

/** Blanks inline code, HTML comments and tags, link targets, footnote references and emphasis markers. */
function blankInline(doc: string, chars: Uint16Array, blank: (a: number, b: number) => void): void {
  // HTML comments, by index: a regex would rescan to the end for every unclosed "<!--".
  for (let at = doc.indexOf('<!--'); at >= 0; ) {
    const close = doc.indexOf('-->', at + 4);
    if (close < 0) break;
    blank(at, close + 3);
    at = doc.indexOf('<!--', close + 3);
  }
  // Inline code: a run of backticks closed by the same run.
  const code = /(`+)[^`]*?\1(?!`)/g;
  for (let m; (m = code.exec(doc)); ) blank(m.index, m.index + m[0].length);
  const tag = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,200})?\/?>/g;
  for (let m; (m = tag.exec(doc)); ) blank(m.index, m.index + m[0].length);
  // Link and image targets: `](target)`; the bracket text stays prose.
  const target = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g;
  for (let m; (m = target.exec(doc)); ) blank(m.index, m.index + m[0].length);
  const refTarget = /\]\[[^\]\n]{0,200}\]/g;
  for (let m; (m = refTarget.exec(doc)); ) blank(m.index, m.index + m[0].length);
  const footnote = /\[\^[^\]\s]{1,100}\]:?/g;
  for (let m; (m = footnote.exec(doc)); ) blank(m.index, m.index + m[0].length);
  // A numbered reference marker ("nine agencies [2]", "[3][4]") points to a source; its number counts nothing.
  const marker = /\[\d{1,3}\]/g;
  for (let m; (m = marker.exec(doc)); ) blank(m.index, m.index + m[0].length);
  // Struck-through text ("~~June 17~~ June 16") is deleted: an editor's markup, not what the draft says.
  const struck = /~~(?!~)[^~\n]{1,500}?~~/g;
  for (let m; (m = struck.exec(doc)); ) blank(m.index, m.index + m[0].length);
  const autolink = /<(?:https?|mailto):[^>\s]*>/g;
  for (let m; (m = autolink.exec(doc)); ) blank(m.index, m.index + m[0].length);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === 42 /* * */ || c === 91 /* [ */ || c === 93 /* ] */ || (c === 33 /* ! */ && chars[i + 1] === 91)) chars[i] = SPACE;
    else if (c === 95 /* _ */ && !(isWordCode(chars[i - 1]) && isWordCode(chars[i + 1]))) chars[i] = SPACE;
    else if (c === 126 /* ~ */ && chars[i + 1] === 126) { chars[i] = SPACE; chars[i + 1] = SPACE; }
  }
}

function isWordCode(c: number | undefined): boolean {
  if (c === undefined) return false;
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}


