/**
 * Reads a draft once: prose, sentences, and every mention in each sentence (people,
 * organisations, places, event names and words, dates, numbers, role phrases). The checks
 * work on this and never rescan the text.
 */
import { matchesIn } from '../text/scan';
import { objectList, objectsOf, sortByStart } from '../text/lists';
import { isLetter, wordSet } from '../text/words';
import { LETTER_OR_DIGIT, LOWER, UPPER, notAfter, notBefore } from '../text/letters';
import { COUNTRIES } from '../data/countries';
import { CAPITAL_OF } from '../data/capitals';
import { LEADER_SURNAMES } from '../data/leaders';
import { findQuotations, type Quotation } from '../text/quotes';
import { findNumbers, type NumberMention } from '../text/numbers';
import { BARRIERS } from './barriers';
import type { FactBase } from '../facts/model';
import type { Span } from '../types';
import { readProse, type Prose } from '../markdown/prose';
import { splitSentences } from '../text/sentences';
import { findDates, findRelativeDates, yearMention, MONTHS, type DateMention } from '../text/dates';
import { findRoles, holdersOf, type RolePhrase } from './roles';
import { lexiconOf, normalise, surfaceOf, type NamedKind, type Lexicon } from './lexicon';

export interface Mention extends Span {
  kind: NamedKind | 'unknownPlace' | 'unknownPerson' | 'unknownEvent';
  id: string;
  text: string;
  /** Stated as where something happens: after "in"/"at", or alone in a table cell. */
  venue: boolean;
}

export interface EventWord extends Span {
  word: string;
  events: string[];
  /** After "a", "an", "another" or "proposed the": not yet a particular event. */
  indefinite: boolean;
  /** Right after "the". */
  definite: boolean;
  /**
   * After "before the", "ahead of the": the time something else is set against ("… four weeks before the summit"); after
   * "to prepare the": what something else was for ("met in Reykjavik to prepare the summit").
   */
  reference: boolean;
  /** Inside a quotation: the speaker's words, not the writer's statement. */
  quoted: boolean;
}

export interface Sentence extends Span {
  /** Position in `Analysis.sentences`. */
  index: number;
  block: number;
  mentions: Mention[];
  words: EventWord[];
  dates: DateMention[];
  roles: RolePhrase[];
  numbers: NumberMention[];
  lower?: string;
  /** Its words in lower case (made on first use). */
  wordSet?: Set<string>;
}

export interface Analysis {
  doc: string;
  prose: Prose;
  /** Prose with curly apostrophes and dashes made ASCII (same length). */
  norm: string;
  sentences: Sentence[];
  base: FactBase;
  /** Direct quotations (closed ones), in text order. */
  quotes: Quotation[];
  /** Offsets of clause boundaries ("; ", ", when", "since"…), in text order. */
  barriers: number[];
}

/**
 * The sentence in lower case with every white-space character a space (same length), made once:
 * several checks look phrases up in it, and a hard-wrapped line must not split "Nord\nStream 2".
 */
export function lowerText(analysis: Analysis, s: Sentence): string {
  if (s.lower === undefined) {
    const lower = analysis.norm.slice(s.start, s.end).toLowerCase();
    s.lower = OTHER_SPACE.test(lower) ? lower.replace(/\s/g, ' ') : lower;
  }
  return s.lower;
}

/** The words of the sentence in lower case, made once: checks ask whether a word is there before searching for it. */
export function sentenceWords(analysis: Analysis, s: Sentence): Set<string> {
  return (s.wordSet ??= wordSet(lowerText(analysis, s)));
}

/**
 * "Your foreign minister, Mr Putin, called that …", "Mr Putin, you told reporters …": a name the writer addresses, set
 * off by commas (after "your" and a noun, or opening its sentence before "you"). It is no subject, and no title beside it is its.
 */
export function vocative(analysis: Analysis, s: Sentence, m: Mention): boolean {
  const { norm } = analysis;
  const before = norm.slice(Math.max(0, m.start - 60), m.start), after = norm.slice(m.end, m.end + 12);
  if (!/^\s*,/.test(after)) return false;
  if (OPENS_BEFORE.test(before) && /^\s*,\s*(?:you|your)\b/i.test(after)) return true;
  if (!YOUR_NOUN_BEFORE.test(before)) return false;
  // (Not the title's own holder in apposition: "your foreign minister, Sergei Lavrov, called it …".)
  const title = s.roles.find(r => r.end <= m.start && m.start - r.end <= 24 && /^\s*,\s*(?:(?:Mr|Mrs|Ms|Dr|President)\.?\s+)?$/.test(norm.slice(r.end, m.start)));
  // (With no title read there, only a name with an honorific, as one addresses a reader: "Your side, Mr Putin, …".)
  return title ? !holdersOf(analysis.base, title, true).some(p => p.id === m.id) : /\b(?:Mr|Mrs|Ms|Dr|President)\.?\s+$/.test(before) || /^(?:Mr|Mrs|Ms|Dr|President)\.?\s/.test(m.text);
}
/** Words for a meeting of two people that a place may name before them: "the Stockholm meeting", "the Moscow handshake". */
const MEETING_WORDS = 'handshake|meeting|talks|encounter';
const YOUR_NOUN_BEFORE = /\byour\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?[\w-]+,\s*(?:(?:Mr|Mrs|Ms|Dr|President)\.?\s+)?$/i;
const OPENS_BEFORE = /(?:^|[.!?;:]\s+|\n[\s*_>-]*)(?:(?:Mr|Mrs|Ms|Dr|President)\.?\s+)?$/;

/** White space other than a plain space (line breaks, tabs, the prose reader's cell and block marks). */
const OTHER_SPACE = /[^\S ]/;

/** Is the span inside a direct quotation? Words in quotation marks are checked as a quotation, not as the draft's own claims. */
export function quoted(analysis: Analysis, s: Span): boolean {
  return quotationAt(analysis, s) !== undefined;
}

/**
 * Is the span inside quotation marks? A transcript's line is its speaker's words, but what it says of who met whom is
 * the writer's account too ("MS. PSAKI: … Jake Sullivan met his counterpart, Sergei Lavrov").
 */
export function inMarkedQuotation(analysis: Analysis, s: Span): boolean {
  const q = quotationAt(analysis, s);
  return q !== undefined && !q.label;
}

/** The quotation whose words hold `s`, found by a binary search over the quotations (sorted by start). */
export function quotationAt(analysis: Analysis, s: Span): Quotation | undefined {
  const q = firstQuotationAfter(analysis, s.start);
  return q && q.inner.start <= s.start && s.end <= q.inner.end ? q : undefined;
}

/** The first quotation (in text order) that ends after `at`: a binary search over the quotations, sorted by start. */
export function firstQuotationAfter(analysis: Analysis, at: number): Quotation | undefined {
  const list = analysis.quotes;
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].end <= at) lo = mid + 1; else hi = mid; }
  return list[lo];
}

const NOT_PLACES = new Set(['The', 'A', 'An', 'Answer', 'Q', 'On', 'In', 'At', 'It', 'By', 'For', 'From', 'With', 'Yes', 'No', 'Both', 'Neither', 'This', 'That', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'Your', 'Mr', 'Mrs', 'Ms', 'Dr',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Addition', 'Particular', 'Fact', 'Response',
  'Contrast', 'General', 'Short', 'Turn', 'Return', 'Total', 'Practice', 'Theory', 'Part', 'Person', 'Private', 'Public', 'Time', 'Office',
  // Adjectives of nationality are not places ("in the Swiss city of Geneva").
  'Swiss', 'Russian', 'American', 'British', 'Icelandic', 'Finnish', 'Ukrainian', 'Belarusian', 'Iranian', 'European', 'Western', 'Soviet',
  'Belgian', 'French', 'German', 'Chinese', 'Austrian', 'US', 'U.S.', 'UN', 'EU']);
/** A capitalised word followed by one of these is an adjective, not a place ("a Swiss city", "Kremlin officials"). */
// ("a West Point commencement": or a ceremony's word.)
const PRESS_CONFERENCE_AFTER = /^\s+(?:press|news)\s+conference\b/i;
const EVENT_AFTER = /^\s+(?:forum|summit|conference|commencement|graduation|convention)\b/;
const NOUN_AFTER = /^\s+(?:city|capital|town|resort|government|side|delegation|leader|leaders|president|officials?|lake|border|authorities|diplomats?|media|press|piece|article|story|report|caption|headline|website|feed|edition|translation|version|readout|transcript|wording|rendering|coverage|broadcast|family|families|household|clan|pic|pics|picture|pictures|photo|photos|photograph|photographs|image|images|footage|snap|snaps)\b/;

/** ", then the US president,": a past title between commas after a name. */
const APPOSED_THEN = /^,\s*then\s+(?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){0,3}(?:president|vice[- ]president|prime\s+minister|minister|secretary(?:\s+of\s+state)?|senator|spokes(?:man|woman|person)|advis[eo]r|leader|chancellor|ambassador)\s*,/i;
/** The sentences that overlap [from, to], found by binary search. */
export function sentencesIn(analysis: Analysis, from: number, to: number): Sentence[] {
  const list = analysis.sentences;
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].end < from) lo = mid + 1; else hi = mid; }
  const out: Sentence[] = [];
  for (let i = lo; i < list.length && list[i].start <= to; i++) out.push(list[i]);
  return out;
}

export function analyse(doc: string, base: FactBase, draftDate?: string): Analysis {
  const prose = readProse(doc);
  if (draftDate && !prose.frontMatterDate) prose.frontMatterDate = draftDate;
  const norm = normalise(prose.text);
  const lex = lexiconOf(base);
  // Each pattern runs once over the whole text; sentences then take their share in order.
  // (Per-sentence scans cost a regex setup and a slice for every pattern and sentence.)
  const dated = [...findDates(norm, 0, norm.length), ...findRelativeDates(norm, 0, norm.length, prose.frontMatterDate)].sort((x, y) => x.start - y.start);
  const all = {
    names: new MatchCursor(matchesIn(lex.names, norm, 0, norm.length)),
    gNames: new MatchCursor(matchesIn(G_NAME, norm, 0, norm.length)),
    words: new MatchCursor(matchesIn(lex.words, norm, 0, norm.length)),
    capitals: new MatchCursor(matchesIn(CAPITALISED, norm, 0, norm.length)),
    capsCapitals: new MatchCursor(matchesIn(CAPS_CAPITAL, norm, 0, norm.length)),
    roles: new SpanCursor(findRoles(norm, 0, norm.length)),
    numbers: new SpanCursor(findNumbers(norm, 0, norm.length)),
    dates: new SpanCursor(dated),
  };
  const sentences: Sentence[] = [];
  prose.blocks.forEach((block, b) => {
    for (const s of splitSentences(norm, block, doc)) sentences.push(readSentence(doc, norm, s, b, base, sentences.length, all, sentences[sentences.length - 1]));
  });
  const marked = prose.blocks.flatMap(b => findQuotations(prose.text, b)).filter(q => !q.unclosed)
    // 'Should read: "Jake Sullivan, White House chief of staff"': an erratum's corrected text is the writer's own words,
    // checked as such; a quotation inside it is a quotation. (So is a script's voice-over: 'VO: "The two men met …"'.)
    // So is a passage in double marks that itself quotes in single ones: 'Para 3. "The White House said the leaders
    // 'will discuss …'." — Keep.' quotes a draft's sentence, whose claims are checked, and its quotation is the quotation.
    .flatMap(q => {
      const lead = norm.slice(Math.max(0, q.start - 30), q.start);
      // (A voice-over's line quoted whole: 'NARRATOR: "…," Lavrov added.' reads out a quotation.)
      const writer = WRITER_TEXT.test(lead) || (VOICE_OVER.test(lead) && /^[\s*_]*(?:\n|$)/.test(norm.slice(q.end, q.end + 8))) || quotedCopy(doc, norm, q, lex);
      const inner = writer || nestsQuotation(prose.text, q) ? findQuotations(prose.text, q.inner).filter(i => !i.unclosed) : [];
      return writer || inner.length ? inner : [q];
    });
  // One array shape whether or not the draft quotes anyone: every check reads this list.
  const quotes = objectsOf(marked, transcriptLines(doc, norm, prose.blocks, sentences)).sort((a, b) => a.start - b.start);
  markQuotedWords(sentences, quotes);
  // ("On 28 January, shortly after being sworn in, Biden spoke to Putin": a time phrase right after a date's comma goes on
  // with the date's clause; it parts nothing from it.)
  let k = 0;
  const barriers = matchesIn(BARRIERS, norm, 0, norm.length).filter(m => {
    // ("Putin met Donald Trump, then the US president, in Helsinki": ", then" before a title set off by commas describes
    // the name before it; the clause goes on.)
    if (m[0].length > 5 && APPOSED_THEN.test(norm.slice(m.index, m.index + 64))) return false;
    if (!AFTER_OR_BEFORE.test(m[0])) return true;
    while (k < dated.length && dated[k].end < m.index - 24) k++;
    for (let j = k; j < dated.length && dated[j].end <= m.index; j++) {
      // (A "when" clause only after a day or a weekday: "in April, when he told Putin …" may tell something else of the month;
      // "came on Thursday, when the Russian president told the … Forum" tells that day's.)
      if (AFTER_DATE_PHRASE.test(norm.slice(dated[j].end, m.index)) && (dated[j].day !== undefined || dated[j].weekday !== undefined || !/when/i.test(m[0]))) return false;
    }
    return true;
  }).map(m => m.index);
  return { doc, prose, norm, sentences, base, quotes, barriers };
}
/**
 * A clause boundary that is a time phrase's ("after being sworn in") or a "when" clause's: the kind a date's comma may go
 * on ("came on 20 May 2021, when Blinken greeted Lavrov in Reykjavik": the clause tells what the date's day held).
 */
const AFTER_OR_BEFORE = /\b(?:after|before)\b|^,\s*when\b/i;
/** Between a date and a time phrase that goes on with its clause: "", ", shortly " (the barrier is the phrase's comma or word). */
const AFTER_DATE_PHRASE = /^(?:,\s*(?:(?:shortly|soon|just|right|not\s+long)\s+)?)?$/i;

/**
 * A line of copy quoted whole: '- "On 26 February, shortly after Biden was sworn in, the two leaders spoke …"', 'para 3:
 * "Putin, speaking on Thursday at the … Forum, said …"' — an editor or a teacher quoting a draft's sentence to check it.
 * Its claims are the draft's own. The quotation is all its line holds (after a list mark or a short label naming no one
 * and no verb of saying, and before a verdict such as "— Keep."; not a heading or an entry's title), it is a sentence of
 * eight words or more that names someone or something the base knows, and it speaks of no one in the first person (a
 * speaker's words do: "We will discuss …").
 */
function quotedCopy(doc: string, norm: string, q: Quotation, lex: Lexicon): boolean {
  // (Bounded looks for the line's ends: a long line of many quotations costs no more per quotation.)
  const before = norm.slice(Math.max(0, q.start - 61), q.start);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && q.start > 61) return false;
  const lineStart = q.start - before.length + nl + 1;
  const lead = norm.slice(lineStart, q.start);
  if (!COPY_LEAD.test(lead) || COPY_LEAD_SPEAKER.test(lead) || namesIn(lex, lead)) return false;
  const after = norm.slice(q.end, q.end + 41);
  const lineEnd = after.indexOf('\n');
  if (lineEnd < 0 && q.end + 41 <= norm.length) return false;
  const tail = lineEnd < 0 ? after : after.slice(0, lineEnd);
  // (Not a quotation credited after a dash: '- "Not seeking to initiate a cycle …" — Biden'.)
  if (!COPY_TAIL.test(tail) || namesIn(lex, tail)) return false;
  const inner = norm.slice(q.inner.start, q.inner.end);
  if (inner.length > 400 || !/[.!?]\s*$/.test(inner) || FIRST_PERSON.test(inner) || (inner.match(/\s+/g)?.length ?? 0) < 7) return false;
  // (Not a quotation set as an entry's title: "### 5. "Not seeking to initiate …"", "**9. "Not looking to …"**".)
  // (Read in the document: the prose has its markup blanked.)
  if (doc.slice(lineStart, q.start).includes('#') || /^[.!?]?\*\*/.test(doc.slice(q.end, q.end + 3))) return false;
  return namesIn(lex, inner);
}
/** Before a quoted line of copy: a list mark, a number, a chat's handle and time, a label such as "para 3:". */
const COPY_LEAD = /^[\s>*_#|-]*(?:[^"“”«\n]{0,50}[:.)\]]\s*|\s*)[*_]*\s*$/;
const COPY_LEAD_SPEAKER = /\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|replied|quoted|quoting|warned|declared|tweeted|posted)\b/i;
/** After it: punctuation, and at most a verdict after a dash ("— Keep.", "– OK"). */
const COPY_TAIL = /^[\s.,;*_]*(?:[\u2014\u2013-]+\s*[\p{L} ]{1,25}[.!]?[\s*_]*)?$/u;
const FIRST_PERSON = /\b(?:I|I'm|I've|we|We|we're|We're|our|Our|us|my|My|me)\b/;
/** Does the text name a person, place or thing the base knows? */
function namesIn(lex: Lexicon, text: string): boolean {
  lex.names.lastIndex = 0;
  const found = lex.names.test(text);
  lex.names.lastIndex = 0;
  return found;
}

/** Does a quotation in double marks hold one in single marks? (A cheap look for a single mark first: most hold none.) */
function nestsQuotation(text: string, q: Quotation): boolean {
  const open = text.charCodeAt(q.start);
  if (open !== 34 && open !== 0x201c) return false;
  const inner = text.slice(q.inner.start, q.inner.end);
  return /(?:^|[\s(])['\u2018]\p{L}/u.test(inner);
}

/** Flags the event words inside quotations: one pointer over the quotations, as both lists are in text order. */
function markQuotedWords(sentences: Sentence[], quotes: Quotation[]): void {
  let k = 0;
  for (const s of sentences) {
    for (const w of s.words) {
      while (k < quotes.length && quotes[k].inner.end <= w.start) k++;
      // Transcript lines are a speaker's words too, but they are the whole line: only marked quotations count here.
      w.quoted = k < quotes.length && quotes[k].inner.start <= w.start && w.end <= quotes[k].inner.end && !quotes[k].label;
    }
  }
}

/** Spans sorted by start (roles, dates, numbers), handed out sentence by sentence (sentences come in text order). */
class SpanCursor<T extends Span> {
  private at = 0;
  constructor(private readonly items: T[]) {}
  /** The items inside the sentence in a list of their own, or the one shared empty list when there are none. */
  take(s: Span): T[] {
    const items = this.items;
    while (this.at < items.length && items[this.at].start < s.start) this.at++;
    let out: T[] | undefined;
    for (let i = this.at; i < items.length && items[i].start < s.end; i++) if (items[i].end <= s.end) (out ??= objectList<T>()).push(items[i]);
    return out ?? (NONE as T[]);
  }
}

/**
 * The list a sentence has of a kind of item it has none of: most sentences have no date, role or number, and need no
 * list of their own. (Every check only reads these lists.)
 */
const NONE = objectList<Span>();

/**
 * Regular-expression matches in text order, read sentence by sentence in place: a sentence keeps none of them, so
 * they are not copied into a list of its own.
 */
class MatchCursor {
  /** After `select`: the sentence's matches are items[from, to) that end within it (`within`). */
  from = 0;
  to = 0;
  constructor(readonly items: RegExpExecArray[]) {}
  select(s: Span): void {
    const items = this.items;
    // Sentences come in text order: the search starts where the last one's matches did.
    let i = this.from;
    while (i < items.length && items[i].index < s.start) i++;
    this.from = i;
    while (i < items.length && items[i].index < s.end) i++;
    this.to = i;
  }
}

/** Does the match end within the sentence? (One that starts in it and runs past its end is not the sentence's.) */
const within = (m: RegExpExecArray, s: Span) => m.index + m[0].length <= s.end;

/** A label before the writer's own corrected text: "Should read:", "now reads", "corrected to". */
// ('First reference: "Kremlin spokesman Dmitry Peskov"': a style note's prescribed wording is the writer's own too.)
// ("Our gloss: "…"": the writer's own rendering of someone's words.)
const WRITER_TEXT = /\b(?:should\s+(?:have\s+)?read|(?:now|correctly)\s+reads?|(?:corrected|amended|changed)\s+to|(?:first|second|later|subsequent)\s+references?|(?:our|my)\s+(?:gloss|translation|rendering|paraphrase))\s*:?[\s*_]*$/i;
/** A script's voice-over or on-screen text, its label opening the line: the writer's own words. */
const VOICE_OVER = /(?:^|[\n\u2029\u2028])[\s*_>]*(?:VO|V\/O|VOICE[- ]?OVER|Voice[- ]?over|NARRATOR|Narrator|NARRATION|ON-SCREEN TEXT|On-screen text|SUPER|Super)[\s*_]*:[\s*_]*$/;
/** Names of meetings the base may not know: "G20", and an acronym before a word for a meeting ("EU summit"). */
/** A label that asks where: "Where: Vienna", "Rally for Protasevich: Minsk" — not "ALERT — summit set: U.S. President…". */
const WHERE_LABEL = /\b(?:where|venue|location|place|city|site|held|rally|forum)\b[^:\n]{0,40}:\s*$/i;
// (Every alternative opens with a capital already: a lookahead for one before the lookbehind measured twice as slow.)
const G_NAME = new RegExp(`${notAfter(LETTER_OR_DIGIT)}(?:G-?\\d{1,2}${notBefore(LETTER_OR_DIGIT)}|Group\\s+of\\s+(?:\\d{1,2}|Seven|Eight|Twenty)${notBefore(LETTER_OR_DIGIT)}|([A-Z]{2,6}(?:-[A-Z]{2,6})?)(?=\\s+(?:summit|meeting|ministerial|leaders'? summit|conference)\\b))`, 'g');
/** An indefinite article (or a proposal) before an event word: "a summit", "proposed the meeting". */
const INDEFINITE = /\b(?:(?:a|an|another)\s+(?:[A-Za-z-]+\s+)?|(?:proposed|floated|suggested|offered|mooted|pitched|proposing|floating|suggesting)\s+(?:the|a|an)\s+)$/i;
/** What something else was for: "the details of (the Geneva encounter)", "preparations for", "the groundwork for". */
export const PURPOSE_OF = String.raw`(?:details|preparations?|arrangements|groundwork)\s+(?:of|for)`;
// ("once the summit is over": the time a statement is set against, too; and "to talk about the summit": what was spoken of.)
export const REFERENCE_POINT = new RegExp(String.raw`\b(?:before|after|ahead\s+of|prior\s+to|until|following|once|breakthroughs?\s+(?:from|at)|expectations?\s+(?:from|of|for)|(?:to\s+)?prepare(?:\s+for)?|preparing(?:\s+for)?|${PURPOSE_OF}|run-up\s+to|(?:talk|talked|talking|speak|spoke|speaking)\s+about)\s+(?:(?:the|this|their)\s+)?(?:[\w-]+\s+)?$`, 'i');
/** "Thursday's summit": a day's name in the possessive singles out the meeting, as "the" does. */
const DAY_POSSESSIVE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+(?:[A-Z][\w-]*\s+)?$/;
/** Languages a draft may say it is written or spoken in (none of them a place's name). */
const LANGUAGE = /^(?:English|French|German|Russian|Spanish|Italian|Portuguese|Chinese|Mandarin|Arabic|Ukrainian|Belarusian|Polish|Japanese|Korean|Turkish|Hebrew|Persian|Farsi|Dutch|Swedish|Finnish|Hindi|Latin)$/;
const NOT_EVENT_ACRONYMS = new Set(['US', 'UK', 'USA', 'AP']);
// Without the u flag (letter classes spelled out) and with the capital tested before the lookbehind: several times faster.
const CAPITALISED = new RegExp(`(?=[A-Z\\u00C0-\\uFFFF])${notAfter(`${LETTER_OR_DIGIT}'-`, `A-Za-z0-9'-`)}[${UPPER}](?:[${LOWER}'-]+(?:[${UPPER}][${LOWER}']+)*|\\.(?=\\s+[${UPPER}]))${notBefore(LETTER_OR_DIGIT)}`, 'g');

/** The word before "America" that makes it a region: "Latin America", "South America". */
const REGION_BEFORE = /\b(?:Latin|South|Central|North|Middle)\s$/;

interface DocumentMatches {
  names: MatchCursor; gNames: MatchCursor; words: MatchCursor; capitals: MatchCursor; capsCapitals: MatchCursor;
  roles: SpanCursor<RolePhrase>; dates: SpanCursor<DateMention>; numbers: SpanCursor<NumberMention>;
}

function readSentence(doc: string, norm: string, s: Span, block: number, base: FactBase, index: number, all: DocumentMatches, prev: Sentence | undefined): Sentence {
  const lex = lexiconOf(base);
  const mentions: Mention[] = [];
  const { names, gNames, words: eventWords, capitals } = all;
  names.select(s);
  for (let i = names.from; i < names.to; i++) {
    const m = names.items[i];
    if (!within(m, s)) continue;
    const key = surfaceOf(m[0]);
    // ("influence in Latin America": a region's name holds a country's, and is not it.)
    if (key === 'America' && REGION_BEFORE.test(norm.slice(Math.max(0, m.index - 9), m.index))) continue;
    const entries = lex.nameEntries.get(key) ?? lex.nameEntries.get(key[0].toLowerCase() + key.slice(1)) ?? [];
    // A name that is both a place and an organisation ("Moscow", "Washington") counts as each.
    // ("the St Petersburg handshake": a city named before a word for a meeting is where it was.)
    const venue = entries.some(e => e.kind === 'place') && (isVenue(norm, m.index, m.index + m[0].length)
      || (MEETING_AFTER.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 14)) && /\bthe\s+(?:(?:19|20)\d{2}\s+)?$/i.test(norm.slice(Math.max(0, m.index - 10), m.index))
        && entries.some(e => e.kind === 'place' && base.places.find(p => p.id === e.id)?.kind === 'city')));
    // "Sergueï Lavrov", "Dmitri Peskov": a surname with its first name spelt as another language spells it is the same person.
    const start = entries.length === 1 && entries[0].kind === 'person' ? m.index - firstNameBefore(norm, s.start, m.index, base, entries[0].id) : m.index;
    for (const e of entries) mentions.push({ start, end: m.index + m[0].length, kind: e.kind, id: e.id, text: norm.slice(start, m.index + m[0].length), venue });
  }
  const roles = all.roles.take(s);
  gNames.select(s);
  // (Made only when there is a name to test: most sentences have none.)
  const starts = gNames.to > gNames.from ? new Set(mentions.map(x => x.start)) : undefined;
  for (let i = gNames.from; i < gNames.to; i++) {
    const m = gNames.items[i];
    if (!within(m, s)) continue;
    const name = m[1] ?? m[0];
    if (!starts!.has(m.index) && !NOT_EVENT_ACRONYMS.has(name)) mentions.push({ start: m.index, end: m.index + name.length, kind: 'unknownEvent', id: `?${name}`, text: name, venue: false });
  }
  // ("he said at a White House press conference": an organisation's press conference is a gathering the base does not know.)
  for (let i = 0, n = mentions.length; i < n; i++) {
    const m = mentions[i];
    if (m.kind !== 'org') continue;
    const conf = PRESS_CONFERENCE_AFTER.exec(norm.slice(m.end, m.end + 24));
    if (conf) mentions.push({ start: m.start, end: m.end + conf[0].length, kind: 'unknownEvent', id: `?${norm.slice(m.start, m.end + conf[0].length)}`, text: norm.slice(m.start, m.end + conf[0].length), venue: false });
  }
  capitals.select(s);
  // In text order for findUnknownNames (sorting again after it keeps the order of equal starts: the sort is stable).
  sortByStart(mentions);
  findUnknownNames(norm, s, mentions, roles, capitals);
  capsDateline(norm, s, mentions);
  capsCapitals(norm, s, mentions, all.capsCapitals);
  const words: EventWord[] = [];
  eventWords.select(s);
  for (let i = eventWords.from; i < eventWords.to; i++) {
    const m = eventWords.items[i];
    if (!within(m, s)) continue;
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    // ("Suggested answer: …", "Proposed reading": a label's adjective, not the act.)
    if (LABEL_ADJECTIVE.test(word) && NOUN_OF_LABEL.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
    // ("> Sample answer: Biden did, in April.": a quiz's label "answer" or "question" names no reporter's question.)
    if (QUIZ_LABEL_WORD.test(word) && /^[*_]*\s*:/.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    // ("signed up for the summit volunteer pool", "summit security", "Summit preparations": a word for the meeting before
    // a noun of its logistics names those, not the meeting.)
    if (GATHERING_WORD.test(word) && LOGISTICS_AFTER.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    // ("a ________ (4) summit in Brussels": a word for a gathering whose name is a blank to fill in names another one.)
    if (BLANK_NAME_BEFORE.test(doc.slice(Math.max(0, m.index - 20), m.index))) continue;
    // ("Putin spoke there on Friday", "spoke at the forum", "spoke to the audience": speaking somewhere, to a gathering, is
    // no phone call.)
    if (word === 'spoke' && SPOKE_SOMEWHERE.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    const before = norm.slice(Math.max(0, m.index - 24), m.index);
    // ("Where did the two men meet in March 2011?": "did" makes "meet" the past "met".)
    const events = (word === 'meet' && DID_BEFORE.test(before) ? lex.wordEvents.get('met') : undefined) ?? lex.wordEvents.get(word) ?? [];
    words.push({ start: m.index, end: m.index + m[0].length, word, events: lex.besideWords.has(word) ? namedBeside(lex, events, mentions, itNames(norm, m.index + m[0].length, prev) ?? thatNames(before, prev, m.index)) : events, indefinite: INDEFINITE.test(before), definite: /\bthe\s+$/i.test(before.slice(-4)) || DAY_POSSESSIVE.test(before) || headlineOpening(norm, s.start, m) || EVENT_DAY.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 6)), reference: REFERENCE_POINT.test(before), quoted: false });
  }
  sortByStart(mentions);
  // Every field set here, the lazy ones too: sentences keep one shape.
  const dates = all.dates.take(s);
  return { start: s.start, end: s.end, index, block, mentions, words, dates: dates.length ? dates : answeredYear(norm, s, prev), roles, numbers: all.numbers.take(s), lower: undefined, wordSet: undefined };
}

/** A question's or a denial's "did" before its subject and verb: "did the two men ", "didn't Biden and Putin ". */
const DID_BEFORE = /\bdid(?:n['’]t|\s+not)?\s+(?:[\w'’–-]+\s+){0,4}$/i;
const LABEL_ADJECTIVE = /^(?:suggested|proposed)$/;
// ("the Geneva briefing binder": so does "briefing" before the papers it names.)
const GATHERING_WORD = /^(?:summit|meeting|talks|briefing)$/;
/** A blank to fill in, with its letter count, right before a word: "________ (4) ". */
// ("the ________ ministerial summit": a word of the name may stand between.)
const BLANK_NAME_BEFORE = /_{2,}\s*(?:\(\d{1,2}(?:,\s*\d{1,2})*\)\s*)?(?:[a-z]+\s+)?$/;
const QUIZ_LABEL_WORD = /^(?:answers?|questions?)$/;
const LOGISTICS_AFTER = /^\s+(?:preparations?|planning|prep|volunteers?|pool|security|team|staff|badges?|accreditation|logistics|perimeter|zone|traffic|closures?|crowds?|organi[sz]ers?|stewards?|binders?|books?|notes|packs?|papers?|memos?|documents?|materials?)\b/i;
const NOUN_OF_LABEL = /^\s+(?:answers?|readings?|solutions?|responses?|citations?|questions?|activit(?:y|ies))\b/i;

/**
 * "Summit's set for June 17", "HOST: Summit set for Wednesday": a capitalised word for an event opening its sentence
 * without an article, as a headline or a caption drops it, is "the summit".
 */
function headlineOpening(norm: string, start: number, m: RegExpExecArray): boolean {
  const c = m[0].charCodeAt(0);
  return c >= 65 && c <= 90 && m.index - start <= 28 && HEADLINE_LEAD.test(norm.slice(start, m.index));
}
const HEADLINE_LEAD = /^[\s*_#>-]*(?:\p{Lu}[\p{L}.' -]{0,20}:[\s*_]*)?$/u;

/**
 * "In what year does New START end? 2027.": a year alone (or labelled "A:") answering a question that asks when
 * is a date, though a bare number is none elsewhere. The question ends just before, in its paragraph or the cell before.
 */
function answeredYear(norm: string, s: Span, prev: Sentence | undefined): DateMention[] {
  const m = YEAR_ANSWER.exec(norm.slice(s.start, Math.min(s.end, s.start + 24)));
  if (!m || !prev || s.start - prev.end > 12 || !/^[\s\u2028]*$/.test(norm.slice(prev.end, s.start))) return [];
  const asked = norm.slice(Math.max(prev.start, prev.end - 240), prev.end);
  if (!/\?[\s*_]*$/.test(asked) || !WHEN_ASKED.test(asked)) return [];
  return [yearMention(s.start + m.index + m[0].indexOf(m[1]), m[1])];
}

/** An answer's label: "Answer:", "A:", "Back:", a numbered quiz's "**A4.**". */
// ("Sample answer:", "Accepted answers:", "Model answer:" too.)
const ANSWER_LABEL = '(?:(?:(?:sample|model|suggested|correct|accepted|expected)\\s+)?answers?\\s*:|(?:a\\d*|back)\\s*:|a\\d+\\.)';
const ANSWER = new RegExp(`^[\\s*_]*${ANSWER_LABEL}`, 'i');
/** What may come before an answer's words: emphasis, and the answer's label. */
// ("**Answer:** C) Antony Blinken": an option's letter may follow the label.)
export const ANSWER_OPENING = new RegExp(`^[\\s*_]*(?:${ANSWER_LABEL}[\\s*_]*(?:\\(?[A-Da-d]\\)[ \\t]*)?)?[\\s*_]*$`, 'i');
/** An answer's label and nothing else: "**Answer:**", "A:". */
export const ANSWER_LABEL_ALONE = new RegExp(`^[\\s*_]*${ANSWER_LABEL}[\\s*_]*$`, 'i');
const WHEN_ASKED = /\b(?:when|(?:what|which)\s+year)\b/i;
/** A year alone, after emphasis and an answer's label ("**A8.** 2018."), ending its sentence or cell. */
const YEAR_ANSWER = new RegExp(`^[\\s*_]*(?:${ANSWER_LABEL}[\\s*_]*)?((?:19|20)\\d{2})[\\s*_]*(?:[.!\\u2028]|$)`, 'i');

/**
 * A word's events without those that speak only beside the name of another ("agreement" is the agreement on New START
 * only in a sentence that names New START). Called only for the words one of whose events asks for that.
 */
function namedBeside(lex: Lexicon, events: string[], mentions: Mention[], before: Mention[] | undefined): string[] {
  const names = (ms: Mention[], b: string[]) => ms.some(m => m.kind === 'eventName' && b.includes(m.id));
  return events.filter(id => { const b = lex.beside.get(id); return !b || names(mentions, b) || (!!before && names(before, b)); });
}

/**
 * The names of the sentence before, when the word at `end` is followed by "it" ("New START is still in force. They
 * reached an agreement on it in April"): "it" names what that sentence named.
 */
function itNames(norm: string, end: number, prev: Sentence | undefined): Mention[] | undefined {
  return prev && end - prev.end < 400 && IT_AFTER.test(norm.slice(end, end + 12)) ? prev.mentions : undefined;
}
const IT_AFTER = /^\s+(?:on|over|about)\s+it\b/;

/** ("The New START treaty was extended … The two leaders reached that agreement …": so does "that" before the word.) */
function thatNames(before: string, prev: Sentence | undefined, at: number): Mention[] | undefined {
  return prev && at - prev.end < 400 && /\b(?:that|this|the\s+same)\s+$/i.test(before) ? prev.mentions : undefined;
}

/** Past a script's stage direction in brackets that opens a speaker's line: "LAVROV: *(to the CHORUS)* Outrageous, …". */
function afterStageDirection(norm: string, start: number): number {
  const m = STAGE_DIRECTION.exec(norm.slice(start, start + 80));
  return m ? start + m[0].length : start;
}
const STAGE_DIRECTION = /^[\s*_]*[([][^()[\]\n]{1,60}[)\]][\s*_]*(?=\S)/;

/**
 * Transcript lines: a block quote, or a line with a speaker in capitals, that opens with a speaker's
 * label ("> **PESKOV:** We are…") and holds no quotation marks is that speaker's words.
 */
function transcriptLines(doc: string, norm: string, blocks: Span[], sentences: Sentence[]): Quotation[] {
  const out: Quotation[] = [];
  let k = 0;
  for (const b of blocks) {
    // (Or a script's cue: the speaker's name in capitals on a line of its own, "PESKOV (V.O.)", the lines under it spoken.)
    const head = /^[\s\u2029]*([A-Z][^:\n]{0,60}?)\s*:\s*(?=\S)/.exec(norm.slice(b.start, Math.min(b.end, b.start + 80)))
      ?? SCRIPT_CUE.exec(norm.slice(b.start, Math.min(b.end, b.start + 80)));
    // (Not a list item in a quoted box: "> - **Sergei Lavrov**: Prime Minister of Russia" under "> #### Who was who" is a
    // glossary's entry, the writer's own.)
    const blockquote = /^\s*>/.test(doc.slice(b.start, b.start + 8)) && !/^\s*>[\s>]*(?:[-*+]|\d{1,3}[.)])\s/.test(doc.slice(b.start, b.start + 16));
    const caps = !!head && /^[A-Z][A-Z .'-]+(?:\s*\(|$)/.test(head[1]);
    if (!head || (!blockquote && !caps)) {
      // "**Panel 1.** *Biden at the podium.*\nBIDEN: We will not stand by …": a later line of the block that opens
      // with a speaker's label in capitals is that speaker's words, to the line's end.
      for (let nl = doc.indexOf('\n', b.start), next: number; nl >= 0 && nl < b.end; nl = next) {
        next = doc.indexOf('\n', nl + 1);
        const lineEnd = next < 0 ? b.end : Math.min(b.end, next);
        const line = CAPS_LABEL_LINE.exec(norm.slice(nl + 1, Math.min(lineEnd, nl + 81)));
        if (!line) continue;
        const labelStart = nl + 1 + line[0].indexOf(line[1]);
        while (k < sentences.length && sentences[k].end < labelStart) k++;
        const speaker = sentences[k]?.mentions.find(m => (m.kind === 'person' || m.kind === 'org') && m.start >= labelStart && m.end <= labelStart + line[1].length);
        let end = lineEnd;
        while (end > nl + 1 && /\s/.test(norm[end - 1])) end--;
        const start = afterStageDirection(norm, nl + 1 + line[0].length);
        if (!speaker || end <= start || /["“”«»]/.test(norm.slice(start, end))) continue;
        for (let i = k; i < sentences.length && sentences[i].start < end; i++) {
          const x = sentences[i];
          if (x.end <= start) continue;
          const a = Math.max(start, x.start), z = Math.min(end, x.end);
          if (z > a) out.push({ start: a, end: z, inner: { start: a, end: z }, unclosed: false, label: { start: speaker.start, end: speaker.end } });
        }
      }
      continue;
    }
    const labelStart = b.start + head[0].indexOf(head[1]);
    const labelEnd = labelStart + head[1].length;
    while (k < sentences.length && sentences[k].end < labelStart) k++;
    const speaker = sentences[k]?.mentions.find(m => (m.kind === 'person' || m.kind === 'org') && m.start >= labelStart && m.end <= labelEnd);
    if (!speaker) continue;
    let end = b.end;
    while (end > b.start && /\s/.test(norm[end - 1])) end--;
    const start = afterStageDirection(norm, b.start + head[0].length);
    if (end <= start || /["“”«»]/.test(norm.slice(start, end))) continue;
    // Each sentence is a quotation of its own: a speaker's line often joins remarks the sources quote apart.
    for (let i = k; i < sentences.length && sentences[i].start < end; i++) {
      const s = sentences[i];
      if (s.end <= start) continue;
      const a = Math.max(start, s.start), z = Math.min(end, s.end);
      if (z > a) out.push({ start: a, end: z, inner: { start: a, end: z }, unclosed: false, label: { start: speaker.start, end: speaker.end } });
    }
  }
  return out;
}

/** "summit day": the day the word's event is held, as "the summit" names it. */
const EVENT_DAY = /^\s+day\b/i;
/** A line that opens with a speaker's label in capitals: "BIDEN: ", "**PESKOV:** ". */
const CAPS_LABEL_LINE = /^[ \t>*_]*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2})[ \t*_]*:[ \t*_]*(?=\S)/;

const SCRIPT_CUE = /^[\s\u2029]*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}(?:\s*\([^)\n]{0,30}\))?)[ \t]*\n[ \t]*(?=\S)/;

/** A place is stated as a venue after "in", "at", "in the city of", or alone in a table cell. */
function isVenue(norm: string, at: number, end: number): boolean {
  const before = norm.slice(Math.max(0, at - 24), at);
  // "in US-Russian relations": a place in a compound adjective is not where anything happens.
  if (inCompound(norm, end)) return false;
  // "arriving in Switzerland", "leaving Moscow": where someone travels is not where an event is.
  // ("… a NATO summit in Brussels, ending in Geneva": where a trip ends, the same.)
  if (/\b(?:arriv(?:e|es|ed|ing)|travel(?:s|led|ling)?|head(?:s|ed|ing)?|flew|fl(?:y|ies|ying)|return(?:s|ed|ing)?|leav(?:e|es|ing)|left|ending|ends?|ended|culminating|wrapping\s+up)\s+(?:in|to|for|from)?\s*(?:the\s+)?$/i.test(before)) return false;
  // "In Moscow they see the summit as …", "In Washington, officials expect …": a capital for the views held there.
  // (Only where "In" opens the sentence: in "The summit is in Moscow, officials expect" the place is claimed.)
  // (Or a clause's: "…, because in Moscow, Trump was remembered as …".)
  if (/(?:^|[.!?;:\n\u2028\u2029]\s*|[*_>#-]\s*|\b(?:because|since|and|but|while|whereas|as)\s+)in\s+$/i.test(norm.slice(Math.max(0, at - 14), at)) && VIEWS_HELD.test(norm.slice(end, end + 100))) return false;
  // "as is noted in Russia", "as they say in Moscow", "it is widely believed in Washington": where a view is held.
  // ("the proposal was well received in Moscow": so is where something was received.)
  if (/\b(?:noted|said|say|says|believed|thought|reported|known|argued|claimed|feared|felt|heard|remarked|observed|received|welcomed)\s+(?:in|at)\s+(?:the\s+)?$/i.test(before)) return false;
  // ("16/06/2021 in the Europe CMS; June 16 in US copy": a place before a word for a newsroom's copy names that copy.)
  if (COPY_AFTER.test(norm.slice(end, end + 12))) return false;
  // ("the war with the Taliban in Afghanistan", "the crisis in Ukraine": a place of a situation, not of an event.)
  if (SITUATION_IN.test(norm.slice(Math.max(0, at - 48), at))) return false;
  // ("expectation management in Moscow and Washington": the two capitals together stand for the two governments.)
  if (/^(?:Moscow|Washington)$/.test(norm.slice(at, end)) && (/^\s+and\s+(?:Moscow|Washington)\b/.test(norm.slice(end, end + 16)) || /\b(?:Moscow|Washington)\s+and\s+$/.test(norm.slice(Math.max(0, at - 16), at)))) return false;
  // ("— *Curious in Columbus*": a reader's signature in an advice column says where the reader lives.)
  if (SIGNATURE_BEFORE.test(norm.slice(Math.max(0, at - 30), at)) && /^[*_ \t]*(?:\n|$)/.test(norm.slice(end, end + 4))) return false;
  // "in Geneva", "at the Harpa concert hall", "in the city of Oslo", a label ("Where: Geneva").
  if (/\b(?:in|at)(?:[ \t]*\n)?[ \t]*(?:the\s+(?:(?:city|town|capital)\s+of\s+)?)?$/i.test(before)) return true;
  // "this year's G7 meeting, hosted by France": a host country or city is where the event is held.
  if (/\b(?:hosted|held|staged|convened)\s+(?:by|in)\s+(?:the\s+)?$/i.test(before)) return true;
  // ("- Belarus: the Ryanair flight … is on the summit agenda": a place opening an item of topics is the topic.)
  // ("- **Washington (AC):** Geneva is …": a bureau and a reporter's initials label who files, not where anything is.)
  if (DESK_LABEL_AFTER.test(norm.slice(end, end + 16))) return false;
  // ("- **Belarus:** A rally … took place in Minsk on Sunday": nor one whose item places what it tells elsewhere.)
  if (cellAlone(norm, at, end)) return !TOPIC_ITEM.test(norm.slice(end, end + 160)) && !PLACED_IN_ITEM.test(norm.slice(end, end + 200));
  if (whereLabel(norm, at) || answersWhere(norm, at)) return true;
  // ("The place of the 2011 meeting was St Petersburg", "Place of that 2011 meeting: it was St Petersburg".)
  if (PLACE_OF_BEFORE.test(norm.slice(Math.max(0, at - 80), at))) return true;
  // "Moscow, 10 March 2011", "GENEVA, June 16": a place and a date, as a dateline or a diary gives them.
  if (DATE_FOLLOWS.test(norm.slice(end, end + 24)) || (/^\s*(?:[.;)|\n\u2028\u2029]|-\s|$)/.test(norm.slice(end, end + 6)) && DATE_BEFORE.test(before))) return true;
  // ("St Petersburg also has a place in the story: it was there, in March 2011, that Biden shook hands with Putin",
  // "… in Reykjavik, Iceland; that is where the two sides …": a place a cleft's "there" or a "where" clause points back to.)
  if (THERE_AFTER.test(norm.slice(end, end + 120))) return true;
  // "on to Paris for a NATO summit": a destination for an event.
  return /\bto\s+(?:the\s+)?$/i.test(before) && /^[\p{L}.' -]+?\s*,?\s+for\s+(?:a|an|the)\b/u.test(norm.slice(at, at + 48));
}
const SIGNATURE_BEFORE = /(?:^|\n|[—–]|\s-)[ \t*_]*[A-Z][a-z]+[ \t]+in[ \t]+$/;
const PLACE_OF_BEFORE = /\b(?:place|venue|location|city|site|setting)\s+(?:of|for)\s+[^.;!?\n\u2028]{1,50}?(?:\s+(?:was|is|will\s+be)|\s*:\s*(?:it\s+(?:was|is)|it['’]s)?)\s+(?:the\s+)?$/i;
const DESK_LABEL_AFTER = /^[ \t]*\([A-Z]{1,4}(?:[,/][ \t]*[A-Z]{1,4})*\)[ \t*_]*:/;
const SPOKE_SOMEWHERE = /^\s+(?:there\b|at\s+(?:the|a|an|his|its)\b|to\s+(?:the\s+)?(?:forum|audience|crowd|conference|delegates|plenary|assembly|gathering|summit)\b|before\s+(?:the|a)\b)/i;
const THERE_AFTER = /^(?:[^.;!?\n]{0,60}?\b(?:it\s+was|it\s+is|that\s+was|this\s+was)\s+(?:also\s+)?there\b[^.;!?\n]{0,40}\bthat\b|(?:,\s*\p{Lu}[\p{L}]+)?\s*[;:,\u2014\u2013]\s*(?:that|which)\s+(?:is|was)\s+where\b)/iu;

// ("06/16/2021 in US notation": or a way of writing.)
const COPY_AFTER = /^\s+(?:copy|CMS|style|spelling|usage|notation|format|desk|edition|editions|readers|audiences?)\b/;
const SITUATION_IN = /\b(?:wars?|conflicts?|crisis|crises|fighting|situation|violence|troops|forces|presence|withdrawal|elections?|unrest|tensions|interference|programmes?|programs?|build-?up)(?:\s+(?:with|against)\s+(?:the\s+)?[\w-]+)?\s+in\s+(?:the\s+)?$/i;

/** After a place and a colon, an item that places what it tells somewhere named: "…: A rally … took place in Minsk". */
const PLACED_IN_ITEM = /^[*_ \t]*:[^\n\u2028\u2029]*?\b(?:took\s+place|held|happened|met|meet|meets|gathered|rallied)\s+(?:[a-z]+\s+){0,2}(?:in|at)\s+(?:the\s+)?[A-Z]/;
/** After a place and a colon, an item that says its subject is on the agenda. */
const TOPIC_ITEM = /^\s*:[^\n\u2028\u2029]*\b(?:agenda|on\s+the\s+table|to\s+be\s+discussed|will\s+be\s+raised)\b/i;

/** After "In Moscow": who there holds which view ("they see", ", officials expect", ", many believe"). */
// ("In Moscow, Mr Biden is seen as …", "in Moscow, Trump was remembered as …": or someone seen there in a passive.)
// ("…; in Washington it was Jen Psaki … who announced it": or who spoke for the capital.)
const VIEWS_HELD = /^,?\s+(?:it\s+was\s+(?:[A-Za-z.'’-]+,?\s+){1,8}?who\s+(?:announced|confirmed|said|declared|spoke)\b|(?:they|many|most|some|few|officials|diplomats|analysts|observers|commentators|people|politicians|the\s+(?:Kremlin|government|administration|mood))\s+(?:also\s+|still\s+|now\s+)?(?:see|sees|saw|view|views|believe|believes|think|thinks|hope|hopes|expect|expects|fear|fears|worry|worries|consider|considers|regard|regards|doubt|doubts|suspect|suspects|is|are|was|were)\b|(?:[\w.'’-]+\s+){1,3}(?:is|are|was|were)\s+(?:widely\s+|still\s+|often\s+)?(?:seen|viewed|regarded|considered|thought\s+of|remembered|perceived|described)\s+as\b)/i;

/** A word for a rally right after a place ("a Minsk rally"): a gathering named by where it was, not a named event. */
// ("the Stockholm meeting": so is a meeting named by where it was.)
const RALLY_AFTER = new RegExp(String.raw`^\s+(?:rally|protest|demonstration|${MEETING_WORDS})\b`, 'i');

/** "March 2011, Moscow.", "| June 16, Geneva |": a date, then the place, ending the statement. */
// ("10 March 2011 · St Petersburg": a middle dot may part them, as a caption or a timeline does.)
// ("19 May, a Wednesday — Helsinki.": a day before its month, a weekday after it, and a dash.)
// ("10 March 2011 (Thu), St Petersburg.": a weekday in brackets may follow the date.)
const DATE_BEFORE = /(?:\b(?:19|20)\d{2}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)(?:,\s*a\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s*\(\s*(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?\s*\))?\s*(?:[,·]|\s[\u2014\u2013-]{1,2})\s*$/;
// ("Trump–Putin, Hamburg, Jul 2018": a month and a year too.)
/** ", where …" after a place: what follows happened there. */
// (Not a question's "where does …": "Sam, where does Geneva sit?" calls someone by name.)
const WHERE_AFTER = /^\s*,\s+where\s(?!(?:does|do|did|is|are|was|were|will|would|can|could|should)\b)/i;
// ("Minsk, Sunday 23 May 2021": a weekday may open the date.)
const DATE_FOLLOWS = /^,\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d{2})\b)(?![\w-])/;

// (Nor a word that opens many a sentence: "Where else is Biden going? Before Geneva he goes to …".)
const NOT_A_PLACE_ANSWER = /^(?:(?:summit|meeting|talk|encounter|conference|forum)s?|before|after|then|first|next|later|also|both|yes|no|there|here|this|that|these|those)$/i;

/** The first words of the answer to a "Where …?" question ("**Where?** Geneva.", "Where did they meet? Answer: Stockholm"). */
function answersWhere(norm: string, at: number): boolean {
  // The question mark, or the answer's label, must come last before the name (past spaces and emphasis marks):
  // most names follow neither, and need no search of the 240 characters before them.
  // The answer may open with its speaker's label ("**Kovács:** In Geneva."); the label itself is no answer.
  const from = Math.max(0, at - 240);
  let i = at - 1;
  while (i >= from && SPACE_OR_EMPHASIS.test(norm[i])) i--;
  if (i < from || (norm[i] !== '?' && norm[i] !== ':')) return false;
  // ("Geneva is in which country? Dev?": nor a name asked after the question, the one who is to answer it.)
  return WHERE_ASKED.test(norm.slice(from, at)) && !LABEL_AFTER.test(norm.slice(at, at + 48)) && !NEXT_QUESTION.test(norm.slice(at, at + 12)) && !ADDRESSED.test(norm.slice(at, at + 24));
}
/** A name alone with a question mark: the one a question is put to ("Dev?"). */
const ADDRESSED = /^[\p{L}.'’ -]{1,20}\?/u;

/** What opens the next question of a list rather than an answer: "3. Name two issues …", "4. Which city …". */
// ("3. Have Joe Biden and Vladimir Putin met before?": or a question opening with its verb.)
const NEXT_QUESTION = /^(?:Name|List|Explain|Describe|Give|State|Identify|Compare|Discuss|Summari[sz]e|Why|What|How|When|Who|Whom|Which|Where|Have|Has|Had|Did|Do|Does|Is|Are|Was|Were|Can|Could|Will|Would|Should)\b/;

const SPACE_OR_EMPHASIS = /[\s*_]/;
const WHERE_ASKED = /\b(?:Where|(?:In|At)\s+which\s+(?:capital|city|country|town|place|venue)|Which\s+(?:capital|city|country|town))\b[^?\n]{0,200}\?[\s*_]*\n?[\s*_]*(?:(?:answer|a|[A-Z\u00c0-\u024f][\w\u00c0-\u024f.' -]{0,30})[*_]*\s*:[\s*_]*)?$/i;

/** A speaker's label at the start of an answer: a name, then a colon ("Kovács:", "**Marta Kovács:**", "**Agent (Marco), 10:33:**"). */
const LABEL_AFTER = /^[\p{L}.' -]{0,30}(?:\([\p{L}.' -]{1,30}\))?(?:,?\s*\d{1,2}:\d{2})?[*_]*\s*:/u;

/** "Minsk, Belarus": a name followed by a country, as a place is written in a cell or a dateline. */
function countryFollows(norm: string, end: number): boolean {
  const m = /^,\s*(\p{Lu}[\p{L}.' -]{1,40}?)\s*(?:[\u2028\u2029\n|:(]|$)/u.exec(norm.slice(end, end + 48));
  return !!m && COUNTRIES.has(m[1]);
}

/** Is norm[from, to) white space, and not empty? */
function onlySpaces(norm: string, from: number, to: number): boolean {
  if (to <= from) return false;
  // (A table's cell boundary, U+2028 in the prose, is white space to a pattern but ends a name.)
  for (let i = from; i < to; i++) if (!/\s/.test(norm[i]) || norm.charCodeAt(i) === 0x2028) return false;
  return true;
}

/**
 * A table cell or list item that is the place and nothing more ("| Geneva |", "- Geneva, Switzerland");
 * a cell that goes on ("| Moscow and Washington confirm… |", "| US agenda items |") names a government or a topic.
 */
function cellAlone(norm: string, at: number, end: number): boolean {
  return /[\u2028\u2029]\s*$/.test(norm.slice(Math.max(0, at - 24), at)) && ALONE_AFTER.test(norm.slice(end, end + 48));
}

/** Does a label that asks where end just before `at` ("Where: ")? Only a colon there can open one. */
function whereLabel(norm: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(norm[i])) i--;
  return i >= 0 && norm[i] === ':' && WHERE_LABEL.test(norm.slice(Math.max(0, at - 60), at))
    // ("Forum: Moscow and Washington must find ways …": two capitals as the subject of a clause, not the answer.)
    // ("Date and venue are settled: Presidents Joe Biden and Vladimir Putin meet …": nor a title opening one.)
    && !PAIR_SUBJECT.test(norm.slice(at, at + 60)) && !TITLE_OPENING.test(norm.slice(at, at + 12))
    // ("**VO (rally pictures):** Supporters of the detained blogger …": nor a noun opening a clause.)
    && !CLAUSE_SUBJECT_OPENING.test(norm.slice(at, at + 40));
}
const CLAUSE_SUBJECT_OPENING = /^\p{Lu}[\p{L}'’-]*\s+(?:of|who|were|was|are|is|have|has|had|rallied|gathered|held|marched|protested)\b/u;
const TITLE_OPENING = /^(?:Presidents?|Secretary|Ministers?|Prime|Foreign|Mr|Mrs|Ms|Dr)\b/;

const PAIR_SUBJECT = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+and\s+\p{Lu}[\p{L}.'’-]*\s+\p{Ll}/u;

/**
 * What may follow a place that stands alone in a cell or opens an item: its country or region, and
 * the cell's end — or, in a dateline ("ST PETERSBURG, Russia, March 10, 2011: …"), a date and a colon or dash.
 */
const ALONE_AFTER = /^(?:,\s*\p{Lu}[\p{L}.' -]*)?(?:\s*[.;]?\s*(?:[\u2028\u2029\n]|$)|(?:,\s*[\p{L}\p{N} .,]{1,30})?\s*(?:[:—–]|\s-\s|\())/u;

/** Is the name at its `end` the first half of a compound ("US-Russian relations", "Geneva-based")? */
function inCompound(norm: string, end: number): boolean {
  // The hyphen right after the name: scanning on past it reached "vice-president" in the next sentence.
  return norm[end] === '-' && end + 1 < norm.length && isLetter(norm[end + 1]);
}

/**
 * Capitalised words the fact base does not know: after "in"/"at" they are an unknown venue
 * ("in Vienna"); two or three in a row elsewhere may be an unknown person ("Dmitry Medvedev").
 */
function findUnknownNames(norm: string, s: Span, mentions: Mention[], roles: Span[], capitals: MatchCursor): void {
  // The known names (the mentions so far, sorted by the caller) and roles are in text order, as are the capitals:
  // one moving pointer in each list keeps this linear. The runs read below add mentions, which do not count as known.
  const known = mentions.length;
  let k = 0, r = 0;
  // The run of usable capitalised words being read: items[from], and the next `length - 1`.
  const { items } = capitals;
  let from = 0, length = 0;
  for (let i = capitals.from; i < capitals.to; i++) {
    const m = items[i];
    if (!within(m, s)) continue;
    const start = m.index, end = start + m[0].length;
    while (k < known && mentions[k].end <= start) k++;
    while (r < roles.length && roles[r].end <= start) r++;
    const taken = overlapsOne(mentions, k, known, start, end) || overlapsOne(roles, r, roles.length, start, end);
    // Known names are already mentions; a known first name alone ("Dmitry") may start an unknown person's name.
    const usable = !taken && !NOT_PLACES.has(m[0]);
    if (!usable || (length && !onlySpaces(norm, capitalEnd(items[from + length - 1]), start)) || length === 3) {
      if (length) unknownName(norm, s, mentions, known, items, from, length);
      length = 0;
    }
    if (usable) { if (!length) from = i; length++; }
  }
  if (length) unknownName(norm, s, mentions, known, items, from, length);
}

/** Does one of list[k, n) (sorted by start; the items before k end at `a` or before) overlap [a, b)? */
function overlapsOne(list: Span[], k: number, n: number, a: number, b: number): boolean {
  for (let j = k; j < n && list[j].start < b; j++) if (list[j].end > a) return true;
  return false;
}

const capitalEnd = (m: RegExpExecArray) => m.index + m[0].length;

/** Does a known person's name start at `at`? (A binary search over the known names, mentions[0, known), as below.) */
function personStartsAt(mentions: Mention[], known: number, at: number): boolean {
  let lo = 0, hi = known;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid].start < at) lo = mid + 1; else hi = mid; }
  for (let j = lo; j < known && mentions[j].start === at; j++) if (mentions[j].kind === 'person') return true;
  return false;
}

/** Between a gathering's name and a place in brackets: its word for a meeting ("G7 meeting ("). */
const GATHERING_THEN_BRACKET = /^\s+(?:meeting|summit|talks|ministerial|conference|forum)\s*\(\s*$/i;
/** Or a comma, before a country's name: "G7 meeting, France". */
const GATHERING_THEN_COMMA = /^\s+(?:meeting|summit|talks|ministerial|conference|forum)\s*,\s*$/i;

/**
 * Does a gathering's name end just before `at`, an opening bracket between ("NATO (")? The known names, mentions[0,
 * known), are in text order: a binary search finds the last to start before `at`, so a run-on sentence of bracketed
 * names stays linear.
 */
function eventNameEndsAt(mentions: Mention[], known: number, at: number, norm: string, country = false): boolean {
  let lo = 0, hi = known;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid].start < at) lo = mid + 1; else hi = mid; }
  // (A name may be a place and an organisation at once: the last few that start before `at`.)
  for (let j = lo - 1; j >= 0 && j >= lo - 3; j--) {
    const m = mentions[j];
    // ("G7 meeting (France)": a word for the gathering may stand between; before a country, "G7 meeting, France", a comma.)
    if (m.kind === 'eventName' && m.end < at && (at - m.end <= 3 || (at - m.end <= 24 && (GATHERING_THEN_BRACKET.test(norm.slice(m.end, at)) || (country && GATHERING_THEN_COMMA.test(norm.slice(m.end, at))))))) return true;
  }
  return false;
}

/** A weekday or month, in full or cut short ("Wed", "(Fri)", "June"): a time, not a place. */
// ("Tomorrow, Thursday 16 June, …": a day counted from the writer's is a time too.)
export const CALENDAR_WORD = /^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Satur?|Sun)(?:day)?|Today|Tomorrow|Yesterday|Tonight|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$/;

/** "the Sputnik account", "the AP report": a word for a piece of reporting after a name, which names its source. */
const SOURCE_PIECE_AFTER = /^\s+(?:account|accounts|report|reports|reporting|story|stories|version|versions|article|articles|piece|coverage|interview|headline|translation|transcript|readout|dispatch|wording|rendering|write-?up)\b/;
/** A superlative opening a run of capitals, or a number word in it: an award's or a list's name, not a person's. */
const NOT_IN_NAMES = /^Most\s|\b(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred|Thousand)\b/;
/** The last word of a body's name, not a person's: "Development Affairs", "Foreign Office", "Security Council". */
const INSTITUTION_END = /^(?:Affairs|Office|Department|Ministry|Committee|Commission|Council|Agency|Service|Services|Bureau|Institute|University|College|School|Party|Group|Foundation|Fund|Bank|Court|Parliament|Assembly|Senate|Congress|Administration|Government|Authority|Association|Union|Organisation|Organization|Centre|Center|Press|News|Times|Post|Journal|Network|Channel|Radio|Television|TV)$/;

/**
 * "MINSK, Belarus — An attendee at a rally …": a caption's dateline, a name in capitals that opens its line, then a
 * country and a dash, is where the picture was taken. (Capitals are read as no name elsewhere: a headline's words.)
 */
function capsDateline(norm: string, s: Span, mentions: Mention[]): void {
  // (The sentence's first line, or its second after a caption's number on a line of its own: "**NPP-GVA-006**".)
  let at = s.start;
  if (!/(?:^|\n)[\s*_>]*$/.test(norm.slice(Math.max(0, at - 8), at))) return;
  const head = norm.slice(at, Math.min(s.end, at + 41)).indexOf('\n');
  const nl = head < 0 ? -1 : at + head;
  for (let tries = 0; tries < 2 && at < s.end; tries++) {
    const m = CAPS_DATELINE.exec(norm.slice(at, Math.min(s.end, at + 60)));
    if (m && COUNTRIES.has(m[2])) {
      const start = at + m[0].indexOf(m[1]), end = start + m[1].length;
      if (!mentions.some(x => x.start < end && start < x.end)) mentions.push({ start, end, kind: 'unknownPlace', id: `?${m[1]}`, text: m[1], venue: true });
      return;
    }
    if (nl < 0 || nl >= s.end || nl - s.start > 40) return;
    at = nl + 1;
  }
}
/**
 * "NATO SUMMIT IN LONDON", "EXT. MINSK — STREET RALLY", "NATO (BERLIN)", "**19 MAY 2021 · OSLO**": a capital's name in
 * capitals, as chyrons, wire flashes, sluglines and caption heads set it, is a place where it is placed: after "in" or
 * "at", in brackets, before a dash, a colon or a spaced slash that opens a line's item, before its country ("VILNIUS,
 * Lithuania"), or closing a line after a middle dot. (Capitals are otherwise read as no name: a headline's words.)
 */
function capsCapitals(norm: string, s: Span, mentions: Mention[], found: MatchCursor): void {
  found.select(s);
  for (let i = found.from; i < found.to; i++) {
    const m = found.items[i];
    if (!within(m, s)) continue;
    const start = m.index, end = start + m[0].length;
    if (mentions.some(x => x.start < end && start < x.end)) continue;
    const before = norm.slice(Math.max(0, start - 12), start), after = norm.slice(end, end + 24);
    const country = /^,\s*(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)/u.exec(after);
    const placed = /\b(?:in|at)\s+$/i.test(before) || (/\(\s*$/.test(before) && /^\s*\)/.test(after))
      || (CAPS_ITEM_AFTER.test(after) && CAPS_ITEM_BEFORE.test(before))
      || (!!country && COUNTRIES.has(country[1]))
      || (/[·•]\s*$/.test(before) && /^[*_]*[ \t]*(?:\n|$)/.test(after));
    if (placed) mentions.push({ start, end, kind: 'unknownPlace', id: `?${m[0]}`, text: m[0], venue: true });
  }
}
/** Capitals' names in capitals ("MINSK", "BUENOS AIRES"). */
const CAPS_CAPITAL = new RegExp(`${notAfter(LETTER_OR_DIGIT)}(?:${[...CAPITAL_OF.keys()].map(k => k.toUpperCase()).join('|')})${notBefore(LETTER_OR_DIGIT)}`, 'g');
/** After a name that opens a line's item: a dash, a colon (not a clock's) or a spaced slash. */
// (Dashes are hyphens in the normalised text.)
const CAPS_ITEM_AFTER = /^[*_]*[ \t]*(?:-{1,2}\s|:(?!\d)|\/\s)/;
/** Before it: the line's start (after markup or a slugline's "EXT."), a comma, a dash or a middle dot. */
const CAPS_ITEM_BEFORE = /(?:(?:^|\n)[\s*_>#-]*(?:(?:EXT|INT)\.\s*)?|,\s*|\s-{1,2}\s*|[·•]\s*)$/;

/** A word for a meeting of two people right after a name ("the St Petersburg handshake"), captured. */
export const MEETING_AFTER = new RegExp(String.raw`^\s+(${MEETING_WORDS})\b`, 'i');
/** A caption's label at its line's start, right before a name: "CAPTION: ", "**Photo:** ". */
const CAPTION_LABEL_BEFORE = /(?:^|\n)[\s*_>]*(?:CAPTION|PHOTO|PICTURE|IMAGE|DATELINE|Caption|Photo|Picture|Image|Dateline)[*_]*\s*:[*_]*\s*$/;
const CAPS_DATELINE = /^[\s*_>]*([A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)?),[ \t]*(\p{Lu}[\p{L} .]{1,30}?)[ \t]+[\u2014\u2013-]{1,2}[ \t]/u;

/**
 * Is the name at [start, end) a dateline's place, right after the date that opens its sentence? "**23 May 2021, Minsk.**
 * At a rally …": a full date, a comma and the name alone. "July 2018, Vienna, with Donald Trump across the table": a
 * month and year, the name, and a comma.
 */
function datelinePlace(norm: string, s: Span, start: number, end: number): boolean {
  // (After a label too: "- **Last heads-of-state summit:** July 2018, Vienna, when …". Read back a bounded stretch.)
  const back = norm.slice(Math.max(s.start, start - 120), start);
  const colon = back.lastIndexOf(':');
  const from = colon >= 0 && back.length - colon - 1 <= 36 ? start - back.length + colon + 1 : s.start;
  if (start - from > 36 || end > s.end) return false;
  const lead = norm.slice(from, start);
  // (A country may follow: "23 May 2021 — Minsk, Belarus.")
  const full = FULL_DATE_LEAD.exec(lead);
  // ("**Sunday, 23 May, Minsk.**": without its year, the date's month must be one.)
  if (full && (full[3] || MONTHS.includes((full[1] ?? full[2]).toLowerCase()))) return /^(?:,\s*\p{Lu}[\p{L} ]{1,30}?)?[.\s*_]*$/u.test(norm.slice(end, s.end));
  // "Minsk, Belarus, 23 May 2021.": the name opens a sentence of its place, its country and a date alone. (Not
  // "Sputnik International, 4 June 2021": an outlet and its date, a citation.)
  // ("Minsk, Sunday 23 May 2021: a demonstrator at a rally …": or a capital's name and a date, which no outlet has.)
  // ("**Picture 4 — Oslo, 19 May 2021**": or after a picture's numbered label.)
  if (!/[\p{L}\p{N}]/u.test(lead) || PICTURE_LABEL.test(lead)) { const after = PLACE_THEN_DATE.exec(norm.slice(end, s.end)); return (!!after && COUNTRIES.has(after[1])) || (CAPITAL_OF.has(norm.slice(start, end)) && DATE_FOLLOWS.test(norm.slice(end, end + 32))); }
  const month = MONTH_YEAR_LEAD.exec(lead);
  return !!month && norm[end] === ',' && MONTHS.includes(month[1].toLowerCase());
}
// ("### Panel 8 · 23 May 2021 · Minsk": after a panel's label too, with middle dots.)
// ("**23 May 2021 — Minsk, Belarus.**": or a dash between.)
// ("**Shot:** 23 May 2021 (Sunday) · Minsk", "**19 May, a Wednesday — Helsinki.**": a weekday may stand before the date, or
// after it in brackets or after "a".)
const FULL_DATE_LEAD = /^[^\p{L}\p{N}]*(?:\p{Lu}\p{Ll}+\s+\d{1,3}\s*[·|]\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+(\p{L}+)|(\p{L}+)\s+\d{1,2}),?(\s+(?:19|20)\d{2})?(?:\s*\((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\)|,\s*a\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?(?:,\s?|\s*·\s*|\s+[\u2014\u2013-]\s+)$/u;
/** After a place that opens its sentence: a country, then a full date, and nothing else. */
const PLACE_THEN_DATE = /^,\s*(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?),\s*(?:\d{1,2}\s+\p{L}+\s+(?:19|20)\d{2}|\p{L}+\s+\d{1,2},?\s+(?:19|20)\d{2})[.\s*_]*$/u;
const PICTURE_FROM = /\b(?:photo|photograph|picture|pic|image|shot|footage|snap)s?\b[^.;:!?\n"“”]{0,80}\bfrom\s+$/i;
const PICTURE_LABEL = /^[^\p{L}\p{N}]*(?:Picture|Photo|Image|Panel|Frame|Slide|Shot|Plate|Figure|Fig\.)\s+\d{1,3}[^\p{L}\p{N}]*$/u;
const MONTH_YEAR_LEAD = /^[^\p{L}\p{N}]*(\p{L}+)\s+(?:19|20)\d{2},\s?$/u;

const PART_WORD = /^(?:End|Start|Beginning|Middle|Part|Top|Bottom|Front|Back|Side|Heart|Centre|Center|Edge|Rest|Half|Most|Some|All|None)$/;

/** A pronoun, determiner or question word, or one with a verb run into it ("They're", "It's", "Let's"); a verb that opens an imperative ("Look at …"). */
const FUNCTION_WORD = /^(?:I|We|You|He|She|It|They|Our|Your|His|Her|Its|Their|This|That|These|Those|There|Here|Which|What|When|Where|Who|Whom|Whose|Why|How|Let(?=['’]s)|Look|See|Note|Consider|Remember|Recall|Imagine|Take|Think|Watch|Read|Check|AND|OR|NOT)(?:['’](?:re|ve|ll|d|s|m))?$/;

const IN_HEADING_PHRASE = /^(?:Action|Practice|Context|Transition|Review|Brief|Focus|Numbers|Pictures|Photos|Charts|Maps|Quotes|Cartoons|Graphics|Headlines|Words|Images|Context|Depth|Detail|Full|Short|Summary|Perspective|Retrospect|Motion|Progress|Field|Spotlight|News|Loop|Picture|Frame|Making)$/;

/** A run of one to three capitalised words (capitals[from], …) that no known name covers: what it may be. */
function unknownName(norm: string, s: Span, mentions: Mention[], known: number, capitals: RegExpExecArray[], from: number, length: number): void {
  const start = capitals[from].index, end = capitalEnd(capitals[from + length - 1]);
  const text = norm.slice(start, end);
  const before = norm.slice(Math.max(0, start - 16), start);
  if (NOUN_AFTER.test(norm.slice(end, end + 16))) return;
  // "**When/where:** Wed 16/6, Geneva": a weekday or month is a time, never a place or a person. Nor is one letter
  // alone ("A. At the end of his first trip": a transcript's answer, after a question asking where), nor a word made
  // an adjective by a lower-case ending ("in British-style pieces", "a Geneva-based reporter").
  // ("in Mid-June 2021": nor a part of a month in a headline's capitals.)
  if (length === 1 && (CALENDAR_WORD.test(text) || /^\p{Lu}\.?$|-\p{Ll}+$/u.test(text) || (/^(?:Early|Mid|Late)-/.test(text) && CALENDAR_WORD.test(text.slice(text.indexOf('-') + 1))))) return;
  // ("The Week in Review", "The Summit in Numbers", "Alumni in the Field": nor a word of a heading's set phrase after "in".)
  if (length === 1 && IN_HEADING_PHRASE.test(text) && /\bin\s+(?:the\s+)?$/i.test(before)) return;
  // ("This Week in Diplomacy", "The Year in Politics": a span of time "in" a field is a column's title, no place.)
  if (/\b(?:Week|Month|Year|WEEK|MONTH|YEAR)\s+(?:in|IN)\s+$/.test(before)) return;
  // ("continues in Gallery 4", "at Gate 7": nor a word numbered as a room, a hall or a panel is.)
  if (length === 1 && /^\s\d{1,3}\b/.test(norm.slice(end, end + 5))) return;
  // ("Also in Reactions: Biden called …": nor a plural common noun, a section's title, that no place's name is.)
  if (length === 1 && /[a-z](?:tions|sions|ments)$/.test(text)) return;
  // ("Where does Geneva sit in the trip? End of it.": nor a word for a part of something, before "of".)
  if (length === 1 && PART_WORD.test(text) && /^\s+of\b/.test(norm.slice(end, end + 4))) return;
  // "…Economic Forum: We will discuss …", "Q: Which …": a pronoun, a determiner or a question word is no name.
  // ("Q. Who proposed the meeting?": nor after a transcript's initial.)
  if (FUNCTION_WORD.test(length === 1 ? text : norm.slice(capitals[from + length - 1].index, end))) return;
  // "the Leaders' Climate Summit": a plural possessive opens a name, it is none; "in Emma's adopted city": a possessive
  // names whose, not where.
  const last = text[text.length - 1];
  if (last === "'" || last === '’' || ((norm[end] === "'" || norm[end] === '’') && norm[end + 1] === 's') || (last === 's' && /['’]s$/.test(text))) return;
  // "in Summit Week", "on Election Night": a name ending in a span of time is a time, no place or person.
  if (length >= 2 && /^(?:Week|Weekend|Month|Year|Season|Night|Morning|Evening|Eve)$/.test(norm.slice(capitals[from + length - 1].index, end))) return;
  // ("Managing a Low-Expectations Summit": after "a", a compound of words in a headline's capitals describes one.)
  if (length >= 2 && /\b[Aa]n?\s+$/.test(before) && /\p{Ll}-\p{L}/u.test(text)) return;
  // ("The Road to Geneva in Four Frames", "in Ten Moments": nor a headline's count of its parts.)
  if (length >= 2 && /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Hundred)\s/.test(text)) return;
  // ("Mock Summit: Geneva, June 2021 — Role-Play Brief": a name for a play at a gathering names none.)
  if (length >= 2 && /^(?:Mock|Model|Practice|Simulated|Simulation|Pretend)\s/.test(text)) return;
  // ("Same Summit, Five Stories", "Another Summit": a headline's determiner before the word names no gathering.)
  // ("Presidential Summit in Geneva", "Historic Summit": nor an adjective that describes the summit the story is about.)
  if (length >= 2 && /^(?:Same|Another|Other|Every|Each|Any|Next|Last|This|That|One|Which|What|Presidential|Bilateral|Historic|Upcoming|Planned|Proposed|Big|First)\s/.test(text) && /^(?:Forum|Summit|Council|Conference|Assembly|Day|Club)$/.test(norm.slice(capitals[from + length - 1].index, end))) return;
  if (length >= 2 && /^(?:Forum|Summit|Council|Conference|Assembly|Day|Club)$/.test(norm.slice(capitals[from + length - 1].index, end))) {
    // ("the Leaders' Summit on ________ (7)": a name that runs on into a blank to fill in, blanked in the prose, is unfinished.)
    if (/^\s+(?:on|of|for|in)\s{4,}\(\d{1,2}\)/.test(norm.slice(end, end + 40))) return;
    mentions.push({ start, end, kind: 'unknownEvent', id: `?${text}`, text, venue: false });
    return;
  }
  // "a Minsk rally for the blogger …": where the rally was.
  // ("the 2018 Stockholm meeting": a year may come between.)
  if (length <= 2 && RALLY_AFTER.test(norm.slice(end, end + 16)) && /\b(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his)\s+(?:(?:19|20)\d{2}\s+)?$/.test(before)) {
    mentions.push({ start, end, kind: 'unknownPlace', id: `?${text}`, text, venue: true });
    return;
  }
  // "the Valdai forum", "the Vienna summit": a name the base does not know before a word for a gathering names one.
  const gathering = EVENT_AFTER.exec(norm.slice(end, end + 16));
  const article = gathering && /\b(?:[Tt]he|[Aa]n?)\s+([A-Z][a-z]+\s+)?$/.exec(before);
  if (gathering && article) {
    // "a European Union summit": an adjective of nationality before the name is part of it.
    const opening = article[1] ? start - article[1].length : start;
    const full = norm.slice(opening, end + gathering[0].length);
    mentions.push({ start: opening, end: end + gathering[0].length, kind: 'unknownEvent', id: `?${full}`, text: full, venue: false });
    return;
  }
  // ("In the Sputnik account of the same speech": a name before a word for a piece of reporting names its source.)
  if (SOURCE_PIECE_AFTER.test(norm.slice(end, end + 16))) return;
  // "in English as always": a language, not a place.
  // ("News in Easy English": nor a run that ends in a language's name.)
  if (LANGUAGE.test(length === 1 ? text : norm.slice(capitals[from + length - 1].index, end))) return;
  // After a colon only when the label asks where ("Where: Vienna", "Rally for Protasevich: Minsk"), not "Opinion: Low …".
  // "NATO (Berlin)": a name alone in brackets after a gathering's name is where it met.
  // (Characters first: most names are in no bracket and before no comma.)
  // ("- NATO summit, London — then on to Geneva": so is one after the name and a comma, alone before a dash or a stop,
  // or a middle dot: "**G7 meeting, France · June 2021.**".)
  const bracketed = length <= 2 && ((norm[end] === ')' && /\(\s*$/.test(norm.slice(Math.max(0, start - 3), start)))
    || (/,\s?$/.test(norm.slice(Math.max(0, start - 2), start)) && /^[ \t]*(?:[-.;·•\u2028\u2029\n]|$)/.test(norm.slice(end, end + 3)))) && eventNameEndsAt(mentions, known, start, norm, COUNTRIES.has(text));
  const whereAfter = norm[end] === ',' && WHERE_AFTER.test(norm.slice(end, end + 20));
  const dateline = length <= 2 && datelinePlace(norm, s, start, end);
  // (An answer to where that opens with a word for the meeting, or a common opening word, is no place: "| **When &
  // where?** | Summit fixed for …".)
  // ("the Protasevich rally pic is from Minsk", "the photo of the rally … is from Minsk": where a picture is from is where
  // what it shows took place.)
  // (A capital or a country only: a picture "came from Saul Loeb for Reuters" names its photographer.)
  const pictured = (CAPITAL_OF.has(text) || COUNTRIES.has(text)) && /\bfrom\s+$/.test(before) && PICTURE_FROM.test(norm.slice(Math.max(s.start, start - 100), start));
  // (Not across a paragraph's end: "## Timeline we refer to" over "| Date | What happened |".)
  const placed = /\b(?:in|at|to|hosted\s+by)(?:[ \t]*\n)?[ \t]*(?:the\s+(?:(?:city|town|capital)\s+of\s+)?)?$/i.test(before) || whereLabel(norm, start) || pictured || (answersWhere(norm, start) && !NOT_A_PLACE_ANSWER.test(text)) || bracketed
    // "Stockholm, where Putin met Trump"; "| Putin and Donald Trump, Vienna, July 2018 |": a name set between a list of
    // names and a date, as a caption or a table's cell gives the place.
    // ("CAPTION: Minsk, May 23, 2021.": or after a caption's label.)
    || whereAfter || dateline || (length === 1 && norm[end] === ',' && (/[A-Za-z\u00C0-\uFFFF.],\s*$/.test(before) || CAPTION_LABEL_BEFORE.test(before)) && DATE_FOLLOWS.test(norm.slice(end, end + 24)))
    // A cell holding only a name the base does not know is a place when it is a country's or a capital's ("| Host country |
    // Sweden |", "| … | Minsk |"), not a label ("| When |").
    || ((COUNTRIES.has(text) || CAPITAL_OF.has(text) || countryFollows(norm, end)) && cellAlone(norm, start, end));
  // ("| July 2018, Putin–Trump, Vienna |": a capital's name closing a list of a cell's or a caption's parts is where.)
  // ("at the Harpa concert hall, Oslo, on the sidelines …": or one set after a known place and its comma, that place's city.)
  const closing = !placed && CAPITAL_OF.has(text) && /,\s*$/.test(before) && (/^[\s*_]*(?:[.;\u2028\u2029\n]|$)/.test(norm.slice(end, end + 4))
    || mentions.some((m, i) => i < known && m.kind === 'place' && m.venue && /^,\s*$/.test(norm.slice(m.end, start))));
  if ((placed && (bracketed || whereAfter || dateline || pictured || isVenue(norm, start, end))) || closing) {
    mentions.push({ start, end, kind: 'unknownPlace', id: `?${text}`, text, venue: true });
  } else if ((length >= 2 || LEADER_SURNAMES.has(text)) && (start > s.start || length === 1 || answerAlone(norm, s, start, end)) && !/\b(?:the|a|an)\s+$/i.test(before) && !(norm[end] === ' ' && personStartsAt(mentions, known, end + 1))
    // ("the Secretary of State for Foreign, Commonwealth and Development Affairs": a name ending in a word for a body is no person's.)
    && !(length >= 2 && INSTITUTION_END.test(norm.slice(capitals[from + length - 1].index, end)))
    // ("Most Optimistic Three Words", an award's name: a superlative or a number word is no part of a person's name.)
    && !(length >= 2 && NOT_IN_NAMES.test(text))) {
    // ("President Joseph R. Biden": names right before a known person's are that person's first and middle names.)
    mentions.push({ start, end, kind: 'unknownPerson', id: `?${text}`, text, venue: false });
  }
}

/**
 * "| Which former US president did Putin meet in Helsinki …? | Barack Obama |": a name that is all of its sentence, right
 * after a question (in the next cell or line), is an answer naming a person, not a heading's words.
 */
function answerAlone(norm: string, s: Span, start: number, end: number): boolean {
  return start === s.start && /^[\s.*_]*$/.test(norm.slice(end, s.end)) && /\?[\s*_]*[\u2028\n][\s*_]*$/.test(norm.slice(Math.max(0, s.start - 8), s.start));
}

/**
 * The length of a first name written just before a person's surname when it is theirs in another spelling (the same
 * first four letters, accents aside: "Sergueï" for "Sergei", "Dmitri" for "Dmitry"); 0 when there is none.
 */
function firstNameBefore(norm: string, from: number, at: number, base: FactBase, id: string): number {
  // (Most names follow no capitalised word: a look at the two characters before settles them without a pattern.)
  if (at - 2 < from || norm[at - 1] !== ' ' || !isLetter(norm[at - 2])) return 0;
  let i = at - 2;
  while (i > from && at - i <= 14 && isLetter(norm[i - 1])) i--;
  const word = norm.slice(i, at - 1);
  if (word.length < 4 || word.length > 13 || word[0] === word[0].toLowerCase() || (i > from && isLetter(norm[i - 1]))) return 0;
  const first = firstNames(base).get(id);
  if (!first || first.name === word || first.folded !== foldName(word)) return 0;
  return at - i;
}

/** Each person's first name and its first four letters without accents, made once per fact base (people with a surname). */
const firstNamesOf = new WeakMap<FactBase, Map<string, { name: string; folded: string }>>();
function firstNames(base: FactBase): Map<string, { name: string; folded: string }> {
  let map = firstNamesOf.get(base);
  if (!map) {
    map = new Map();
    for (const p of base.people) { const parts = p.name.split(/\s+/); if (parts.length >= 2) map.set(p.id, { name: parts[0], folded: foldName(parts[0]) }); }
    firstNamesOf.set(base, map);
  }
  return map;
}
const foldName = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().slice(0, 4);

/** Is the sentence a markdown heading ("## …", "### …")? */
export function isHeading(analysis: Analysis, s: Sentence): boolean {
  // The sentence's block starts its line (a search back for the line's start would be quadratic on a long line).
  const start = analysis.prose.blocks[s.block]?.start ?? s.start;
  return /^[ \u2029]{0,3}#{1,6}\s/.test(analysis.doc.slice(start, start + 8));
}

/** A short question that is its paragraph's only sentence. */
function paragraphQuestion(analysis: Analysis, q: Sentence, labelled = false): boolean {
  const { norm, sentences } = analysis;
  // (Short sentences may open the paragraph: "**Ana:** Really? What were their jobs then?")
  // (Longer ones before an answer that its label marks as one: "**Q6.** Before the summit, … Who was it?" then "- ANSWER: …".)
  let first = q.index;
  while (first > 0 && sentences[first - 1].block === q.block && q.index - first < 4) first--;
  if ((first > 0 && sentences[first - 1].block === q.block) || q.end - sentences[first].start > (labelled ? 400 : 120)) return false;
  if (q.index + 1 < sentences.length && sentences[q.index + 1].block === q.block) return false;
  return /\?[\s*_]*$/.test(norm.slice(Math.max(q.start, q.end - 4), q.end));
}

/** A short question that labels the sentence after it in the same paragraph ("**Confirmed?** Late May."). */

export function isQuestionLabel(analysis: Analysis, question: Sentence | undefined, answer: Sentence): boolean {
  if (!question || question.block !== answer.block) return false;
  const { norm } = analysis;
  const length = question.end - question.start;
  // (Or an answer in brackets right after the question: "… with Jake Sullivan? (His counterpart, Sergei Lavrov.)".)
  const labelled = () => ANSWER.test(norm.slice(answer.start, answer.start + 12)) || (answer.start - question.end <= 3 && /^\(/.test(norm.slice(answer.start, answer.start + 1)));
  if (!/\?[\s*_]*$/.test(norm.slice(Math.max(question.start, question.end - 4), question.end))) {
    // A quiz's prompt need not be a question: "**Photo 4:** Putin at the climate summit. Answer: 22 April 2021."
    return length <= 240 && labelled() && !ANSWER.test(norm.slice(question.start, question.start + 12));
  }
  // A quiz's question may be long when its answer says it is one ("Answer: …"), or stands in the next cell of its table row.
  return length <= 60 || (length <= 240 && (labelled() || nextCell(norm, question.end, answer.start)));
}

/** Only white space and one cell boundary of a table row (the prose reader's U+2028) part the two. */
function nextCell(norm: string, from: number, to: number): boolean {
  return to - from <= 12 && /^\s*\u2028\s*$/.test(norm.slice(from, to));
}


/** The question a paragraph opens with, when the sentence is part of its answer ("**New START?** Extended in February. For five years."). */
export function questionOf(analysis: Analysis, s: Sentence): Sentence | undefined {
  for (let k = s.index - 1; k >= 0 && k >= s.index - 4; k--) {
    const q = analysis.sentences[k];
    // (An interview's question set as a paragraph of its own, the answer opening the next: "**Echo: Whose idea was the
    // summit?**" then "**Delgado:** It was Putin who proposed it …".)
    if (q.block !== s.block) return k === s.index - 1 && paragraphQuestion(analysis, q, ANSWER.test(analysis.norm.slice(s.start, s.start + 16))) && !isHeading(analysis, s) && !isHeading(analysis, q) ? q : undefined;
    if (isQuestionLabel(analysis, q, analysis.sentences[k + 1])) return q;
  }
  return undefined;
}
