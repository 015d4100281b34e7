/**
 * contradicted-claim: statements whose polarity the sources settle ("the EMA has not yet
 * approved Sputnik V"), and "first meeting" claims that an earlier meeting of the same people
 * contradicts.
 */
import { lowerText, sentenceWords, quoted, isHeading, ANSWER_OPENING, type Sentence, type Mention } from '../analysis/document';
import { resolvePronoun } from '../analysis/attribution';
import { near } from '../analysis/events';
import { holdersOf, orgCountry } from '../analysis/roles';
import { wordAt, wordAtIn, leadingWord, isWordChar } from '../text/words';
import { type CheckContext, report, confirm, DENIED_BEFORE } from './context';
import type { ClaimFact } from '../facts/model';
import { COUNTRIES } from '../data/countries';
import { CAPITAL_OF } from '../data/capitals';
import { AIRLINES } from '../data/airlines';
import { matchesIn } from '../text/scan';
import { MONTHS } from '../text/dates';
import type { Fix } from '../types';

// "too deep for one meeting to produce a reset" denies as "not" does.
// "rarely shied away from a fight" denies too, and "still awaiting approval" says it is not approved.
// ("**0** major breakthroughs Putin says he expects": the figure nought denies as "zero" does.)
// ("he doesnt expect": a chat's "n't" without its apostrophe denies too.)
// (A "0" of a clock, "0:20", is no zero.)
const NEGATION = /(?:\b(?:not|never|no|nobody|nothing|zero|unlikely|yet to|(?:hard|difficult|impossible)\s+to\s+(?:expect|imagine|see|believe)|wrongly|incorrectly|falsely|erroneously|mistakenly|neither|nor|without|refused|rejected|declined|denied|doubt|doubts|doubted|doubting|rarely|seldom|hardly|barely|pending|(?:warn|warned|warns|warning|caution|cautioned|cautions|cautioning)\s+against|(?:awaiting|awaits|waiting\s+for|lacks|lacked|lacking|without|ahead\s+of|prior\s+to)\s+(?:its\s+|an?\s+|the\s+|any\s+)?(?:[\w'’]+\s+){0,3}(?:approval|authori[sz]ation|clearance|green\s+light))\b|n't\b|\b(?:do|does|did|is|was|are|were|wo|ca|could|should|would|has|have|had)nt\b|\btoo\s+\w+\s+(?:for|to)\b|(?<![\w.,:])0(?![\w.,%:]))/i;

/** A rhetorical question that asserts what follows "that": "Does the Member not accept that …?", "Isn't it true that …?" */
const ASSERTING_QUESTION = /\b(?:(?:not|n['’]t)\s+(?:accept|agree|admit|acknowledge|concede|recogni[sz]e)|is\s+it\s+not\s+(?:true|a\s+fact)|isn['’]t\s+it\s+(?:true|a\s+fact))\s+that\b/;

export function checkClaims(ctx: CheckContext): void {
  const { base } = ctx.analysis;
  for (const s of ctx.analysis.sentences) {
    if (s.end <= ctx.from) continue;
    const lower = lowerText(ctx.analysis, s);
    // "Does Moscow expect a breakthrough?", "Is this their first meeting?": a question asks; it states nothing.
    // (But "Does the Member not accept that it was Russia that …?" asserts its that-clause.)
    // (A question of who did something, answered right after it, asks only who: "Which US official announced …? Answer: …".)
    const asked = /\?[\s"'”’)*_]*$/.test(lower) && !ASSERTING_QUESTION.test(lower);
    if (asked && !answerTo(ctx, s)) continue;
    const present = sentenceWords(ctx.analysis, s);
    const admitted = admittedClaims(base.claims, present);
    for (let i = 0; i < base.claims.length; i++) {
      const c = base.claims[i];
      if (asked) {
        if (!c.by || !admitted[i] || (c.about && !firstOf(lower, present, c.about))) continue;
        const subj = firstOf(lower, present, c.subject);
        if (subj) checkAnnouncer(ctx, s, c, lower, present, subj.at);
        continue;
      }
      // The words a claim is about are rarer than its subject: looking for them first settles most sentences sooner.
      if (!admitted[i]) continue;
      const about = c.about && firstOf(lower, present, c.about);
      if (c.about && !about) continue;
      checkClaim(ctx, s, c, lower, present, about || undefined);
    }
    checkFirstMeeting(ctx, s, lower);
  }
}

/** "goes on to", "travels on to": an opposite phrase that moves on from the subject. */
const ONWARD = /\bon\s+to$/;
/** One claim against a sentence that speaks of what the claim is about. (A function of its own: the closures below
 * are made only for the few claims that get this far, not for every claim and sentence.) */
function checkClaim(ctx: CheckContext, s: Sentence, c: ClaimFact, lower: string, present: Set<string>, about: { w: string; at: number } | undefined): void {
  const subj = firstOf(lower, present, c.subject) ?? pronounSubject(ctx, s, c) ?? titleSubject(ctx, s, c) ?? sameMonthSubject(ctx, s, c, lower);
  if (!subj) return;
  if (c.by) checkAnnouncer(ctx, s, c, lower, present, subj.at);
  const at = (x: { w: string; at: number }) => ({ start: s.start + x.at, end: s.start + x.at + x.w.length });
  const report1 = (span: { start: number; end: number }, message: string, fixes: Fix[] = []) =>
    report(ctx, 'contradicted-claim', { span, message, fact: c.statement, citations: c.cite, fixes });
  const found = c.opposite && firstOf(lower, present, c.opposite);
  // "Nobody in the Kremlin expects a reset": an opposite phrase denied before it says what the sources say.
  // "Unlike Trump, Biden has confronted Putin": the opposite is said of another person named in between.
  // Nor is it said of the subject when the subject is only compared ("Biden, unlike Trump, has confronted Putin").
  // ("after Britain, Biden goes on to the NATO summit in The Hague, and his trip ends in Geneva": going "on to" somewhere is
  // said of what comes after the subject only when the subject comes first.)
  const opposite = found && !(ONWARD.test(found.w) && found.at < subj.at) && (NEGATION.test(found.w) || !deniedBefore(lower, found.at)) && !otherPersonBetween(s, c, subj.at, found.at)
    && !(COMPARED.test(lower.slice(Math.max(0, subj.at - 40), subj.at)) && !WHO_AFTER.test(lower.slice(subj.at + subj.w.length, subj.at + subj.w.length + 8))) ? found : undefined;
  if (opposite) { report1(at(opposite), `The draft says "${ctx.analysis.doc.slice(s.start + opposite.at, s.start + opposite.at + opposite.w.length).replace(/\s+/g, ' ')}"; the sources say otherwise: ${c.statement}.`); return; }
  if (c.cause) checkCause(ctx, s, c, lower);
  if (c.value || c.members) { checkPlaces(ctx, s, c, about, report1, subj.at); return; }
  const pred = c.predicate && firstOf(lower, present, c.predicate);
  if (!pred) return;
  // ("… gives negotiators time, but not a great deal of it": a quantity, not an agreement.)
  if (pred.w === 'deal' && /\b(?:great|good)\s+$/.test(lower.slice(Math.max(0, pred.at - 8), pred.at))) return;
  // ("| 12 | "The EMA has approved Sputnik V" | WRONG |": words in quotation marks are someone else's copy.)
  if (quoted(ctx.analysis, { start: s.start + pred.at, end: s.start + pred.at + pred.w.length })) return;
  // "| EMA approval of Sputnik V | TBD | 20% by Q3 |": a noun for the act beside odds states no act.
  if (!/(?:ed|en|s|ing|lit)$/.test(pred.w) && HYPOTHETICAL.test(ctx.analysis.norm.slice(s.start, s.end))) return;
  // Only the predicate's own clause: in "It was not their first conversation: they had … agreed on New START" and in
  // "… could pave the way for a reset, though he cautioned against …" the denial is the other clause's.
  const [around, close] = clauseAround(lower, pred.at);
  // ("… but don't dwell: Trump avoided conflicts with Putin": a subject right after a colon opens the clause there.)
  const colon = lower.lastIndexOf(':', Math.min(subj.at, pred.at));
  const open = colon >= around && /^\s*(?:[\w'’.-]+\s+){0,2}$/.test(lower.slice(colon + 1, Math.min(subj.at, pred.at))) ? colon + 1 : around;
  // "…, with Brazil the latest approval, but the EMA has not signed off": the subject opens a later clause, and the
  // predicate's clause is about something else.
  if (subj.at >= close) return;
  // ("repeats, without testing it, the view that Trump avoided conflicts": "without" denies its own gerund, not the claim's verb.)
  const clause = relativeClauseAt(lower, pred.at) ?? gerundAside(lower, pred) ?? cellAt(ctx.analysis.norm.slice(s.start + open, s.start + close), lower.slice(open, close), pred.at - open);
  // ("| Expected outcome | Not a reset, says Mr. Putin's spokesman |": or the word the claim is about, denied itself.)
  const negated = denies(clause.replace(WITHOUT_GERUND, (m, g: string) => (g === pred.w ? m : '')))
    || (!!about && /\b(?:not\s+(?:a|an|any)|no)\s+$/i.test(lower.slice(Math.max(0, about.at - 8), about.at)));
  const span = { start: s.start + Math.min(subj.at, pred.at), end: s.start + Math.max(subj.at + subj.w.length, pred.at + pred.w.length) };
  if (negated === !!c.negated) { confirm(ctx, span, c.statement, c.cite); return; }
  report1(span, `The draft says the opposite of the sources: ${c.statement}.`, c.negated ? negate(ctx, s, s.start + pred.at) : []);
}

/**
 * A gerund set off by commas: "the alternative, Donald Trump's habit of avoiding conflict with Putin, didn't reassure
 * anyone": the act is named, not stated, and the clause's denial is of something else.
 */
function gerundAside(lower: string, pred: { w: string; at: number }): string | undefined {
  if (!/ing$/.test(pred.w)) return undefined;
  const open = lower.lastIndexOf(',', pred.at), close = lower.indexOf(',', pred.at);
  if (open < 0 || close < 0 || pred.at - open > 80 || /[;:]/.test(lower.slice(open, close))) return undefined;
  return lower.slice(open, close);
}

// (Odds and open dates only: "could deliver a reset" still claims something.)
const HYPOTHETICAL = /\b(?:TBD|TBA|[Pp]robability|[Oo]dds|[Ss]cenario)\b|\d\s*%/;

/** What a sentence gives as the reason for something: "over …", "following …", "in response to …". */
const CAUSE_LEAD = /\b(?:over|following|after|in\s+(?:response|retaliation|reaction)\s+to|(?:were\s+|was\s+)?(?:the|a)\s+response\s+to|under\s+the\s+pretext\s+of|because\s+of|as\s+punishment\s+for|in\s+connection\s+with|prompted\s+by|triggered\s+by)\s+/g;
/** Capitalised words that name no cause of their own. */
const NO_CAUSE = /^(?:Mr|Mrs|Ms|Dr|The|A|An|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * "Biden called Putin a "murderer" over the Skripal affair": the sources give what the remark (or the sanctions) was
 * over. A reason after "over", "following" or "in response to" that names something (a name the base does not know:
 * a person, a place, a company) and none of the cause's words is another cause.
 */
function checkCause(ctx: CheckContext, s: Sentence, c: ClaimFact, lower: string): void {
  const { norm } = ctx.analysis;
  const causeWords = c.cause!.map(w => w.toLowerCase());
  CAUSE_LEAD.lastIndex = 0;
  for (let m; (m = CAUSE_LEAD.exec(lower)); ) {
    const from = m.index + m[0].length;
    const rest = lower.slice(from, from + 90);
    const stop = rest.search(/[,;:.()—–]|\s(?:and|which|that|who|when|while|but)\s/);
    const phrase = { start: s.start + from, end: s.start + from + (stop < 0 ? rest.length : stop) };
    const text = norm.slice(phrase.start, phrase.end).trimEnd();
    phrase.end = phrase.start + text.length;
    // "…, after which Washington imposed sanctions": a relative clause, not a reason.
    if (!text || /^(?:which|whom|that|this|these|those|it|them|he|she|they)\b/i.test(text)) continue;
    const lowered = lower.slice(from, from + text.length);
    if (causeWords.some(w => lowered.includes(w))) { confirm(ctx, phrase, c.statement, c.cite); return; }
    // A known person, place, organisation or event is no other cause ("after Biden took office", "following the Geneva summit").
    const known = s.mentions.filter(x => x.start < phrase.end && x.end > phrase.start && !x.kind.startsWith('unknown'));
    let named = false;
    for (const w of text.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
      const at = phrase.start + w.index!;
      // (Nor does a country's adjective: "over Russian interference" names no other cause by that word.)
      if (NO_CAUSE.test(w[0]) || /^[A-Z][a-z]+(?:ian|an|ish|ese)$/.test(w[0]) || known.some(x => x.start <= at && at < x.end)) continue;
      named = true;
      break;
    }
    if (!named) continue;
    report(ctx, 'contradicted-claim', {
      span: phrase,
      message: `The draft gives "${ctx.analysis.doc.slice(phrase.start, phrase.end).replace(/\s+/g, ' ')}" as the reason; the sources say: ${c.statement}.`,
      fact: c.statement,
      citations: c.cite,
    });
    return;
  }
}

/**
 * Per list of claims: each leading word of an `about` phrase → the claims it may let through, and the claims always
 * let through (no `about`, or a phrase opening with no word). A claim none of whose `about` words is in the sentence
 * fails its first test: the sentence's few words are looked up here instead of every claim's phrases in the sentence.
 */
const aboutTables = new WeakMap<ClaimFact[], { byLead: Map<string, number[]>; always: number[] }>();
const admittedMarks: boolean[] = [];

/** Which claims may speak of the sentence (true), by position; the others' `about` words are not in it. */
function admittedClaims(claims: ClaimFact[], present: Set<string>): boolean[] {
  let table = aboutTables.get(claims);
  if (!table) {
    table = { byLead: new Map(), always: [] };
    claims.forEach((c, i) => {
      const leads = c.about ? phrasesOf(c.about).map(p => p.lead) : [''];
      if (leads.includes('')) { table!.always.push(i); return; }
      for (const lead of new Set(leads)) { const list = table!.byLead.get(lead) ?? []; list.push(i); table!.byLead.set(lead, list); }
    });
    aboutTables.set(claims, table);
  }
  const marks = admittedMarks;
  marks.length = 0;
  for (let i = 0; i < claims.length; i++) marks.push(false);
  for (const i of table.always) marks[i] = true;
  for (const w of present) {
    const list = table.byLead.get(w);
    if (list) for (const i of list) marks[i] = true;
  }
  return marks;
}

/** "Trump, who clashed with Putin": a relative clause speaks of the name it follows, compared or not. */
const WHO_AFTER = /^\s*,?\s*(?:who|whose)\b/;
const COMPARED = /\b(?:unlike|than|opposed\s+to|contrast\s+(?:to|with))\b[^,.;:]*$/;

/** Is a person the claim is not about named between its subject and the phrase (offsets in the sentence)? */
function otherPersonBetween(s: Sentence, c: ClaimFact, subjectAt: number, at: number): boolean {
  // Only a claim about a person ("Trump avoided conflicts"): "Nord Stream 2: … Blinken announced …" names who spoke of a thing.
  if (subjectAt >= at || !s.mentions.some(m => m.kind === 'person' && m.start - s.start <= subjectAt && subjectAt < m.end - s.start)) return false;
  for (const m of s.mentions) {
    const off = m.start - s.start;
    if (m.kind !== 'person' || off <= subjectAt || off >= at) continue;
    if (!c.subject.some(w => m.text.toLowerCase().includes(w.toLowerCase()))) return true;
  }
  return false;
}

/** ", a president who …": a noun set beside a name before its relative clause. */
const APPOSED_RELATIVE = /^,\s*(?:an?|the|another)\s+(?:[a-z'’-]+\s+){1,3}(?:who|which|whose)\b/;
/**
 * The relative clause set off by commas that holds `at`, if any: "his predecessor, who avoided conflicts with Mr.
 * Putin, would not" denies nothing of the predecessor's avoiding them.
 */
function relativeClauseAt(lower: string, at: number): string | undefined {
  const open = lower.lastIndexOf(',', at);
  if (open < 0 || /[;:]/.test(lower.slice(open, at))) return undefined;
  const close = lower.indexOf(',', at);
  if (/^,\s*(?:who|which|whose)\b/.test(lower.slice(open, open + 10))) return close < 0 ? undefined : lower.slice(open, close);
  // (", a president who avoided conflicts with Mr Putin.": a noun set beside a name, and its relative clause, to the end.)
  return APPOSED_RELATIVE.test(lower.slice(open, open + 48)) ? lower.slice(open, close < 0 ? lower.length : close) : undefined;
}

/**
 * The clause holding `at`, as offsets in the sentence's text: set off by a semicolon or a colon before a pronoun or the
 * two who act ("…: they had spoken", "not all friction: the two sides reached …"), and ended by a comma before
 * "though", "but", "while" and the like. (Within 200 characters either side.)
 */
function clauseAround(lower: string, at: number): [number, number] {
  const lo = Math.max(0, at - 200);
  let open = 0;
  CLAUSE_BREAK.lastIndex = 0;
  // (Before it, not at a comma: in "Nor, while we are at it, has the EMA approved" the denial opens the clause.)
  for (let m; (m = CLAUSE_BREAK.exec(lower.slice(lo, at))); ) if (m[0] !== ',') open = lo + m.index + 1;
  CLAUSE_BREAK.lastIndex = 0;
  const next = CLAUSE_BREAK.exec(lower.slice(at, at + 200));
  CLAUSE_BREAK.lastIndex = 0;
  return [open, next ? at + next.index : lower.length];
}
// ("Trump avoided conflicts with him in a way Biden has made a point of not doing": the manner's clause denies its own.)
// (", and" before a new subject and its verb: "They reach agreement on New START, and Biden tells Putin he is not …".)
// (", which is exactly what Biden says he won't do": a relative clause about the act says something of its own.)
// ("Trump avoided conflicts with Putin, Biden has not.": a contrast's short clause, its verb left out, denies its own subject.)
// ("… he was "not seeking …" — and yet the same call produced agreement on New START": a dash, which the prose writes as a
// spaced hyphen, before "and yet" or "but".)
const CLAUSE_BREAK = /;|:(?=\s*(?:he|she|they|we|it|i|both|the\s+two|the\s+(?:leaders|presidents|sides|men))\b)|,(?=\s*(?:though|although|but|while|whereas|yet|and\s+yet|which\s+is\s+(?:exactly\s+|just\s+|precisely\s+)?what)\b)|\s-(?=\s+(?:and\s+)?(?:yet|but|still)\b)|,(?=\s*and\s+(?:the\s+)?[\w.'’-]+\s+(?:tells|told|says|said|adds|added|warns|warned|is|was|will|would|has|had)\b)|,(?=\s*(?:and|but)\s+(?:it|he|she|they)\s+[a-z]+(?:ed|s)\b)|\bin\s+(?:a|the)\s+way\b|,(?=\s*[\w.'’-]+\s+(?:has|have|had|did|does|is|was|were|will|would|could)(?:\s+not|n't)\s*(?:[.;]|$))/g;

/** A denial in the clause before `at` ("Nobody … expects a reset"), not "not least because …" or another clause's. */
function deniedBefore(lower: string, at: number): boolean {
  const before = lower.slice(Math.max(0, at - 60), at);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(','), before.lastIndexOf(':')) + 1);
  return denies(clause);
}

/**
 * The table cell holding `at`, from the sentence's lower-case text; the whole text outside a table. (Cells are set off
 * by U+2028 in the prose, which the lower-case copy writes as a space: the boundaries are read in `text`.)
 */
function cellAt(text: string, lower: string, at: number): string {
  const open = text.lastIndexOf('\u2028', at), close = text.indexOf('\u2028', at);
  if (open < 0 && close < 0) return lower;
  const cell = lower.slice(open + 1, close < 0 ? lower.length : close);
  // ("| Approved by the European Medicines Agency | Not yet |": a bare "no" in the next cell answers the row's label.)
  if (close >= 0 && BARE_DENIAL_CELL.test(text.slice(close + 1, close + 24))) return `${cell} not`;
  // ("| **0** | "Major breakthroughs" Putin says he expects from Geneva |": a figure of none labelling the row denies it.)
  return open >= 0 && ZERO_CELL_BEFORE.test(text.slice(Math.max(0, open - 16), open)) ? `not ${cell}` : cell;
}
const ZERO_CELL_BEFORE = /(?:^|\u2028|\n)[\s*_]*(?:0|zero|none|nil)[\s*_]*$/i;
const WITHOUT_GERUND = /\bwithout\s+([a-z]+ing)\b/g;
const BARE_DENIAL_CELL = /^[\s*_]*(?:no|not\s+yet|not|never|none|pending|✗|✘|❌)[ \t.!*_]*(?:\u2028|\n|$)/i;

/** Does the text deny something? "not least", "not only", "not long after" deny nothing. */
function denies(text: string): boolean {
  return NEGATION.test(text.replace(/\bnot\s+(?:least|only|just|surprisingly|long\s+(?:after|before|ago))\b/g, ''));
}

/**
 * "Then came March. … That same month your administration sanctioned …": "that (same) month" stands for a month the
 * claim is about, named in one of the two sentences before (in the same or the previous paragraph).
 */
function sameMonthSubject(ctx: CheckContext, s: Sentence, c: ClaimFact, lower: string): { w: string; at: number } | undefined {
  const months = monthSubjects(c);
  if (!months.length) return undefined;
  const m = SAME_MONTH.exec(lower);
  if (!m) return undefined;
  const { sentences } = ctx.analysis;
  // (Or the heading of the sentence's section, a few sentences up: "### Panel 5 · March 2021" over its entries.)
  for (let k = s.index - 1, block = s.block; k >= 0 && k >= s.index - 5; k--) {
    const prev = sentences[k];
    if (block - prev.block > 1) break;
    block = prev.block;
    const heading = isHeading(ctx.analysis, prev);
    if ((k >= s.index - 2 || heading) && firstOf(lowerText(ctx.analysis, prev), sentenceWords(ctx.analysis, prev), months)) return { w: m[0], at: m.index };
    if (heading) break;
  }
  return undefined;
}
/** A claim's subjects that are months, found once per claim: the test runs for every sentence a claim is tried on. */
const monthSubjectsOf = new WeakMap<ClaimFact, string[]>();
function monthSubjects(c: ClaimFact): string[] {
  let months = monthSubjectsOf.get(c);
  if (!months) { months = c.subject.filter(w => MONTHS.includes(w.toLowerCase())); monthSubjectsOf.set(c, months); }
  return months;
}
const SAME_MONTH = /\b(?:that|the)\s+(?:same|very)\s+month\b|\bthat\s+month\b|\blater\s+that\s+month\b/;

/** "He has said he expects…": a sentence opening with a pronoun for a person the claim is about. */
function pronounSubject(ctx: CheckContext, s: Sentence, c: ClaimFact): { w: string; at: number } | undefined {
  const m = /^(?:[\s\u2029*_>-]*)(he|she|it)\b/i.exec(ctx.analysis.norm.slice(s.start, s.start + 12));
  if (!m) return undefined;
  if (/^it$/i.test(m[1])) {
    // "Where Geneva fits. It opens his first trip…": "it" is a subject the sentence before named (a place, a treaty).
    const prev = s.index > 0 ? ctx.analysis.sentences[s.index - 1] : undefined;
    if (!prev || prev.block !== s.block || !firstOf(lowerText(ctx.analysis, prev), sentenceWords(ctx.analysis, prev), c.subject)) return undefined;
    return { w: m[1], at: m.index + m[0].length - m[1].length };
  }
  const who = resolvePronoun(ctx.analysis, m[1], s.start + m.index + m[0].length - m[1].length);
  const person = who?.id ? ctx.analysis.base.people.find(p => p.id === who.id) : undefined;
  if (!person || !c.subject.some(w => [person.name, ...person.aliases].some(a => a.toLowerCase() === w.toLowerCase()))) return undefined;
  return { w: m[1], at: m.index + m[0].length - m[1].length };
}


/** Before an actor that opens a clause of its own: ", the ", "; ", "and the ". */
// ("…, with the Kremlin listing …": an absolute clause too.)
const OWN_CLAUSE_BEFORE = /(?:[,;]\s*(?:and\s+|while\s+|but\s+|whereas\s+|with\s+)?|\band\s+|\bwhile\s+|\bwith\s+)(?:the\s+)?$/i;
/** After it, a verb of saying or listing. */
const SAYS_AFTER = /^\s+(?:(?:has|have|had)\s+)?(?:says|said|saying|notes|noted|noting|lists|listed|listing|announces|announced|adds|added|puts|names|named|naming|mentions|mentioned|cites|cited)\b/i;

/**
 * "Treasury Secretary Janet Yellen announced that the US would lift sanctions from Nord Stream 2": the sources say who
 * announced it, and the person named right before the verb is someone else. (Only a name right before the verb, or
 * with a title between: "X said Y announced" leaves X out.)
 */
function checkAnnouncer(ctx: CheckContext, s: Sentence, c: ClaimFact, lower: string, present: Set<string>, subject: number): void {
  const { norm, base } = ctx.analysis;
  // ("Lavrov's announcement that …": the act as a noun after its actor's possessive.)
  const first = c.act ? actIn(ctx, s, c.act) : ANNOUNCER.exec(norm.slice(s.start, s.end))?.index ?? ANNOUNCEMENT.exec(norm.slice(s.start, s.end))?.index;
  if (first === undefined) return;
  // ("**Which US official announced that sanctions would be lifted from the Nord Stream 2 …?** **Answer:** Jake Sullivan.":
  // a question that asks who did it is answered by the name that opens the answer after it.)
  let who: (typeof s.mentions)[number] | undefined = answerTo(ctx, s);
  let at = s.start + first;
  // (The first verb of the act with an actor before it: in "I have noted that the Kremlin named …" the writer's "noted"
  // is no act of the claim's.)
  for (let verb: number | undefined = first, tries = 0; verb !== undefined && !who && tries < 3; verb = c.act ? nextActIn(ctx, s, c.act, verb + 1) : undefined, tries++) {
    const found = actorOf(ctx, s, c, lower, present, subject, verb);
    if (found === null) return;
    if (found) { who = found; at = s.start + verb; }
  }
  if (!who) { unknownActor(ctx, s, c, at); return; }
  if (c.by!.includes(who.id)) return;
  // ("the Blinken–Lavrov greeting": a name joined to another by a dash names a pair, not the one who acted.)
  if (/\p{L}-$/u.test(norm.slice(Math.max(0, who.start - 2), who.start)) || /^-\p{Lu}/u.test(norm.slice(who.end, who.end + 2))) return;
  const actors = c.by!.map(id => base.people.find(p => p.id === id) ?? base.organizations.find(o => o.id === id));
  // An organisation speaks for its country's people, and they for it: when the sources name an organisation, anyone of
  // its country may be the actor ("Lavrov", "Moscow" for the Kremlin); an organisation named may be any of theirs.
  const country = who.kind === 'org' ? orgCountry(base, who.id)
    : who.kind === 'person' ? base.people.find(p => p.id === who!.id)?.country : undefined;
  if (who.kind === 'org' && (!country || actors.some(a => a?.country === country))) return;
  if (who.kind !== 'org' && country && actors.some(a => a && 'names' in a && a.country === country)) return;
  const right = who.kind === 'org' ? actors.find(a => a && 'names' in a) : actors.find(a => a && 'aliases' in a);
  if (!right) return;
  // "Moscow says strategic stability is on the agenda, the White House lists New START": the sentence gives the act to
  // the right actor too, in a clause of its own, and which words are whose is not for a verdict.
  if (s.mentions.some(m => m !== who && c.by!.includes(m.id!) && m.start > who!.end && OWN_CLAUSE_BEFORE.test(norm.slice(Math.max(s.start, m.start - 16), m.start))
    && SAYS_AFTER.test(norm.slice(m.end, m.end + 24)))) return;
  // (An organisation's mention leaves out its "the", which the fix keeps or adds: "The White House" becomes "The
  // Kremlin", "Washington has tried …" becomes "The Kremlin has tried …".)
  let rightName = 'names' in right ? right.names[0] : right.name;
  const afterThe = /\bthe\s+$/i.test(norm.slice(Math.max(0, who.start - 4), who.start));
  if ('names' in right && !afterThe) rightName = (/[A-Za-z]/.test(norm.slice(s.start, who.start)) ? 'the ' : 'The ') + rightName;
  const title = who.kind === 'org' ? undefined : s.roles.find(r => r.end <= who!.start && who!.start - r.end <= 2);
  const span = { start: title ? title.start : who.start, end: who.end };
  report(ctx, 'wrong-participant', {
    span,
    message: `The draft has ${afterThe ? `the ${who.text}` : who.text} ${c.act ? 'do' : 'announce'} this; the sources say ${'names' in right ? `the ${right.names[0]}` : right.name} did: ${c.statement}.`,
    fact: c.statement,
    citations: c.cite,
    fixes: [{ title: `Replace with ${'names' in right ? `the ${right.names[0]}` : right.name}`, edits: [{ span, newText: rightName }], preferred: true }],
  });
}
/**
 * The one named right before the act's verb at `verb` (from the sentence's start), undefined when nobody is, or null
 * when the verb is in another clause than the claim's subject or topic, or its act has no single actor.
 */
function actorOf(ctx: CheckContext, s: Sentence, c: ClaimFact, lower: string, present: Set<string>, subject: number, verb: number): Mention | null | undefined {
  const { norm } = ctx.analysis;
  const at = s.start + verb;
  // ("The Kremlin said the talks would cover …, and the White House said the agenda will include …": a verb in an earlier
  // clause than the claim's subject is another statement's.)
  // (Nor one after the subject's clause: "The agenda, per the White House, would include …; the Kremlin listed …"; nor one
  // in another clause than the words the claim is about: "(the Kremlin lists …, while the White House has flagged … Iran)".)
  const apart = (x: number) => /;|,\s+(?:and|but|while|whereas)\s/.test(norm.slice(s.start + Math.min(x, verb), s.start + Math.max(x, verb)));
  const topic = c.about && firstOf(lower, present, c.about)?.at;
  if (apart(subject) || (topic !== undefined && topic > verb && apart(topic))) return null;
  // ("greeting each other": both did. "listed no areas": nobody did. "Moscow accused of …": the one named was accused.)
  if (c.act && /^\s*\w+\s+(?:each\s+other|one\s+another|no|none|of|for)\b/i.test(norm.slice(at, at + 40))) return null;
  let who: Mention | undefined;
  // ("Lavrov afterwards listed …": an adverb or two may stand between.)
  // ("It was Lavrov who announced …" names him as "Lavrov announced" does; so does "the minister, Sergei Lavrov, greets".)
  // (An organisation acts too: "The White House tried to lower expectations" when the sources say the Kremlin did.)
  // ("It was Blinken, not Lavrov, who announced …": a name denied is not the actor.)
  for (const m of s.mentions) if ((m.kind === 'person' || m.kind === 'unknownPerson' || m.kind === 'org') && m.end <= at && !DENIED_BEFORE.test(norm.slice(Math.max(s.start, m.start - 14), m.start)) && ACTOR_TO_VERB.test(norm.slice(m.end, at))) who = m;
  // ("The lifting … was announced by Sergei Lavrov", "…, announced by Lavrov after the Reykjavik talks": a passive's agent.)
  if (!who) who = near(s.mentions, { start: at, end: at + 48 }).find(m => (m.kind === 'person' || m.kind === 'unknownPerson' || m.kind === 'org') && m.start > at && m.start - at <= 48 && PASSIVE_AGENT.test(norm.slice(at, m.start)));
  // ("It was Lavrov who put the first gambit on the board, announcing that …": a participle set off after a clause is
  // its subject's act, when the clause names no one else.)
  if (!who && /,\s*$/.test(norm.slice(Math.max(s.start, at - 3), at)) && /^\w+ing\b/.test(norm.slice(at, at + 20))) {
    const before = s.mentions.filter(m => m.end <= at && (m.kind === 'person' || m.kind === 'unknownPerson' || m.kind === 'org'));
    const first = before[0];
    if (first && before.every(m => m.start === first.start) && /^[^\p{L}]*(?:it\s+was\s+)?$/iu.test(norm.slice(s.start, first.start))
      && !/^['’]s?\b/.test(norm.slice(first.end, first.end + 2)) && !/[;:]|,\s*(?:and|but)\b/.test(norm.slice(first.end, at - 1))) who = first;
  }
  return who;
}
const ACTOR_TO_VERB = /^['’]s\s+$|^\s*(?:,[^,;:]{1,50},\s*)?,?\s*(?:(?:who|that|which)\s+)?(?:(?:has|had|have|also|then|later|first|been|just|already|afterwards?|subsequently|reportedly|publicly|formally|officially|even|himself|herself|itself|tried\s+to|sought\s+to|worked\s+to|moved\s+to|followed\s+up\s+by)\s+){0,2}$/;
/** From a verb in the past to its agent: "announced by ", "announced in a statement by the ". */
const PASSIVE_AGENT = /^[a-z]+ed\s+(?:(?:in|on|at)\s+(?:a|an|the)\s+[a-z]+\s+)?by\s+(?:the\s+)?$/i;

/** The first of the act's verbs at or after `from` (offsets from the sentence's start). */
function nextActIn(ctx: CheckContext, s: Sentence, verbs: string[], from: number): number | undefined {
  const lower = lowerText(ctx.analysis, s);
  let best: number | undefined;
  for (const p of phrasesOf(verbs)) {
    for (let at = lower.indexOf(p.lower, from); at >= 0; at = lower.indexOf(p.lower, at + 1)) {
      if (isWordChar(lower[at - 1]) || isWordChar(lower[at + p.lower.length])) continue;
      if (best === undefined || at < best) best = at;
      break;
    }
  }
  return best;
}
/** The act of announcing as a noun after a possessive: "Lavrov's announcement". */
const ANNOUNCEMENT = /(?<=['’]s\s+)announcement\b/i;
// ("…, announcing that": a participle after its subject's clause; see actorOf.)
const ANNOUNCER = /\b(?:announced|announces|announcing|declared|revealed|confirmed|said|says|told)\b/i;

/**
 * "In March, the European Union announced sanctions …", "the Trump administration announced …": a body the sources do
 * not know, named right before the act, where the sources name an organisation as the actor. (A known name is judged
 * by checkAnnouncer; a body of another name than the actor's own is someone else.)
 */
/** The person opening the answer to a question of who did something: the answer's sentence right after it. */
function answerTo(ctx: CheckContext, s: Sentence): Mention | undefined {
  const { norm, sentences } = ctx.analysis;
  const next = sentences[s.index + 1];
  if (!next || next.start - s.end > 40 || !/\?[\s*_]*$/.test(norm.slice(Math.max(s.start, s.end - 4), s.end)) || !WHO_ASKED.test(norm.slice(s.start, Math.min(s.end, s.start + 80)))) return undefined;
  const m = next.mentions[0];
  return m && m.kind === 'person' && ANSWER_OPENING.test(norm.slice(next.start, m.start)) ? m : undefined;
}
/** A question's opening that asks who: "Which US official …", "Who …". */
const WHO_ASKED = /^[^\p{L}]*(?:(?:Q\d*|\d+)[.:)]?[\s*_]*)?(?:who\b|which\s+(?:[\w-]+\s+){0,2}(?:official|person|minister|diplomat|secretary|spokes(?:man|woman|person)|adviser|advisor|figure|politician)\b)/iu;

function unknownActor(ctx: CheckContext, s: Sentence, c: ClaimFact, at: number): void {
  const { norm, base } = ctx.analysis;
  const orgs = c.by!.map(id => base.organizations.find(o => o.id === id)).filter((o): o is NonNullable<typeof o> => !!o);
  if (!orgs.length || orgs.length !== c.by!.length) return;
  const hit = BODY_BEFORE.exec(norm.slice(Math.max(s.start, at - 60), at));
  if (!hit) return;
  const body = hit[1] ?? hit[2];
  // (Not a word of a line in capitals, "US ALSO ACCUSES RUSSIA", nor the actor's own initials, "WH".)
  if (hit[2] && (/^[^a-z]*$/.test(norm.slice(s.start, s.end)) || orgs.some(o => o.names.some(n => initials(n) === body)))) return;
  const start = at - hit[0].length + hit[0].lastIndexOf(body), end = start + body.length;
  const name = body.replace(/\s+/g, ' ');
  // (A body by its full name or an acronym: "the Yanks", "the Administration", "the Americans" are the actor's own people.)
  if (!hit[2] && !/\s/.test(name)) return;
  if (orgs.some(o => o.country && OWN_COUNTRY[o.country]?.test(name))) return;
  // (Its own name, or a place or person the checker knows standing alone: "Britain announced" is judged elsewhere.)
  if (orgs.some(o => o.names.some(n => n.toLowerCase() === name.toLowerCase()))) return;
  if (!/\s(?:administration|government)$/i.test(name) && s.mentions.some(m => m.start < end && start < m.end)) return;
  const right = orgs[0];
  const rightName = right.names.find(n => !/^the\s/i.test(n) && c.cite.some(x => x.excerpt.includes(n))) ?? right.names.find(n => !/^the\s/i.test(n)) ?? right.names[0];
  report(ctx, 'wrong-participant', {
    span: { start, end },
    message: `The draft has the ${name} ${c.act ? 'do' : 'announce'} this; the sources say the ${rightName} did: ${c.statement}.`,
    fact: c.statement,
    citations: c.cite,
    fixes: [{ title: `Replace with the ${rightName}`, edits: [{ span: { start, end }, newText: rightName }], preferred: true }],
  });
}
/** A name's initials: "WH" for "White House", "the" left out. */
const initials = (name: string) => name.replace(/^the\s+/i, '').split(/\s+/).map(w => w[0]).join('').toUpperCase();
/** "the European Union", "the EU", "the Trump administration" right before the verb (after "the", or an acronym). */
const BODY_BEFORE = /\b(?:[Tt]he\s+((?:[A-Z][\w.'’-]*\s+){1,3}(?:administration|government)|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)|([A-Z]{2,}))\s+(?:(?:has|had|also|then|later|first)\s+){0,2}$/;
/** The words that make a body the actor's own country's ("the US government", "the American administration"). */
const OWN_COUNTRY: Record<string, RegExp> = { us: /^(?:US|U\.S\.|United\s+States|American|America's|Washington)\b/, ru: /^(?:Russian|Russia's|Russia|Moscow)\b/ };

/** Where the first of a claim's verbs stands in the sentence (as an offset in it), as a whole word. */
function actIn(ctx: CheckContext, s: Sentence, verbs: string[]): number | undefined {
  const at = firstOf(lowerText(ctx.analysis, s), sentenceWords(ctx.analysis, s), verbs)?.at;
  return at === undefined || at < 0 ? undefined : at;
}

/** "The Russian president has said he is counting on …": a title with one holder the claim is about. */
function titleSubject(ctx: CheckContext, s: Sentence, c: ClaimFact): { w: string; at: number } | undefined {
  const { base } = ctx.analysis;
  for (const r of s.roles) {
    const holders = holdersOf(base, r, r.past);
    if (holders.length !== 1) continue;
    const p = holders[0];
    if (c.subject.some(w => [p.name, ...p.aliases].some(a => a.toLowerCase() === w.toLowerCase()))) return { w: r.text, at: r.start - s.start };
  }
  return undefined;
}

/** The first of `words` the sentence contains, as a whole word. */
function firstOf(lower: string, present: Set<string>, words: string[]): { w: string; at: number } | undefined {
  let best: { w: string; at: number } | undefined;
  for (const p of phrasesOf(words)) {
    const at = wordAtIn(lower, present, p.lower, p.lead);
    if (at >= 0 && (!best || at < best.at)) best = { w: p.w, at };
  }
  return best;
}

/** A claim's word lists in lower case with their leading words, prepared once per list. */
const phrases = new WeakMap<string[], { w: string; lower: string; lead: string }[]>();
function phrasesOf(words: string[]): { w: string; lower: string; lead: string }[] {
  let list = phrases.get(words);
  if (!list) {
    list = words.map(w => ({ w, lower: w.toLowerCase(), lead: leadingWord(w.toLowerCase()) }));
    phrases.set(words, list);
  }
  return list;
}

/** Countries named in a sentence, known to the base or not. */
function countriesIn(ctx: CheckContext, s: Sentence): { name: string; start: number; end: number }[] {
  const { base, norm } = ctx.analysis;
  const out: { name: string; start: number; end: number }[] = [];
  for (const m of s.mentions) {
    const place = m.kind === 'place' ? base.places.find(p => p.id === m.id) : undefined;
    if (place?.kind === 'country') out.push({ name: place.name, start: m.start, end: m.end });
  }
  for (const m of matchesIn(CAPITALS, norm, s.start, s.end)) {
    if (COUNTRIES.has(m[0]) && !out.some(o => o.start <= m.index && m.index < o.end)) out.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const CAPITALS = /\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)*/gu;
/** A lower-case word after a country's initials that is no function word: the initials qualify it ("US security"). */
const ATTRIBUTIVE_AFTER = /^\s(?!(?:and|or|but|in|on|at|to|by|for|with|from|as|is|was|were|are|has|had|have|will|would|last|this|next|since|after|before|which|that|where|when|while|itself)\b)[a-z]{3,}/;
/** A country's adjective and a body acting for it, right before a verb: "Russian authorities", "American officials". */
const ACTING_BODY = /\b([A-Z][a-z]+(?:ian|an|ish|ese))\s+(authorities|government|officials|forces|military|air\s+traffic\s+control(?:lers)?|(?:fighter\s+)?jets|warplanes)\s+$/;

const AIRLINE_NAMES = new Set(AIRLINES);
/** Any of the airlines as a whole word, in the draft's case or in capitals. */
const AIRLINE = new RegExp(`(?<![A-Za-z])(?:${[...AIRLINES, ...AIRLINES.map(a => a.toUpperCase())].map(a => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z])`, 'g');
/** After an airline's name, the flight it ran: "a Lufthansa flight", "Lufthansa's Athens–Vilnius plane". */
const CARRIED = /^(?:['’]s)?\s+(?:[\w–-]+\s+){0,2}?(?:flight|plane|jet|airliner|aircraft|passenger\s+jet)\b/i;
/** Before it: "a flight operated by ", "a plane of ". */
const OPERATED_BY = /\b(?:flight|plane|jet|airliner|aircraft)\s+(?:operated\s+by|run\s+by|of)\s+$/i;

/** `value` an airline: another airline named as the flight's contradicts it ("forced a Lufthansa flight to land"). */
function checkCarrier(ctx: CheckContext, s: Sentence, c: ClaimFact, report1: (span: { start: number; end: number }, message: string, fixes?: Fix[]) => void): void {
  const { norm } = ctx.analysis;
  for (const m of matchesIn(AIRLINE, norm, s.start, s.end)) {
    const x = { start: m.index, end: m.index + m[0].length };
    if (m[0].toLowerCase() === c.value!.toLowerCase() || quoted(ctx.analysis, x)) continue;
    if (!CARRIED.test(norm.slice(x.end, x.end + 40)) && !OPERATED_BY.test(norm.slice(Math.max(s.start, x.start - 24), x.start))) continue;
    report1(x, `The draft names ${m[0]}; the sources say: ${c.statement}.`, [{ title: `Replace with "${c.value}"`, edits: [{ span: x, newText: c.value! }], preferred: true }]);
  }
}

/** `value`: another country in its place contradicts it; `members`: a country beside them that is not one. */
function checkPlaces(ctx: CheckContext, s: Sentence, c: ClaimFact, about: { w: string; at: number } | undefined, report1: (span: { start: number; end: number }, message: string, fixes?: Fix[]) => void, subjectAt = 0): void {
  const countries = countriesIn(ctx, s);
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  if (c.value && AIRLINE_NAMES.has(c.value)) { checkCarrier(ctx, s, c, report1); return; }
  if (c.value) {
    const norm = ctx.analysis.norm;
    const verbAt = about ? s.start + about.at : -1;
    const reportValue = (x: { name: string; start: number; end: number }) =>
      report1(x, `The draft names ${x.name}; the sources say: ${c.statement}.`, [{ title: `Replace with "${c.value}"`, edits: [{ span: { start: x.start, end: x.end }, newText: c.value! }], preferred: true }]);
    // A government named by its capital acts for its country too ("Moscow forced a Ryanair flight to land").
    const governments = s.mentions.filter(m => m.kind === 'org' && !!ctx.analysis.base.organizations.find(o => o.id === m.id)?.country).map(m => ({ name: m.text, start: m.start, end: m.end }));
    // The one who did it, named right at the claim's verb: "after Russia forced down …", "the forced landing … by Russia".
    // The value named elsewhere in the sentence ("Belarus is on the agenda after Russia forced …") does not undo that.
    if (about && /(?:ed|ing)$/.test(about.w)) {
      // (Not the object of "of": in "A great ally of Russia diverted a plane" the ally did it.)
      // (Or its possessive before the act as a noun: "Russia's forced landing of a Ryanair flight".)
      // (An auxiliary or an adverb may stand between: "Russia had forced", "Russia reportedly diverted"; so may a
      // cleft's "that": "it was Russia that forced a Ryanair flight to land".)
      const rightBefore = (x: { start: number; end: number }, verb: number) => x.end < verb && (/^(?:['’]s)?\s+(?:(?:had|has|have|then|allegedly|reportedly|apparently)\s+){0,2}$/.test(norm.slice(x.end, verb))
        || (/^\s+(?:that|who)\s+$/.test(norm.slice(x.end, verb)) && CLEFT_BEFORE.test(norm.slice(Math.max(0, x.start - 12), x.start)))) && !/\bof\s+(?:the\s+)?$/i.test(norm.slice(Math.max(0, x.start - 8), x.start));
      // ("The forced landing of a Ryanair flight, carried out by Russia, …": the act's doer may follow a comma.)
      const byAfter = (x: { start: number; end: number }, verb: number) => x.start > verb && x.start - verb <= 60 && BY_AGENT.test(norm.slice(Math.max(0, x.start - 40), x.start))
        && !/^(?:['’]s?\b|\s+(?:close\s+)?(?:ally|allies|neighbou?r|partner)\b)/.test(norm.slice(x.end, x.end + 16))
        && (!/[,;:.]/.test(norm.slice(verb, x.start)) || DONE_BY.test(norm.slice(verb, x.start)));
      // Every place the act is named, not only the first: "The forced landing … is on the agenda, but the graphic
      // omits who did it: Moscow forced down the plane".
      const verbs = actsOf(lowerText(ctx.analysis, s), about.w, about.at);
      const agent = [...countries, ...governments].find(x => !same(x.name, c.value!) && !quoted(ctx.analysis, x) && verbs.some(v => rightBefore(x, s.start + v) || byAfter(x, s.start + v)));
      if (agent) { reportValue(agent); return; }
      // ("The forced landing of that Ryanair flight by Moscow's ally Minsk, …": the country's capital names its government,
      // the doer the sources give; a country named later in the sentence is another topic.)
      for (const m of matchesIn(CAPITALS, norm, s.start, s.end)) {
        const x = { start: m.index, end: m.index + m[0].length };
        const country = CAPITAL_OF.get(m[0]);
        if (country && same(country, c.value) && verbs.some(v => rightBefore(x, s.start + v) || byAfter(x, s.start + v))) return;
      }
      // "after Russian authorities diverted a Ryanair flight": a country's people or government, by its adjective.
      const body = ACTING_BODY.exec(norm.slice(Math.max(s.start, verbAt - 60), verbAt));
      if (body && !body[1].toLowerCase().startsWith(c.value.slice(0, 5).toLowerCase())) {
        const start = verbAt - body[0].length;
        const span = { start, end: start + body[1].length };
        if (!quoted(ctx.analysis, span)) { report1(span, `The draft has ${body[1]} ${body[2].toLowerCase()} do it; the sources say: ${c.statement}.`); return; }
      }
    }
    if (countries.some(x => same(x.name, c.value!))) return;
    // The place the claim is about stands where a place is stated ("in Iraq", "approval: Argentina"), not as an adjective
    // ("US troops"); or as the subject of the claim's words ("Mexico recently became the latest to approve it"), with
    // words between, or none before a verb ("Russia forced").
    const subjectOf = (x: { start: number; end: number }) => !!about && verbAt > x.end && verbAt - x.end <= 40 && !/\bof\s+(?:the\s+)?$/i.test(norm.slice(Math.max(0, x.start - 8), x.start))
      && (/^\s+[a-z][^,;:]*$/.test(norm.slice(x.end, verbAt)) || (/(?:ed|ing)$/.test(about.w) && /^\s+$/.test(norm.slice(x.end, verbAt))));
    // A route ("from Greece to Lithuania") places nothing the claim is about.
    const onRoute = (x: { start: number; end: number }) => /\bfrom\s+$/i.test(norm.slice(Math.max(0, x.start - 6), x.start)) ? /^\s+to\s+\p{Lu}/u.test(norm.slice(x.end, x.end + 6))
      : /\bto\s+$/i.test(norm.slice(Math.max(0, x.start - 4), x.start)) && /\bfrom\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?\s+to\s+$/u.test(norm.slice(Math.max(0, x.start - 40), x.start));
    // (Not an owner: "supplied with Russia's Sputnik V".)
    const owner = (x: { end: number }) => /^['’]s?\s/.test(norm.slice(x.end, x.end + 3));
    // (Nor a country's initials before a noun, as an adjective: "the greatest threat to US security".)
    const attributive = (x: { start: number; end: number }) => /^[A-Z]{2,3}$/.test(norm.slice(x.start, x.end)) && ATTRIBUTIVE_AFTER.test(norm.slice(x.end, x.end + 24));
    // (Nor one of another item of a list than the claim's subject: "Russia's position in Ukraine and alleged rewards to
    // the Taliban for attacks on US troops".)
    // (A place fronted before the whole sentence, "In Iraq, Russian agents …", is none.)
    const otherItem = (x: { start: number; end: number }) => x.end <= s.start + subjectAt && /,|\band\b/.test(norm.slice(x.end, s.start + subjectAt))
      && !/^[^\p{L}]*in\s+$/iu.test(norm.slice(s.start, x.start));
    const stated = (x: { start: number; end: number }) => /(?:\b(?:in|to|at|from|is|was|being|with)\s+|:\s*)$/i.test(norm.slice(Math.max(0, x.start - 12), x.start)) && !otherItem(x);
    const wrong = countries.find(x => (stated(x) || subjectOf(x)) && !onRoute(x) && !owner(x) && !attributive(x))
      ?? governments.find(subjectOf);
    // A claim in quotation marks is someone else's words ("Moscow forced down the Ryanair jet", under a fact check's heading).
    if (wrong && !quoted(ctx.analysis, wrong)) reportValue(wrong);
    return;
  }
  const members = c.members!;
  const lower = lowerText(ctx.analysis, s);
  // "… the White House adds Ukraine, Belarus …; Blinken, for his part, has named …": a list another clause names is
  // someone else's.
  if (about && lower.slice(Math.min(subjectAt, about.at), Math.max(subjectAt, about.at)).includes(';')) {
    // (Unless the list's own clause names the subject again: "…; Hungary and Poland are administering it anyway".)
    const open = lower.lastIndexOf(';', about.at) + 1, close = lower.indexOf(';', about.at);
    const clause = lower.slice(open, close < 0 ? lower.length : close);
    if (!c.subject.some(w => wordAt(clause, w.toLowerCase()) >= 0)) return;
  }
  // ("Blinken has listed …, the war in Afghanistan, and has announced that Washington will lift sanctions …": a list whose
  // verb has a person of its own for subject, the claim's subject named only after it, is that person's.)
  if (about && subjectAt > about.at) {
    const verbAt = s.start + about.at;
    if (near(s.mentions, { start: verbAt, end: verbAt }).some(m => m.kind === 'person' && m.end <= verbAt && /^\s+(?:(?:has|had|have|also|then)\s+){0,2}$/.test(ctx.analysis.norm.slice(m.end, verbAt)))) return;
  }
  // ("Washington listed electoral interference, cyberattacks and … attacks on US troops in Afghanistan": a list that
  // names none of the items the sources list, and no agenda, lists something else.)
  if (!/\bagenda\b/.test(lower) && !members.some(m => c.statement.includes(m) && lower.includes(m.toLowerCase()))) return;
  const missing = members.filter(m => !lower.includes(m.toLowerCase()));
  // The list is what follows the word that introduces it ("has named Ukraine, Belarus…"), up to the clause's end. When
  // that word is itself a member, the list may open a little before it: "in Europe, Poland and Slovakia have begun …".
  const at = s.start + (about ? about.at : 0);
  const from = about && members.some(m => same(m, about.w)) ? Math.max(at - 40, s.start + lower.lastIndexOf(';', about.at) + 1, s.start + lower.lastIndexOf(':', about.at) + 1) : at;
  // "… Belarus, the New START treaty and the situation in Iran": "and" joins the list's last item, it does not end the list.
  const norm = ctx.analysis.norm;
  const stop = ctx.analysis.barriers.find(b => b > at + 1 && b < s.end && !/^,?\s*and\b/i.test(norm.slice(b, b + 8))) ?? Math.min(s.end, at + 200);
  for (const x of countries.filter(y => y.start >= from && y.start < Math.min(stop, at + 200))) {
    if (members.some(m => same(m, x.name))) {
      // "The agenda will not include Ukraine": a member the draft leaves out in so many words.
      if (LEFT_OUT.test(norm.slice(Math.max(from, x.start - 40), x.start))) report1(x, `The draft leaves ${x.name} out; the sources say: ${c.statement}.`);
      continue;
    }
    report1(x, `${x.name} is not in the list the sources give: ${c.statement}.`, missing.length === 1 ? [{ title: `Replace with "${missing[0]}"`, edits: [{ span: { start: x.start, end: x.end }, newText: missing[0] }], preferred: true }] : []);
  }
}

/** "by Russia", "by Kremlin ally Kazakhstan", "by Russia's ally Belarus": who did what a passive tells. */
/** "It was Russia that forced …": a cleft singles out the doer. */
const CLEFT_BEFORE = /\b(?:it\s+was|it\s+is|it['’]s|was\s+it|wasn['’]t\s+it)\s+$/i;
/** Between the act and its doer, a participle set off by a comma: "…, carried out by Russia". */
const DONE_BY = /^[^,;:.]*,\s*(?:(?:allegedly|reportedly|apparently)\s+)?(?:carried\s+out|conducted|ordered|orchestrated|engineered|staged|executed)\s+by\s+(?:the\s+)?$/i;

/**
 * Where the claim's act word stands in the sentence: the first place found, and later places of the same word (at most
 * a few, so a run-on sentence costs no more than a bounded look).
 */
function actsOf(lower: string, w: string, first: number): number[] {
  const out = [first];
  const word = w.toLowerCase();
  for (let at = lower.indexOf(word, first + word.length); at >= 0 && out.length < 4; at = lower.indexOf(word, at + word.length)) {
    if (!isWordChar(lower[at - 1]) && !isWordChar(lower[at + word.length])) out.push(at);
  }
  return out;
}

const BY_AGENT = /\bby\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}]+(?:['’]s)?\s+)?(?:close\s+)?(?:ally|neighbou?r|partner)\s+)?$/u;
const LEFT_OUT = /\b(?:not|n't|never)\s+(?:to\s+)?(?:include|includes|including|cover|covers|feature|features|be\s+on|list|lists|mention|mentions)\b[^.;:]*$/i;

/** "has been approved" → "has not been approved": the negation goes after the first auxiliary. */
function negate(ctx: CheckContext, s: Sentence, predAt: number): Fix[] {
  const before = ctx.analysis.norm.slice(s.start, predAt);
  const aux = /\b(has|have|had|is|are|was|were|will|would|can|could)\s+(?:been\s+|already\s+)*$/i.exec(before);
  if (!aux) return [];
  const at = s.start + aux.index + aux[1].length;
  return [{ title: 'Insert "not"', edits: [{ span: { start: at, end: at }, newText: ' not' }], preferred: true }];
}

const FIRST = /\bfirst\s+(?:time|meeting|encounter|face-to-face\s+meeting)\b/gi;
// ("Now both men were presidents. … their first meeting as such": "as such" and "in that capacity" point back to the office.)
const QUALIFIED = /^\s*(?:as\s+(?:presidents?|heads?\s+of\s+state|leaders|such)\b|since|in\s+(?:years|person\s+since|(?:that|this|those|these)\s+(?:capacity|capacities|roles?|offices?)\b))/i;
/** "the first meeting at that level … in more than five years": first in a stretch of time, not first ever. */
const FIRST_IN_YEARS = /\bin\s+(?:(?:more|over|almost|nearly|about)\s+(?:than\s+)?)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|many)\s+(?:years|months|decades)\b/i;
const THE_TWO = /\b(?:the\s+two\s+(?:men|leaders|presidents)|their|they)\b/i;
const MEETING_WORDS = /\b(?:met|meet|meeting|encounter|face to face|face-to-face)\b/i;

/** "The first time Biden and Putin have met" when the sources report an earlier meeting of the two. */
/** Someone other than the writer thinks (believes, assumes) what follows. */
const OTHERS_BELIEVE = /\b(?!(?:i|we)\s)[a-z]+\s+(?:(?:seem|seems|appear|appears)\s+to\s+)?(?:think|thinks|believe|believes|assume|assumes|imagine|imagines|suppose|supposes)\b/i;

function checkFirstMeeting(ctx: CheckContext, s: Sentence, lower: string): void {
  const { base, norm } = ctx.analysis;
  // The word "first" (FIRST matches ASCII letters only, so `lower` has it when it matches): most sentences lack it,
  // and need no copy of their text nor a set of their people.
  if (!lower.includes('first')) return;
  const text = norm.slice(s.start, s.end);
  const people = new Set(s.mentions.filter(m => m.kind === 'person').map(m => m.id));
  // "The two men have never been in the same room; Geneva will be their first encounter": the people named just before.
  if (people.size < 2 && THE_TWO.test(text)) for (let k = s.index - 1; k >= 0 && k >= s.index - 2; k--) for (const m of ctx.analysis.sentences[k].mentions) if (m.kind === 'person') people.add(m.id);
  if (people.size < 2) return;
  const primary = base.events.find(e => e.primary);
  for (let m; (m = FIRST.exec(text)); ) {
    const rest = text.slice(m.index + m[0].length);
    // A quotation's words are the speaker's, not the draft's ("A post says Geneva will be "the first time …"").
    if (quoted(ctx.analysis, { start: s.start + m.index, end: s.start + m.index + m[0].length })) continue;
    // "Don't call Geneva their first meeting", "not their first meeting": the draft says what the sources say.
    // (In the same clause: "They have never been in one room; Geneva will be their first encounter" is no denial.)
    const clause = text.slice(0, m.index);
    if (/(?:\b(?:not|never|no)\b|n't\b)/i.test(clause.slice(Math.max(clause.lastIndexOf(';'), clause.lastIndexOf(':')) + 1))) continue;
    // "unlikely to be resolved in a single first meeting": a first meeting in general, not theirs.
    if (/\b(?:a|an|any|one|a\s+single|every)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "Several readers seem to think Geneva will be their first encounter": a belief the draft reports, not its own statement.
    if (OTHERS_BELIEVE.test(text.slice(0, m.index))) continue;
    if (QUALIFIED.test(rest) || /\bas\s+(?:presidents?|heads?\s+of\s+state|leaders)\b|\bsince\b/i.test(rest.slice(0, 120)) || FIRST_IN_YEARS.test(rest.slice(0, 120))) continue;
    // "The two presidents prepare for their first meeting", "in the quality of presidents": their first as presidents.
    // ("As presidents, this is their first meeting": the qualifier may come first.)
    // ("the first time they have met while both of them are presidents": or while they are.)
    if (/\b(?:two|both)\s+presidents\b|\b(?:quality|capacity)\s+of\s+presidents\b|\bas\s+(?:presidents|heads\s+of\s+state)\b|\b(?:while|when)\s+(?:both(?:\s+of\s+them)?|they)\s+(?:(?:both|all)\s+)?(?:are|were)\s+(?:(?:both|all)\s+)?(?:presidents|heads\s+of\s+state|in\s+office)\b/i.test(text)) continue;
    if (!MEETING_WORDS.test(m[0] + rest.slice(0, 60))) continue;
    const earlier = base.events.find(e => e !== primary && e.participants.length >= 2 && e.participants.every(p => people.has(p))
      && e.kinds.some(k => /^(met|meeting)$/.test(k)) && e.date && primary?.date && (e.date.year ?? 0) < (primary.date.year ?? 0));
    if (!earlier) continue;
    const verb = /\b(?:met|meet|meeting)\b/i.exec(rest.slice(0, 60));
    const end = s.start + m.index + m[0].length + (verb ? verb.index + verb[0].length : 0);
    report(ctx, 'contradicted-claim', {
      span: { start: s.start + m.index, end },
      message: `Not their first meeting: the sources report ${earlier.name}.`,
      fact: `${earlier.name[0].toUpperCase()}${earlier.name.slice(1)}`,
      citations: earlier.cite,
    });
  }
  FIRST.lastIndex = 0;
}
