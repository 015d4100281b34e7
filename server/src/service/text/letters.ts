/**
 * Letter and digit classes for regular expressions without the `u` flag. Property escapes
 * (\p{L}) need `u`, and a `u` expression with a lookbehind runs two to three times slower over a
 * whole document. These ranges cover the Latin, Greek and Cyrillic letters drafts are written in;
 * they are used where a pattern only needs to know that a word does not go on.
 */
export const LETTER = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1FFF';
export const LETTER_OR_DIGIT = `0-9${LETTER}`;
