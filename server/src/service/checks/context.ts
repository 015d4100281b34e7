/** What every check receives, and the one way checks build findings. */
import type { Analysis, Sentence } from '../analysis/document';
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
  const rule = RULE_BY_CODE.get(code)!;
  ctx.findings.push({
    code, severity: rule.severity, span: { start: f.span.start, end: f.span.end }, message: f.message, claim: ctx.analysis.doc.slice(f.span.start, f.span.end),
    fact: f.fact, citations: f.citations, fixes: f.fixes ?? [], related: f.related?.map(r => ({ start: r.start, end: r.end })),
  });
}

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
