/** The checker's entry point: a document and a fact base in, findings and confirmations out. */
import type { FactBase } from './facts/model';
import type { CheckResult, Finding } from './types';
import { analyse } from './analysis/document';
import type { CheckContext } from './checks/context';
import { checkDates } from './checks/dates';
import { checkPlaces } from './checks/places';
import { checkParticipants } from './checks/participants';
import { checkRoles } from './checks/roles';
import { checkNumbers } from './checks/numbers';
import { checkClaims } from './checks/claims';
import { checkEventNames } from './checks/eventNames';
import { checkQuotes } from './checks/quotes';
import { checkCredits } from './checks/credits';
import { applySuppressions } from './suppressions';

/** Each check reads the shared analysis and adds its findings. */
// Quotations first: a quotation given at the wrong event makes its sentence's date and place no claim about that event.
const CHECKS: ((ctx: CheckContext) => void)[] = [checkQuotes, checkDates, checkPlaces, checkParticipants, checkRoles, checkNumbers, checkClaims, checkEventNames, checkCredits];

export interface CheckOptions {
  /** The draft's own date, when the text checked is a piece of a document whose front matter gives it. */
  draftDate?: string;
  /**
   * Only findings from here on are wanted (a piece checked with paragraphs before it as context): the context is read,
   * for what the piece's sentences look back to, but its own sentences are not checked.
   */
  from?: number;
}

export function checkDocument(text: string, base: FactBase, options: CheckOptions = {}): CheckResult {
  const ctx: CheckContext = { analysis: analyse(text, base, options.draftDate), findings: [], confirmations: [], misnamed: new Set(), from: options.from ?? 0 };
  for (const check of CHECKS) check(ctx);
  const findings = applySuppressions(text, dedupe(ctx.findings));
  findings.sort(compareFindings);
  return { findings, confirmations: ctx.confirmations };
}

/** Document order; at the same span, by code (plain code-unit order: a locale collation per pair is slow). */
export function compareFindings(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** Two checks may see the same words (a place that is also an organisation): keep one finding per span and code. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter(f => {
    const key = `${f.code}:${f.span.start}:${f.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
