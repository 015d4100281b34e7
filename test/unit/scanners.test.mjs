// The hand-written scanners that replaced regular expressions for speed are held to the patterns
// they replace, on generated strings (fast-check): quotation words, whole-word search, word sets,
// and the letter classes spelled out for expressions without the u flag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { service } from './seedBase.mjs';

// Letters, digits, apostrophes, dashes, spaces, accented and Cyrillic letters, astral letters and lone surrogates.
const piece = fc.constantFrom('a', 'B', 'é', 'Ё', 'я', '1', '²', "'", '’', ' ', '-', '.', '\u2029', '\uD835\uDC00', '\uD83D\uDE00', '\uD835', '\uDC00', 'x', 'Putin', 'summit');
const text = fc.array(piece, { maxLength: 24 }).map(a => a.join(''));

test('words() finds the same words as /[\\p{L}\\p{N}]+(?:[\'’][\\p{L}]+)*/u', () => {
  const pattern = (t, from, to) => [...t.slice(from, to).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)]
    .map(m => ({ start: m.index + from, end: m.index + from + m[0].length, w: m[0].toLowerCase().replace(/’/g, "'") }));
  fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
    const from = a % (t.length + 1), to = from + (b % (t.length - from + 1));
    assert.deepEqual(service.words(t, from, to), pattern(t, from, to));
  }), { numRuns: 3000, seed: 16062021 });
});

test('wordAt() finds the first whole-word occurrence, as a lookaround pattern does', () => {
  const pattern = (hay, needle) => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
    return re.exec(hay)?.index ?? -1;
  };
  const needle = fc.constantFrom('a', 'putin', 'summit', 'b a', "a'", 'я', '1');
  fc.assert(fc.property(text.map(s => s.toLowerCase()), needle, (hay, n) => {
    // Lone surrogates make the u pattern read differently from code units; the checker's texts are compared as code units.
    fc.pre(!/[\uD800-\uDFFF]/.test(hay));
    assert.equal(service.wordAt(hay, n), pattern(hay, n));
  }), { numRuns: 3000, seed: 16062021 });
});

test('wordSet() holds the runs of letters and digits', () => {
  fc.assert(fc.property(text, t => {
    fc.pre(!/[\uD800-\uDFFF]/.test(t));
    assert.deepEqual([...service.wordSet(t)].sort(), [...new Set(t.match(/[\p{L}\p{N}]+/gu) ?? [])].sort());
  }), { numRuns: 3000, seed: 16062021 });
});

test('the letter classes match the Unicode properties over the Latin, Greek and Cyrillic alphabets', () => {
  const classes = [[service.LETTER, /\p{L}/u], [service.LETTER_OR_DIGIT, /[\p{L}\p{N}]/u], [service.UPPER, /\p{Lu}/u], [service.LOWER, /\p{Ll}/u]];
  for (const [body, property] of classes) {
    const spelled = new RegExp(`[${body}]`);
    for (const [lo, hi] of [[0, 0x52f], [0x1e00, 0x1fff]]) {
      for (let c = lo; c <= hi; c++) {
        const ch = String.fromCharCode(c);
        assert.equal(spelled.test(ch), property.test(ch), `U+${c.toString(16)} against ${property}`);
      }
    }
  }
});

test('computeLineStarts() starts a line after each \\n, \\r\\n and lone \\r, as splitting on /\\r\\n|\\r|\\n/ does', () => {
  const breaks = fc.array(fc.constantFrom('a', ' ', '\n', '\r', '\r\n', 'Putin', '\u2028'), { maxLength: 30 }).map(a => a.join(''));
  fc.assert(fc.property(breaks, t => {
    const want = [0];
    for (const m of t.matchAll(/\r\n|\r|\n/g)) want.push(m.index + m[0].length);
    assert.deepEqual(service.computeLineStarts(t), want);
  }), { numRuns: 3000, seed: 16062021 });
});
