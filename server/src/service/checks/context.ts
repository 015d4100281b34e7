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
  const before = norm.slice(Math.max(s.start, span.start - 200), span.start);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('—')) + 1);
  if (DISAVOWED.test(clause)) return true;
  // (A rule against writing something opens the sentence, and holds until a colon: "Don't call Geneva their first
  // meeting ever: they met in Moscow …" states what follows the colon.)
  if (clause.length !== before.length || span.start - s.start > 200 || before.includes(':')) return false;
  if (IMPERATIVE_NOT.test(before)) return true;
  // "## Common errors" then "- Placing the Trump meeting in Geneva. It was in Helsinki.": under a heading of mistakes,
  // an item that opens with what was done ("Placing", "Giving") names the mistake. (The heading is looked for in the
  // 3,000 characters before: a search of the whole document for every finding would be quadratic.)
  if (!GERUND_OPENING.test(before)) return false;
  const doc = analysis.doc;
  const heading = doc.slice(Math.max(0, s.start - 3000), s.start).match(/^#{1,6}[^\n]*$/gm);
  return !!heading && MISTAKES_HEADING.test(heading[heading.length - 1]);
}
const GERUND_OPENING = /^[\s*_>\u2029\u2028-]*[A-Z][a-z]+ing\s/;
const MISTAKES_HEADING = /\b(?:errors?|mistakes?|pitfalls?|avoid|don'?ts?|wrong|myths?|misconceptions?)\b/i;
const DISAVOWED = /\b(?:wrongly|incorrectly|mistakenly|erroneously|falsely)\b|\b(?:common\s+)?(?:error|mistake|myth|wrong|incorrect)s?\s*:/i;
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
