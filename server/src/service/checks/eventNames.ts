/**
 * wrong-event: an event named where the sentence's other evidence points to a different event
 * of the same family ("a G20 meeting in Britain" for the G7), or an occasion that is not the
 * one the sources give ("on the sidelines of a G7 ministerial meeting" for the Arctic Council's).
 */
import { matchesIn } from '../text/scan';
import { rankEvents, MIN_SCORE, eventFamily } from '../analysis/events';
import { type CheckContext, report, confirm, replaceFix, previousSentence, text } from './context';


export function checkEventNames(ctx: CheckContext): void {
  for (const s of ctx.analysis.sentences) {
    for (const m of s.mentions) {
      // A name of a known family ("G20", "EU summit", "Eastern Economic Forum") where the evidence points to a sibling.
      if (m.kind !== 'unknownEvent' && !(m.kind === 'eventName' && isFamilyName(m.text))) continue;
      const fam = eventFamily(m.text);
      const ranked = rankEvents(ctx.analysis, s, m, previousSentence(ctx, s)).filter(c => c.event.names.some(n => eventFamily(n) === fam));
      const best = ranked[0];
      if (!best || best.score < MIN_SCORE || best.own < 1) continue;
      if (m.kind === 'eventName' && m.id === best.event.id) { confirm(ctx, m, best.event.name, best.event.cite); continue; }
      if (m.kind === 'eventName') continue;
      // "the International Economic Forum of Saint Petersburg" is the known forum named in part.
      const words = (n: string) => new Set(n.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
      const mine = words(m.text);
      if (best.event.names.some(n => [...mine].every(w => words(n).has(w)))) { confirm(ctx, m, best.event.name, best.event.cite); continue; }
      const right = best.event.names.find(n => eventFamily(n) === fam)!;
      report(ctx, 'wrong-event', {
        span: m, message: `The draft names the ${m.text}; the sources speak of ${best.event.name}.`,
        fact: best.event.name, citations: best.event.cite, fixes: [replaceFix(m, right)],
      });
    }
    checkOccasion(ctx, s);
  }
}

function isFamilyName(name: string): boolean {
  return /^(?:G-?\d{1,2}|[A-Z]{2,6})$/.test(name);
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
