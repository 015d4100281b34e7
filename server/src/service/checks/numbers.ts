/**
 * wrong-number: a count, duration, edition or round against the number the sources give for it.
 * A number fact applies when the sentence speaks of its subject (one of its `about` words) and
 * the number's unit is the fact's (the word after the number, or the fact's unit elsewhere in
 * the sentence when the number stands alone, as in a table cell).
 */
import { numberWord, ordinalDigits, singular, isNumberWord, type NumberMention } from '../text/numbers';
import { wordAt, wordAtIn, leadingWord } from '../text/words';
import type { NumberFact } from '../facts/model';
import { inMarkedQuotation, lowerText, sentenceWords, questionOf, type Analysis, type Sentence } from '../analysis/document';
import { near } from '../analysis/events';
import { type CheckContext, report, confirm, replaceFix, text } from './context';
import { capital } from './dates';
import { describeDate, type DateMention } from '../text/dates';

const PARTITIVE = /^\s+of\s+(?:the|its|their|them|these|those)\b/;
/** A label's separator after a figure, and the one or two words after it: " · Stops on", ": European countries". */
// (Or a bar: "**3** | Legs of Biden's first international trip".)
const LABEL_UNIT = /^[*_]*\s*[·:—–|]\s*([\p{L}]+)(?:\s+([\p{L}]+))?/u;
/** A bar and a word after a figure, which the prose blanks as it does a table's bars. */
const BAR_AFTER = /^[*_]*[ \t]*\|[ \t]*\p{L}/u;
/** Words before a unit that make the count a part of a larger whole: a region, "other" (not "more": "ten more years" is the whole extension). */
const PART_OF_WHOLE = new Set(['european', 'asian', 'african', 'latin', 'arab', 'western', 'eastern', 'northern', 'southern', 'central', 'nordic', 'baltic', 'balkan', 'eu', 'other', 'neighbouring', 'neighboring']);
/** Nouns an ordinal may count beside a forum's name without numbering the forum. */
const NOT_AN_EDITION = new Set(['reference', 'mention', 'time', 'day', 'page', 'paragraph', 'line', 'item', 'question', 'step', 'stage', 'attempt', 'place', 'glance', 'sight', 'person', 'speaker', 'session', 'panel', 'half', 'part', 'remark', 'comment', 'quote', 'quotation', 'statement', 'speech', 'call', 'answer', 'point', 'visit', 'trip']);
const COUNT_WORDS = new Set(['minimum', 'maximum', 'number', 'total', 'count']);
const COUNT_OF = /^[\s\-—–:]*(?:the\s+)?(?:(?:minimum|maximum|total|overall)\s+)?(?:number|count|total)?\s*of\s+([^,;]{1,40})/u;
const SYNONYMS: Record<string, string[]> = { round: ['round', 'time'], year: ['year'], edition: ['edition', 'forum'], month: ['month'] };

export function checkNumbers(ctx: CheckContext): void {
  const { base, norm } = ctx.analysis;
  if (!base.numbers.length) return;
  for (const s of ctx.analysis.sentences) {
    if (s.end <= ctx.from) continue;
    if (!s.numbers.length) continue;
    if (s.dates.length) checkElapsed(ctx, s);
    // An answer's subject may be in the question it answers ("**New START?** … For 10 years."), and "The vaccine …"
    // names again the vaccine the sentence before named ("Russia's Sputnik V vaccine").
    const q = questionOf(ctx.analysis, s) ?? namedAgain(ctx, s);
    // ("The New START treaty was extended in February 2021. For how many years?": a short question's subject may be the
    // sentence before it in its paragraph.)
    const setUp = q && q.index > 0 && q.end - q.start <= 60 && ctx.analysis.sentences[q.index - 1].block === q.block ? ctx.analysis.sentences[q.index - 1] : undefined;
    const asked = setUp ? [q!, setUp] : q ? [q] : [];
    const lower = [s, ...asked].map(x => lowerText(ctx.analysis, x)).join(' ');
    const present = asked.length ? new Set([s, ...asked].flatMap(x => [...sentenceWords(ctx.analysis, x)])) : sentenceWords(ctx.analysis, s);
    const facts = base.numbers.filter(f => aboutOf(f).some(a => wordAtIn(lower, present, a.lower, a.lead) >= 0));
    if (!facts.length) continue;
    for (const n of s.numbers) {
      if (near(s.dates, n).some(d => d.start <= n.start && n.end <= d.end) || inMarkedQuotation(ctx.analysis, n)) continue;
      // "5/" numbers a post in a thread; "February twenty twenty-six" is a year: neither counts anything.
      if (norm[n.end] === '/') continue;
      // Nor does a figure written with a leading zero, an identifier ("| 0105 | …" numbers a segment).
      // (Or joined to another figure by a hyphen: "CLIP 2-011".)
      if (n.written === 'digits' && ((norm[n.start] === '0' && /\d/.test(norm[n.start + 1] ?? '')) || /^-\d/.test(norm.slice(n.end, n.end + 2)) || /\d-$/.test(norm.slice(Math.max(0, n.start - 2), n.start)))) continue;
      // Nor does "**17.**" opening a line: an item's number.
      if ((norm[n.end] === '.' || norm[n.end] === ')') && opensLine(norm, n.start) && /^[.)][\s*_]/.test(norm.slice(n.end, n.end + 2))) continue;
      // Nor "6." alone between two questions on a line ("5. How many countries …? 6. What word …?"): the next one's number.
      if ((norm[n.end] === '.' || norm[n.end] === ')') && itemNumber(ctx.analysis, s, n)) continue;
      // Nor does a row's number in a table's first column ("| 2 | First meeting … |", after "| 1 |").
      if (!n.ordinal && n.written !== 'words' && rowNumber(ctx.analysis.doc, n)) continue;
      // Nor a figure that ends a name: "Nord Stream 2", "Sputnik 5" (a name right before it, one space between).
      if (n.written === 'digits' && !n.ordinal && norm[n.start - 1] === ' ' && s.mentions.some(m => m.end === n.start - 1)) continue;
      // Nor a label's number before its colon: "The grievance list, part one:", "per panelist 2:".
      if (norm[n.end] === ':' && !/\d/.test(norm[n.end + 1] ?? '') && /[A-Za-z]\s$/.test(norm.slice(n.start - 2, n.start))) continue;
      // Nor a point's number in a spoken list: "Three things for the box. One, … Two, … Three, and Biden said this too, …".
      if (listedPoint(norm, s, n)) continue;
      // Nor years counted from a time just named: "Ten years later, the two men would meet again".
      if (/^\s+years?\s+(?:later|on|afterwards?)\b/i.test(norm.slice(n.end, n.end + 20))) continue;
      // Nor "one" as a pronoun before a stop: "chase Sputnik and the agencies for one.".
      if (n.written === 'words' && /^one$/i.test(norm.slice(n.start, n.end)) && /^\s*[.;!?]/.test(norm.slice(n.end, n.end + 3))) continue;
      // Nor a mark's or a note's figure in brackets at its line's end: "… with international agencies (1).".
      if (n.written === 'digits' && norm[n.start - 1] === '(' && /^\)[.;,]?[ \t*_]*(?:\n|\u2028|$)/.test(norm.slice(n.end, n.end + 6))) continue;
      // Nor a part's number: "(Section 5)", "Chapter 3", "paragraph 12", "No. 4".
      if (n.written === 'digits' && !n.ordinal && PART_NUMBER.test(norm.slice(Math.max(s.start, n.start - 12), n.start))) continue;
      // Nor "one" standing for a thing named before: "it is this one", "the one that matters".
      if (n.value === 1 && n.written === 'words' && !n.ordinal && /\b(?:this|that|the|each|no|any|every|which|another)\s+$/i.test(norm.slice(Math.max(0, n.start - 9), n.start)) && !/^\s+[a-z]/.test(norm.slice(n.end, n.end + 3))) continue;
      // Nor "a third" standing for a third source, with its verb right after: "A third says Putin spoke …".
      if (n.ordinal && n.written === 'words' && /\b(?:a|the)\s+$/i.test(norm.slice(Math.max(0, n.start - 5), n.start)) && /^\s+(?:says|said|reports|reported|writes|wrote|puts|put|gives|gave|has|had|is|was|claims|claimed|agrees|agreed)\b/.test(norm.slice(n.end, n.end + 12))) continue;
      // Nor a page reference closing an index's entry ("…; comes at the end of Biden's first international trip, 99",
      // "…, 44–47;"), in a document whose lines end with one again and again.
      if (n.written === 'digits' && !n.ordinal && PAGE_BEFORE.test(ctx.analysis.doc.slice(Math.max(0, n.start - 3), n.start)) && PAGE_AFTER.test(ctx.analysis.doc.slice(n.end, n.end + 12)) && indexLike(ctx.analysis)) continue;
      // Nor does a clock time ("[09:21]", "at 10:30").
      if ((norm[n.start - 1] === ':' && /\d/.test(norm[n.start - 2] ?? '')) || (norm[n.end] === ':' && /\d/.test(norm[n.end + 1] ?? ''))) continue;
      if (n.written === 'words' && /(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\btwenty|\bnineteen|\bthousand)\s+$/i.test(norm.slice(Math.max(0, n.start - 12), n.start))) continue;
      // ("before move one", "from day one", "chapter two": a number word naming a step or a part counts nothing.)
      if (n.written === 'words' && !n.ordinal && STEP_NUMBER.test(norm.slice(Math.max(0, n.start - 10), n.start))) continue;
      // (What follows, as far as any test below reads: a run-on sentence must not cost its length per number.)
      const after = norm.slice(n.end, Math.min(s.end, n.end + 120)).toLowerCase();
      // "Brazil, one of the countries hardest hit": a part of a group, not the group's count.
      if (PARTITIVE.test(after)) continue;
      // "67 tokens, one for each country …", "one per country": a share of each, not a count.
      if (n.value === 1 && /^\s+(?:for\s+(?:each|every)|per|apiece|each)\b/.test(after)) continue;
      // "Latest country to approve Sputnik V (6)": a crossword clue's letter count, a bare number in brackets ending its line.
      // (Or before a dash and the answer: "… the hacking campaign (4) — **NINE**".)
      // (Or right after a blank to fill in: "in ________ (8), Finland".)
      if (norm[n.start - 1] === '(' && (COUNT_CLOSES.test(norm.slice(n.end, n.end + 5)) || BLANK_BEFORE.test(ctx.analysis.doc.slice(Math.max(0, n.start - 8), n.start)))) continue;
      // Nor a clue's number in bold opening its line, when the line gives a letter count before its answer: "- **10**
      // Minimum number of US agencies in the hacking campaign (4) — **NINE**".
      if (n.written === 'digits' && ctx.analysis.doc.startsWith('**', n.end) && BOLD_ITEM_OPENING.test(ctx.analysis.doc.slice(Math.max(0, n.start - 16), n.start))
        && LETTER_COUNT.test(lineFrom(norm, n.end))) continue;
      // "the two countries' leaders", "the two sides": a pair already spoken of, not a count.
      if (n.value === 2 && !n.ordinal && n.written === 'words' && /\b(?:the|these|those|both)\s+$/i.test(norm.slice(Math.max(0, n.start - 8), n.start))) continue;
      const before = norm.slice(Math.max(s.start, n.start - 80), n.start).toLowerCase();
      // (A figure set off by a bar that the prose blanks, as it does a table's: "**3** | Legs of …".)
      // (A line's opening label, not a table's cell: "| Countries … | 76 | EMA … |" is a row.)
      const labelled = BAR_AFTER.test(ctx.analysis.doc.slice(n.end, n.end + 8)) && /(?:^|\n)[ \t>*_-]*$/.test(ctx.analysis.doc.slice(Math.max(0, n.start - 8), n.start)) ? `| ${after.trimStart()}` : after;
      const fitting = facts.filter(f => unitFits(n, f, lower, labelled, present, before) && !(bare(n) && unitCountedElsewhere(s, n, f)) && !editionOfNext(s, n, f));
      if (!fitting.length) continue;
      const right = fitting.find(f => agrees(n, f.value));
      if (right) { confirm(ctx, n, right.statement, right.cite); continue; }
      const f = fitting[0];
      // "The first round came in March": a lower ordinal, dated, is an earlier one of the rounds the sources count.
      if (n.ordinal && f.unit === 'round' && n.value < f.value && s.dates.some(d => d.month !== undefined)) continue;
      report(ctx, 'wrong-number', {
        span: n,
        message: `The draft says ${text(ctx, n)}; the sources say ${f.statement}.`,
        fact: f.statement,
        citations: f.cite,
        fixes: [replaceFix(n, render(n, f.value, text(ctx, n), !/[\p{L}\p{N}]/u.test(norm.slice(s.start, n.start))))],
      });
    }
  }
}

/** A comma or semicolon (and an italic's mark) before a page number. */
const PAGE_BEFORE = /[,;][ \t]*[*_]?$/;
/** After a page number: a range's end, then another page, the next entry (";") or the line's end. */
const PAGE_AFTER = /^[*_]?(?:[ \t]*[–-][ \t]*\d{1,4}[*_]?)?[ \t]*(?:;|,[ \t]*[*_]?\d|\r?\n|$)/;
/** A line that ends with a page reference: ", 34", ", *45*", ", 76–77". */
const PAGE_ENDED_LINE = /,[ \t]*[*_]?\d{1,4}[*_]?(?:[ \t]*[–-][ \t]*\d{1,4})?[*_]?[ \t]*$/gm;
const indexes = new WeakMap<Analysis, boolean>();
/** Does the document read as a book's index: at least three lines ending with a page reference? */
function indexLike(analysis: Analysis): boolean {
  let known = indexes.get(analysis);
  if (known === undefined) {
    let lines = 0;
    PAGE_ENDED_LINE.lastIndex = 0;
    while (lines < 3 && PAGE_ENDED_LINE.exec(analysis.doc)) lines++;
    PAGE_ENDED_LINE.lastIndex = 0;
    indexes.set(analysis, (known = lines >= 3));
  }
  return known;
}

/**
 * A number word opening its sentence before a comma ("Three, and …", "Second, …"), when the one before it opened a
 * sentence so in the 600 characters before: it counts off the points of a list.
 */
function listedPoint(norm: string, s: Sentence, n: NumberMention): boolean {
  if (n.written !== 'words' || n.value < 2 || n.value > POINTS.length || norm[n.end] !== ',' || /[\p{L}\p{N}]/u.test(norm.slice(s.start, n.start))) return false;
  const previous = (n.ordinal ? POINT_ORDINALS : POINTS)[n.value - 2];
  return new RegExp(`(?:^|[.!?:]\\s+|\\n[\\s>*-]*)${previous},`, 'i').test(norm.slice(Math.max(0, n.start - 600), n.start));
}
const POINTS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const POINT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** After "agencies": a verb of reporting or translating, which news agencies do. */
const NEWS_AGENCIES = /^\s+agencies\s+(?:(?:had|have|each|both|all)\s+)?(?:translated|translate|reported|report|carried|carry|quoted|quote|wrote|write|ran|run|rendered|render|published|publish|interviewed|put\s+out|disagree|disagreed|differ|differed|agree|agreed)\b/i;

/**
 * Is `n` alone in the first cell of a table's row, and the row before numbered one less or the row after one more (or,
 * counting down, the rows around it one more and one less)?
 * Then it numbers rows; a column of counts ("| 9 | agencies hacked |") does not go up by one from row to row.
 */
function rowNumber(doc: string, n: NumberMention): boolean {
  // (A mark may follow the number: "| 8* | Alliance whose … |".)
  if (!/^[*†]?[ \t]*\|/.test(doc.slice(n.end, n.end + 8))) return false;
  // ("| 33 | 10 | Geneva closes … |" under "| # | ¶ | Claim |": a later cell alone after numbers only, its column headed as a numbering.)
  const lead = /(?:^|\n)[ \t]*(\|[ \t]*(?:\d{1,4}[ \t]*\|[ \t]*){0,3})$/.exec(doc.slice(Math.max(0, n.start - 40), n.start));
  if (!lead) return false;
  const lineStart = doc.lastIndexOf('\n', n.start - 1);
  const column = (lead[1].match(/\|/g) ?? []).length;
  if (column > 1) return numberedColumn(doc, lineStart, column);
  const lineEnd = doc.indexOf('\n', n.end);
  const previous = lineStart > 0 ? doc.lastIndexOf('\n', lineStart - 1) + 1 : -1;
  const before = previous >= 0 ? doc.slice(previous, Math.min(lineStart, previous + 24)) : '';
  const after = lineEnd >= 0 ? doc.slice(lineEnd + 1, lineEnd + 24) : '';
  const first = (line: string) => Number(/^[ \t]*\|[ \t]*(\d{1,3})[*†]?[ \t]*\|/.exec(line)?.[1] ?? NaN);
  // (Or counted down: "| 5 | Fri 11 Jun | … |" between the rows numbered 6 and 4.)
  const b = first(before), a = first(after);
  return b === n.value - 1 || a === n.value + 1 || (b === n.value + 1 && a === n.value - 1) || numberedColumn(doc, lineStart);
}

/**
 * Is the first column of the table whose row ends at `lineStart` headed as a numbering ("| # |", "| No. |")?
 * The header is found by walking up the table's rows, at most 60.
 */
function numberedColumn(doc: string, lineStart: number, column = 1): boolean {
  let top = lineStart + 1;
  for (let k = 0; k < 60 && top > 0; k++) {
    const prev = doc.lastIndexOf('\n', top - 2) + 1;
    if (!/^[ \t]*\|/.test(doc.slice(prev, prev + 8))) break;
    top = prev;
  }
  const header = doc.slice(top, top + 24 * column).split('|');
  return header.length > column + 1 && /^\s*$/.test(header[0]) && NUMBERING_HEADER.test(header[column]);
}
/** A column's header that numbers rows or paragraphs: "#", "No.", "¶", "Para". */
const NUMBERING_HEADER = /^[ \t]*(?:#|No\.?|Nr\.?|Q|Number|¶|Paras?\.?|Graf|Item|Line|Row)[ \t]*$/i;

/** A word that numbers a part of a document before a figure: "Section ", "chapter ", "para. ", "No. ". */
// (A script's or a rundown's element too: "VO 4", "SOT 2", "Clip 3", "Card 22", "Slide 5".)
const PART_NUMBER = /\b(?:sections?|chapters?|parts?|paragraphs?|paras?\.|articles?|annex|appendix|clauses?|items?|pages?|pp?\.|nos?\.|number|figures?|fig\.|tables?|exhibits?|volumes?|vol\.|episodes?|ep\.|questions?|q|VO|SOT|clips?|cards?|slides?|cues?|graphics?|GFX|shots?|takes?|segments?|tracks?|frames?)\s*$/i;

/** Is `n` a sentence of its own ("6.") followed, in its paragraph, by a question: the number of the question it opens? */
function itemNumber(analysis: Analysis, s: Sentence, n: NumberMention): boolean {
  const { norm } = analysis;
  if (n.written !== 'digits' || n.ordinal || /[\p{L}\p{N}]/u.test(norm.slice(s.start, n.start)) || s.end - n.end > 2) return false;
  const next = analysis.sentences[s.index + 1];
  return !!next && next.block === s.block && next.end - next.start <= 300 && /\?[\s*_"”]*$/.test(norm.slice(next.start, next.end));
}

/** A list item or line that opens with a number in bold, up to the number: "- **10** Minimum number of …". */
const BOLD_ITEM_OPENING = /(?:^|\n)[ \t]*(?:[-*+][ \t]+)?\*\*$/;
/** What closes a crossword clue's letter count: the line's end, or a dash or colon before the answer ("(4) — **NINE**"). */
const ANSWER_AFTER = String.raw`[ \t*_]*(?:[—–:]|-\s)`;
const COUNT_CLOSES = new RegExp(String.raw`^\)(?:[ \t*_]*(?:[\n\u2028\u2029]|$)|${ANSWER_AFTER})`);
/** A word that a number word names a step or a part by (not "round", whose number may be the claim: "round two of sanctions"). */
const STEP_NUMBER = /\b(?:move|day|step|act|scene|chapter|page|part|item|question|episode|game|stage|phase)\s+$/i;
/** A blank to fill in, and the bracket of its letter count: "________ (". */
const BLANK_BEFORE = /_{2,}\s*\($/;
/** A crossword's letter count before the answer: "(4) —", "(7,1) —". */
const LETTER_COUNT = new RegExp(String.raw`\(\d{1,2}(?:[,-]\d{1,2})*\)${ANSWER_AFTER}`);
/** The rest of the line from `at`, 200 characters at most. */
function lineFrom(norm: string, at: number): string {
  const rest = norm.slice(at, at + 200);
  const end = rest.search(/[\n\u2028\u2029]/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Only spaces (or blanked markup) stand between `at` and its line's start (looked for in the 12 characters before). */
function opensLine(norm: string, at: number): boolean {
  const before = norm.slice(Math.max(0, at - 12), at);
  return /\n[ \t]*$/.test(before) || (at <= 12 && /^[ \t]*$/.test(before));
}

/** The sentence before, when this one opens with "The NOUN" and that sentence has the noun, or is a fragment of it. */
function namedAgain(ctx: CheckContext, s: Sentence): Sentence | undefined {
  const { norm } = ctx.analysis;
  const prev = s.index > 0 ? ctx.analysis.sentences[s.index - 1] : undefined;
  if (!prev) return undefined;
  // "… was extended in February. For just two years.": a short fragment opening with a preposition goes on with the sentence before.
  if (s.end - s.start <= 40 && prev.block === s.block && /^[\s*_>-]*(?:for|to|by|with|of)\s/i.test(norm.slice(s.start, s.start + 12))) return prev;
  // "… sanctions on officials. By April they were gearing up for a third round": a round of what the sentence before named.
  if (prev.block === s.block && s.numbers.some(n => n.ordinal && /^rounds?$/.test(n.unit))) return prev;
  const m = /^[\s*_>-]*(?:the|this|that)\s+([a-z]{4,})\b/i.exec(norm.slice(s.start, s.start + 30));
  // ("… its Sputnik V vaccine … . The shot is now supplied to 76 countries": a vaccine's other words name it again, and
  // may look back two sentences: "> Sputnik V has won approval … ¶ It has not; the EMA has yet to approve it. The vaccine …".)
  if (m) {
    const word = m[1].toLowerCase();
    if (!VACCINE_WORDS.has(word)) return sentenceWords(ctx.analysis, prev).has(word) ? prev : undefined;
    for (let k = s.index - 1; k >= 0 && k >= s.index - 2; k--) {
      const x = ctx.analysis.sentences[k];
      const words = sentenceWords(ctx.analysis, x);
      for (const v of VACCINE_WORDS) if (words.has(v)) return x;
    }
    return undefined;
  }
  // "My aunt got Sputnik V. … it now goes to some 76 countries": "it" in the same paragraph names the thing again.
  // ("SPIEF. The St Petersburg … Forum. At its 23rd edition …": "its" too.)
  const own = sentenceWords(ctx.analysis, s);
  return prev.block === s.block && (own.has('it') || own.has('its')) ? prev : undefined;
}

const VACCINE_WORDS = new Set(['vaccine', 'vaccines', 'shot', 'shots', 'jab', 'jabs', 'sputnik']);

/** A fact's `about` words in lower case with their leading words, prepared once per fact. */
const abouts = new WeakMap<NumberFact, { lower: string; lead: string }[]>();
function aboutOf(f: NumberFact): { lower: string; lead: string }[] {
  let list = abouts.get(f);
  if (!list) {
    list = f.about.map(a => ({ lower: a.toLowerCase(), lead: leadingWord(a.toLowerCase()) }));
    abouts.set(f, list);
  }
  return list;
}

/** What stands between a forum's name and the ordinal that numbers it: ", the", " (the", " was the". */
const EDITION_AFTER_NAME = /(?:\s*[,(]\s*|\s+(?:was|is)\s+)the\s*$/;

/** The words that may name a fact's unit ("round" or "time"), the unit itself first. */
function unitWords(f: NumberFact): { unit: string; accepted: string[] } {
  const unit = singular(f.unit.toLowerCase());
  return { unit, accepted: SYNONYMS[unit] ?? [unit] };
}

function unitFits(n: NumberMention, f: NumberFact, sentence: string, after: string, words: Set<string>, before = ''): boolean {
  const { unit, accepted } = unitWords(f);
  if (n.ordinal) {
    // "his first months in office", "the second year": an ordinal places a month or year; it does not count them.
    if (unit === 'month' || unit === 'year') return false;
    // (White space made single: the forum's name may be wrapped across lines.)
    // ("Putin spoke at the 25th forum", in a sentence that names the forum: "forum" stands for its name.)
    // ("the St Petersburg International Economic Forum, the 25th, where …": the name just before, set off.)
    if (unit === 'edition') {
      // ("on first reference, then SPIEF", "the forum's second day": the ordinal counts something else.)
      if (NOT_AN_EDITION.has(n.unit)) return false;
      const next = after.slice(0, 70).replace(/\s+/g, ' ');
      if (f.about.some(a => next.includes(a.toLowerCase())) || /\bedition\b/.test(sentence) || n.unit === 'forum') return true;
      const prev = before.replace(/\s+/g, ' ');
      // ("Putin at SPIEF (the 25th one)", "SPIEF was the 25th": the name, then the ordinal in brackets or after "was".)
      const named = EDITION_AFTER_NAME.exec(prev);
      return !!named && f.about.some(a => prev.slice(0, named.index).endsWith(a.toLowerCase()));
    }
    // The unit may follow one adjective ("second international trip"), not a count ("first three months").
    return accepted.includes(n.unit) || (!isNumberWord(n.unit) && accepted.includes(n.following[1] ?? ''));
  }
  if (unit === 'edition' || unit === 'round') return false;
  // ("Two agencies translated the same Putin sentence", "three news agencies": agencies that report are news agencies.)
  if (n.unit === 'agency' && NEWS_AGENCIES.test(after)) return false;
  if (/^\s+(?:news|press|wire|international)\s+(?:news\s+)?agenc/i.test(after)) return false;
  // The unit may follow an adjective or two ("12 US agencies").
  // "8 — minimum number of US agencies": a word for a count names its unit after "of".
  if (COUNT_WORDS.has(n.unit)) {
    const of = COUNT_OF.exec(after);
    if (of) return of[1].split(/[^\p{L}]+/u).slice(0, 4).some(w => accepted.includes(singular(w)));
  }
  // "19 U.S. agencies": an abbreviation with full stops stands where an adjective would.
  const abbreviated = /^\s+(?:[a-z]\.){2,}\s+([\p{L}]+)/u.exec(after);
  if (abbreviated) return accepted.includes(singular(abbreviated[1].toLowerCase()));
  // ("Two European countries", "three other countries": a part of the whole the sources count.)
  if (n.unit) return accepted.includes(n.unit) || (!PART_OF_WHOLE.has(n.unit) && n.following.slice(1).some(w => accepted.includes(w)));
  // "**3** · Stops on Biden's first international trip", "**2** · European countries …": a figure set off as a label,
  // and the words after the separator say what it counts.
  const label = LABEL_UNIT.exec(after);
  if (label) {
    const [first, second] = [label[1].toLowerCase(), label[2]?.toLowerCase()];
    if (PART_OF_WHOLE.has(first)) return false;
    return accepted.includes(singular(first)) || (!!second && accepted.includes(singular(second)));
  }
  // ("| **3** | Areas of common interest he named … with international agencies |": a figure alone in its cell, and the next
  // cell opening with a plural noun, counts that noun; the sentence's other words are not its unit.)
  const cell = NEXT_CELL.exec(after);
  if (cell) {
    const ws = cell[1].toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    if (ws.slice(0, 6).some(w => accepted.includes(singular(w)))) return true;
    if (/s$/.test(ws[0] ?? '') && !/ss$/.test(ws[0]) && singular(ws[0]) !== ws[0]) return false;
  }
  return unitInSentence(f, sentence, words);
}
/** The next table cell's opening words, right after a figure alone in its cell. */
const NEXT_CELL = /^[*_ \t]*\u2028[ \t*_]*([\p{L}][\p{L} '’-]{0,60})/u;

/** Does the sentence (its words, or its text) hold the fact's unit? Read once per sentence and fact: a sentence of bare numbers asks for each. */
const unitsInSentence = new WeakMap<Set<string>, Map<NumberFact, boolean>>();
function unitInSentence(f: NumberFact, sentence: string, words: Set<string>): boolean {
  let memo = unitsInSentence.get(words);
  if (!memo) { memo = new Map(); unitsInSentence.set(words, memo); }
  let found = memo.get(f);
  if (found === undefined) {
    const { accepted } = unitWords(f);
    found = false;
    for (const w of words) if (accepted.includes(singular(w))) { found = true; break; }
    if (!found) found = wordAt(sentence, f.unit.toLowerCase()) >= 0;
    memo.set(f, found);
  }
  return found;
}

/** A number with no word after it for what it counts (a table cell's "2"). */
function bare(n: NumberMention): boolean {
  return !n.ordinal && !n.unit;
}

/**
 * The fact's unit is another number's in the sentence: in "| Sanctions rounds, Biden's first three months | 2 |"
 * the months are the three's, so the 2 does not count them.
 */
function unitCountedElsewhere(s: Sentence, n: NumberMention, f: NumberFact): boolean {
  const { accepted } = unitWords(f);
  // (Counted once per sentence: a run-on sentence of numbers would otherwise read them all for each.)
  const units = countedUnits(s);
  const own = !n.ordinal && !!n.unit && accepted.includes(n.unit) ? 1 : 0;
  let count = 0;
  for (const u of accepted) count += units.get(u) ?? 0;
  return count - own > 0;
}

/** The units the sentence's plain counts are of, with how many counts each has. */
const unitsOf = new WeakMap<Sentence, Map<string, number>>();
function countedUnits(s: Sentence): Map<string, number> {
  let m = unitsOf.get(s);
  if (!m) {
    m = new Map();
    for (const o of s.numbers) if (!o.ordinal && o.unit) m.set(o.unit, (m.get(o.unit) ?? 0) + 1);
    unitsOf.set(s, m);
  }
  return m;
}

/** "The second covers the 24th St. Petersburg … Forum": the forum's edition is the ordinal right before its name. */
function editionOfNext(s: Sentence, n: NumberMention, f: NumberFact): boolean {
  return n.ordinal && unitWords(f).unit === 'edition' && near(s.numbers, n).some(o => o !== n && o.ordinal && o.start > n.end && o.start - n.end <= 70);
}

function agrees(n: NumberMention, value: number): boolean {
  switch (n.qualifier) {
    case 'more than': case 'over': return value > n.value;
    case 'fewer than': case 'less than': case 'under': return value < n.value;
    case 'up to': return value <= n.value;
    case 'about': case 'around': case 'some': case 'nearly': case 'almost': case 'roughly': return Math.abs(value - n.value) <= Math.max(1, n.value * 0.1);
    default: return value === n.value;
  }
}

/**
 * Years counted between the story's time (the main event's date) and a year the sentence gives: "in Helsinki in July
 * 2018, nearly five years ago", "the first summit in nearly four years, since … July 2018". Reckoned in months when
 * both have one; "nearly", "about", "more than" are read as people use them, and a plain count may be a year off.
 */
function checkElapsed(ctx: CheckContext, s: Sentence): void {
  const { base, norm } = ctx.analysis;
  const main = base.events.find(e => e.primary && e.date?.year === base.referenceYear);
  if (!main?.date?.year) return;
  for (const n of s.numbers) {
    if (n.ordinal || n.value > 100 || n.unit !== 'year') continue;
    const after = norm.slice(n.end, n.end + 24);
    let then: DateMention | undefined;
    if (AGO.test(after)) {
      for (const d of s.dates) if (d.end <= n.start && n.start - d.end <= 40 && d.year !== undefined && BETWEEN.test(norm.slice(d.end, n.start))) then = d;
    } else {
      // "in nearly four years, since Putin met Trump in Helsinki in July 2018"
      const since = SINCE.exec(norm.slice(n.end, Math.min(s.end, n.end + 100)));
      if (since) then = s.dates.find(d => d.start >= n.end + since.index && d.start - n.end <= 100 && d.year !== undefined);
      // "since July 2018, when Putin met Donald Trump in Helsinki — a gap of almost four years": the time a gap after the
      // date spans, from it to the story's time.
      else if (GAP_OF.test(norm.slice(Math.max(s.start, n.start - 40), n.start)) && /^\s+years?\b/i.test(after)) {
        for (const d of s.dates) if (d.end <= n.start && n.start - d.end <= 100 && d.year !== undefined && SINCE_BEFORE.test(norm.slice(Math.max(s.start, d.start - 8), d.start))) then = d;
      }
    }
    if (!then?.year || then.year >= main.date.year) continue;
    const months = then.month && main.date.month ? (main.date.year - then.year) * 12 + main.date.month - then.month : (main.date.year - then.year) * 12;
    const elapsed = months / 12;
    if (countFits(n, elapsed, !!(then.month && main.date.month))) continue;
    const right = Math.round(elapsed);
    report(ctx, 'wrong-number', {
      span: n,
      message: `The draft counts ${text(ctx, n)} years between ${describeDate(then)} and ${main.name} (${describeDate(main.date)}); that is ${months % 12 ? `${numberWord(Math.floor(elapsed), false) ?? Math.floor(elapsed)} years and ${months % 12} months` : `${right} years`}.`,
      fact: `${capital(main.name)}: ${describeDate(main.date)}`,
      citations: main.cite,
      fixes: right > 0 ? [replaceFix(n, render(n, right, text(ctx, n), false))] : [],
    });
  }
}
const AGO = /^\s+years?\s+(?:ago|earlier|before|back)\b/i;
const SINCE = /^\s+years?\b[^.;:]{0,60}?\bsince\b/i;
/** "— a gap of almost ", ", a span of ": a noun for the time between, right before the count. */
const GAP_OF = /\b(?:gap|span|break|hiatus|interval|pause|wait|absence)\s+of\s+(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than|less\s+than|just|barely)\s+)?$/i;
/** "since " right before a date: the time counted from. */
const SINCE_BEFORE = /\bsince\s+$/i;
const BETWEEN = /^[\s,(—–-]*(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than|less\s+than|just|barely)\s+)?$/i;

/** Does a count of years, with its qualifier, fit the time that passed? */
function countFits(n: NumberMention, years: number, exact: boolean): boolean {
  const slack = exact ? 0 : 0.5;
  switch (n.qualifier) {
    case 'nearly': case 'almost': return years >= n.value - 0.75 - slack && years <= n.value + 0.1 + slack;
    case 'about': case 'around': case 'roughly': case 'some': return Math.abs(years - n.value) <= 0.6 + slack;
    case 'more than': case 'over': case 'at least': return years > n.value - 0.1 - slack;
    case 'less than': case 'under': case 'fewer than': case 'up to': return years < n.value + 0.1 + slack;
    default: return Math.abs(years - n.value) < 1 + slack;
  }
}

function render(n: NumberMention, value: number, written: string, label: boolean): string {
  const word = numberWord(value, n.ordinal);
  const upper = /^[A-Z]/.test(written);
  const cap = (w: string) => (upper ? w[0].toUpperCase() + w.slice(1) : w);
  if (n.written === 'words' && word) return cap(word);
  if (n.ordinal) return ordinalDigits(value);
  // A figure standing as a label ("**8** — agencies hit", a table cell) stays a figure; in prose, style spells out one to nine.
  return value < 10 && word && !label ? word : String(value);
}
