/** Whole-word search without allocating: the checks look words up in every sentence. */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Is the character a letter or a digit? ASCII is decided without a regular expression. */
export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && isWordCode(c.charCodeAt(0), c);
}

/** isWordChar for a character given by its code (and the character, read only beyond ASCII). */
function isWordCode(k: number, c: string): boolean {
  if (k < 128) return (k >= 48 && k <= 57) || ((k | 32) >= 97 && (k | 32) <= 122);
  return WORD_CHAR.test(c);
}

/** isWordCode for text[i], made a string only beyond ASCII (a string per character was most of wordSet's time). */
function isWordAt(text: string, i: number): boolean {
  const k = text.charCodeAt(i);
  if (k < 128) return (k >= 48 && k <= 57) || ((k | 32) >= 97 && (k | 32) <= 122);
  return WORD_CHAR.test(text[i]);
}

const LETTER_CHAR = /\p{L}/u;

/** Is the character a letter? ASCII is decided without a regular expression. */
export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k | 32) >= 97 && (k | 32) <= 122;
  return LETTER_CHAR.test(c);
}

/** The words of a (lower-case) text: runs of letters and digits, found with a character loop. */
export function wordSet(text: string): Set<string> {
  const out = new Set<string>();
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isWordAt(text, i)) { if (from < 0) from = i; }
    else if (from >= 0) { out.add(text.slice(from, i)); from = -1; }
  }
  return out;
}

/** The leading run of letters and digits of a phrase ("nord" for "nord stream 2"); "" when it opens with neither. */
export function leadingWord(phrase: string): string {
  let i = 0;
  while (i < phrase.length && isWordChar(phrase[i])) i++;
  return phrase.slice(0, i);
}

/**
 * wordAt, answered from the text's word set first: a phrase whose leading word the text lacks
 * cannot stand in it as a whole word (the word after a non-word character is a whole run).
 */
export function wordAtIn(hay: string, words: Set<string>, needle: string, lead = leadingWord(needle)): number {
  if (lead && !words.has(lead)) return -1;
  return wordAt(hay, needle);
}

/** The first offset where `needle` stands in `hay` as a whole word (no letter or digit either side), or -1. */
export function wordAt(hay: string, needle: string): number {
  if (!needle) return -1;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (!isWordChar(hay[at - 1]) && !isWordChar(hay[at + needle.length])) return at;
  }
  // A phrase wrapped across lines of an indented paragraph ("Economic\n   Forum", its white space made spaces): the
  // words may stand apart by several spaces. Looked for only where the text has a run of spaces.
  return needle.includes(' ') && hay.includes('  ') ? spacedWordAt(hay, needle) : -1;
}

const spacedPatterns = new Map<string, RegExp>();
function spacedWordAt(hay: string, needle: string): number {
  let re = spacedPatterns.get(needle);
  if (!re) {
    re = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, ' +'), 'g');
    if (spacedPatterns.size > 2000) spacedPatterns.clear();
    spacedPatterns.set(needle, re);
  }
  re.lastIndex = 0;
  for (let m; (m = re.exec(hay)); re.lastIndex = m.index + 1) {
    if (!isWordChar(hay[m.index - 1]) && !isWordChar(hay[m.index + m[0].length])) { re.lastIndex = 0; return m.index; }
  }
  return -1;
}
