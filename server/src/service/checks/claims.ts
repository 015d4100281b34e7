/**
 * contradicted-claim: statements whose polarity the sources settle ("the EMA has not yet
 * approved Sputnik V"), and "first meeting" claims that an earlier meeting of the same people
 * contradicts.
 */
import type { Sentence } from '../analysis/document';
import { containsWord } from './numbers';
import { type CheckContext, report, confirm } from './context';
import type { Fix } from '../types';

const NEGATION = /\b(?:not|n't|never|no|yet to|neither|nor|without|refused|rejected|declined|denied)\b/i;

export function checkClaims(ctx: CheckContext): void {
  const { base, norm } = ctx.analysis;
  for (const s of ctx.analysis.sentences) {
    const lower = norm.slice(s.start, s.end).toLowerCase();
    for (const c of base.claims) {
      const subj = c.subject.map(w => ({ w, at: wordAt(lower, w.toLowerCase()) })).find(x => x.at >= 0);
      const pred = c.predicate.map(w => ({ w, at: wordAt(lower, w.toLowerCase()) })).find(x => x.at >= 0);
      if (!subj || !pred) continue;
      const negated = NEGATION.test(lower);
      const span = { start: s.start + Math.min(subj.at, pred.at), end: s.start + Math.max(subj.at + subj.w.length, pred.at + pred.w.length) };
      if (negated === c.negated) { confirm(ctx, span, c.statement, c.cite); continue; }
      report(ctx, 'contradicted-claim', {
        span,
        message: `The draft says the opposite of the sources: ${c.statement}.`,
        fact: c.statement,
        citations: c.cite,
        fixes: c.negated ? negate(ctx, s, s.start + pred.at) : [],
      });
    }
    checkFirstMeeting(ctx, s);
  }
}

function wordAt(hay: string, needle: string): number {
  let at = hay.indexOf(needle);
  while (at >= 0 && !containsWord(hay.slice(Math.max(0, at - 1), at + needle.length + 1), needle)) at = hay.indexOf(needle, at + 1);
  return at;
}

/** "has been approved" → "has not been approved": the negation goes after the first auxiliary. */
function negate(ctx: CheckContext, s: Sentence, predAt: number): Fix[] {
  const before = ctx.analysis.norm.slice(s.start, predAt);
  const aux = /\b(has|have|had|is|are|was|were|will|would|can|could)\s+(?:been\s+|already\s+)*$/i.exec(before);
  if (!aux) return [];
  const at = s.start + aux.index + aux[1].length;
  return [{ title: 'Insert "not"', edits: [{ span: { start: at, end: at }, newText: ' not' }], preferred: true }];
}

const FIRST = /\bfirst\s+(?:time|meeting|encounter|face-to-face\s+meeting)\b/gi;
const QUALIFIED = /^\s*(?:as\s+(?:presidents?|heads?\s+of\s+state|leaders)|since|in\s+(?:years|person\s+since))/i;
const MEETING_WORDS = /\b(?:met|meet|meeting|encounter|face to face|face-to-face)\b/i;

/** "The first time Biden and Putin have met" when the sources report an earlier meeting of the two. */
function checkFirstMeeting(ctx: CheckContext, s: Sentence): void {
  const { base, norm } = ctx.analysis;
  const text = norm.slice(s.start, s.end);
  const people = new Set(s.mentions.filter(m => m.kind === 'person').map(m => m.id));
  if (people.size < 2) return;
  const primary = base.events.find(e => e.primary);
  for (let m; (m = FIRST.exec(text)); ) {
    const rest = text.slice(m.index + m[0].length);
    if (QUALIFIED.test(rest) || /\bas\s+presidents?\b|\bsince\b/i.test(rest.slice(0, 60))) continue;
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
