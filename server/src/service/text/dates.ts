/**
 * Date mentions in English prose: "June 16", "16 June", "June 16th", "the 16th of June",
 * "Wednesday, June 16", "June 16, 2021", "March 2011", "16/06/2021", "15.06.2021",
 * "2021-06-16", a bare month ("in April") and a bare year ("in 2011"). Vague forms
 * ("mid-June", "late May") keep only their month and are marked vague.
 *
 * Hand-written rather than chrono-node: the checker needs exact spans, fields that stay
 * unknown when the text does not give them (chrono fills a year in), day-first numeric
 * dates, and a single linear regex pass instead of a parse per sentence.
 */
import type { Span } from '../types';
import { matchesIn, sparseMatchesIn } from './scan';
import { numberWord, UNITS } from './numbers';

export interface DateMention extends Span {
  text: string;
  year?: number;
  month?: number; // 1-12
  day?: number;
  weekday?: number; // 0 = Sunday
  vague?: boolean;
  /** "early May", "mid-June", "late May": the part of the month a vague date names. */
  part?: MonthPart;
  /** Numeric forms where day and month could be swapped (both ≤ 12). */
  ambiguous?: boolean;
  format: 'md' | 'dm' | 'the-dm' | 'the-dm-words' | 'm-the-d-words' | 'm-the-d' | 'md-words' | 'the-d' | 'my' | 'm' | 'y' | 'iso' | 'dmy-num' | 'mdy-num' | 'wd-dm-num' | 'relative' | 'weekday';
  /** For relative forms ("on Wednesday", "tomorrow"): resolved against the draft's own date. */
  relative?: boolean;
  /** "last week": the days it may be, as UTC midnights (inclusive). */
  range?: { from: number; to: number };
  separator?: string;
  ordinal?: boolean;
}

/** A year given alone (an answer's "2027"): the caller has found that it is a date. */
export function yearMention(start: number, text: string): DateMention {
  return mention({ start, end: start + text.length, text }, { year: Number(text), format: 'y' });
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map(m => m[0].toUpperCase() + m.slice(1));
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

// (And in capitals, as TV supers, datelines and diary headings write them: "23 MAY 2021", "THURSDAY, MAY 19".)
// A whole word only: "9 NOVICHOK" in a crossword's answers is no 9 November.
const MON = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?'
  + '|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\\.?(?![A-Za-z])';
const DAY = '(\\d{1,2})(st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
/** Years 2010–2029 in words, as read aloud: "twenty-seventeen", "twenty twenty-one" (any case). */
const TEENS = UNITS.slice(10, 20);
const ONES = UNITS.slice(1, 10);
const YEAR_WORDS = `[Tt]wenty[- ](?:twenty(?:[- ](?:${ONES.join('|')}))?|${TEENS.join('|')})|TWENTY[- ](?:TWENTY(?:[- ](?:${ONES.join('|').toUpperCase()}))?|${TEENS.join('|').toUpperCase()})`;
function yearFromWords(text: string): number | undefined {
  const words = text.toLowerCase().split(/[- ]+/).slice(1);
  if (words[0] === 'twenty') return 2020 + (words[1] ? ONES.indexOf(words[1]) + 1 : 0);
  const teen = TEENS.indexOf(words[0]);
  return teen < 0 ? undefined : 2010 + teen;
}

/** "first" … "thirty-first", longest first so that "twenty-first" is read whole. */
const DAY_WORD_VALUES = new Map(Array.from({ length: 31 }, (_, i) => [numberWord(i + 1, true)!, i + 1] as const));
const DAY_WORDS = [...DAY_WORD_VALUES.keys()].sort((a, b) => b.length - a.length).join('|');
// Not when a day of the month follows the weekday, which the date forms read: "Thursday the 16th", "Thursday (the sixteenth)".
// (A count after "the" is no day: "on Thursday, the 24th edition of SPIEF".)
const COUNTED = '\\s+(?:anniversary|century|edition|floor|round|time)\\b';
const NO_DAY_AFTER = `(?!,?\\s+\\(?(?:the\\s+)?(?:\\d(?!\\d?(?:st|nd|rd|th)${COUNTED})|(?:${DAY_WORDS})\\b(?!${COUNTED})))`;
const WD = '(?:(Sun|Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|SUN|MON|TUES?|WED(?:NES)?|THU(?:RS?)?|FRI|SAT(?:UR)?)(?:day|DAY)?,?\\s+)?';
/** A weekday before a date in figures ("Thu 16/06", "Sat., 23.05.2021"), its name captured. */
const WD_NUM = '(Sun|Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?)(?:day)?\\.?,?\\s+';

/**
 * Every date mention made with the same fields in the same order, so the code that reads them
 * sees one shape (a mix of shapes makes each property read slower).
 */
function mention(b: Span & { text: string }, f: Omit<DateMention, 'start' | 'end' | 'text'> & Partial<Span & { text: string }>): DateMention {
  return {
    start: f.start ?? b.start, end: f.end ?? b.end, text: f.text ?? b.text, year: f.year, month: f.month, day: f.day, weekday: f.weekday,
    vague: f.vague, part: f.part, ambiguous: f.ambiguous, format: f.format, relative: f.relative, range: f.range, separator: f.separator, ordinal: f.ordinal,
  };
}

type Parse = (g: (string | undefined)[], base: { start: number; end: number; text: string }) => DateMention | undefined;

/** The forms, most specific first; each parses its own capture groups. */
/** A timeline's or a caption's label: what may open its line before it (markup, a bullet), and what ends it (a colon or dash). */
const LABEL_LEAD = String.raw`[\s*_>#-]*`;
const LABEL_END = String.raw`\s*(?::|[\u2013\u2014]\s)`;

const FORMS: { source: string; parse: Parse }[] = [
  {
    source: `\\b${YEAR}-(\\d{2})-(\\d{2})\\b`,
    parse: (g, b) => {
      const [y, mo, d] = [Number(g[0]), Number(g[1]), Number(g[2])];
      return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? mention(b, { year: y, month: mo, day: d, format: 'iso' }) : undefined;
    },
  },
  {
    // A diary's "Thu 16/06", "Wednesday 16.06": a weekday before a day and month in figures, without a year.
    // Or a listing's "Thu 16", "Wednesday 16 ·": a weekday and a day of the month, the month from context; not a time
    // ("Thu 16:00", "Friday 9 am") or a count ("Friday 13 people"). (One form for both: every alternative costs the
    // scan of the whole document.)
    source: `\\b${WD_NUM}(\\d{1,2})(?:([./])(\\d{1,2})\\b(?![./-]?\\d)|\\b(?![./:-]?\\d)(?!\\s*(?:[ap]\\.?m\\b|h\\b|hrs?\\b|o['’]clock|[a-z]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Za-z]*\\b)))`,
    parse: (g, b) => {
      const a = Number(g[1]);
      if (a < 1 || a > 31) return undefined;
      if (!g[2]) return mention(b, { day: a, weekday: weekdayIndex(g[0]), format: 'the-d' });
      const m = Number(g[3]);
      if (m >= 1 && m <= 12) return mention(b, { month: m, day: a, weekday: weekdayIndex(g[0]), format: 'wd-dm-num', separator: g[2], ambiguous: a <= 12 && a !== m });
      return undefined;
    },
  },
  {
    // "16.06.2021", "Saturday 23.05.2021": a weekday may come first.
    source: `\\b(?:${WD_NUM})?(\\d{1,2})([./-])(\\d{1,2})([./-])${YEAR}\\b`,
    parse: (g, b) => {
      const a = Number(g[1]), m = Number(g[3]), y = Number(g[5]);
      if (g[2] !== g[4] || a < 1 || m < 1) return undefined;
      const weekday = weekdayIndex(g[0]);
      // Day-first unless that is impossible: the sources and the desks write international English.
      if (a <= 31 && m <= 12) return mention(b, { year: y, month: m, day: a, weekday, format: 'dmy-num', separator: g[2], ambiguous: a <= 12 && a !== m });
      if (a <= 12 && m <= 31) return mention(b, { year: y, month: a, day: m, weekday, format: 'mdy-num', separator: g[2] });
      return undefined;
    },
  },
  {
    // (Or "Thursday, June sixteenth": the day an ordinal word, without "the". One form with the figures: every
    // alternative costs the scan of the whole document.)
    source: `\\b${WD}${MON}\\s+(?:${DAY}|(${DAY_WORDS})(?![-'’]))\\b(?:,?\\s+${YEAR}\\b)?`,
    parse: (g, b) => g[4]
      ? mention(b, { weekday: weekdayIndex(g[0]), day: DAY_WORD_VALUES.get(g[4].toLowerCase()), month: monthIndex(g[1]!), year: g[5] ? Number(g[5]) : undefined, format: 'md-words' })
      : dayMonth(b, 'md', g[0], g[1], g[2], g[3], g[5]),
  },
  {
    source: `\\b${WD}the\\s+${DAY}\\s+of\\s+${MON}(?:,?\\s+${YEAR}\\b)?`,
    parse: (g, b) => dayMonth(b, 'the-dm', g[0], g[3], g[1], 'th', g[4]),
  },
  {
    // "the seventeenth of June", "June the sixteenth": days written as ordinal words.
    // ("Tuesday, nineteenth of May": "the" may be left out.)
    source: `\\b${WD}(?:the\\s+)?(${DAY_WORDS})\\s+of\\s+${MON}(?:,?\\s+${YEAR}\\b)?`,
    parse: (g, b) => mention(b, { weekday: weekdayIndex(g[0]), day: DAY_WORD_VALUES.get(g[1]!.toLowerCase()), month: monthIndex(g[2]!), year: g[3] ? Number(g[3]) : undefined, format: 'the-dm-words' }),
  },
  {
    // (With its weekday too: "Thursday, June the sixteenth".)
    source: `\\b${WD}${MON}\\s+the\\s+(${DAY_WORDS})\\b(?:,?\\s+${YEAR}\\b)?`,
    parse: (g, b) => mention(b, { weekday: weekdayIndex(g[0]), day: DAY_WORD_VALUES.get(g[2]!.toLowerCase()), month: monthIndex(g[1]!), year: g[3] ? Number(g[3]) : undefined, format: 'm-the-d-words' }),
  },
  {
    // (In figures too: "February the 26th".)
    source: `\\b${WD}${MON}\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?:,?\\s+${YEAR}\\b)?`,
    parse: (g, b) => {
      const day = Number(g[2]);
      return day >= 1 && day <= 31 ? mention(b, { weekday: weekdayIndex(g[0]), day, month: monthIndex(g[1]!), year: g[3] ? Number(g[3]) : undefined, format: 'm-the-d' }) : undefined;
    },
  },
  {
    source: `\\b${WD}${DAY}\\s+${MON}(?:,?\\s+${YEAR}\\b)?`,
    parse: (g, b) => dayMonth(b, 'dm', g[0], g[3], g[1], g[2], g[4]),
  },
  {
    source: `\\b(?:[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\\s+end\\s+of|[Tt]he\\s+beginning\\s+of)[-\\s]${MON}(?:\\s+${YEAR}\\b)?`,
    parse: (g, b) => mention(b, { month: monthIndex(g[0]!), year: g[1] ? Number(g[1]) : undefined, vague: true, part: monthPart(b.text), format: 'my' }),
  },
  {
    // (Or "in March twenty twelve", as a script for reading aloud writes the year.)
    source: `\\b${MON}(?:,?\\s+${YEAR}\\b|\\s+(${YEAR_WORDS})\\b(?![-'’]))`,
    parse: (g, b) => {
      const year = g[1] ? Number(g[1]) : yearFromWords(g[2]!);
      return year === undefined ? undefined : mention(b, { month: monthIndex(g[0]!), year, format: 'my' });
    },
  },
  {
    source: `\\b(?:[Ii]n|[Oo]f|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Ll]ast|[Tt]his|[Nn]ext|[Bb]efore|[Aa]fter)\\s+${MON}(?![\\w-]|,?\\s+\\d|\\s+(?:[Tt]wenty|TWENTY)[- ])`,
    parse: (g, b) => {
      const word = g[0]!;
      if (!/^[A-Z]/.test(word)) return undefined;
      const start = b.start + b.text.lastIndexOf(word);
      return mention(b, { start, end: start + word.length, text: word, month: monthIndex(word), format: 'm' });
    },
  },
  {
    // "a February phone call", "the April talks", "that January call", "that same April call": a month standing
    // before a noun, after an article.
    source: `\\b(?:[Aa]n?|[Tt]he|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er)\\s+(?:(?:same|very)\\s+)?${MON}(?=\\s+[a-z])`,
    parse: (g, b) => {
      const word = g[0]!;
      if (!/^[A-Z]/.test(word)) return undefined;
      const start = b.start + b.text.lastIndexOf(word);
      return mention(b, { start, end: start + word.length, text: word, month: monthIndex(word), format: 'm' });
    },
  },
  {
    // "on the 17th", "Thursday the 16th": a day of the month the context supplies. After a weekday the day may be
    // a word or bracketed: "come Thursday the sixteenth", "Thursday (the 16th)"; after "on" only figures ("on the
    // first call" is no date).
    source: `\\b(?:[Oo]n\\s+|(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\\s+\\(?)the\\s+(?:(\\d{1,2})(st|nd|rd|th)|(${DAY_WORDS})(?![-'’]))\\b(?!\\s+(?:of|anniversary|century|edition|floor|round|time|day))`,
    parse: (g, b) => {
      const d = g[1] ? Number(g[1]) : g[0] && g[3] ? DAY_WORD_VALUES.get(g[3].toLowerCase())! : 0;
      if (d < 1 || d > 31) return undefined;
      if (g[0]) return mention(b, { day: d, weekday: weekdayIndex(g[0]), ordinal: true, format: 'the-d' });
      const start = b.start + b.text.indexOf('the');
      return mention(b, { start, text: b.text.slice(start - b.start), day: d, ordinal: true, format: 'the-d' });
    },
  },
  {
    // "the 2018 Helsinki summit", "that 2011 meeting": a year standing before a name or a word for a meeting.
    // ("a 2012 photograph of … Biden shaking hands with … Putin": or for a picture of one.)
    source: `\\b(?:[Tt]he|[Tt]hat|[Tt]his|[Aa])\\s+${YEAR}(?=\\s+(?:[A-Z]|(?:summit|meeting|talks|visit|trip|encounter|handshake|call|election|forum|photo|photograph|picture|image)\\b))`,
    parse: (g, b) => mention(b, { start: b.end - g[0]!.length, text: g[0]!, year: Number(g[0]), format: 'y' }),
  },
  {
    // "2011: Vice President Biden meets …", "MOSCOW, 2011 — …": a year as a timeline's or a caption's label, opening
    // its line or after a place and a comma (not "**Helsinki 2018**:", a name with its year).
    // (The look behind runs only after four digits have matched.)
    source: `${YEAR}(?<=(?:^|[\\n\u2028\u2029]|,)${LABEL_LEAD}\\d{4})(?=${LABEL_END})`,
    parse: (g, b) => yearMention(b.start, g[0]!),
  },
  {
    // "- **April:** a phone call in which …", "March — Biden answers yes …": a month as a timeline's label, opening its
    // line. (The look behind runs only after a month's name has matched.)
    source: `${MON}(?![\\w-])(?<=(?:^|[\\n\u2028\u2029])${LABEL_LEAD}[A-Z][a-z]{2,8})(?=${LABEL_END})`,
    parse: (g, b) => mention(b, { month: monthIndex(g[0]!), format: 'm' }),
  },
  {
    // (Or "in twenty-seventeen", "SINCE TWENTY EIGHTEEN".)
    source: `\\b(?:[Ii]n|IN|[Oo]f|[Ss]ince|SINCE|[Uu]ntil|UNTIL|[Bb]y|[Ff]rom|FROM|[Dd]uring|DURING|[Bb]efore|[Aa]fter)\\s+(?:${YEAR}\\b|(${YEAR_WORDS})\\b(?![-'’]))`,
    parse: (g, b) => {
      const text = g[0] ?? g[1]!;
      const year = g[0] ? Number(g[0]) : yearFromWords(text);
      return year === undefined ? undefined : mention(b, { start: b.end - text.length, text, year, format: 'y' });
    },
  },
];

const GROUPS = FORMS.map(f => new RegExp(`${f.source}|`).exec('')!.length - 1);
// Every form opens at a word boundary: testing it once, before the alternatives, lets most positions fail at once.
// (No first-character lookahead before it, as the name patterns have: here it measured a third slower, as it keeps
// the engine from looking ahead for the characters a match can start with.)
const PATTERN = new RegExp(`\\b(?:${FORMS.map(f => `(${f.source})`).join('|')})`, 'g');

function dayMonth(b: { start: number; end: number; text: string }, format: 'md' | 'dm' | 'the-dm', wd?: string, mon?: string, day?: string, sfx?: string, year?: string): DateMention | undefined {
  const d = Number(day);
  if (!mon || d < 1 || d > 31) return undefined;
  return mention(b, { weekday: weekdayIndex(wd), month: monthIndex(mon), day: d, ordinal: !!sfx, year: year ? Number(year) : undefined, format });
}

function monthIndex(s: string): number {
  return MONTHS.findIndex(m => m.startsWith(s.toLowerCase().replace('.', '').slice(0, 3))) + 1;
}

/** A weekday's number (0 = Sunday) from its name or a short form of it ("Thu", "Tues"). */
export function weekdayIndex(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const i = WEEKDAYS.findIndex(w => w.startsWith(s.toLowerCase().slice(0, 3)));
  return i >= 0 ? i : undefined;
}

/** Finds date mentions in `text` between `from` and `to`. Linear: one regex pass, and a second over a rare stretch. */
export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const out: DateMention[] = [];
  const found = sparseMatchesIn(PATTERN, text, from, to);
  for (let i = 0; i < found.length; ) {
    const m = found[i];
    // "## May" over "**20 May 2021** — …" read as "May 20": a date's words never run across an empty line, nor past a
    // word that ends its sentence at a line's end ("the previous August." over "- **21 May.**"). Such a match (rare) and
    // the stretches it reached are read again stretch by stretch, in place of their matches.
    if (m[0].indexOf('\n') >= 0 && PARAGRAPH_BREAK_IN.test(m[0])) {
      let end = paragraphEnd(text, m.index + m[0].length);
      while (i < found.length && found[i].index < end) {
        const x = found[i++];
        if (x.index + x[0].length > end) end = paragraphEnd(text, x.index + x[0].length);
      }
      readStretches(text, m.index, Math.min(end, to), paragraphEnd, out);
      continue;
    }
    // "| 4 | March 2021 |": nor across a table's cells (a cell's start is a line separator in the prose): the match is
    // read again cell by cell.
    if (m[0].indexOf('\u2028') >= 0) {
      readStretches(text, m.index, m.index + m[0].length, cellEnd, out);
      i++;
      continue;
    }
    read(text, m, out);
    i++;
  }
  return out;
}

/** Reads [from, stop) again stretch by stretch, each ending where `endOf` says: no date runs across two. */
function readStretches(text: string, from: number, stop: number, endOf: (text: string, at: number) => number, out: DateMention[]): void {
  for (let at = from; at < stop; ) {
    const next = Math.min(stop, endOf(text, at));
    for (const y of sparseMatchesIn(PATTERN, text, at, next)) read(text, y, out);
    at = next;
  }
}

/** Where the table cell holding `at` ends: after the next cell's separator, or at the text's end. */
function cellEnd(text: string, at: number): number {
  const sep = text.indexOf('\u2028', at);
  return sep < 0 ? text.length : sep + 1;
}

/** The date a match of the pattern reads as, added to `out` (some matches read as none). */
function read(text: string, m: RegExpExecArray, out: DateMention[]): void {
  // ("**3/12** April was also when …": a number after a figure and a slash numbers a post of a thread; it is no day.)
  if (text.charCodeAt(m.index - 1) === 47 && /\d/.test(text[m.index - 2] ?? '')) return;
  // ("[09:10] January 2021: the first call": a clock time's minutes before a month are no day.)
  // (What follows them is read again: "January 2021".)
  if (text.charCodeAt(m.index - 1) === 58 && /\d/.test(text[m.index - 2] ?? '') && /^\d/.test(m[0])) {
    const digits = /^\d+/.exec(m[0])![0].length;
    for (const y of sparseMatchesIn(PATTERN, text, m.index + digits, m.index + m[0].length)) read(text, y, out);
    return;
  }
  let g = 1;
  for (let f = 0; f < FORMS.length; g += GROUPS[f] + 1, f++) {
    if (m[g] === undefined) continue;
    const d = FORMS[f].parse(m.slice(g + 1, g + 1 + GROUPS[f]), { start: m.index, end: m.index + m[0].length, text: m[0] });
    if (d) out.push(d);
    break;
  }
}
const PARAGRAPH_BREAK_IN = /\n[ \t]*\n|[a-z]{3}\.[ \t]*\n/;

/** Where the stretch holding `at` ends: after its next empty line or sentence-ending line end, or at the text's end. */
function paragraphEnd(text: string, at: number): number {
  PARAGRAPH_BREAK.lastIndex = at;
  const m = PARAGRAPH_BREAK.exec(text);
  return m ? m.index + m[0].length : text.length;
}
const PARAGRAPH_BREAK = new RegExp(PARAGRAPH_BREAK_IN.source, 'g');

const RELATIVE = new RegExp(`\\b(?:(?:on|this|next|last|coming|said|says|told|tells|announced|confirmed|warned|added|meet|meets|met|spoke|speaks|arrive|arrives|arrived|begin|begins|began|end|ends|ended|hold|holds|held)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(the\\s+day\\s+after\\s+tomorrow|the\\s+day\\s+before\\s+yesterday|today|tomorrow|yesterday|in\\s+(?:two|three|four|five|six|[2-6])\\s+days(?:'\\s+time)?)|(next|last|this)\\s+month|(next|last|this)\\s+week)\\b${NO_DAY_AFTER}`, 'gi');

/**
 * Relative dates, resolved against the draft's own date (front matter `date:`); without one
 * nothing is guessed. "on Wednesday" and "this/next Wednesday" take the first such day after
 * the draft's date, "last Wednesday" the last one before it.
 */
export function findRelativeDates(text: string, from: number, to: number, draftDate: string | undefined): DateMention[] {
  if (!draftDate) return findWeekdays(text, from, to);
  const [y, m, d] = draftDate.split('-').map(Number);
  const base = Date.UTC(y, m - 1, d);
  const out: DateMention[] = [];
  for (const r of matchesIn(RELATIVE, text, from, to)) {
    let day: number | undefined;
    let month: { year: number; month: number } | undefined;
    if (r[1]) {
      const target = WEEKDAYS.indexOf(r[1].toLowerCase());
      const today = new Date(base).getUTCDay();
      // "said Tuesday", "met Monday" speak of the past too.
      const past = /^(?:last|said|told|announced|confirmed|warned|added|met|spoke|arrived|began|ended|held)\b/i.test(r[0]);
      const delta = past ? -(((today - target + 7) % 7) || 7) : ((target - today + 7) % 7) || 7;
      day = base + delta * 86400000;
    } else if (r[2]) {
      day = base + relativeDays(r[2]) * 86400000;
    } else if (r[4]) {
      // Weeks run Monday to Sunday.
      const monday = base - ((new Date(base).getUTCDay() + 6) % 7) * 86400000;
      const shift = /^next/i.test(r[4]) ? 7 : /^last/i.test(r[4]) ? -7 : 0;
      const from = monday + shift * 86400000;
      const mid = new Date(from + 3 * 86400000);
      out.push(mention({ start: r.index, end: r.index + r[0].length, text: r[0] }, { year: mid.getUTCFullYear(), format: 'relative', relative: true, range: { from, to: from + 6 * 86400000 } }));
      continue;
    } else {
      const shift = /^next/i.test(r[3]!) ? 1 : /^last/i.test(r[3]!) ? -1 : 0;
      const dt = new Date(Date.UTC(y, m - 1 + shift, 1));
      month = { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1 };
    }
    // A verb before the weekday ("said Tuesday") is not part of the date.
    const verbFirst = !!r[1] && !/^(?:on|this|next|last|coming)\b/i.test(r[0]);
    const text0 = verbFirst ? r[1] : r[0];
    const at = verbFirst ? r.index + r[0].length - r[1].length : r.index;
    if (day !== undefined) {
      const dt = new Date(day);
      out.push(mention({ start: at, end: at + text0.length, text: text0 }, { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate(), weekday: r[1] ? dt.getUTCDay() : undefined, format: 'relative', relative: true }));
    } else if (month) {
      out.push(mention({ start: r.index, end: r.index + text0.length, text: text0 }, { year: month.year, month: month.month, format: 'relative', relative: true }));
    }
  }
  return out;
}

const DAY_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/** Days from the draft's date: "tomorrow" 1, "the day before yesterday" -2, "in three days" 3. */
function relativeDays(phrase: string): number {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ');
  if (p.startsWith('the day after')) return 2;
  if (p.startsWith('the day before')) return -2;
  const n = /^in (\w+) days/.exec(p);
  if (n) return DAY_COUNTS[n[1]] ?? Number(n[1]);
  return p === 'tomorrow' ? 1 : p === 'yesterday' ? -1 : 0;
}

// Wire style drops the "on": "Peskov said Tuesday", "the leaders meet Wednesday".
// ("Speaking on mardi (Tuesday)": a translation's weekday glossed in brackets.)
// ("**A:** Thursday.": a quiz's answer label.)
// ("his Thursday speech", "the Tuesday call": a weekday before the occasion it dates.)
// ("Monday: the two leaders speak by phone …": a weekday labelling a line's entry.)
const ATTRIBUTED_OCCASION = '(?:speech|address|remarks|call|phone\\s+call|meeting|summit|talks|news\\s+conference|press\\s+conference|briefing|appearance|interview|statement|comments|session|visit|trip|forum|rally)\\b';
const BARE_WEEKDAY = new RegExp(`\\b(?:A[*_]*:[\\s*_]*|[Aa]nswer[*_]*:[\\s*_]*|(?:[Oo]n\\s+(?:the|a)|[Aa]|[Tt]hat|[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ss]ince|said|says|told|tells|announced|confirmed|warned|added|meet|meets|met|spoke|speaks|[Ss]peaking|arrive|arrives|arrived|begin|begins|began|end|ends|ended|hold|holds|held)\\s+|[Oo]n\\s+[a-zà-ÿ]{3,10}\\s+\\(|(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][a-z]+['’]s)\\s+(?=[MTWFS][a-z]{2,5}day\\s+${ATTRIBUTED_OCCASION})|(?<=(?:^|\\n)[\\t >*_#-]{0,6})(?=[MTWFS][a-z]{2,5}day[*_]*:[*_]*\\s)|(?=[MTWFS][a-z]{2,5}day['’]s\\s))(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b${NO_DAY_AFTER}(?!,?\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))`, 'g');

/** "Thursday's summit", "Wednesday's Geneva talks": a weekday in the possessive dates the meeting after it. */
const POSSESSED_MEETING = /^['’]s\s+(?:[A-Z][\w-]*\s+)?(?:summit|meeting|talks|encounter|sit-down|face-to-face)\b/;

const LABEL_AFTER = /^[*_]*:/;

/** Without the draft's own date, "on Wednesday" still names a day of the week: checked against an event's date or weekday. */
function findWeekdays(text: string, from: number, to: number): DateMention[] {
  return matchesIn(BARE_WEEKDAY, text, from, to).filter(m => m[0].length > m[1].length || LABEL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) || POSSESSED_MEETING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))).map(m => {
    const start = m.index + m[0].length - m[1].length;
    return mention({ start, end: m.index + m[0].length, text: m[1] }, { weekday: WEEKDAYS.indexOf(m[1].toLowerCase()), format: 'weekday' });
  });
}

/** Day of the week of a full date (0 = Sunday). */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function weekdayName(i: number): string {
  return WEEKDAYS[i][0].toUpperCase() + WEEKDAYS[i].slice(1);
}

export type MonthPart = 'early' | 'mid' | 'late';
export interface DateValue { year?: number; month?: number; day?: number; part?: MonthPart }

/** The part of the month "early May", "the end of May" or "mid-June" names. */
export function monthPart(text: string): MonthPart | undefined {
  const t = text.toLowerCase();
  return /^(?:early|the\s+beginning)/.test(t) ? 'early' : /^mid/.test(t) ? 'mid' : /^(?:late|the\s+end)/.test(t) ? 'late' : undefined;
}

/** Does a day fall in a part of its month? The parts overlap a little: "mid-June" may be the 8th or the 23rd. */
export function dayInPart(day: number, part: MonthPart): boolean {
  return part === 'early' ? day <= 12 : part === 'mid' ? day >= 8 && day <= 23 : day >= 18;
}

/** Writes `value` in the same form as `mention`, so a fix keeps the writer's style. */
export function renderLike(mention: DateMention, value: DateValue): string {
  const monthName = (n: number) => {
    const full = MONTH_NAMES[n - 1];
    const written = /^[A-Za-z]+/.exec(mention.text.replace(/^(?:the\s+\d+\w*\s+of\s+|\w+day,?\s+)/i, '').replace(/^\d+\w*\s+/, ''))?.[0] ?? full;
    return written.length <= 4 && written !== full && full.length > 4 ? full.slice(0, 3) : full;
  };
  const pad = (n: number) => String(n).padStart(2, '0');
  const sfx = (n: number) => (mention.ordinal ? ordinalSuffix(n) : '');
  const y = value.year ?? mention.year;
  const withYear = (s: string, comma: boolean) => (mention.year !== undefined && y !== undefined ? `${s}${comma ? ',' : ''} ${y}` : s);
  const wd = mention.weekday !== undefined && y && value.month && value.day ? `${weekdayName(weekdayOf(y, value.month, value.day))}, ` : '';
  switch (mention.format) {
    case 'iso': return `${y}-${pad(value.month ?? 1)}-${pad(value.day ?? 1)}`;
    case 'dmy-num': return numericWeekday(mention, value, y) + `${pad(value.day ?? 1)}${mention.separator}${pad(value.month ?? 1)}${mention.separator}${y}`;
    case 'mdy-num': return numericWeekday(mention, value, y) + `${pad(value.month ?? 1)}${mention.separator}${pad(value.day ?? 1)}${mention.separator}${y}`;
    case 'wd-dm-num': return numericWeekday(mention, value, y) + `${pad(value.day ?? 1)}${mention.separator}${pad(value.month ?? 1)}`;
    case 'md': return wd + withYear(`${monthName(value.month!)} ${value.day}${sfx(value.day!)}`, /,\s*\d{4}$/.test(mention.text));
    case 'dm': return wd + withYear(`${value.day}${sfx(value.day!)} ${monthName(value.month!)}`, false);
    case 'the-dm': return wd + withYear(`the ${value.day}${ordinalSuffix(value.day!)} of ${monthName(value.month!)}`, false);
    case 'the-dm-words': return wd + withYear(`${/\bthe\s/i.test(mention.text) ? 'the ' : ''}${numberWord(value.day!, true)} of ${monthName(value.month!)}`, false);
    case 'm-the-d-words': return withYear(`${monthName(value.month!)} the ${numberWord(value.day!, true)}`, false);
    case 'm-the-d': return withYear(`${monthName(value.month!)} the ${value.day}${ordinalSuffix(value.day!)}`, false);
    case 'md-words': return wd + withYear(`${monthName(value.month!)} ${numberWord(value.day!, true)}`, true);
    case 'my': {
      if (!value.month) return String(y);
      const month = `${monthName(value.month)}${y !== undefined && mention.year !== undefined ? ` ${y}` : ''}`;
      // "early May" for a late-May event: the right part of the month, written as the draft wrote its own.
      if (!mention.part || !value.part) return month;
      const lead = /^mid/i.test(value.part) ? 'mid-' : `${value.part} `;
      return `${/^[A-Z]/.test(mention.text) ? lead[0].toUpperCase() + lead.slice(1) : lead}${month}`;
    }
    case 'm': return value.month ? MONTH_NAMES[value.month - 1] : mention.text;
    case 'y': return String(value.year ?? mention.year);
    case 'relative': return describeDate(value);
    case 'the-d': return dayOfContext(mention, value, y);
    case 'weekday': return value.year && value.month && value.day ? weekdayName(weekdayOf(value.year, value.month, value.day)) : mention.text;
  }
}

/** The weekday before a date in figures ("Sat 23.05.2021"), right for `value` and written as the draft wrote its own. */
function numericWeekday(mention: DateMention, value: DateValue, y: number | undefined): string {
  const written = mention.weekday === undefined ? undefined : /^([A-Za-z]+\.?,?\s+)/.exec(mention.text);
  if (!written) return '';
  const word = /^[A-Za-z]+/.exec(written[1])![0];
  const day = y && value.month && value.day ? weekdayName(weekdayOf(y, value.month, value.day)) : word;
  return `${word.length <= 4 ? day.slice(0, 3) : day}${written[1].slice(word.length)}`;
}

/** "Thursday the 16th", "Thu 16", "the sixteenth": the day (and weekday) right for `value`, the rest as written. */
function dayOfContext(mention: DateMention, value: DateValue, y: number | undefined): string {
  let head = '', rest = mention.text;
  const written = mention.weekday === undefined ? undefined : /^[A-Za-z]+/.exec(rest)?.[0];
  if (written) {
    const right = y && value.month && value.day ? weekdayName(weekdayOf(y, value.month, value.day)) : written;
    head = written.length <= 4 ? right.slice(0, 3) : right;
    rest = rest.slice(written.length);
  }
  const day = value.day ?? 1;
  const tail = /(\d{1,2})(st|nd|rd|th)?$|[A-Za-z-]+$/.exec(rest);
  if (!tail) return mention.text;
  const shown = tail[1] ? `${day}${tail[2] ? ordinalSuffix(day) : ''}` : numberWord(day, true)!;
  return head + rest.slice(0, tail.index) + shown;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** Describes a date value for messages: "16 June 2021", "March 2011", "2018". */
export function describeDate(v: DateValue): string {
  const parts: string[] = [];
  if (v.part && !v.day) parts.push(v.part);
  if (v.day) parts.push(String(v.day));
  if (v.month) parts.push(MONTH_NAMES[v.month - 1]);
  if (v.year) parts.push(String(v.year));
  return parts.join(' ');
}
