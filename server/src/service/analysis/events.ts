/**
 * Which event a statement speaks of. Every mention in the sentence is evidence for the events
 * it fits (a participant, the event's name, a word for its kind, its place, its date), weighted
 * down with distance from the statement being checked, so a sentence that speaks of two events
 * ("Geneva … since Putin met Trump in Helsinki in July 2018") attaches each value to the event
 * named next to it. The value under test is never evidence for itself.
 */
import type { EventFact, FactBase, DateValue } from '../facts/model';
import type { Span } from '../types';
import { quoted, inMarkedQuotation, firstQuotationAfter, isQuestionLabel, isHeading, sentencesIn, questionOf, PURPOSE_OF, REFERENCE_POINT, type Analysis, type Mention, type Sentence } from './document';
import { weekdayOf, dayInPart, type DateMention } from '../text/dates';
import { roleFits, type RolePhrase } from './roles';
import { remembered } from '../text/remembered';

const PLACE_NAMES_EVENT = /^\s+(?:summit|meeting|talks|encounter)\b/i;
/** A fact box's labels for the main event's time and place ("**When:**", "Where:"); LABEL captures the word. */
// (A form's fields too: "| Date of event | … |", "Venue of the meeting:".)
const LABEL_WORDS = 'when|date|where|venue|location|summit date|summit venue|date of (?:the )?(?:event|summit|meeting)|event date|(?:place|venue|location) of (?:the )?(?:event|summit|meeting)|event (?:venue|location|place)';
const LABEL = new RegExp(String.raw`^\s*(${LABEL_WORDS})\s*:`, 'i');
/** The same label as the first of a table row's two cells: "| **When** | Thursday 17 June 2021 |" in an "At a glance" box. */
const LABEL_CELL = new RegExp(String.raw`^\s*(?:${LABEL_WORDS})[ \t]*\u2028[^\u2028]*$`, 'i');
/** "That was with Donald Trump": the sentence goes on about what the one before spoke of. */
const RESTATES = /^(?:(?:that|this)\s+(?:was|is|will\s+be|would\s+be|had\s+been|has\s+been)|it\s+(?:is|was|will|would|has|had)\s+(?:now\s+|also\s+|still\s+)?(?:due|scheduled|expected))\b/i;
interface Opening { refersBack: boolean; labelled: boolean; restates: boolean; movesOn: boolean }
/** "Sullivan later met his counterpart": the sentence tells of what came after the one before, not of the same event. */
// (And "After that, Sullivan went through the details …", "Next, …".)
// (And "In April, in another call, …": another of the kind, not the one just told of.)
const MOVES_ON = /\b(?:later|afterwards|subsequently)\b|\b(?:another|a\s+second|a\s+further|a\s+follow-up)\s+(?:(?:phone|telephone)\s+)?(?:call|conversation)\b/i;
// (After a chat's or transcript's label too, and "and": "**omar.s** [09:26]: and after that Sullivan met …".)
const MOVES_ON_OPENING = /^[^A-Za-z]*(?:[A-Za-z][\w.'-]{0,20}[*_\s]*(?:\[?\d{1,2}:\d{2}\]?[*_\s]*)?:[*_\s]*)?(?:and\s+)?(?:after\s+th(?:at|is)|then|next|soon\s+after)\b/i;
const REFERS_BACK = /^(?:their|they|his|her|its|these|this|those|the\s+two|both)\b/i;

export interface Candidate {
  event: EventFact;
  score: number;
  /** The part of the score from the sentence itself, not the one before it. */
  own: number;
}

const WEIGHT = { participant: 3, name: 4, word: 1, place: 2, date: 2, primary: 1.5 };
/** Evidence this far away (UTF-16 units) counts half. */
const HALF_DISTANCE = 70;
/** Below this the checker does not know which event is meant and stays silent. */
export const MIN_SCORE = 2.5;

/**
 * The state of one ranking. Ranking runs for every value checked; its steps are module functions
 * over this one object rather than closures made anew on every call: a closure's optimised code
 * is held only as long as a closure holds it, so closures made per call were compiled again and
 * again (seen in the language server, where collections run between edits).
 */
interface Ranking {
  analysis: Analysis; base: FactBase; norm: string; idx: EventIndex; memo: Memo;
  target: Span; exclude: ((s: Span) => boolean) | undefined; targetQuoted: boolean;
  /** Whether evidence now counts as the sentence's own (not the sentence before's). */
  inOwn: boolean;
}
let ranking: Ranking | undefined;

/** `date`: the target is this date (the date check), whose month and year may still say which event it means. */
export function rankEvents(analysis: Analysis, sentence: Sentence, target: Span, previous?: Sentence, exclude?: (s: Span) => boolean, date?: DateMention): Candidate[] {
  const { base, norm } = analysis;
  const idx = indexOf(base);
  const E = base.events.length;
  // Scores per event position, in arrays reused from call to call: ranking runs for every value checked.
  const { scores, own, flags, firstPerson } = idx;
  // (A loop: four fill calls cost more than the few slots they clear.)
  for (let i = 0; i < E; i++) { scores[i] = 0; own[i] = 0; flags[i] = 0; firstPerson[i] = undefined; }
  const memo = memoOf(analysis);
  // Events the sentence (or the one before) has a word or a name for.
  // The sentence before counts a little; across a paragraph break only when this one refers back ("Their talks…").
  const opening = openingOf(memo, norm, sentence);
  const before = previous && !opening.movesOn && (previous.block === sentence.block || opening.refersBack) ? previous : undefined;
  for (const w of near(sentence.words, target)) for (const e of positionsOf(idx, w.events)) flags[e!] |= SPOKEN;
  for (const m of near(sentence.mentions, target)) if (m.kind === 'eventName') { const e = idx.position.get(m.id); if (e !== undefined) flags[e] |= SPOKEN; }
  markJoinedPeople(base, norm, idx, near(sentence.mentions, target));
  // The target as a plain span: callers pass mentions, dates, numbers and roles, and the steps that measure
  // distances to it then see one shape rather than each (a new one threw their optimised code away).
  const span = { start: target.start, end: target.end };
  const r = ranking ??= { analysis, base, norm, idx, memo, target: span, exclude, targetQuoted: false, inOwn: true };
  r.analysis = analysis; r.base = base; r.norm = norm; r.idx = idx; r.memo = memo; r.target = span; r.exclude = exclude;
  r.targetQuoted = quoted(analysis, target);
  r.inOwn = true;
  collect(r, sentence, 1);
  // A timeline's date set apart in bold or as a heading ("**1. 10 March 2012.**", then "At Moscow, Biden met Putin …"):
  // the entry after it says which event the date is of.
  // (A date down to its day, the year given or not ("**28 January.**"), and an entry that gives no date of its own:
  // "**Late May 2021** … confirm the Geneva summit" is the confirmation's time, which a ranking by words would give to
  // the summit.)
  // (So is a month of another year than the story's set before a caption's sentence, a label before it or not:
  // "CAPTION: July 2017. Putin meets Donald Trump in Helsinki".)
  // (So is an entry's lead-in of place and date: "**23 May 2021, Minsk.** At a rally in support of … Protasevich …".)
  const next = analysis.sentences[sentence.index + 1];
  // (An entry that names no event, person or act, only a place as a word's qualifier — "09:00 Start the Geneva briefing
  // binder" under "## Monday 14 June" in a planner — is the writer's own day, not an event's.)
  // (Nor one that counts days from the heading's, "### Monday 24 May" then "Yesterday's pictures from Kiev: a rally …": the
  // heading is the day of a diary's entry, the events in it another day's.)
  if (next && sentence.dates.length === 1 && next.start - sentence.end <= 40 && !next.dates.length && !onlyPlaces(next) && !WRITERS_DAY.test(norm.slice(next.start, Math.min(next.end, next.start + 200)))) {
    const otherYear = date?.day === undefined && date?.year !== undefined && date.year !== base.referenceYear;
    // (Or a place and a date of another year than the story's, however set: "St Petersburg, March 2011. Then-Vice President
    // Biden v then-Prime Minister Putin; a handshake.")
    const past = sentence.dates[0].year !== undefined && sentence.dates[0].year !== base.referenceYear;
    // ("Reykjavik, 19.04.2021. Blinken greets Lavrov …": or a place and a date down to its day, a caption's head.)
    const dayDated = sentence.dates[0].day !== undefined && sentence.dates[0].month !== undefined;
    if ((placedDate(norm, sentence, true) && (setApart(analysis, sentence, next) || past || dayDated)) || (date && date.month !== undefined
      && ((date.day !== undefined && loneDate(norm, sentence, true) && !DATE_FIELD.test(norm.slice(sentence.start, date.start)) && timelineHead(analysis, sentence)) || (otherYear && next.block === sentence.block && loneDate(norm, sentence, true))))) {
      collect(r, next, 1);
    }
  }
  // The value is otherwise never evidence for itself, but a date's other parts may say which event it means:
  // "Moscow, 12 March 2011", in another year than the story's and checked for its day, by its month and year;
  // "Thursday, 16 June", checked for its weekday, by its day and month (the event of that day is the one meant).
  if (date && date.month !== undefined) {
    const otherYear = date.year !== undefined && date.year !== base.referenceYear;
    const weekday = date.weekday !== undefined && date.day !== undefined;
    if (otherYear || weekday) {
      for (let i = 0; i < E; i++) {
        const d = base.events[i].date;
        if (d && d.month === date.month && ((otherYear && d.year === date.year) || (weekday && d.day === date.day && (date.year === undefined || d.year === date.year)))) add(r, i, WEIGHT.date / 2);
      }
    }
  }
  // "| Date | 10 March 2012 | July 2018 |" under "| | Moscow | Helsinki |": the column's header names its event.
  const headerCell = columnHeader(analysis, memo, sentence, target);
  if (headerCell) {
    for (const hs of sentencesIn(analysis, headerCell.start, headerCell.end)) {
      for (const m of hs.mentions) {
        if (m.start < headerCell.start || m.end > headerCell.end) continue;
        if (m.kind === 'place') for (const e of [...idx.byPlace.get(m.id) ?? [], ...idx.byCountry.get(m.id) ?? []]) { add(r, e, WEIGHT.name); flags[e] |= SPECIFIC; }
        else if (m.kind === 'eventName') { const e = idx.position.get(m.id); if (e !== undefined) { add(r, e, WEIGHT.name); flags[e] |= SPECIFIC; } }
      }
      for (const d of hs.dates) if (d.start >= headerCell.start && d.end <= headerCell.end && (d.month || d.year)) for (const e of agreeingEvents(memo, base, d)) add(r, e, WEIGHT.name);
    }
  }
  // A timeline: "**Thursday, 10 March 2011**" alone, then the entry ("Biden meets Putin … in Moscow."): the date
  // above names the entry's event as a column header does.
  // (Or a dateline of place and date: "**Helsinki, Finland, July 2018.** Putin meets Donald Trump …".)
  // (Or a heading's date and place after a panel's label: "### Panel 2 · July 2017 · Helsinki, Finland".)
  // (A place and date without a label are one with a label left off: the labelled test is the wider.)
  // (Not for a date alone under a month's heading, "### June 2021" then "**01.06.2021.**": the heading gives the entries'
  // month, not their event.)
  if (previous && previous.dates.length === 1 && !(sentence.dates.length === 1 && loneDate(norm, sentence))) {
    const apart = previous.block !== sentence.block;
    const placed = placedDate(norm, previous, true);
    if ((apart && loneDate(norm, previous)) || (placed && ((placedDate(norm, previous) && setApart(analysis, previous, sentence)) || (apart && timelineHead(analysis, previous))))) {
      const d = previous.dates[0];
      const agreeing = d.month || d.year ? agreeingEvents(memo, base, d) : [];
      for (const e of agreeing) add(r, e, WEIGHT.name);
      // A date no event has (a wrong year): the place beside it still says which event the entry is.
      if (!agreeing.length && placed) {
        for (const m of previous.mentions) if (m.kind === 'place') for (const e of idx.byPlace.get(m.id) ?? []) add(r, e, WEIGHT.name);
      }
    }
  }
  // "**Confirmed?** Late April.": a short question just before is what the answer is about, as if said in it.
  // "… was in July 2018. That was with Donald Trump, in Stockholm.": the sentence before's event is this one's too.
  const asked = isQuestionLabel(analysis, before, sentence) || opening.restates;
  r.inOwn = asked;
  if (before) collect(r, before, asked ? 1 : 0.4);
  // ("**Q4.** The two presidents first spoke by phone shortly after Biden was sworn in. On what date?" then "- ANSWER:
  // **28 January 2021.**": an answer alone, its label before it, is about its question and the sentence that sets it up.)
  else if (date && sentence.end - sentence.start <= 60 && LABELLED_ANSWER.test(norm.slice(sentence.start, sentence.start + 16))) {
    const q = questionOf(analysis, sentence);
    if (q) {
      r.inOwn = true;
      collect(r, q, 1);
      const setUp = q.end - q.start <= 40 && q.index > 0 && analysis.sentences[q.index - 1].block === q.block ? analysis.sentences[q.index - 1] : undefined;
      if (setUp) collect(r, setUp, 1);
    }
  }
  // The state holds the document only while it ranks.
  r.analysis = r.memo = undefined!; r.target = undefined!; r.exclude = undefined; r.norm = '';
  const out: Candidate[] = [];
  // A fact-box label ("**When:** June 17th") asks about the piece's main event.
  // (Not under a heading of another year's event: "## Then: Helsinki, July 2018" and "- **Where:** Helsinki".)
  // (Nor a label the draft gives again and again, one per entry of a gallery or a list: "**Location:** Reykjavik" under
  // each photograph's caption asks about that photograph.)
  const labelled = opening.labelled && !otherYearSection(analysis, memo, sentence) && !repeatedLabel(analysis, memo, sentence);
  for (let i = 0; i < E; i++) {
    const e = base.events[i];
    // In coverage of the primary event, "the summit" is that event; a generic word ("meeting") alone is not enough.
    const both = (flags[i] & TWO_PEOPLE) !== 0 && (flags[i] & SPOKEN) !== 0;
    if (e.primary && labelled) { flags[i] |= DEFINITE | SPECIFIC; scores[i] += 1; own[i] += 1; }
    const definite = (flags[i] & DEFINITE) !== 0;
    const bonus = e.primary && ((flags[i] & SPECIFIC) !== 0 || both) ? WEIGHT.primary + (definite ? 0.5 : 0) : 0;
    const s = scores[i] + bonus;
    if (s > 0) out.push({ event: e, score: s, own: own[i] + (definite ? bonus : 0) });
  }
  // A stable insertion sort: the list is short, and Array.prototype.sort copies it first.
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    let j = i;
    while (j > 0 && out[j - 1].score < c.score) { out[j] = out[j - 1]; j--; }
    out[j] = c;
  }
  return out;
}


/** Is the name the possessive that opens a title ("Biden's predecessor", "Putin's spokesman")? */
function ownerOfTitle(s: Sentence, m: Mention): boolean {
  for (const r of near(s.roles, m)) if (r.start <= m.start && m.end <= r.titleStart) return true;
  return false;
}

/**
 * "Russian Foreign Minister Sergei Lavrov with Iranian Foreign Minister Mohammad Javad Zarif in Moscow": two people
 * joined by "with", as a caption joins them, speak of their meeting as a word for it does.
 */
function markJoinedPeople(base: FactBase, norm: string, idx: EventIndex, list: Mention[]): void {
  const { flags } = idx;
  let last: Mention | undefined;
  for (const m of list) {
    if (m.kind !== 'person') continue;
    if (last && m.start - last.end <= 60 && WITH_BETWEEN.test(norm.slice(last.end, m.start))) {
      for (const e of idx.byParticipant.get(last.id) ?? NO_EVENTS) if (base.events[e].participants.includes(m.id)) flags[e] |= SPOKEN;
    }
    last = m;
  }
}
/** Between two names: "with", and a title of capitalised words at most. */
const WITH_BETWEEN = /^\s+with\s+(?:[A-Z][\w.'’-]*\s+){0,4}$/;

/**
 * "### Tuesday 15 June, Geneva" over "Train from Bern … Tomorrow, Wednesday, the two presidents meet here.": a heading's
 * date (and place) over a paragraph that counts days from it is the day of a diary's entry, not an event's.
 */
export function diaryDay(analysis: Analysis, s: Sentence): boolean {
  const next = analysis.sentences[s.index + 1];
  if (!next || next.block === s.block || s.dates.length !== 1 || !timelineHead(analysis, s) || !(loneDate(analysis.norm, s) || placedDate(analysis.norm, s))) return false;
  const end = Math.min(analysis.prose.blocks[next.block]?.end ?? next.end, next.start + 300);
  return WRITERS_DAY.test(analysis.norm.slice(next.start, end));
}

/** An answer's label opening its sentence: "ANSWER:", "A:". */
const LABELLED_ANSWER = /^[\s*_]*(?:answer|a\d*)[\s*_]*:/i;

/** A record's field for a date ("- **Date:** Thursday, 22 April 2021"): the next line is another field, not an entry. */
const DATE_FIELD = /^[^\p{L}]*(?:date|dated|when|time|day)\s*:/iu;

/** A day counted from the writer's own: "yesterday", "tomorrow", "last night" (not "today": the heading's day). */
const WRITERS_DAY = /\b(?:yesterday|tomorrow|last\s+night)\b/i;

/** The date a timeline entry sits under: the sentence before, in another block, when it is a date alone. */
export function timelineDate(analysis: Analysis, s: Sentence): DateMention | undefined {
  const prev = s.index > 0 ? analysis.sentences[s.index - 1] : undefined;
  // (Or a heading of a date and a place, a panel's label before them: "### Panel 1 · 10 March 2011 · Moscow".)
  return prev && prev.block !== s.block && prev.dates.length === 1 && (loneDate(analysis.norm, prev) || (placedDate(analysis.norm, prev, true) && timelineHead(analysis, prev))) ? prev.dates[0] : undefined;
}

/**
 * "- **26 January 2021.** Shortly after …, the two presidents speak by phone … . Mr. Biden also floats the idea of a summit.":
 * the date a timeline entry opens with, in bold and alone, dates each of the entry's sentences (three at most after it).
 */
export function entryDate(analysis: Analysis, s: Sentence): DateMention | undefined {
  for (let k = s.index - 1; k >= 0 && k >= s.index - 3; k--) {
    const x = analysis.sentences[k];
    if (x.block !== s.block) return undefined;
    if (x.dates.length) return (k === 0 || analysis.sentences[k - 1].block !== x.block) && x.dates.length === 1 && loneDate(analysis.norm, x) && timelineHead(analysis, x) ? x.dates[0] : undefined;
  }
  return undefined;
}

/** A sentence set in bold ("**10 March 2012.**") or as a heading ("### 10 March 2012"): a timeline's date line. */
function timelineHead(analysis: Analysis, s: Sentence): boolean {
  const { doc } = analysis;
  // (The line's start looked for within a bounded stretch: a date far into a long line heads no timeline entry.)
  const from = Math.max(0, s.start - 200);
  const nl = doc.slice(from, s.start).lastIndexOf('\n');
  if (nl < 0 && from > 0) return false;
  const lineStart = nl < 0 ? 0 : from + nl + 1;
  // (In a block quote too: "> **RE:** 10 March 2012.")
  return /^\s*(?:>\s*)?(?:#{1,6}\s|(?:[-*+]\s+|\d+[.)]\s+)?\*\*|__)/.test(doc.slice(lineStart, Math.min(s.start + 1, lineStart + 16)));
}

/** Does the sentence name places and nothing else an event is known by (no person, organisation, event name or word)? */
function onlyPlaces(s: Sentence): boolean {
  return !s.words.length && s.mentions.length > 0 && s.mentions.every(m => m.kind === 'place' || m.kind === 'unknownPlace');
}

/** Is the sentence a date and nothing else (markup and punctuation aside)? */
function loneDate(norm: string, s: Sentence, labelled = false): boolean {
  const d = s.dates[0];
  const before = norm.slice(s.start, d.start);
  // ("### 28 January 2021 · By telephone": a means of talking set off after it is still a date line.)
  const after = norm.slice(d.end, s.end);
  return s.end - s.start <= 60 && (!/[\p{L}\p{N}]/u.test(before) || (labelled && /^[^\p{L}]*[A-Z][A-Za-z ]{0,20}:[^\p{L}\p{N}]*$/u.test(before))) && (!/[\p{L}\p{N}]/u.test(after) || BY_MEANS_AFTER.test(after));
}
const BY_MEANS_AFTER = /^\s*[·•|,-]\s*(?:by\s+(?:tele)?phone|by\s+video(?:\s*link)?|on\s+the\s+phone|phone\s+call|video\s+call)[\s.*_]*$/i;

/** Is the sentence before another paragraph, or a bold lead-in ("**Helsinki, Finland, July 2018.** Putin meets …")? */
function setApart(analysis: Analysis, previous: Sentence, s: Sentence): boolean {
  return previous.block !== s.block || /\*\*|__/.test(analysis.doc.slice(previous.end, s.start));
}

/** Is the sentence a place and a date and nothing else, in either order ("Helsinki, Finland, July 2018.", "23 May 2021, Minsk.")? */
function placedDate(norm: string, s: Sentence, labelled = false): boolean {
  const d = s.dates[0];
  const isPlace = (m: Mention) => m.kind === 'place' || m.kind === 'unknownPlace';
  if (s.end - s.start > 60 || !s.mentions.some(isPlace)) return false;
  // (`labelled`: after a label of a word and a number, "Panel 1 ·", or a field's, "Previous encounter:".)
  const lead = norm.slice(s.start, d.start);
  let rest = (labelled ? lead.replace(PANEL_LABEL, '').replace(FIELD_LABEL, '') : lead) + ' ' + norm.slice(d.end, s.end);
  for (const m of s.mentions) if (isPlace(m)) rest = rest.replace(m.text, ' ');
  return !/[\p{L}\p{N}]/u.test(rest);
}

const PANEL_LABEL = /^[^\p{L}]*\p{Lu}\p{Ll}+\s+\d{1,3}\b/u;
/** Or a field's label and its colon: "Previous encounter:". */
const FIELD_LABEL = /^[^\p{L}]*\p{Lu}[\p{L} ]{0,30}:/u;

/** Does a quotation lie (at least in part) within the sentence? */
function quotesWithin(analysis: Analysis, s: Sentence): boolean {
  const q = firstQuotationAfter(analysis, s.start);
  return !!q && q.start < s.end;
}

/** Is the event name at `m` the time a statement is set against ("… breakthroughs after Putin-Biden summit")? */
function setAgainst(r: Ranking, m: Span): boolean {
  let v = r.memo.setAgainst.get(m);
  if (v === undefined) { v = REFERENCE_POINT.test(r.norm.slice(Math.max(0, m.start - 40), m.start)); r.memo.setAgainst.set(m, v); }
  return v;
}

/** Adds the evidence of sentence `s` (the one ranked, or the one before at `factor`). */
function collect(r: Ranking, s: Sentence, factor: number): void {
  const { base, norm, idx, memo, target } = r;
  const { flags, firstPerson } = idx;
  const list = near(s.mentions, target);
  // (Whether the sentence quotes anyone at all, found once: most sentences do not, and their names need no test.)
  const quoting = !r.targetQuoted && list.length > 0 && quotesWithin(r.analysis, s);
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    if (excluded(r, m)) continue;
    // A name in a quotation is the speaker's, or a headline's ("Sputnik runs the headline "… After Putin-Biden Summit,
    // Lavrov Says""): no evidence for a statement outside it, as for words.
    if (quoting && inMarkedQuotation(r.analysis, m)) continue;
    // "though Moscow faces accusations": a capital standing for its government (its organisation reading, at the same
    // words, and not where anything happens) is no place of an event.
    if (m.kind === 'place' && !m.venue && ((list[i - 1]?.start === m.start && list[i - 1].kind === 'org') || (list[i + 1]?.start === m.start && list[i + 1].kind === 'org'))) continue;
    const d = decay(r, m, factor);
    if (m.kind === 'person') {
      // ("Biden's predecessor met Putin in Helsinki": a name that qualifies a title is not the one who acts.)
      if (ownerOfTitle(s, m)) continue;
      // Naming two people is not yet speaking of their meeting: without a word for the event, participants count half.
      for (const e of idx.byParticipant.get(m.id) ?? NO_EVENTS) {
        add(r, e, WEIGHT.participant * d * (flags[e] & SPOKEN ? 1 : 0.5));
        // Two different participants named: note the first, flag the second.
        if (firstPerson[e] === undefined) firstPerson[e] = m.id;
        else if (firstPerson[e] !== m.id) flags[e] |= TWO_PEOPLE;
      }
      continue;
    }
    if (m.kind === 'eventName') {
      // "Russia does not await any breakthroughs after Putin-Biden summit, Lavrov says": as for words, an event named
      // after "before"/"after" is the time the statement is set against.
      if (m.start >= target.end && setAgainst(r, m)) continue;
      const e = idx.position.get(m.id);
      if (e !== undefined) { add(r, e, WEIGHT.name * d); if (r.inOwn) flags[e] |= SPECIFIC; }
      continue;
    }
    if (m.kind === 'place') {
      // "… before Geneva": the place is the time the statement is set against, not where its event is; "in Reykjavik,
      // not Geneva": a place denied is where the event was not.
      // ("the final details of the Geneva encounter": what something else was for.)
      if (m.start >= 7 && PLACE_REFERENCE.test(norm.slice(Math.max(0, m.start - 28), m.start))) continue;
      // "the Helsinki summit": a place before a word for a meeting names the meeting held there.
      const named = PLACE_NAMES_EVENT.test(norm.slice(m.end, m.end + 14));
      for (const e of idx.byPlace.get(m.id) ?? NO_EVENTS) { add(r, e, (named ? WEIGHT.name : WEIGHT.place) * d); if (r.inOwn) flags[e] |= SPECIFIC; }
      // A country around the event's city is weaker evidence: it is as often a topic ("on the agenda, alongside Ukraine").
      for (const e of idx.byCountry.get(m.id) ?? NO_EVENTS) add(r, e, (WEIGHT.place / 2) * d);
      continue;
    }
    if (m.kind !== 'unknownEvent') continue;
    // An event name the base does not know ("G20") still speaks for the events of its family ("G7").
    for (const e of idx.byFamily.get(eventFamily(m.text)) ?? NO_EVENTS) add(r, e, (WEIGHT.name / 2) * d);
  }
  for (const w of near(s.words, target)) if (!excluded(r, w) && w.events.length) {
    // "… met in Iceland four weeks before the summit": an event after "before"/"after" is the time the statement
    // is set against, not what the statement is about.
    if (w.reference && w.start >= target.end) continue;
    // A word in a quotation is the speaker's ("the importance of the meeting"): no evidence for a statement outside it.
    if (w.quoted && !r.targetQuoted) continue;
    const { indefinite, definite: afterThe } = w;
    // "a summit" is not yet a particular one: an indefinite article halves the word and does not single out the primary event
    // (a word only one event has, "a rally", still names that one).
    for (const p of positionsOf(idx, w.events)) {
      const e = p!;
      add(r, e, WEIGHT.word * decay(r, w, factor) * (indefinite && w.events.length > 1 ? 0.5 : 1));
      if (r.inOwn && !indefinite && base.events[e].kinds[0] === w.word) {
        flags[e] |= SPECIFIC;
        // "The summit is set for …": a definite reference to the primary event's own kind is as good as its name.
        if (afterThe) flags[e] |= DEFINITE;
      }
    }
  }
  for (const d of near(s.dates, target)) {
    if (excluded(r, d)) continue;
    // "on Friday": a bare weekday is weak evidence for the events that fell on that day of the week.
    if (d.format === 'weekday' && d.weekday !== undefined) {
      for (const e of weekdayEvents(base, d.weekday)) add(r, e, (WEIGHT.date / 2) * decay(r, d, factor));
      continue;
    }
    if (!(d.month || d.year)) continue;
    for (const e of agreeingEvents(memo, base, d)) add(r, e, WEIGHT.date * decay(r, d, factor));
  }
  // A title held only in the past ("then-Vice President Biden") dates what the sentence speaks of, as a year would.
  for (const role of near(s.roles, target)) {
    if (excluded(r, role)) continue;
    for (const e of periodEvents(memo, base, role)) add(r, e, WEIGHT.date * decay(r, role, factor));
  }
}

/** The events of a participant, place or family the base has none for (one list, not a new empty one each time). */
const NO_EVENTS: number[] = [];

function add(r: Ranking, e: number, w: number): void {
  r.idx.scores[e] += w;
  if (r.inOwn) r.idx.own[e] += w;
}

/** Evidence counts less with distance from the value checked, and less again across each barrier. */
function decay(r: Ranking, m: Span, factor: number): number {
  return (factor / (1 + distance(m, r.target) / HALF_DISTANCE)) * BARRIER_POWERS[barriersBetween(r.analysis.barriers, m, r.target)];
}

/** The value under test is never evidence for itself (nor what the caller excludes). */
function excluded(r: Ranking, s: Span): boolean {
  return r.exclude ? r.exclude(s) : overlaps(s, r.target);
}

const SPOKEN = 1, SPECIFIC = 2, DEFINITE = 4, TWO_PEOPLE = 8;
// ("After the Reykjavik meeting, Sullivan and his counterpart …": the meeting named by its place is the time set against.)
// ("in Geneva, rather than in Moscow": a place set aside is where nothing happens.)
// ("When he spoke about Geneva in early June": a place spoken about is a topic, not where.)
const PLACE_REFERENCE = new RegExp(`\\b(?:(?:before|after|since|following)(?:\\s+the)?|not|rather\\s+than(?:\\s+in)?|instead\\s+of|(?:${PURPOSE_OF})\\s+the|(?:talk|talked|talking|speak|spoke|speaking)\\s+about)\\s+$`, 'i');

/** "previous face-to-face", "earlier meetings": words for a meeting said to be another, before the main event. */
export const PREVIOUS_MEETING = /\b(?:previous|earlier|prior|past)\s+(?:face[- ]to[- ]face|meetings?|encounters?|summits?|talks|sit-downs?)\b/i;

/** The candidates close enough to the best that the checker cannot tell them apart. */
export function contenders(ranked: Candidate[], margin = 1.5): Candidate[] {
  // An event known only from the sentence before is context, not a claim this sentence makes.
  if (!ranked.length || ranked[0].score < MIN_SCORE || ranked[0].own < 1) return [];
  return ranked.filter(c => c.score >= ranked[0].score - margin);
}

/**
 * Evidence farther than this from the value under test is ignored: it would count for little
 * (a fifth at most), and bounding it keeps a pathological run-on "sentence" linear.
 */
const WINDOW = 400;

/**
 * The gatherings a word names ("forum", "summit") that the sources hold at a place: "the St Petersburg forum", "the
 * Helsinki summit" name their event by its place.
 */
export function gatheringsAt(base: FactBase, place: string, w: { events: string[] }): EventFact[] {
  const out: EventFact[] = [];
  for (const id of w.events) { const e = base.events.find(x => x.id === id); if (e?.place && placeFits(base, place, e.place)) out.push(e); }
  return out;
}

/** The items of a sorted list that start within WINDOW of the target. */
export function near<T extends Span>(list: T[], target: Span): T[] {
  const from = target.start - WINDOW;
  // Most sentences lie wholly within the window: the list itself, unchanged and not copied.
  if (list.length < 16 || (list[0].start >= from && list[list.length - 1].start <= target.end + WINDOW)) return list;
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < from) lo = mid + 1; else hi = mid; }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i].start <= target.end + WINDOW; i++) out.push(list[i]);
  return out;
}

/** Each clause boundary between evidence and the value under test divides the evidence's weight. */
const BARRIER = 0.35;
/** BARRIER to the power of the boundaries counted (at most two). */
const BARRIER_POWERS = [1, BARRIER, BARRIER ** 2];

/**
 * What ranking learns about a document's sentences and dates, kept with the analysis: how a
 * sentence opens and which events a date agrees with do not change from one value to the next.
 */
interface Memo {
  openings: Map<Sentence, Opening>; agreeing: Map<DateMention, number[]>; periods: Map<RolePhrase, number[]>;
  /** Per table row (block index): the header row's cell boundaries, or null when the block is no body row. */
  headers: Map<number, number[] | null>;
  /** Per table row (block index): its own cell boundaries. */
  rows: Map<number, number[]>;
  /** Per table row (block index): the block index of its table's header row. */
  headerOf: Map<number, number>;
  /** Per event name: is it set after "before"/"after" … (read once, though every ranking near it asks)? */
  setAgainst: Map<Span, boolean>;
  /** The indices of the sentences that are headings, in order (found once, when first asked). */
  headings?: number[];
  /** How many lines each fact-box label opens in the draft (counted once, when first asked). */
  labels?: Map<string, number>;
}
const memos = new WeakMap<Analysis, Memo>();
function memoOf(analysis: Analysis): Memo {
  let m = memos.get(analysis);
  if (!m) { m = { openings: new Map(), agreeing: new Map(), periods: new Map(), headers: new Map(), rows: new Map(), headerOf: new Map(), setAgainst: new Map() }; memos.set(analysis, m); }
  return m;
}

/** Does the sentence's label (When, Where, Date, …) open more than one line of the draft? Counted once per draft. */
function repeatedLabel(analysis: Analysis, memo: Memo, s: Sentence): boolean {
  const m = LABEL.exec(analysis.norm.slice(s.start, Math.min(s.end, s.start + 40)));
  if (!m) return false;
  if (!memo.labels) {
    memo.labels = new Map();
    for (const x of analysis.norm.matchAll(LABEL_LINES)) { const k = x[1].toLowerCase(); memo.labels.set(k, (memo.labels.get(k) ?? 0) + 1); }
  }
  return (memo.labels.get(m[1].toLowerCase()) ?? 0) > 1;
}
/** Each line's label of that kind, wherever it opens a line (the prose reader keeps line breaks). */
const LABEL_LINES = new RegExp(String.raw`(?:^|\n)[ \t>*_\u2028\u2029-]*(${LABEL_WORDS})[ \t*_]*:`, 'gi');

/** Is the sentence under a heading that gives another year than the story's ("## Then: Helsinki, July 2018")? */
function otherYearSection(analysis: Analysis, memo: Memo, s: Sentence): boolean {
  const list = (memo.headings ??= analysis.sentences.filter(x => isHeading(analysis, x)).map(x => x.index));
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid] < s.index) lo = mid + 1; else hi = mid; }
  if (!lo) return false;
  const h = analysis.sentences[list[lo - 1]];
  return h.dates.some(d => d.year !== undefined && d.year !== analysis.base.referenceYear);
}

const CELL = '\u2028';

/**
 * The years the column header above a table cell stands for: its own years, or the periods of the events held at
 * the place it names ("| | Moscow | Helsinki |": 2011 under Moscow).
 */
export function columnYears(analysis: Analysis, s: Sentence, target: Span): number[] {
  // A title's cell also holds the name it is given to ("Vladimir Putin, then President").
  const cell = columnHeader(analysis, memoOf(analysis), s, target, 40);
  if (!cell) return [];
  const { base } = analysis;
  const out = new Set<number>();
  for (const hs of sentencesIn(analysis, cell.start, cell.end)) {
    for (const d of hs.dates) if (d.start >= cell.start && d.end <= cell.end && d.year) out.add(d.year);
    for (const m of hs.mentions) {
      if (m.kind !== 'place' || m.start < cell.start || m.end > cell.end) continue;
      // (A city, not a country: "| | United States | Russia |" heads the two sides, not a time.)
      if (base.places.find(p => p.id === m.id)?.kind === 'country') continue;
      for (const e of base.events) if (e.place && e.period !== undefined && placeFits(base, m.id, e.place)) out.add(e.period);
    }
  }
  return [...out];
}

/** "| 2011 | Moscow | Vice President Biden, Prime Minister Putin | …": the year a table's body row opens with, alone in its cell. */
export function rowYear(analysis: Analysis, s: Sentence): number | undefined {
  const table = tableCuts(analysis, memoOf(analysis), s);
  if (!table || !table.row.length) return undefined;
  const rowEnd = analysis.prose.blocks[s.block].end;
  const first = analysis.norm.slice(table.row[0] + 1, table.row.length > 1 ? table.row[1] : rowEnd);
  const m = /^[\s*_]*((?:19|20)\d{2})[\s*_]*$/.exec(first);
  return m ? Number(m[1]) : undefined;
}

/** "| 26 January 2021 | … |": the date written alone in the first cell of the body row the sentence is in, if any. */
export function firstCellDate(analysis: Analysis, s: Sentence): DateMention | undefined {
  const table = tableCuts(analysis, memoOf(analysis), s);
  if (!table || !table.row.length) return undefined;
  const { norm, prose, sentences } = analysis;
  const from = table.row[0] + 1, to = table.row.length > 1 ? table.row[1] : prose.blocks[s.block].end;
  // (The row's sentences before this one, two at most: the first cell opens the row.)
  for (let k = s.index; k >= 0 && k >= s.index - 2 && sentences[k].block === s.block; k--) {
    const d = sentences[k].dates.find(x => x.start >= from && x.end <= to);
    if (d) return /^[\s*_]*$/.test(norm.slice(from, d.start) + norm.slice(d.end, to)) ? d : undefined;
  }
  return undefined;
}

/**
 * "| Russia | Foreign Minister Sergei Lavrov | The Reykjavik meeting |" under "| Team | Role | … |": the target is the
 * whole first cell of a body row, a row's label, under a header that does not ask where. (A place there is a side, not a
 * venue.)
 */
export function rowLabelNotPlace(analysis: Analysis, s: Sentence, target: Span): boolean {
  const { norm, prose } = analysis;
  const row = prose.blocks[s.block];
  if (!row || norm[row.start] !== CELL || !/^[\s*_]*$/.test(norm.slice(row.start + 1, target.start))) return false;
  const header = columnHeader(analysis, memoOf(analysis), s, target, 4);
  return !!header && !PLACE_HEADER.test(norm.slice(header.start, header.end));
}
const PLACE_HEADER = /\b(?:place|venue|location|city|cities|country|countries|where|site|host|held|capital)\b/i;

/**
 * The cell marks of a body row of a markdown table and of its header row (each a position of the mark before a cell,
 * found once per row), when the sentence is in such a row.
 */
function tableCuts(analysis: Analysis, memo: Memo, s: Sentence): { head: number[]; row: number[] } | undefined {
  const { norm, prose } = analysis;
  const row = prose.blocks[s.block];
  if (!row || norm[row.start] !== CELL) return undefined;
  let cuts = memo.headers.get(s.block);
  if (cuts === undefined) {
    // Rows are consecutive blocks (the |---| line between the header and the body is no block); the first is the header.
    // The row above, when it is one, knows the header already (the walk stays linear in a long table).
    const above = s.block > 0 && norm[prose.blocks[s.block - 1].start] === CELL && row.start - prose.blocks[s.block - 1].end <= 200;
    let h = s.block;
    if (above) {
      h = s.block - 1;
      const known = memo.headerOf.get(h);
      if (known !== undefined) h = known;
      else while (h > 0 && norm[prose.blocks[h - 1].start] === CELL && prose.blocks[h].start - prose.blocks[h - 1].end <= 200) h--;
    }
    memo.headerOf.set(s.block, h);
    cuts = null;
    if (h !== s.block) {
      const head = prose.blocks[h];
      cuts = [];
      for (let i = head.start; i < head.end; i++) if (norm[i] === CELL) cuts.push(i);
    }
    memo.headers.set(s.block, cuts);
  }
  if (!cuts) return undefined;
  let own = memo.rows.get(s.block);
  if (!own) {
    own = [];
    for (let i = row.start; i < row.end; i++) if (norm[i] === CELL) own.push(i);
    memo.rows.set(s.block, own);
  }
  return { head: cuts, row: own };
}

/** A table row's and its header's cell marks (see tableCuts), for a check that reads a column by its header. */
export function tableOf(analysis: Analysis, s: Sentence): { head: number[]; row: number[] } | undefined {
  return tableCuts(analysis, memoOf(analysis), s);
}

/** The header cell above the target's cell, when the sentence is a body row of a markdown table. */
function columnHeader(analysis: Analysis, memo: Memo, s: Sentence, target: Span, slack = 12): Span | undefined {
  const table = tableCuts(analysis, memo, s);
  if (!table) return undefined;
  const { head: cuts, row: own } = table;
  const row = analysis.prose.blocks[s.block];
  // The target's column: the last boundary before it (binary search: a row may be long).
  let lo = 0, hi = own.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (own[mid] < target.start) lo = mid + 1; else hi = mid; }
  const column = lo - 1;
  if (column < 0 || column + 1 >= cuts.length) return undefined;
  // Only a cell that is the value itself, more or less ("10 March 2012", "Helsinki, Finland"): a cell that
  // says more ("Low expectations in Moscow") speaks of something of its own.
  const cellStart = own[column] + 1, cellEnd = lo < own.length ? own[lo] : row.end;
  if (cellEnd - cellStart - (target.end - target.start) > slack) return undefined;
  return { start: cuts[column] + 1, end: cuts[column + 1] };
}

/**
 * The text of the header cell of the table column `target` stands alone in (more or less), if it is in a table's body
 * row; '' when there is none.
 */
export function headerTextOf(analysis: Analysis, s: Sentence, target: Span): string {
  const cell = columnHeader(analysis, memoOf(analysis), s, target);
  return cell ? analysis.norm.slice(cell.start, cell.end) : '';
}

function openingOf(memo: Memo, norm: string, s: Sentence): Opening {
  let o = memo.openings.get(s);
  if (!o) {
    const head = norm.slice(s.start, Math.min(s.end, s.start + 40));
    // (A row of two short cells only: in a table with a column per event, "| Date | 10 March 2011 | July 2018 |", the
    // column's header says which event a date is of.)
    const labelled = LABEL.test(head) || (s.end - s.start <= 100 && LABEL_CELL.test(norm.slice(s.start, s.end)));
    o = { refersBack: REFERS_BACK.test(head), labelled, restates: RESTATES.test(head), movesOn: MOVES_ON.test(norm.slice(s.start, Math.min(s.end, s.start + 80))) || MOVES_ON_OPENING.test(norm.slice(s.start, Math.min(s.end, s.start + 60))) };
    memo.openings.set(s, o);
  }
  return o;
}

function barriersBetween(stops: number[], a: Span, b: Span): number {
  if (overlaps(a, b)) return 0;
  const from = a.end <= b.start ? a.end : b.end, to = a.end <= b.start ? b.start : a.start;
  let n = 0;
  let lo = 0, hi = stops.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (stops[mid] < from) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < stops.length && stops[i] < to; i++) if (++n === 2) break;
  return n;
}

/**
 * The events of the years in which someone held the title a role phrase gives, when that title is a past
 * one: said so ("then", "former"), or held by nobody now. Worked out once per phrase.
 */
function periodEvents(memo: Memo, base: FactBase, r: RolePhrase): number[] {
  let list = memo.periods.get(r);
  if (!list) {
    // The answer depends only on what roleFits reads of the phrase (its title class and qualifier) and on `past`:
    // phrases alike in those share it, across documents, so the people's roles are searched once per kind of title.
    const q = r.qualifier;
    const key = `${r.titleClass}\u0000${q ? `${q.org ?? ''}\u0000${q.country ?? ''}` : '-'}\u0000${r.past ? 1 : 0}`;
    let byKey = periodsByBase.get(base);
    if (!byKey) { byKey = new Map(); periodsByBase.set(base, byKey); }
    list = byKey.get(key);
    if (!list) {
      const fits = base.people.flatMap(p => p.roles.filter(role => roleFits(r, role.title, role.of, base)));
      const years = new Set(fits.flatMap(role => (role.period === undefined ? [] : [role.period])));
      const pastOnly = r.past || (years.size > 0 && fits.every(role => role.period !== undefined));
      list = [];
      if (pastOnly && years.size) base.events.forEach((e, i) => { if (years.has(e.period ?? e.date?.year ?? NaN)) list!.push(i); });
      if (byKey.size > 10_000) byKey.clear();
      byKey.set(key, list);
    }
    memo.periods.set(r, list);
  }
  return list;
}
const periodsByBase = new WeakMap<FactBase, Map<string, number[]>>();

/** The events of the years a title held only in the past names ("then-Prime Minister Putin": 2011's). */
export function pastTitleEvents(analysis: Analysis, r: RolePhrase): EventFact[] {
  return periodEvents(memoOf(analysis), analysis.base, r).map(i => analysis.base.events[i]);
}

/** The events whose date a date mention agrees with, worked out once per mention. */
/** Events by the weekday they fell on (a full date's, or the weekday the sources give), per fact base. */
const byWeekday = new WeakMap<FactBase, number[][]>();
function weekdayEvents(base: FactBase, weekday: number): number[] {
  let table = byWeekday.get(base);
  if (!table) {
    table = [[], [], [], [], [], [], []];
    base.events.forEach((e, i) => {
      const v = e.date;
      const day = v?.year && v.month && v.day ? weekdayOf(v.year, v.month, v.day) : e.weekday;
      if (day !== undefined) table![day].push(i);
    });
    byWeekday.set(base, table);
  }
  return table[weekday] ?? [];
}

function agreeingEvents(memo: Memo, base: FactBase, d: DateMention): number[] {
  let list = memo.agreeing.get(d);
  if (!list) {
    list = [];
    base.events.forEach((e, i) => { if (e.date && dateAgrees(d, e.date)) list!.push(i); });
    memo.agreeing.set(d, list);
  }
  return list;
}

interface EventIndex {
  /** Event id → position in `base.events`. */
  position: Map<string, number>;
  byParticipant: Map<string, number[]>;
  /** Events by their place and every place around it but a country. */
  byPlace: Map<string, number[]>;
  /** Events by the country around their place. */
  byCountry: Map<string, number[]>;
  byFamily: Map<string, number[]>;
  /** An event word's list of event ids → their positions (words of one spelling share the lexicon's list). */
  positions: WeakMap<string[], (number | undefined)[]>;
  /** The statements made at an occasion (see positionsOf). */
  statements: Set<string>;
  /** Scratch space for one ranking at a time, one slot per event. */
  scores: Float64Array; own: Float64Array; flags: Uint8Array; firstPerson: (string | undefined)[];
}
const indexes = new WeakMap<FactBase, EventIndex>();
/** A statement made at an occasion, not an event of its own: no place or date but the occasion's. */
export const isStatement = (e: EventFact): boolean => !!e.occasion && !e.place && !e.date;

const NO_POSITIONS: (number | undefined)[] = [];

/**
 * The positions of the events an event word names, looked up once per list rather than id by id at every ranking. A
 * statement the sources give at an occasion, with no place or date of its own ("mend relations", said at the St
 * Petersburg forum), is none: its words are a topic, which any sentence may speak of in its own time and place
 * ("must find ways in Geneva to mend relations").
 */
function positionsOf(idx: EventIndex, ids: string[]): (number | undefined)[] {
  if (!ids.length) return NO_POSITIONS;
  let p = idx.positions.get(ids);
  if (!p) { p = ids.filter(id => !idx.statements.has(id)).map(id => idx.position.get(id)); idx.positions.set(ids, p); }
  return p;
}

/** Events by participant and by every place that contains their venue, built once per fact base. */
function indexOf(base: FactBase): EventIndex {
  let idx = indexes.get(base);
  if (idx) return idx;
  const E = base.events.length;
  idx = {
    position: new Map(base.events.map((e, i) => [e.id, i])), byParticipant: new Map(), byPlace: new Map(), byCountry: new Map(), byFamily: new Map(),
    positions: new WeakMap(), statements: new Set(base.events.filter(isStatement).map(e => e.id)), scores: new Float64Array(E), own: new Float64Array(E), flags: new Uint8Array(E), firstPerson: new Array<string | undefined>(E).fill(undefined),
  };
  const push = (map: Map<string, number[]>, key: string, i: number) => map.set(key, [...(map.get(key) ?? []), i]);
  base.events.forEach((e, i) => {
    for (const f of new Set(e.names.map(eventFamily))) push(idx!.byFamily, f, i);
    // (A statement is no event of its own: see positionsOf.)
    if (!isStatement(e)) for (const p of e.participants) push(idx!.byParticipant, p, i);
    if (e.place) for (const p of base.places) if (placeFits(base, p.id, e.place)) push(p.kind === 'country' && p.id !== e.place ? idx!.byCountry : idx!.byPlace, p.id, i);
  });
  indexes.set(base, idx);
  return idx;
}

/**
 * Which names are siblings: G7 and G20; NATO and EU (acronyms before "summit"); names with the same
 * head word ("St. Petersburg International Economic Forum" and "Eastern Economic Forum").
 */
export const eventFamily: (name: string) => string = remembered(name => familyOf(name));

/** The families of an event's names, found once per event (a family check asks it of every ranked event). */
export function familiesOf(e: EventFact): Set<string> {
  let f = families.get(e);
  if (!f) families.set(e, (f = new Set(e.names.map(eventFamily))));
  return f;
}
const families = new WeakMap<EventFact, Set<string>>();


function familyOf(name: string): string {
  const n = name.trim();
  if (/^(?:G-?\d{1,2}|Group\s+of\s+\w+)$/.test(n)) return 'G';
  if (/^[A-Z]{2,6}(?:-[A-Z]{2,6})?$/.test(n)) return 'acronym';
  const head = /(Forum|Summit|Council|Conference|Assembly|Ministerial|Day|Club)$/i.exec(n);
  // A discussion club meets as a forum does ("the Valdai Discussion Club").
  return head ? (head[1].toLowerCase() === 'club' ? 'forum' : head[1].toLowerCase()) : n;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function distance(a: Span, b: Span): number {
  if (overlaps(a, b)) return 0;
  return a.end <= b.start ? b.start - a.end : a.start - b.end;
}

/**
 * "On 10 March 2011 Biden and Putin meet in Moscow": another event than `best` whose date (with its year), place (one
 * where something happens) and people (two or more, all its participants) the sentence all gives, the date or place
 * `judged` among them. The sentence is then about that event, whatever word it uses for the meeting.
 */
export function wholeOtherEvent(analysis: Analysis, s: Sentence, best: EventFact, judged: DateMention | Mention): EventFact | undefined {
  const { base } = analysis;
  let people = 0;
  for (const m of s.mentions) if (m.kind === 'person') people++;
  if (people < 2) return undefined;
  for (const e of base.events) {
    if (e === best || !e.date?.year || !e.place || e.participants.length < 2) continue;
    if (!s.mentions.every(m => m.kind !== 'person' || e.participants.includes(m.id))) continue;
    // (The date or place judged is itself the event's: in a sentence about two events, each keeps its own.)
    const dateOk = (d: DateMention) => d.year !== undefined && !d.range && !d.relative && dateAgrees(d, e.date!);
    const placeOk = (m: Mention) => m.kind === 'place' && m.venue && placeFits(base, m.id, e.place!);
    if ('kind' in judged ? placeOk(judged) && s.dates.some(dateOk) : dateOk(judged) && s.mentions.some(placeOk)) return e;
  }
  return undefined;
}

/** Is place `p` the event's place or a place that contains it (Switzerland for Geneva)? */
export function placeFits(base: FactBase, p: string, eventPlace: string): boolean {
  for (let q: string | undefined = eventPlace, guard = 0; q && guard < 10; guard++) {
    if (q === p) return true;
    q = base.places.find(x => x.id === q)?.in;
  }
  return false;
}

/** Do the fields a date mention states agree with the event's date, as far as both go? */
export function dateAgrees(d: DateMention | DateValue, v: DateValue, weekday?: number): boolean {
  if ('format' in d && d.format === 'weekday') {
    if (v.year && v.month && v.day) return weekdayOf(v.year, v.month, v.day) === d.weekday;
    return weekday === undefined || weekday === d.weekday;
  }
  // "3/10/2011" under an American photo credit: a numeric date that reads both ways agrees when either reading does.
  if ('ambiguous' in d && d.ambiguous && d.day !== undefined && d.month !== undefined && dateAgrees({ ...d, day: d.month, month: d.day, ambiguous: false }, v, weekday)) return true;
  const range = 'range' in d ? d.range : undefined;
  if (range && v.year !== undefined) {
    // A week against a date: does any day of the one fall on the other?
    const from = Date.UTC(v.year, (v.month ?? 1) - 1, v.day ?? 1);
    const to = v.day ? from : v.month ? Date.UTC(v.year, v.month, 0) : Date.UTC(v.year, 11, 31);
    return range.from <= to && from <= range.to;
  }
  if (d.year !== undefined && v.year !== undefined && d.year !== v.year) return false;
  if (d.month !== undefined && v.month !== undefined && d.month !== v.month) return false;
  if (d.day !== undefined && v.day !== undefined && (d.month !== undefined || d.year === undefined) && d.day !== v.day) return false;
  // "early May" against late May, or "late June" against 16 June.
  const part = 'part' in d ? d.part : undefined;
  if (part && d.month !== undefined && v.month !== undefined) {
    if (v.day !== undefined && !dayInPart(v.day, part)) return false;
    if (v.part && v.part !== part) return false;
  }
  if (v.part && d.day !== undefined && d.month !== undefined && v.month !== undefined && !dayInPart(d.day, v.part)) return false;
  return true;
}
