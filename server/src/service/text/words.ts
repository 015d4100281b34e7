/** Whole-word search without allocating: the checks look words up in every sentence. */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Is the character a letter or a digit? ASCII is decided without a regular expression. */
export function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 48 && k <= 57) || ((k | 32) >= 97 && (k | 32) <= 122);
  return WORD_CHAR.test(c);
}

const LETTER_CHAR = /\p{L}/u;

/** Is the character a letter? ASCII is decided without a regular expression. */
export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k | 32) >= 97 && (k | 32) <= 122;
  return LETTER_CHAR.test(c);
}

/** The first offset where `needle` stands in `hay` as a whole word (no letter or digit either side), or -1. */
export function wordAt(hay: string, needle: string): number {
  if (!needle) return -1;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (!isWordChar(hay[at - 1]) && !isWordChar(hay[at + needle.length])) return at;
  }
  return -1;
}
