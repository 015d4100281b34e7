/**
 * wrong-event: an event named where the sentence's other evidence points to a different event
 * of the same family ("a G20 meeting in Britain" for the G7), or an occasion that is not the
 * one the sources give ("on the sidelines of a G7 ministerial meeting" for the Arctic Council's).
 */
import { matchesIn } from '../text/scan';
import { rankEvents, MIN_SCORE } from '../analysis/events';
import { type CheckContext, report, confirm, replaceFix, previousSentence, text } from './context';

const G_NAME = /(?<![\p{L}\p{N}])G-?(\d{1,2})(?![\p{L}\p{N}])/gu;

export function checkEventNames(ctx: CheckContext): void {
  const { base, norm } = ctx.analysis;
  const family = base.events.filter(e => e.names.some(n => /^G-?\d{1,2}$/.test(n)));
  for (const s of ctx.analysis.sentences) {
    if (family.length) for (const m of matchesIn(G_NAME, norm, s.start, s.end)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const ranked = rankEvents(ctx.analysis, s, span, previousSentence(ctx, s)).filter(c => family.includes(c.event));
      const best = ranked[0];
      if (!best || best.score < MIN_SCORE) continue;
      const right = best.event.names.find(n => /^G-?\d{1,2}$/.test(n))!;
      if (right.replace('-', '') === m[0].replace('-', '')) { confirm(ctx, span, best.event.name, best.event.cite); continue; }
      report(ctx, 'wrong-event', {
        span, message: `The draft names the ${m[0]}; the sources speak of ${best.event.name}.`,
        fact: best.event.name, citations: best.event.cite, fixes: [replaceFix(span, right)],
      });
    }
    checkOccasion(ctx, s);
  }
}

const SIDELINES = /\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+(?:a|an|the)\s+/gi;

function checkOccasion(ctx: CheckContext, s: import('../analysis/document').Sentence): void {
  const { base, norm } = ctx.analysis;
  for (const m of matchesIn(SIDELINES, norm, s.start, s.end)) {
    const at = m.index + m[0].length;
    const named = s.mentions.find(x => x.kind === 'eventName' && x.start === at);
    const g = /^G-?\d{1,2}(?![\p{L}\p{N}])/u.exec(norm.slice(at, at + 4));
    if (!named && !g) continue;
    const span = named ?? { start: at, end: at + g![0].length };
    const ranked = rankEvents(ctx.analysis, s, span, previousSentence(ctx, s)).filter(c => c.event.occasion);
    const best = ranked[0];
    if (!best || best.score < MIN_SCORE) continue;
    const occasion = base.events.find(e => e.id === best.event.occasion);
    if (!occasion || (named && named.id === occasion.id)) continue;
    const right = occasion.names[0] ?? occasion.name;
    report(ctx, 'wrong-event', {
      span, message: `The draft puts ${best.event.name} on the sidelines of the ${text(ctx, span)}; the sources give ${occasion.name}.`,
      fact: `${best.event.name[0].toUpperCase()}${best.event.name.slice(1)} took place on the sidelines of ${occasion.name}`,
      citations: best.event.cite, fixes: [replaceFix(span, right)],
    });
  }
}
