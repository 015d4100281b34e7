/**
 * Which event a statement speaks of. Every mention in the sentence is evidence for the events
 * it fits (a participant, the event's name, a word for its kind, its place, its date), weighted
 * down with distance from the statement being checked, so a sentence that speaks of two events
 * ("Geneva … since Putin met Trump in Helsinki in July 2018") attaches each value to the event
 * named next to it. The value under test is never evidence for itself.
 */
import type { EventFact, FactBase, DateValue } from '../facts/model';
import type { Span } from '../types';
import type { Analysis, Sentence } from './document';
import { weekdayOf, type DateMention } from '../text/dates';

const INDEFINITE = /\b(?:(?:a|an|another)\s+(?:[A-Za-z-]+\s+)?|(?:proposed|floated|suggested|offered|mooted|pitched|proposing|floating|suggesting)\s+(?:the|a|an)\s+)$/i;
const LABEL = /^\s*(?:when|date|where|venue|location|summit date|summit venue)\s*:/i;
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

export function rankEvents(analysis: Analysis, sentence: Sentence, target: Span, previous?: Sentence, exclude: (s: Span) => boolean = s => overlaps(s, target)): Candidate[] {
  const { base, norm } = analysis;
  const scores = new Map<string, number>();
  const own = new Map<string, number>();
  let inOwn = true;
  const add = (id: string, w: number) => {
    scores.set(id, (scores.get(id) ?? 0) + w);
    if (inOwn) own.set(id, (own.get(id) ?? 0) + w);
  };
  const specific = new Set<string>();
  const definite = new Set<string>();
  const present = new Map<string, Set<string>>();
  const idx = indexOf(base);
  // Events the sentence (or the one before) has a word or a name for.
  // The sentence before counts a little; across a paragraph break only when this one refers back ("Their talks…").
  const before = previous && (previous.block === sentence.block || REFERS_BACK.test(norm.slice(sentence.start, sentence.start + 12))) ? previous : undefined;
  const spoken = new Set<string>();
  for (const w of near(sentence.words, target)) for (const id of w.events) spoken.add(id);
  for (const m of near(sentence.mentions, target)) if (m.kind === 'eventName') spoken.add(m.id);
  const collect = (s: Sentence, factor: number) => {
    const stops = analysis.barriers;
    const decay = (m: Span) => (factor / (1 + distance(m, target) / HALF_DISTANCE)) * BARRIER ** barriersBetween(stops, m, target);
    for (const m of near(s.mentions, target)) {
      if (exclude(m)) continue;
      const d = decay(m);
      if (m.kind === 'person') {
        // Naming two people is not yet speaking of their meeting: without a word for the event, participants count half.
        for (const e of idx.byParticipant.get(m.id) ?? []) { add(e.id, WEIGHT.participant * d * (spoken.has(e.id) ? 1 : 0.5)); present.set(e.id, (present.get(e.id) ?? new Set()).add(m.id)); }
        continue;
      }
      if (m.kind === 'eventName') { add(m.id, WEIGHT.name * d); if (inOwn) specific.add(m.id); continue; }
      if (m.kind === 'place') {
        for (const e of idx.byPlace.get(m.id) ?? []) { add(e.id, WEIGHT.place * d); if (inOwn) specific.add(e.id); }
        continue;
      }
      if (m.kind !== 'unknownEvent') continue;
      // An event name the base does not know ("G20") still speaks for the events of its family ("G7").
      for (const id of idx.byFamily.get(eventFamily(m.text)) ?? []) add(id, (WEIGHT.name / 2) * d);
    }
    for (const w of near(s.words, target)) if (!exclude(w) && w.events.length) {
      const { indefinite, afterThe } = articleOf(norm, w);
      // "a summit" is not yet a particular one: an indefinite article halves the word and does not single out the primary event.
      for (const id of w.events) {
        add(id, WEIGHT.word * decay(w) * (indefinite ? 0.5 : 1));
        if (inOwn && !indefinite && idx.byId.get(id)?.kinds[0] === w.word) {
          specific.add(id);
          // "The summit is set for …": a definite reference to the primary event's own kind is as good as its name.
          if (afterThe) definite.add(id);
        }
      }
    }
    for (const d of near(s.dates, target)) {
      if (exclude(d) || !(d.month || d.year)) continue;
      for (const id of agreeingEvents(base, d)) add(id, WEIGHT.date * decay(d));
    }
  };
  collect(sentence, 1);
  inOwn = false;
  if (before) collect(before, 0.4);
  const out: Candidate[] = [];
  for (const e of base.events) {
    // In coverage of the primary event, "the summit" is that event; a generic word ("meeting") alone is not enough.
    const both = (present.get(e.id)?.size ?? 0) >= 2 && spoken.has(e.id);
    // A fact-box label ("**When:** June 17th") asks about the piece's main event.
    const labelled = e.primary && LABEL.test(norm.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)));
    if (labelled) { definite.add(e.id); specific.add(e.id); scores.set(e.id, (scores.get(e.id) ?? 0) + 1); own.set(e.id, (own.get(e.id) ?? 0) + 1); }
    const bonus = e.primary && (specific.has(e.id) || both) ? WEIGHT.primary + (definite.has(e.id) ? 0.5 : 0) : 0;
    const s = (scores.get(e.id) ?? 0) + bonus;
    if (s > 0) out.push({ event: e, score: s, own: (own.get(e.id) ?? 0) + (definite.has(e.id) ? bonus : 0) });
  }
  return out.sort((a, b) => b.score - a.score);
}

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

/** The items of a sorted list that start within WINDOW of the target. */
export function near<T extends Span>(list: T[], target: Span): T[] {
  if (list.length < 16) return list;
  let lo = 0, hi = list.length;
  const from = target.start - WINDOW;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < from) lo = mid + 1; else hi = mid; }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i].start <= target.end + WINDOW; i++) out.push(list[i]);
  return out;
}

/** Each clause boundary between evidence and the value under test divides the evidence's weight. */
const BARRIER = 0.35;

function barriersBetween(stops: number[], a: Span, b: Span): number {
  if (overlaps(a, b)) return 0;
  const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  let n = 0;
  let lo = 0, hi = stops.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (stops[mid] < from) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < stops.length && stops[i] < to; i++) if (++n === 2) break;
  return n;
}

/** The article before an event word, read once per word however many values rank against it. */
const articles = new WeakMap<Span, { indefinite: boolean; afterThe: boolean }>();
function articleOf(norm: string, w: Span): { indefinite: boolean; afterThe: boolean } {
  let a = articles.get(w);
  if (!a) {
    a = { indefinite: INDEFINITE.test(norm.slice(Math.max(0, w.start - 24), w.start)), afterThe: /\bthe\s+$/i.test(norm.slice(Math.max(0, w.start - 4), w.start)) };
    articles.set(w, a);
  }
  return a;
}

/** The events whose date a date mention agrees with, worked out once per mention. */
const agreeing = new WeakMap<DateMention, string[]>();
function agreeingEvents(base: FactBase, d: DateMention): string[] {
  let ids = agreeing.get(d);
  if (!ids) { ids = base.events.filter(e => e.date && dateAgrees(d, e.date)).map(e => e.id); agreeing.set(d, ids); }
  return ids;
}

interface EventIndex { byId: Map<string, EventFact>; byParticipant: Map<string, EventFact[]>; byPlace: Map<string, EventFact[]>; byFamily: Map<string, string[]> }
const indexes = new WeakMap<FactBase, EventIndex>();

/** Events by participant and by every place that contains their venue, built once per fact base. */
function indexOf(base: FactBase): EventIndex {
  let idx = indexes.get(base);
  if (idx) return idx;
  idx = { byId: new Map(base.events.map(e => [e.id, e])), byParticipant: new Map(), byPlace: new Map(), byFamily: new Map() };
  for (const e of base.events) {
    for (const f of new Set(e.names.map(eventFamily))) idx.byFamily.set(f, [...(idx.byFamily.get(f) ?? []), e.id]);
    for (const p of e.participants) idx.byParticipant.set(p, [...(idx.byParticipant.get(p) ?? []), e]);
    if (e.place) for (const p of base.places) if (placeFits(base, p.id, e.place)) idx.byPlace.set(p.id, [...(idx.byPlace.get(p.id) ?? []), e]);
  }
  indexes.set(base, idx);
  return idx;
}

/**
 * Which names are siblings: G7 and G20; NATO and EU (acronyms before "summit"); names with the same
 * head word ("St. Petersburg International Economic Forum" and "Eastern Economic Forum").
 */
export function eventFamily(name: string): string {
  const n = name.trim();
  if (/^G-?\d{1,2}$/.test(n)) return 'G';
  if (/^[A-Z]{2,6}(?:-[A-Z]{2,6})?$/.test(n)) return 'acronym';
  const head = /(Forum|Summit|Council|Conference|Assembly|Ministerial|Day)$/i.exec(n);
  return head ? head[1].toLowerCase() : n;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function distance(a: Span, b: Span): number {
  if (overlaps(a, b)) return 0;
  return a.end <= b.start ? b.start - a.end : a.start - b.end;
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
  return true;
}
