/** Numbers in prose: digits, words ("nine", "twenty-four"), ordinals ("24th", "second"), with the unit word after them. */
import type { Span } from '../types';
import { LETTER, LETTER_OR_DIGIT, notAfter } from './letters';
import { byFirstLetter } from './scan';

export interface NumberMention extends Span {
  value: number;
  ordinal: boolean;
  written: 'digits' | 'words';
  /** The noun after the number, singular and lower case ("countries" → "country"); "" when none. */
  unit: string;
  /** The next few words after the number, singular and lower case ("12 US agencies" → us, agency). */
  following: string[];
  /** "at least", "more than", "about"… */
  qualifier?: string;
}

/** "zero" … "nineteen": also the words a year read aloud is made of (text/dates). */
export const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

const WORD_VALUES = new Map<string, { value: number; ordinal: boolean }>();
UNITS.forEach((w, i) => WORD_VALUES.set(w, { value: i, ordinal: false }));
ORDINALS.forEach((w, i) => WORD_VALUES.set(w, { value: i, ordinal: true }));
TENS.forEach((w, i) => w && WORD_VALUES.set(w, { value: i * 10, ordinal: false }));
ORDINAL_TENS.forEach((w, i) => w && WORD_VALUES.set(w, { value: i * 10, ordinal: true }));
for (let t = 2; t < 10; t++) for (let u = 1; u < 10; u++) {
  WORD_VALUES.set(`${TENS[t]}-${UNITS[u]}`, { value: t * 10 + u, ordinal: false });
  WORD_VALUES.set(`${TENS[t]}-${ORDINALS[u]}`, { value: t * 10 + u, ordinal: true });
}
WORD_VALUES.set('hundred', { value: 100, ordinal: false });
WORD_VALUES.set('dozen', { value: 12, ordinal: false });

/** Longest first, so that "twenty-first" is read whole; grouped by first letter in the pattern. */
const WORDS = [...WORD_VALUES.keys()].sort((a, b) => b.length - a.length);
/** Negated comparisons read as the plain ones they mean ("not less than nine" is "at least nine"). */
const SAME_AS: Record<string, string> = {
  'not less than': 'at least', 'no less than': 'at least', 'not fewer than': 'at least', 'no fewer than': 'at least',
  'not more than': 'up to', 'no more than': 'up to',
};
const QUALIFIERS = [...Object.keys(SAME_AS), 'at least', 'more than', 'over', 'fewer than', 'less than', 'under', 'about', 'around', 'some', 'nearly', 'almost', 'roughly', 'up to'];
/** Letters a number or its qualifier can open with: a quick test before the lookbehind lets most positions fail at once. */
const FIRST = [...new Set([...WORD_VALUES.keys(), ...QUALIFIERS].map(w => w[0]))].join('');
const NUMBER = new RegExp(
  `(?=[\\d${FIRST}])${notAfter(`${LETTER_OR_DIGIT}\\-.,/`, 'A-Za-z0-9\\-.,/')}(?:(${byFirstLetter(QUALIFIERS, true)})\\s+)?` +
  `(?:(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(st|nd|rd|th)?|(${byFirstLetter(WORDS, true)}))(?![A-Za-z0-9]|[.,/:][0-9])(?![${LETTER_OR_DIGIT}])(?:(?:[- \\t]+\\n?|\\n)[ \\t]*([${LETTER}]+))?((?:[ \\t]+[${LETTER}]+){0,2})`,
  'gi',
);

function qualifierOf(written: string | undefined): string | undefined {
  if (!written) return undefined;
  const q = written.toLowerCase().replace(/\s+/g, ' ');
  return SAME_AS[q] ?? q;
}

export function findNumbers(text: string, from: number, to: number): NumberMention[] {
  const out: NumberMention[] = [];
  const re = new RegExp(NUMBER.source, NUMBER.flags);
  const slice = text.slice(from, to);
  for (let m; (m = re.exec(slice)); ) {
    const [whole0, qual, digits, suffix, word, unitWord, more] = m;
    const whole = whole0.slice(0, whole0.length - (more ?? '').length);
    const numText = digits ? digits + (suffix ?? '') : word!;
    const start = from + m.index + whole.indexOf(numText, qual ? qual.length : 0);
    const end = start + numText.length;
    // Let the unit word be read again as the start of the next number ("first three months").
    if (unitWord) re.lastIndex = m.index + whole.length - unitWord.length;
    else re.lastIndex = m.index + whole.length;
    let value: number, ordinal: boolean;
    if (digits) { value = Number(digits.replace(/,/g, '')); ordinal = !!suffix; }
    else { const v = WORD_VALUES.get(word!.toLowerCase())!; value = v.value; ordinal = v.ordinal; }
    // Years and the numbers in names ("COVID-19", "G7") are not counts.
    if (digits && !suffix && value >= 1900 && value <= 2100 && !/^\d+\.\d/.test(digits)) continue;
    // A clip's running time ("0'06\"", "1'30\"") counts minutes and seconds, nothing the sources count.
    if (digits && (/^['’]\d/.test(text.slice(end, end + 2)) || /\d['’]$/.test(text.slice(Math.max(0, start - 2), start)))) continue;
    // A signed figure ("+1", "−2" in a tone column) is a score, not a count.
    if (digits && /[+\u2212]$/.test(text.slice(Math.max(0, start - 1), start))) continue;
    // "on first use", "first reference": a style guide's order of mentions, nothing the sources count.
    if (!digits && ordinal && /^\s+(?:use|reference|mention)s?\b/i.test(text.slice(end, end + 12))) continue;
    out.push({ start, end, value, ordinal, written: digits ? 'digits' : 'words', unit: singular((unitWord ?? '').toLowerCase()), following: followingWords(unitWord, more), qualifier: qualifierOf(qual) });
  }
  return out;
}

/** The unit word and the words after it, singular and lower case. */
function followingWords(unitWord: string | undefined, more: string | undefined): string[] {
  const out: string[] = [];
  if (unitWord) out.push(singular(unitWord.toLowerCase()));
  if (more) for (const w of more.trim().split(/\s+/)) if (w) out.push(singular(w.toLowerCase()));
  return out;
}

/** Is the (lower-case) word a number written out ("three", "first")? */
export function isNumberWord(w: string): boolean {
  return WORD_VALUES.has(w);
}

export function singular(w: string): string {
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ss') || w.endsWith('us')) return w;
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

export function numberWord(n: number, ordinal: boolean): string | undefined {
  if (n < 20) return (ordinal ? ORDINALS : UNITS)[n];
  if (n < 100) {
    const t = Math.floor(n / 10), u = n % 10;
    if (!u) return (ordinal ? ORDINAL_TENS : TENS)[t];
    return `${TENS[t]}-${(ordinal ? ORDINALS : UNITS)[u]}`;
  }
  return undefined;
}

export function ordinalDigits(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${s}`;
}
