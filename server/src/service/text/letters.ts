/**
 * Letter and digit classes for regular expressions without the `u` flag. Property escapes
 * (\p{L}) need `u`, and a `u` expression with a lookbehind runs two to three times slower over a
 * whole document. The classes are built once from the Unicode properties themselves, over the
 * alphabets drafts are written in (Latin, Greek, Cyrillic and their extensions), so within
 * those they mean exactly what the property does; letters of other scripts count as non-letters.
 */
const ALPHABETS: [number, number][] = [[0x0000, 0x052f], [0x1e00, 0x1fff]];

function classOf(property: RegExp): string {
  let out = '';
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  for (const [lo, hi] of ALPHABETS) {
    let from = -1;
    for (let c = lo; c <= hi + 1; c++) {
      const inside = c <= hi && property.test(String.fromCharCode(c));
      if (inside && from < 0) from = c;
      if (!inside && from >= 0) { out += from === c - 1 ? hex(from) : `${hex(from)}-${hex(c - 1)}`; from = -1; }
    }
  }
  return out;
}

/** Letters (\p{L}). */
export const LETTER = classOf(/\p{L}/u);
/** Letters and digits (\p{L}\p{N}). */
export const LETTER_OR_DIGIT = classOf(/[\p{L}\p{N}]/u);
/** Capital letters (\p{Lu}). */
export const UPPER = classOf(/\p{Lu}/u);
/** Small letters (\p{Ll}). */
export const LOWER = classOf(/\p{Ll}/u);

/**
 * Lookarounds for a word's edges: the character before (or after) is not in `cls`. The ASCII
 * letters and digits in `ascii` are tested first with a small class, which settles most
 * positions; the full class (a long list of ranges) runs only for the rest.
 */
export function notAfter(cls: string, ascii = 'A-Za-z0-9'): string {
  return `(?<![${ascii}])(?<![${cls}])`;
}
export function notBefore(cls: string, ascii = 'A-Za-z0-9'): string {
  return `(?![${ascii}])(?![${cls}])`;
}
