/** What every check receives, and the one way checks build findings. */
import { sentencesIn, type Analysis, type Sentence } from '../analysis/document';
import type { Citation, Confirmation, Finding, Fix, Span } from '../types';
import type { RuleCode } from '../rules';
import { RULE_BY_CODE } from '../rules';

export interface CheckContext {
  analysis: Analysis;
  findings: Finding[];
  confirmations: Confirmation[];
  /**
   * Sentences (by index) that name the wrong event for a quotation they give ("Putin, at the Leaders' summit on
   * climate: "…""): their dates and places belong to the event really meant, so they are not judged against the named one.
   */
  misnamed: Set<number>;
  /** Sentences that end before this offset are context only: they are read but not checked (CheckOptions.from). */
  from: number;
}

export interface FindingInput {
  span: Span;
  message: string;
  fact: string;
  citations: Citation[];
  fixes?: Fix[];
  related?: Span[];
}

export function report(ctx: CheckContext, code: RuleCode, f: FindingInput): void {
  if (disavowed(ctx.analysis, f.span)) return;
  const rule = RULE_BY_CODE.get(code)!;
  ctx.findings.push({
    code, severity: rule.severity, span: { start: f.span.start, end: f.span.end }, message: f.message, claim: ctx.analysis.doc.slice(f.span.start, f.span.end),
    fact: f.fact, citations: f.citations, fixes: f.fixes ?? [], related: f.related?.map(r => ({ start: r.start, end: r.end })),
  });
}

/**
 * "We wrongly said the treaty had lapsed", "Do not place the Trump meeting in Geneva", "Common error: …": the writer
 * marks the statement as wrong in its own clause, before it; it states nothing.
 */
function disavowed(analysis: Analysis, span: Span): boolean {
  const { norm } = analysis;
  const s = sentencesIn(analysis, span.start, span.start).find(x => x.end > span.start);
  if (!s || s.start > span.start) return false;
  if (inOptions(norm, s, span)) return true;
  // "## Who did what? Draw a line from each person to their job" over a table: the rows of a matching exercise are
  // mixed up on purpose.
  if (norm.slice(s.start, s.end).includes('\u2028') && MATCHING_HEADING.test(lastHeading(analysis, s.start))) return true;
  const before = norm.slice(Math.max(s.start, span.start - 200), span.start);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('—')) + 1);
  if (DISAVOWED.test(clause)) return true;
  // "Copy saying Washington imposed sanctions … is WRONG": what the copy says is named, then judged false.
  if (REPORTED_COPY.test(clause) && JUDGED_FALSE.test(norm.slice(span.end, Math.min(s.end, span.end + 200)))) return true;
  // "Several of you wrote that Putin was president at the time: he wasn't.": what others said, then denied.
  if (REPORTED_BELIEF.test(clause) && (JUDGED_FALSE.test(norm.slice(span.end, Math.min(s.end, span.end + 200))) || DENIED_AFTER.test(norm.slice(span.end, Math.min(s.end, span.end + 120))))) return true;
  // "Several of you put the summit on a Thursday.": what some of those addressed did, in a teacher's or editor's notes,
  // is their answer reported, not the writer's claim.
  if (ADDRESSED_ACT.test(clause)) return true;
  // ("True or false? The summit is on 17 June.": the question's label as a sentence of its own.)
  if (s.index > 0 && clause.length === before.length && span.start - s.start <= 200) {
    const asked = analysis.sentences[s.index - 1];
    if (asked.end - asked.start <= 40 && TRUE_OR_FALSE.test(norm.slice(asked.start, asked.end))) return true;
  }
  // "opens not in Switzerland but in Moscow", "in Geneva rather than Vienna": the one set against the other is denied
  // ("not" only with its "but" after the statement: "did not meet in Geneva" is a claim of its own).
  // (Or "X, not Y": "The G7 meeting was in Britain, not in Switzerland" sets Y against what it has just affirmed.)
  const denied = DENIED_BEFORE.exec(before);
  if (denied && (!/^not$/i.test(denied[1]) || /,\s*$/.test(before.slice(0, denied.index)) || BUT_AFTER.test(norm.slice(span.end, Math.min(s.end, span.end + 60))))) return true;
  // (A rule against writing something opens the sentence, and holds until a colon: "Don't call Geneva their first
  // meeting ever: they met in Moscow …" states what follows the colon.)
  if (clause.length !== before.length || span.start - s.start > 200 || before.includes(':')) return false;
  if (IMPERATIVE_NOT.test(before)) return true;
  // "An earlier version of this article gave the date as 17 June.", and under a heading of corrections "We said …",
  // "A caption said …", "Peskov was described as …": a correction tells what was printed wrongly; the sentence after
  // it states the fact.
  if (EARLIER_VERSION.test(before)) return true;
  if (PRINTED_BEFORE.test(before) && CORRECTIONS_HEADING.test(lastHeading(analysis, s.start))) return true;
  // "## Common errors" then "- Placing the Trump meeting in Geneva. It was in Helsinki.": under a heading of mistakes,
  // an item that opens with what was done ("Placing", "Giving") names the mistake.
  return GERUND_OPENING.test(before) && MISTAKES_HEADING.test(lastHeading(analysis, s.start));
}

/**
 * "| A) One year · B) Three years · C) Five years · D) Ten years |": one of a multiple-choice question's options offers
 * an answer; it states nothing. (Three option letters around it, and its own letter opening its option.)
 */
function inOptions(norm: string, s: Sentence, span: Span): boolean {
  const before = norm.slice(Math.max(s.start, span.start - 48), span.start);
  // ("Answer: C) ten years." gives the answer: a claim.)
  if (!OPTION_OPENS.test(before) || ANSWER_OPTION.test(before)) return false;
  const around = norm.slice(Math.max(s.start, span.start - 240), Math.min(s.end, span.end + 240));
  return (around.match(OPTION_LETTERS) ?? []).length >= 3;
}
const OPTION_OPENS = /(?:^|[\s·|\u2028(])\(?[A-Da-d]\)\s+[^·|\u2028;()]*$/;
const MATCHING_HEADING = /\b(?:draw\s+a\s+line|match\s+(?:each|the|up|them)|matching\s+(?:game|exercise|activity|pairs))\b/i;
const ANSWER_OPTION = /\b(?:answers?|correct(?:\s+answer)?|key|solution)[*_]*\s*[:–—-]?[*_\s]*\(?[A-Da-d]\)\s+[^·|\u2028;()]*$/i;
const OPTION_LETTERS = /(?:^|[\s·|\u2028(])\(?[A-Da-d]\)\s/g;

/**
 * The text of the last heading before `at`, however far above (a column of corrections runs long). The document's
 * headings are listed once and searched by halves: a search back through the text for every finding would be quadratic.
 */
function lastHeading(analysis: Analysis, at: number): string {
  let found = HEADINGS.get(analysis);
  if (!found) {
    found = [...analysis.doc.matchAll(/^ {0,3}#{1,6}[ \t][^\n]*$/gm)].map(m => ({ at: m.index!, text: m[0] }));
    HEADINGS.set(analysis, found);
  }
  let lo = 0, hi = found.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (found[mid].at < at) lo = mid + 1; else hi = mid; }
  return lo ? found[lo - 1].text : '';
}
const HEADINGS = new WeakMap<Analysis, { at: number; text: string }[]>();
const OPENING = String.raw`^[\s*_>\u2029\u2028-]*(?:\([^)]{0,40}\)\s*)?`;
const EARLIER_VERSION = new RegExp(`${OPENING}(?:an?|the|our)\\s+(?:earlier|previous|original)\\s+version\\b`, 'i');
const PRINTED_BEFORE = new RegExp(`${OPENING}(?:we\\s+(?:(?:had|originally|also)\\s+)?(?:said|wrote|reported|stated|described|gave|put|dated|named|called|attributed|credited|misquoted|misidentified|misstated|referred)\\b`
  + `|(?:the|an?|our|that|this|same)\\s+(?:(?:picture|photo|photograph|map|chart)\\s+)?(?:article|story|report|piece|timeline|graphic|chart|map|table|caption|headline|standfirst|subheading|explainer|analysis|item|entry|column|profile|list|newsletter|post|alert)\\s+(?:(?:had|also|originally)\\s+)?(?:said|says|put|gave|stated|described|dated|named|called|reported|credited|attributed|misstated|referred)\\b`
  + `|[^.;:!?]{1,120}?\\b(?:was|were|had\\s+been)\\s+(?:wrongly\\s+)?(?:described|dated|given|said|reported|named|identified|misidentified|listed|credited|attributed|put|placed|called|referred\\s+to)\\b)`, 'i');
const CORRECTIONS_HEADING = /\b(?:corrections?|clarifications?|errat(?:um|a))\b/i;
// (After a rubric's score too: "- **−3** Writing that Putin expects …".)
const GERUND_OPENING = /^[\s*_>\u2029\u2028-]*(?:[−+-]?\d{1,2}(?:\s*(?:pts?|points?|marks?))?[\s*_.:]*)?[A-Z][a-z]+ing\s/;
const MISTAKES_HEADING = /\b(?:errors?|mistakes?|pitfalls?|avoid|don'?ts?|wrong|myths?|misconceptions?|deductions?|penalt(?:y|ies))\b/i;
// ("True or false: the EMA has approved Sputnik V." asks; it states nothing.)
// ("## Myth No. 3: The summit was Putin's idea.": a numbered myth too.)
const DISAVOWED = /\b(?:wrongly|incorrectly|mistakenly|erroneously|falsely)\b|\b(?:common\s+)?(?:error|mistake|myth|wrong|incorrect)s?(?:\s+(?:no\.?|#)?\s*\d{1,2})?\s*:|\btrue\s+or\s+false\s*[:?.\u2014\u2013-]/i;
/** What some text says, named before its words: "Copy saying", "a caption stating", "stories claiming that". */
const REPORTED_COPY = /\b(?:copy|text|stor(?:y|ies)|reports?|posts?|headlines?|captions?|claims?|lines?)\s+(?:that\s+|which\s+)?(?:sa(?:ying|ys|id)|stat(?:ing|es|ed)|claim(?:ing|s|ed)|suggest(?:ing|s|ed))\b/i;
/** What some of those addressed did: "Several of you put the summit on a Thursday". */
const ADDRESSED_ACT = /\b(?:some|several|many|most|a\s+few|a\s+lot|half|one|two|three|four|five)\s+of\s+you\s+(?:(?:have|had|also|still|wrongly)\s+)*(?:put|placed|dated|gave|named|called|credited|attributed|wrote|listed|moved|misdated|misplaced)\b/i;
/** Others' words or beliefs, named before what they said: "Several of you wrote that", "many readers assume". */
const REPORTED_BELIEF = /\b(?:(?:some|several|many|most|a\s+few|a\s+lot)\s+of\s+(?:you|them|us)|(?:some|several|many|most|a\s+few)\s+(?:readers|students|people|viewers|listeners|commenters|learners|participants|users|reporters)|people|readers|students|learners)\s+(?:(?:have|had|often|still|also|wrongly)\s+)*(?:wrote|written|said|say|claimed|claim|thought|think|believed?|assumed?|guessed|answered|suggested|suggest|asked\s+whether|asked\s+if)\s+(?:that\s+)?/i;
/** The denial after it: ": he wasn't", "— it didn't", ", but that is not so". */
const DENIED_AFTER = /^[^.;!?]{0,80}?(?::|—|–|,\s*but)\s*(?:(?:he|she|it|they|that|this)\s+(?:wasn['’]t|weren['’]t|isn['’]t|aren['’]t|didn['’]t|did\s+not|was\s+not|is\s+not|were\s+not|are\s+not)\b|not\s+so\b|no\b)/i;
/** The verdict after it: "… is WRONG", "… are incorrect". */
const JUDGED_FALSE = /^[^.;:!?]*?\b(?:is|are|was|were)\s+[*_]*(?:wrong|incorrect|false|inaccurate|mistaken)\b/i;
const TRUE_OR_FALSE = /^[^\p{L}]*(?:Q\d*\s*[:.]\s*)?true\s+or\s+false\s*\?[^\p{L}]*$/iu;
/** Words that deny what follows them: "not in …", "not Lavrov", "rather than …", "instead of …". */
/** A relative clause opening ("…, in which", "during which", "when", "where"): what it tells of is the noun's before it. */
export const RELATIVE_OPENING = String.raw`\s*,?\s*(?:(?:in|during)\s+which|when|where)\b`;
export const DENIED_BEFORE = /\b(not|rather\s+than|instead\s+of)\s+(?:(?:in|at|on|by|from|to|with)\s+)?(?:the\s+)?$/i;
/** The rest of a "not X but Y": what is affirmed follows "but" in the same clause. */
const BUT_AFTER = /^[^.;:!?\u2029]{0,40}?,?\s+but\s/;
/** A style rule against writing something: "Do not place …", "Don't call …". */
const IMPERATIVE_NOT = /^[\s*_>#\u2029\u2028-]*(?:do\s+not|don't|never)\s+(?:call|say|write|place|put|date|give|credit|attribute|describe|refer\s+to|confuse|mix\s+up|report|name|claim|state|suggest|imply)\b/i;

export function confirm(ctx: CheckContext, span: Span, fact: string, citations: Citation[]): void {
  ctx.confirmations.push({ span: { start: span.start, end: span.end }, fact, citations });
}

/** A fix that replaces one span; preferred because the right text is certain. */
export function replaceFix(span: Span, newText: string, title?: string): Fix {
  return { title: title ?? `Replace with "${newText}"`, edits: [{ span: { start: span.start, end: span.end }, newText }], preferred: true };
}

export function previousSentence(ctx: CheckContext, s: Sentence): Sentence | undefined {
  return s.index > 0 ? ctx.analysis.sentences[s.index - 1] : undefined;
}

/** A replacement in the draft's capitals when the words it replaces are written in them ("THURSDAY", a TV lower third). */
export function capitalsLike(written: string, replacement: string): string {
  return /[A-Z]{2}/.test(written) && !/[a-z]/.test(written) ? replacement.toUpperCase() : replacement;
}

export function text(ctx: CheckContext, s: Span): string {
  return ctx.analysis.doc.slice(s.start, s.end);
}
