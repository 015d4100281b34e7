/**
 * wrong-event: an event named where the sentence's other evidence points to a different event
 * of the same family ("a G20 meeting in Britain" for the G7), or an occasion that is not the
 * one the sources give ("on the sidelines of a G7 ministerial meeting" for the Arctic Council's).
 */
import { rankEvents, MIN_SCORE, eventFamily, familiesOf, near, dateAgrees, entryDate, firstCellDate, type Candidate } from '../analysis/events';
import { type CheckContext, report, confirm, replaceFix, previousSentence, RELATIVE_OPENING } from './context';
import { sentenceWords, quoted, type EventWord, type Mention, type Sentence } from '../analysis/document';
import { resolvePronoun } from '../analysis/attribution';
import { holdersOf } from '../analysis/roles';
import type { EventFact, FactBase } from '../facts/model';
import type { Span } from '../types';
import { capital } from './dates';
import { describeDate, MONTHS, type DateMention } from '../text/dates';
import { isAbbreviation } from '../text/sentences';

export function checkEventNames(ctx: CheckContext): void {
  for (const s of ctx.analysis.sentences) {
    if (s.end <= ctx.from) continue;
    for (const m of s.mentions) {
      if (m.kind !== 'unknownEvent' && !(m.kind === 'eventName' && isFamilyName(familyName(ctx.analysis.base, m)))) continue;
      // An event that words are said at ("At the forum, Putin said: "…"") is the speech's occasion, which the
      // quotation check judges; the occasion of a meeting is judged here.
      // "On the sidelines of" always names a meeting's occasion, whatever is quoted later in the sentence.
      const before = ctx.analysis.norm.slice(Math.max(0, m.start - 40), m.start);
      // (Nor is a quotation in a later clause about the meeting: "…, at a NATO ministerial, and the State Department called
      // the meeting "a good start"".)
      const speech = !SIDELINES.test(before) && quoteStartsIn(ctx.analysis.quotes, m.end, clauseEnd(ctx.analysis.norm, m.end, s.end));
      if (!speech && OCCASION.test(before) && checkOccasion(ctx, s, m)) continue;
      checkFamily(ctx, s, m, familyName(ctx.analysis.base, m));
    }
    checkSidelinesPhrase(ctx, s);
    checkMeetingAtOccasion(ctx, s);
    checkRemarkAt(ctx, s);
    checkRemarkInCall(ctx, s);
    checkActInCall(ctx, s);
  }
}

/**
 * "Biden first floated the summit in a January phone call", "| 26 January 2021 | First call; Biden proposes a summit |":
 * an act the sources place in one call (a word of it is also a word of that call, and the two share a month) put in
 * another call the sentence names or dates. Silent when the sentence also speaks of the right call's month, or when the
 * other call only marks a time from which ("since their first call in January").
 */
function checkActInCall(ctx: CheckContext, s: Sentence): void {
  const { base } = ctx.analysis;
  const byCall = callActs(base);
  // Each act the sentence names, in order: the first one put in another call is reported ("In their April phone call,
  // the same one in which Biden proposed the summit, the two men agreed on New START": the proposal is right, the
  // agreement is not).
  for (const w of s.words) {
    // ("… are raised at the Geneva summit": topics raised, in a passive, are no proposal.)
    if (/^rais/.test(w.word) && /\b(?:are|is|be|been|being|was|were)\s+$/i.test(ctx.analysis.norm.slice(Math.max(s.start, w.start - 8), w.start))) continue;
    let act: EventFact | undefined, own: EventFact | undefined;
    for (const id of w.events) {
      const c = byCall.get(id);
      const done = c?.acts.find(a => w.events.includes(a.id));
      if (done) { act = done; own = c!.call; break; }
    }
    // (Or a word of an act the sources date to the very day of a call, which was made in it: "agreed on New START".)
    if (!act && w.events.length === 1) {
      const c = sameDayCalls(base).get(w.events[0]);
      if (c) { act = c.act; own = c.call; }
    }
    if (act && own && actInOtherCall(ctx, s, byCall, act, own, w)) return;
  }
}

/** Reports the act at `at` when the sentence puts it in a call other than `own`, its own; true when it did. */
function actInOtherCall(ctx: CheckContext, s: Sentence, byCall: Map<string, { call: EventFact; acts: EventFact[] }>, act: EventFact, own: EventFact, at: Span): boolean {
  const { norm } = ctx.analysis;
  // (Not a date that is a gathering's named beside it, to the day: "| 22 April 2021 | Biden proposes a summit to Putin during
  // the Leaders' Summit on Climate |".)
  // (Nor a month set right after a gathering's name, which dates the gathering: "proposed meeting at the Leaders' Summit on
  // Climate in April".)
  const gatheringDay = (d: DateMention) => (d.day !== undefined && own.date!.day === undefined && near(s.mentions, at).some(m => m.kind === 'eventName' && ctx.analysis.base.events.find(e => e.id === m.id)?.date?.day === d.day))
    || near(s.mentions, at).some(m => m.kind === 'eventName' && m.id !== own.id && m.end <= d.start && /^\s*,?\s*(?:in|on|of)?\s*$/i.test(ctx.analysis.norm.slice(m.end, d.start)) && ctx.analysis.base.events.find(e => e.id === m.id)?.date?.month === d.month);
  if (near(s.dates, at).some(d => d.month === own.date!.month && (d.year === undefined || d.year === own.date!.year) && !gatheringDay(d))) return false;
  const calls = [...byCall.values()].map(c => c.call).filter(e => e.id !== own.id);
  const spans: { start: number; end: number; call: EventFact }[] = [];
  // (What lies near the act: a run-on sentence's other parts are read again for each of its acts.)
  for (const m of near(s.mentions, at)) { const c = m.kind === 'eventName' ? calls.find(e => e.id === m.id) : undefined; if (c) spans.push({ start: m.start, end: m.end, call: c }); }
  const callWord = near(s.words, at).some(w => w.events.some(id => byCall.has(id)));
  // ("In that first January call, Biden suggested …": a call the phrase before its word names by its month.)
  for (const w of near(s.words, at)) {
    // (A call placed after the act too: "the idea was first floated in the leaders' January phone call".)
    const placed = w === at ? undefined : w.end <= at.start ? callPlacedAt(ctx, s, w) ?? sameCallAsBefore(ctx, s, w) ?? thisCall(ctx, s, w) : callPlacedAt(ctx, s, w) ?? thisCall(ctx, s, w);
    if (placed && placed.call.id !== own.id && !spans.some(x => x.start <= w.start && w.end <= x.end)) spans.push({ start: placed.from, end: w.end, call: placed.call });
  }
  // ("who first floated it at a Memorial Day event": an act put at a gathering right after its verb and object.)
  for (const m of near(s.mentions, at)) {
    if (m.kind !== 'eventName' || m.id === own.id || m.start < at.end || m.start - at.end > 40 || calls.some(e => e.id === m.id) || !ACT_AT_EVENT.test(norm.slice(at.end, m.start))) continue;
    const e = ctx.analysis.base.events.find(x => x.id === m.id);
    if (e && e.id !== act.occasion) spans.push({ start: m.start, end: m.end, call: e });
  }
  // ("goes back to a Memorial Day event, where Mr Biden first proposed meeting Mr Putin": or before it, in a relative clause.)
  for (const m of near(s.mentions, at)) {
    if (m.kind !== 'eventName' || m.id === own.id || m.end > at.start || at.start - m.end > 40 || calls.some(e => e.id === m.id) || !EVENT_WHERE_ACT.test(norm.slice(m.end, at.start))) continue;
    const e = ctx.analysis.base.events.find(x => x.id === m.id);
    if (e && e.id !== act.occasion) spans.push({ start: m.start, end: m.end, call: e });
  }
  for (const d of near(s.dates, at)) {
    const c = callWord ? calls.find(e => d.month === e.date!.month && (d.year === undefined || d.year === e.date!.year) && (d.day === undefined || d.day === e.date!.day)) : undefined;
    if (c) spans.push({ start: d.start, end: d.end, call: c });
  }
  // (A timeline entry's bold date dates its later sentences: "- **26 January 2021.** … speak by phone … . Mr. Biden also
  // floats the idea of a summit.")
  if (!s.dates.length) {
    const d = entryDate(ctx.analysis, s);
    const c = d && calls.find(e => onDay(e, d));
    if (c) spans.push({ start: s.start, end: s.start, call: c });
  }
  // (In the act's own clause: "the first call and who proposed what" joins two topics.)
  // (A clause the call's "in which" opens holds each of its parts: "the April phone call, in which Biden suggested a
  // meeting and the two leaders reached agreement on New START".)
  const placesIt = (x: (typeof spans)[number]) => {
    if (/\b(?:since|after|before|until)\s+(?:(?:their|the|his|a|an)\s+)?(?:[\w-]+\s+){0,3}$/i.test(norm.slice(Math.max(s.start, x.start - 40), x.start))) return false;
    const gap = withoutPairedPeople(norm, s, Math.min(at.end, x.end), Math.max(at.start, x.start));
    // (A call in a phrase opening the sentence holds each of its clauses: "During a later call, in April, Biden proposed
    // a face-to-face meeting, and the two leaders reached agreement on the New START treaty".)
    // (So does an entry's label that places the call: "- **April** — In a phone call, Biden proposes a summit and …".)
    const fronted = x.end <= at.start && (FRONTED_CALL.test(norm.slice(s.start, x.start)) || !/[\p{L}\p{N}]/u.test(norm.slice(s.start, x.start)));
    // ("| Apr 2021 | Phone call: Biden suggests a meeting …; the two also agree on New START. |": a date alone in a
    // row's first cell dates each clause of the row, unless another date stands between.)
    // (After a row's number too: "| 21 | Apr 2021 | Phone call: Biden suggests a meeting, and the two reach agreement … |".)
    if (x.end <= at.start && /^[\s|\u2028*_]*(?:\d{1,3}[\s*_]*\u2028[\s*_]*)?$/.test(norm.slice(s.start, x.start)) && /^[\s*_]*\u2028/.test(norm.slice(x.end, x.end + 6))
      && !near(s.dates, at).some(d => d.start >= x.end && d.end <= at.start)) return true;
    // (A middle dot, a bullet or a spaced slash parts a caption's items as a semicolon parts clauses: "26 Jan: first call ·
    // April: summit proposed", "26 Jan, first phone call / April call, Biden suggests meeting".)
    // (Or an arrow between the steps of a sequence: "26 Jan call (first contact) → March sanctions → April call where …".)
    return !/;|\bbut\b|[\u00b7\u2022\u2192]|\s\/\s|\s->\s/i.test(gap) && (fronted || !/\band\s+(?!the\s+Kremlin)/i.test(gap) || (x.end <= at.start && RELATIVE_OPENER.test(gap)));
  };
  const ref = spans.find(placesIt);
  if (!ref) return false;
  // ("back in January, in their very first phone call, he suggested …": the call named and dated both, from the first.)
  const from = Math.min(...spans.filter(x => x.call === ref.call && placesIt(x)).map(x => x.start));
  // (The span runs from the call to the act: either may be the wrong part. A date set off right after the call,
  // "the leaders' first phone call, on 26 January", goes with it.)
  const dated = s.dates.find(d => d.start >= ref.end && d.start - ref.end <= 6 && /^,?\s*(?:on\s+)?$/.test(norm.slice(ref.end, d.start)));
  const end = Math.max(dated ? dated.end : ref.end, at.end);
  const span = { start: Math.min(from, at.start), end };
  // ("| Apr 2021 | Phone call: Biden proposes a summit, and the two leaders agree to extend New START |": the call's date
  // inside the span dates the act wrongly for the same reason; this finding says why, and the date's goes.)
  const inside = ctx.findings.findIndex(f => f.code === 'wrong-date' && f.span.start >= span.start && f.span.end <= span.end && f.span.start - span.start <= 12);
  if (inside >= 0) ctx.findings.splice(inside, 1);
  report(ctx, 'wrong-event', {
    span,
    message: `The draft puts ${act.name} ${ref.call.kinds.includes('call') ? 'in' : 'at'} ${ref.call.name}; the sources give ${own.name}.`,
    fact: `${capital(act.name)}: ${own.name}`, citations: [...act.cite, ...own.cite], fixes: [],
  });
  return true;
}

/** Between an act's verb and a gathering it is put at: "floated it at a ", "proposed the summit during the ". */
// ("proposed meeting Mr Putin at a ", "floated a summit with Putin during the ", "proposes a summit to Putin during the ": the
// object may name the other side.)
const ACT_AT_EVENT = /^(?:\s+(?:it|this|that|(?:the|a|an)\s+(?:face-to-face\s+|in-person\s+)?(?:idea|summit|meeting|proposal|talks)(?:\s+(?:with|to)\s+(?:Mr\.?\s+|President\s+)?[A-Z][\w'’-]+)?|meeting(?:\s+(?:with\s+)?(?:Mr\.?\s+|President\s+)?[A-Z][\w'’-]+)?)(?:\s+(?:first|publicly|again))?)?\s+(?:at|during)\s+(?:(?:a|an|the|that|this)\s+)?$/;
/** Between a gathering and an act a relative clause puts there: ", where Mr Biden first proposed". */
const EVENT_WHERE_ACT = /^(?:\s+(?:event|ceremony|speech|address|gathering|ministerial|meeting|summit))?\s*,?\s*(?:where|at\s+which|during\s+which)\s+(?:[\w.'’-]+\s+){0,3}$/i;

/** From a sentence's start to a call it opens with: "During a later call, in ", "In their ", "Then, in ". */
const FRONTED_CALL = /^[^\p{L}]*(?:(?:then|later|next|and|but|so|finally|afterwards),?\s+)?(?:during|in|on)\s(?![^.;:!?"“”]*\band\b)[^.;:!?"“”]{0,40}$/iu;

/** A relative clause opening right after a call ("…, in which", "…, during which", "…, when"). */
const RELATIVE_OPENER = new RegExp(`^${RELATIVE_OPENING}`, 'i');

/**
 * The text from `a` to `b` with each "and" that joins two people blanked ("In their April phone call, Biden and Putin
 * agreed …"): such an "and" says who acted and joins no clauses.
 */
function withoutPairedPeople(norm: string, s: Sentence, a: number, b: number): string {
  let gap = norm.slice(a, b);
  // (A long stretch is a clause join whatever its names: no pairs looked for in a run-on sentence.)
  if (b - a > 300) return gap;
  const people = s.mentions.filter(m => m.kind === 'person' && m.start >= a && m.end <= b);
  for (let i = 0; i + 1 < people.length; i++) {
    const and = PEOPLE_AND.exec(norm.slice(people[i].end, people[i + 1].start));
    if (!and) continue;
    const at = people[i].end - a;
    gap = gap.slice(0, at) + ' '.repeat(and[0].length) + gap.slice(at + and[0].length);
  }
  return gap;
}
/** " and " between two names, a title of up to three capitalised words allowed before the second ("and Russian President"). */
const PEOPLE_AND = /^\s+and\s+(?=(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$)/u;

/**
 * Per fact base, the calls the sources date (by id), each with the acts of its month (found once: the check runs for
 * every sentence).
 */
const callActsOf = new WeakMap<FactBase, Map<string, { call: EventFact; acts: EventFact[] }>>();
export function callActs(base: FactBase): Map<string, { call: EventFact; acts: EventFact[] }> {
  let m = callActsOf.get(base);
  if (m) return m;
  const isCall = (e: EventFact) => e.kinds.includes('call') && !!e.date?.month;
  m = new Map(base.events.filter(isCall).map(call => [call.id, {
    call, acts: base.events.filter(e => !isCall(e) && e.date?.month === call.date!.month && e.date?.year === call.date!.year),
  }]));
  callActsOf.set(base, m);
  return m;
}

/** Per fact base, each act the sources date to the very day of a call (by the act's id), with that call. */
const sameDayOf = new WeakMap<FactBase, Map<string, { act: EventFact; call: EventFact }>>();
function sameDayCalls(base: FactBase): Map<string, { act: EventFact; call: EventFact }> {
  let m = sameDayOf.get(base);
  if (!m) {
    m = new Map();
    for (const { call, acts } of callActs(base).values()) {
      if (call.date!.day === undefined) continue;
      for (const act of acts) if (act.date!.day === call.date!.day) m.set(act.id, { act, call });
    }
    sameDayOf.set(base, m);
  }
  return m;
}

/** The person whose word `w` is, by a possessive right before it ("his remark", "Putin's remark"), when not one of the event's. */
function ownerElse(ctx: CheckContext, s: Sentence, w: Span, event: EventFact): boolean {
  const { norm } = ctx.analysis;
  const before = POSSESSOR_BEFORE.exec(norm.slice(Math.max(s.start, w.start - 24), w.start));
  if (!before) return false;
  const pronoun = /^(?:his|her)$/i.test(before[1]);
  const at = w.start - before[0].length;
  // (A pronoun is the last person its sentence named before it, "Voss quotes Putin's own admission …, and his remark …",
  // or else an earlier sentence's subject.)
  const id = pronoun
    ? lastPersonBefore(s, at) ?? resolvePronoun(ctx.analysis, /^his$/i.test(before[1]) ? 'he' : 'she', at)?.id
    : s.mentions.find(m => m.kind === 'person' && m.start === at)?.id;
  return !!id && !event.participants.includes(id);
}
function lastPersonBefore(s: Sentence, at: number): string | undefined {
  let id: string | undefined;
  for (const m of s.mentions) if (m.kind === 'person' && m.end <= at) id = m.id;
  return id;
}
const POSSESSOR_BEFORE = /(his|her|\p{Lu}[\p{L}-]+)(?:['’]s?)?\s+(?:[a-z-]+\s+)?$/u;

/** Does a "he" or "she" of the sentence, before any name, stand for one of `people`? */
function pronounFor(ctx: CheckContext, s: Sentence, people: string[]): boolean {
  const m = /\b(?:[Hh]e|[Ss]he)\b/.exec(ctx.analysis.norm.slice(s.start, Math.min(s.end, s.start + 120)));
  if (!m) return false;
  // (The mentions are in order: only those before the pronoun are read.)
  for (const x of s.mentions) { if (x.start >= s.start + m.index) break; if (x.kind === 'person') return false; }
  const who = resolvePronoun(ctx.analysis, m[0], s.start + m.index);
  return !!who?.id && people.includes(who.id);
}

/**
 * "who called Putin a "murderer" at a Memorial Day event", "At a Memorial Day event he said yes when a reporter asked
 * whether he considered Putin a "killer"": a remark the sources date and place by its own words, put at another named
 * event in the same clause.
 */
function checkRemarkAt(ctx: CheckContext, s: Sentence): void {
  const { base, norm } = ctx.analysis;
  for (const m of s.mentions) {
    if (m.kind !== 'eventName' || !AT_EVENT.test(norm.slice(Math.max(s.start, m.start - 20), m.start))) continue;
    for (const w of near(s.words, m)) {
      const remark = remarkOf(base, w);
      if (!remark || remark.id === m.id) continue;
      // (A remark, or a statement the sources give at an occasion of its own: "he plans to discuss respect for human
      // rights" at the Memorial Day event. Neither is the event it speaks of: "human rights" at the summit is the plan.)
      if (!(remark.kinds.includes('remark') || (remark.occasion && !remark.place)) || remark.occasion === m.id || (remark.occasion && base.events.find(e => e.id === m.id)?.primary)) continue;
      // ("Putin's admission …, and his remark at the forum": another person's remark, not the one the sources give.)
      // (A statement on a topic, "human rights", is only its speaker's when the sentence names him: anyone may speak of it.
      // The name before the topic is then whom it is raised with: "talk to Putin about human rights".)
      // (Or by a title its speaker holds: "the US president said he planned to raise respect for human rights".)
      if (remark.kinds.includes('remark') ? ownerElse(ctx, s, w, remark)
        : !s.mentions.some(x => x.kind === 'person' && remark.participants.includes(x.id)) && !s.roles.some(r => !r.past && holdersOf(base, r).some(h => remark.participants.includes(h.id)))
          // (Or by a pronoun the sentence before names: "Speaking at the Leaders' summit on climate, he said …".)
          && !pronounFor(ctx, s, remark.participants)) continue;
      // ("Friday remarks at the St Petersburg forum": "remarks" alone are any speaker's at any occasion; the remark the
      // sources date is known by a word of its own in the sentence — "killer", "reporter", "answered".)
      if (GENERIC_REMARK.test(w.word) && !s.words.some(o => !GENERIC_REMARK.test(o.word) && o.events.includes(remark.id))) continue;
      const [a, b] = w.end <= m.start ? [w.end, m.start] : [m.end, w.start];
      // (One clause: no comma or stop between, and no date of the remark's own. The comma that closes a phrase
      // opening the sentence is no break: "At a Memorial Day event, asked by a reporter whether …", "On Memorial Day,
      // …", "At the Memorial Day event where he talked about human rights, a reporter asked …".)
      // (After a label too: "**FACT ✓:** At a Memorial Day event, …".)
      // (After a phrase of time set off before it too: "The same month, at a Memorial Day event, Biden answered …".)
      const opening = w.start >= m.end && /^[^\p{L}]*(?:\p{L}[\p{L} -]{0,20}[^\p{L}:]{0,4}:[^\p{L}]*)?(?:(?:the\s+same|that|later\s+that|in|by|then|also)\b[\p{L}\d ]{0,24},\s*)?(?:speaking\s+(?:to\s+(?:reporters|journalists|the\s+press|supporters|troops)\s+)?)?(?:at|during)\s+(?:a|an|the)?\s*$|^[^\p{L}]*on\s+$/iu.test(norm.slice(s.start, m.start));
      // (A "when" clause right after the event goes on with it: "at a Memorial Day event, when Biden answered yes …".)
      const when = w.start >= m.end ? WHEN_AFTER_EVENT.exec(norm.slice(a, b)) : null;
      // (A phrase set off by commas after the subject goes on as an opening one does: "how Biden, at a Memorial Day
      // event, had answered "yes" …".)
      const aside = w.start >= m.end && ASIDE_BEFORE.test(norm.slice(Math.max(s.start, m.start - 24), m.start)) ? ASIDE_AFTER.exec(norm.slice(a, b)) : null;
      // (So does a participle after the event and its date: "Putin at the Leaders' Summit on Climate on April 22, saying …".)
      const saying = w.start >= m.end && !when && !aside ? SAYING_AFTER_EVENT.exec(norm.slice(a, b)) : null;
      const from = when ? a + when[0].length : aside ? a + aside[0].length : saying ? a + saying[0].length : opening ? a + (OPENING_PHRASE_END.exec(norm.slice(a, b))?.[0].length ?? 0) : a;
      const occasion = base.events.find(e => e.id === m.id);
      // (A date between that is the occasion's own dates nothing else.)
      const ownDate = (d: DateMention) => !!occasion?.date && dateAgrees(d, occasion.date);
      // (A participle after the remark's word puts it at the event too: "Biden's "killer" remark, made at a Memorial Day event".)
      const made = w.end <= m.start ? MADE_AT.exec(norm.slice(a, b)) : null;
      let to = made ? b - made[0].length : b;
      let start = from;
      // (An event set off by commas within the remark's clause goes with it: "the affirmative answer Biden gave, at a
      // Memorial Day event, to a reporter who asked …".)
      const before = SET_OFF_BEFORE.exec(norm.slice(Math.max(s.start, m.start - 24), m.start));
      const after = before ? SET_OFF_AFTER.exec(norm.slice(m.end, m.end + 24)) : null;
      if (before && after) {
        if (w.end <= m.start) to = Math.min(to, m.start - before[0].length);
        else start = Math.max(start, m.end + after[0].length);
      }
      if (b - a > 100 || b < a || clauseBreakIn(norm, start, to) || s.dates.some(d => d.start >= a && d.end <= b && !ownDate(d))) continue;
      report(ctx, 'wrong-event', {
        span: { start: Math.min(w.start, m.start), end: Math.max(w.end, m.end) },
        message: `The draft puts ${remark.name} at ${occasion?.name ?? m.text}; the sources give it ${remark.occasion ? `at ${base.events.find(e => e.id === remark.occasion)?.name ?? 'another occasion'}` : `on its own, ${remark.date ? `in ${describeDate(remark.date)}` : 'at another time'}`}.`,
        fact: capital(remark.name), citations: remark.cite, fixes: [],
      });
      return;
    }
  }
}

/**
 * The one event a word names, or a statement it names with the occasion the statement was made at ("human rights":
 * Biden's plan to discuss them, and the Memorial Day event where he said so).
 */
function remarkOf(base: FactBase, w: EventWord): EventFact | undefined {
  if (w.events.length === 1) return base.events.find(e => e.id === w.events[0]);
  if (w.events.length !== 2) return undefined;
  const [a, b] = w.events.map(id => base.events.find(e => e.id === id));
  return a?.occasion === b?.id ? a : b?.occasion === a?.id ? b : undefined;
}

const GENERIC_REMARK = /^(?:remarks?|comments?)$/i;
/** Punctuation in [from, to), an abbreviation's stop aside as the sentence splitter leaves it ("Mr. Biden stated that …"). */
function clauseBreakIn(norm: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = norm[i];
    if (c === ',' || c === ';' || c === ':' || c === '!' || c === '?' || (c === '.' && !isAbbreviation(norm, i))) return true;
  }
  return false;
}
const WHEN_AFTER_EVENT = /^(?:\s+(?:event|speech|ceremony|address))?,\s+when\s+/i;
/** Words that put something at an event: "at a", "during the", and "on" before a day's name ("On Memorial Day"), not "on the" (a topic). */
// ("during his Memorial Day speech": a possessive in the article's place.)
// ("it was at that same Memorial Day event that …": or a demonstrative.)
const AT_EVENT = /\b(?:(?:at|during)\s+(?:a|an|the|his|her|their|that|this|(?:the|that)\s+(?:same|very))?\s*|on\s+)$/i;
/** A phrase of place set off after a name and a comma: ", at a " before the event's name, ", " (or " event, ") after it. */
// ("Biden, speaking at the G7 in Britain, promised …": or a participle of speaking before it.)
const ASIDE_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s+(?:(?:speaking|appearing)\s+)?(?:at|during)\s+(?:a|an|the|his)\s+$/u;
// ("… at the G7 in Britain, promised …": the event's place may follow its name.)
const ASIDE_AFTER = /^(?:\s+(?:event|speech|ceremony|address|summit|meeting))?(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?,\s+/i;
/** Between a remark's word and an event's name: a participle set off by a comma, "…, made at a ". */
const MADE_AT = /,\s*(?:made|delivered|given|uttered|spoken|offered)\s+(?:at|during)\s+(?:a|an|the|his)?\s*$/i;
/** After an event's name, its date or a few words, a comma and a participle of saying: " on April 22, saying ". */
const SAYING_AFTER_EVENT = /^[^,;.!?]{0,30},\s+(?:saying|arguing|insisting|warning|declaring|stressing|adding)\s+/i;
/** The rest of a phrase opening the sentence, up to its comma: a few words, or a clause describing the event ("where he …"). */
/** A gathering set off by commas: ", at a " before its name, and up to the comma after it. */
const SET_OFF_BEFORE = /,\s*(?:at|during)\s+(?:(?:a|an|the)\s+)?$/i;
const SET_OFF_AFTER = /^[^,.;:!?"“”]{0,20},\s*/;
const OPENING_PHRASE_END = /^(?:[^,.;:!?]{0,20}|[^,.;:!?]{0,12}?\s(?:where|when|at\s+which)\s[^,.;:!?]{0,60}),/i;

/**
 * "it was during their April phone call that Biden called Putin a "killer"": a remark the sources date, known by its
 * own word in quotation marks (or unquoted after the name of who made it), put in a call the sources date to another
 * month (the call named, or dated in the phrase).
 */
function checkRemarkInCall(ctx: CheckContext, s: Sentence): void {
  const { norm } = ctx.analysis;
  const found = remarkIn(ctx, s);
  if (!found) return;
  const { remark, at } = found;
  const when = remark.date!;
  for (const w of s.words) {
    if (Math.abs(w.start - at.start) > 200) continue;
    // ("In the same call Biden calls Putin a "killer"": or the call the sentence before placed something in.)
    const placed = callPlacedAt(ctx, s, w) ?? (w.end <= at.start ? sameCallAsBefore(ctx, s, w) ?? thisCall(ctx, s, w) : undefined);
    if (!placed) continue;
    const { call, from } = placed;
    if (call.date!.month === when.month || /;/.test(norm.slice(Math.min(at.end, w.end), Math.max(at.start, w.start)))) continue;
    // ("He told Putin in their April phone call that …, but back in March he agreed when a reporter asked if Putin was a
    // "killer"": the remark's own month, stated between the call and it, dates it apart from the call.)
    if (s.dates.some(d => d.start >= Math.min(at.end, w.end) && d.end <= Math.max(at.start, w.start) && d.month === when.month && (d.year === undefined || d.year === when.year))) continue;
    // (From the call to the remark's word, whichever comes first: either may be the wrong part.)
    report(ctx, 'wrong-event', {
      span: { start: Math.min(from, at.start), end: Math.max(w.end, at.end) },
      message: `The draft puts ${remark.name} in ${call.name}; the sources give it in ${describeDate(when)}.`,
      fact: `${capital(remark.name)}: ${describeDate(when)}`, citations: [...remark.cite, ...call.cite], fixes: [],
    });
    return;
  }
  // ("In March, Biden told Putin during a phone call that he considered him a "killer"": a call left undated, in a month
  // the sources hold no call in, for a remark they give apart from any call.)
  const calls = callActs(ctx.analysis.base);
  if ([...calls.values()].some(c => c.call.date!.month === when.month && c.call.date!.year === when.year)) return;
  const call = near(s.words, at).find(w => w.end <= at.start && at.start - w.end <= 120 && CALL_WORD.test(w.word) && w.indefinite && w.events.some(id => calls.has(id))
    && UNDATED_CALL.test(norm.slice(Math.max(s.start, w.start - 24), w.start)) && !/[;]/.test(norm.slice(w.end, at.start)));
  if (!call) return;
  const from = call.start - (UNDATED_CALL.exec(norm.slice(Math.max(s.start, call.start - 24), call.start))?.[0].length ?? 0);
  report(ctx, 'wrong-event', {
    span: { start: from, end: at.end },
    message: `The draft puts ${remark.name} in a phone call; the sources give it in ${describeDate(when)}, in no call.`,
    fact: `${capital(remark.name)}: ${describeDate(when)}`, citations: remark.cite, fixes: [],
  });
}
/** Before an undated call's word: "during a phone ", "in a ", "on a telephone ". */
const UNDATED_CALL = /\b(?:during|in|on|over)\s+an?\s+(?:(?:phone|telephone)\s+)?$/i;

/**
 * The remark the sentence names by a word of its own (one the sources quote for it), and that word: "Biden called Putin a
 * "killer"". Unquoted, the word is the remark's when the first person the sentence names is who made it; "Biden answered a
 * question" in a call is any answer.
 */
export function remarkIn(ctx: CheckContext, s: Sentence): { remark: EventFact; at: EventWord } | undefined {
  const { base } = ctx.analysis;
  for (const w of s.words) {
    const e = w.events.length === 1 ? base.events.find(x => x.id === w.events[0]) : undefined;
    if (!e?.date?.month || !e.kinds.includes('remark')) continue;
    if (w.quoted || (quotedInSources(e, w.word) && e.participants.includes(s.mentions.find(m => m.kind === 'person' && m.end <= w.start)?.id ?? ''))) return { remark: e, at: w };
  }
  return undefined;
}
/** Whether a citation of the event gives `word` in quotation marks ('whether he considered Putin a "killer"'). */
function quotedInSources(e: EventFact, word: string): boolean {
  const w = word.toLowerCase();
  return e.cite.some(c => [...c.excerpt.matchAll(QUOTED_WORDS)].some(q => q[1].toLowerCase() === w));
}
const QUOTED_WORDS = /["“]([^"“”\s]{1,30})["”]/g;

/**
 * The call a phrase ending in the call's word `w` places something in ("during their April phone call", "in that
 * 26 January call", "in Biden's very first phone call"), and where the phrase starts; undefined when the phrase names
 * no call the sources date.
 */
export function callPlacedAt(ctx: CheckContext, s: Sentence, w: EventWord): { call: EventFact; from: number } | undefined {
  const { base, norm } = ctx.analysis;
  const calls = callActs(base);
  if (!w.events.some(id => calls.has(id))) return undefined;
  // (Or a label that opens its line: "- 26 January call: Biden told Putin …".)
  // (Or a timeline's date label right before: "- **April 2021:** phone call in which Biden suggests meeting".)
  const lead = CALL_PLACED.exec(norm.slice(Math.max(s.start, w.start - 48), w.start))
    ?? (w.start - s.start <= 40 && CALL_LABEL_AFTER.test(norm.slice(w.end, w.end + 4)) ? CALL_LABEL.exec(norm.slice(s.start, w.start)) : null)
    ?? (w.start - s.start <= 40 ? DATE_LABEL_BEFORE_CALL.exec(norm.slice(s.start, w.start)) : null);
  if (!lead) return undefined;
  const from = w.start - lead[0].length + lead[0].indexOf(lead[1]);
  const named = s.mentions.find(m => m.kind === 'eventName' && calls.has(m.id) && m.start >= from && m.end <= w.end);
  const dated = s.dates.find(d => d.start >= from && d.end <= w.end && d.month);
  // (A month alone is no date mention: "their April phone call".)
  const month = dated?.month ?? monthIn(lead[1]);
  const call = named ? calls.get(named.id)!.call : month ? [...calls.values()].map(c => c.call).find(c => c.date!.month === month && (dated?.day === undefined || dated.day === c.date!.day)) : undefined;
  return call ? { call, from } : undefined;
}

/**
 * "Biden told Putin in that April call that …. That same call produced agreement on New START": "that same call" (or
 * "the same call", opening its sentence or after "in") is the one call the sentence before places something in.
 */
export function sameCallAsBefore(ctx: CheckContext, s: Sentence, w: EventWord): { call: EventFact; from: number } | undefined {
  const { norm } = ctx.analysis;
  // ("It was also in that call that Biden first proposed …": a cleft's "that call" too, which may follow a clause that
  // names the call: "The two presidents spoke by phone for the first time, and it was in that conversation that …".)
  const same = SAME_CALL.exec(norm.slice(Math.max(s.start, w.start - 40), w.start));
  const lead = same ?? thatCallCleft(norm, s, w);
  if (!lead) return undefined;
  // ("It was on that same call that …": a cleft may open the sentence.)
  // (The match ends at the word: it starts the match's length before it.)
  const leadStart = w.start - lead[0].length;
  const calls = callActs(ctx.analysis.base);
  // ("On a phone call that month, Biden suggested meeting, and on the same call the two leaders reached agreement …": later
  // in its sentence, the one call the sentence places before it.)
  if (same && leadStart > s.start && !/^\s*(?:it\s+was\s+)?$/i.test(norm.slice(s.start, leadStart))) {
    const found = new Set<EventFact>();
    for (const x of near(s.words, w)) { const placed = x.end <= leadStart ? placedCall(ctx, s, x) : undefined; if (placed) found.add(placed); }
    for (const m of near(s.mentions, w)) { const c = m.kind === 'eventName' && m.end <= leadStart ? calls.get(m.id) : undefined; if (c) found.add(c.call); }
    // ("Biden proposes a summit and, on the same call, …": or the call of an act the sentence tells before it.)
    if (!found.size) for (const x of near(s.words, w)) { const c = x.end <= leadStart && !x.quoted ? actCall(calls, x) : undefined; if (c) found.add(c); }
    const call = found.size === 1 ? [...found][0] : found.size ? undefined : callBefore(ctx, s);
    return call ? { call, from: leadStart + (lead[0].length - lead[0].trimStart().length) } : undefined;
  }
  if (!same) {
    const named = new Set<EventFact>();
    for (const m of s.mentions) { const c = m.kind === 'eventName' && m.end <= leadStart ? calls.get(m.id) : undefined; if (c) named.add(c.call); }
    if (named.size === 1) return { call: [...named][0], from: leadStart };
    if (named.size > 1) return undefined;
  }
  const call = callBefore(ctx, s);
  return call ? { call, from: leadStart + (lead[0].length - lead[0].trimStart().length) } : undefined;
}

/**
 * The one call the sentence before places (or, with a reach of two, the one before that, when the sentence between
 * places none: "- Biden speaks to Putin by phone … / - They reach an agreement on New START. / - In the same call, …");
 * undefined when it places none, or several.
 */
function callBefore(ctx: CheckContext, s: Sentence, reach = 2): EventFact | undefined {
  const { sentences } = ctx.analysis;
  const calls = callActs(ctx.analysis.base);
  for (let k = s.index - 1, blocks = s.block; k >= 0 && k >= s.index - reach; k--) {
    const prev = sentences[k];
    if (blocks - prev.block > 1) return undefined;
    blocks = prev.block;
    const found = new Set<EventFact>();
    for (const x of prev.words) { const placed = placedCall(ctx, prev, x); if (placed) found.add(placed); }
    // (A call the sentence names: "January 26, shortly after Biden was sworn in: their first phone call.")
    for (const m of prev.mentions) { const c = m.kind === 'eventName' ? calls.get(m.id) : undefined; if (c) found.add(c.call); }
    // ("April 2021. Biden suggests meeting in person … On the same call …": or the call of an act it tells.)
    // (Not past one that points back to a call of its own, "Biden first proposed a summit on that call": that call is meant.)
    if (!found.size && !CALL_POINTED_BACK.test(ctx.analysis.norm.slice(prev.start, Math.min(prev.end, prev.start + 400)))) for (const x of prev.words) { const c = !x.quoted ? actCall(calls, x) : undefined; if (c) found.add(c); }
    if (found.size > 1) return undefined;
    if (found.size === 1) return [...found][0];
  }
  return undefined;
}

const CALL_POINTED_BACK = /\b(?:that|this|same)\s+(?:(?:phone|telephone)\s+)?(?:call|conversation)\b|\bthe\s+(?:(?:phone|telephone)\s+)?call\s+(?:where|in\s+which|when)\b/i;

/**
 * The one call a sentence places before `before` ("On 26 January, … the two leaders spoke over the phone …; Biden told
 * Putin …"), or else the one the sentence before places; undefined when none, or several.
 */
export function callSpokenOf(ctx: CheckContext, s: Sentence, before: number, fallback = true, where?: { start: number }): EventFact | undefined {
  const found = new Set<EventFact>();
  const calls = callActs(ctx.analysis.base);
  // (Within a bounded stretch before: a run-on sentence's many quotations do not each read all its words.)
  const span = { start: Math.max(s.start, before - 300), end: before };
  for (const w of near(s.words, span)) { if (w.start < span.start || w.end > before) continue; const c = placedCall(ctx, s, w); if (c) { found.add(c); if (where) where.start = Math.min(where.start, w.start); } }
  for (const m of near(s.mentions, span)) { const c = m.kind === 'eventName' && m.start >= span.start && m.end <= before ? calls.get(m.id) : undefined; if (c) { found.add(c.call); if (where) where.start = Math.min(where.start, m.start); } }
  // ("On 26 January, Biden told Putin he was "…"", "| 26 Jan 2021 | Same call | Biden told Putin …": a date to the day of a
  // call, before the words told, is that call's.)
  // (In the same clause: "the first on 26 January, …; then the April call, in which Biden … told Putin" is another's.)
  // ("| 26 January 2021 | First Biden–Putin phone call … . Biden tells Putin he is "…". |": or the date in the first cell of
  // the row, which dates each sentence of the row.)
  if (!found.size) {
    const row = s.dates.length ? undefined : firstCellDate(ctx.analysis, s);
    const dates = row ? [row] : near(s.dates, span).filter(d => d.start >= span.start && d.end <= before && !/;|\bthen\b/.test(ctx.analysis.norm.slice(d.end, before)));
    for (const d of dates) for (const { call } of calls.values()) if (onDay(call, d)) { found.add(call); if (where && !row) where.start = d.start; }
  }
  if (found.size === 1) return [...found][0];
  return found.size || !fallback ? undefined : callBefore(ctx, s, 1);
}

/** Is the event on the date's day (its month, and its year when the date gives one)? */
function onDay(e: EventFact, d: DateMention): boolean {
  return d.day !== undefined && e.date?.day === d.day && e.date.month === d.month && (d.year === undefined || d.year === e.date.year);
}

/** The call a word of the sentence places: "in their April call", "by phone on 26 January", "a call in April". */
function placedCall(ctx: CheckContext, s: Sentence, w: EventWord): EventFact | undefined {
  return callPlacedAt(ctx, s, w)?.call ?? callDatedBy(ctx, s, w)?.call ?? callDatedAfter(ctx, s, w)?.call ?? callOfMonthAfter(ctx, w) ?? callOfAct(ctx, s, w);
}

/**
 * "In a phone call, Biden suggests to Putin that they meet": a call left undated is the one the sources make the act in,
 * when the word is a word of the act and of that call both, outside quotation marks, and the sentence speaks of "a call"
 * ("that call" is one spoken of before).
 */
function callOfAct(ctx: CheckContext, s: Sentence, w: EventWord): EventFact | undefined {
  if (w.quoted) return undefined;
  const call = actCall(callActs(ctx.analysis.base), w);
  return call && near(s.words, w).some(x => x !== w && x.indefinite && CALL_WORD.test(x.word) && x.events.includes(call.id)) ? call : undefined;
}

/** The call the sources make an act in, when the word is a word of both (as "suggested" is of the proposal and the April call). */
function actCall(calls: Map<string, { call: EventFact; acts: EventFact[] }>, w: EventWord): EventFact | undefined {
  for (const id of w.events) {
    const c = calls.get(id);
    if (c && c.acts.some(a => w.events.includes(a.id))) return c.call;
  }
  return undefined;
}
const CALL_WORD = /^(?:call|phone|telephone|phoned|conversation)$/;
/**
 * "… ; the two also reach their agreement on New START in this call", "- **April** — It is on this call, too, that …": "this
 * call" or "that call" after "in", "on" or "during" is the call the sentence places or dates before it (by another
 * word for a call, or by its entry's date label), or else the one call the sentence before places.
 */
export function thisCall(ctx: CheckContext, s: Sentence, w: EventWord): { call: EventFact; from: number } | undefined {
  const { norm } = ctx.analysis;
  const lead = THIS_CALL_BEFORE.exec(norm.slice(Math.max(s.start, w.start - 32), w.start));
  if (!lead) return undefined;
  const from = w.start - lead[0].length;
  const calls = [...callActs(ctx.analysis.base).values()].map(x => x.call);
  const found = new Set<EventFact>();
  for (const x of near(s.words, w)) { const placed = x !== w && x.end <= from ? placedCall(ctx, s, x) : undefined; if (placed) found.add(placed); }
  // (An entry's date label before it: "| April 2021 | In a phone call, …", or a month alone, which no date mention
  // reads: "- **April** — It is on this call …".)
  const ofMonth = (month: number, day?: number, year?: number) => { for (const c of calls) if (c.date?.month === month && (day === undefined || c.date.day === day) && (year === undefined || c.date.year === year)) found.add(c); };
  if (!found.size) for (const d of near(s.dates, w)) if (d.end <= from && d.month !== undefined && d.start - s.start <= 40) ofMonth(d.month, d.day, d.year);
  if (!found.size) {
    const month = monthIn(LABEL_MONTH.exec(norm.slice(s.start, Math.min(from, s.start + 24)))?.[1] ?? '');
    if (month) ofMonth(month);
  }
  if (found.size > 1) return undefined;
  // ("First Biden-Putin call was 26 Feb, …; they agreed on New START in that call": a call the sentence speaks of before
  // it, placed or not, is the one meant, not the sentence before's.)
  if (!found.size && near(s.words, w).some(x => x !== w && x.end <= from && CALL_WORD.test(x.word) && x.events.some(id => calls.some(c => c.id === id)))) return undefined;
  // ("this call" reaches back one sentence only, "that same call" two; so does "that call" past a sentence that goes on
  // about it: "The first call came on 26 January. In it the two leaders … Biden also told Putin in that call …".)
  const prev = s.index > 0 ? ctx.analysis.sentences[s.index - 1] : undefined;
  const goesOn = !!prev && prev.block === s.block && /^[^\p{L}]*(?:in|during|on)\s+it\b/iu.test(norm.slice(prev.start, prev.start + 12));
  const call = found.size === 1 ? [...found][0] : callBefore(ctx, s, goesOn ? 2 : 1);
  return call ? { call, from } : undefined;
}
const LABEL_MONTH = /^[^\p{L}]*(January|February|March|April|May|June|July|August|September|October|November|December)\b[*_]*\s*[:\u2014\u2013-]/u;
// ("That was the call where Biden first suggested …": or the call said to be the one the sentence before spoke of.)
// ("… speak by phone for the first time. Biden first proposes a summit during the call.": or "the call" after one.)
const THIS_CALL_BEFORE = /\b(?:(?:in|on|during)\s+(?:this|that|the)|(?:that|this|it)\s+(?:was|is)\s+(?:also\s+)?the)\s+(?:(?:phone|telephone)\s+)?$/i;

/** "in a call in April": the one call the sources date to the month named right after the call's word. */
function callOfMonthAfter(ctx: CheckContext, w: EventWord): EventFact | undefined {
  const calls = callActs(ctx.analysis.base);
  if (!w.events.some(id => calls.has(id))) return undefined;
  const after = MONTH_AFTER_CALL.exec(ctx.analysis.norm.slice(w.end, w.end + 16));
  const month = after ? monthIn(after[1]) : undefined;
  if (!month) return undefined;
  const found = [...calls.values()].map(c => c.call).filter(c => c.date?.month === month);
  return found.length === 1 ? found[0] : undefined;
}
const MONTH_AFTER_CALL = /^\s+in\s+([A-Z][a-z]+)\b/;

/** "It was also in that call that": the cleft's lead before the word, as a match whose text is that lead. */
function thatCallCleft(norm: string, s: Sentence, w: Span): RegExpExecArray | null {
  // ("This is also the call in which the two leaders reached agreement on New START": the call just spoken of.)
  if (RELATIVE_AFTER_CALL.test(norm.slice(w.end, w.end + 16))) return THIS_IS_THE_CALL.exec(norm.slice(Math.max(s.start, w.start - 40), w.start));
  if (!CLEFT_THAT_AFTER.test(norm.slice(w.end, w.end + 6))) return null;
  return THAT_CALL_CLEFT.exec(norm.slice(Math.max(s.start, w.start - 40), w.start));
}
const RELATIVE_AFTER_CALL = /^,?\s+(?:(?:in|during)\s+which|when)\b/i;
const THIS_IS_THE_CALL = /(?<=^[^\p{L}]*)(?:this|that|it)\s+(?:is|was)\s+(?:also\s+)?the\s+(?:very\s+)?(?:same\s+)?(?:(?:phone|telephone)\s+)?$/iu;
// (Opening the sentence, or a clause after "and" or a semicolon.)
const THAT_CALL_CLEFT = /(?<=(?:^[^\p{L}]*|,?\s+and\s+|;\s*)it\s+was\s+(?:also\s+|then\s+|even\s+)?)(?:in|on|during)\s+(?:that|this)\s+(?:(?:phone|telephone|first|same)\s+)?$/iu;
const CLEFT_THAT_AFTER = /^\s+that\b/i;
/** "That same call", "in the very same phone call": a call the sentence before spoke of. */
// ("- *Same call* — Biden used the conversation to …": a timeline entry's label drops the article.)
const SAME_CALL = /(?:^|\b(?:[Ii]n|[Dd]uring|[Oo]n)\s+)[^\S\n]*(?:(?:[Tt]hat|[Tt]he)\s+(?:very\s+)?same|^[^\S\n]*Same)\s+(?:(?:phone|telephone)\s+)?$/;

/**
 * "On 26 January, …, Biden told Putin by phone that …": "by phone" places the words in a call, and the sentence's full
 * date says which (not across a semicolon). Only a call the sources date to that very day.
 */
export function callDatedBy(ctx: CheckContext, s: Sentence, w: EventWord): { call: EventFact; from: number } | undefined {
  const { norm } = ctx.analysis;
  if (!BY_PHONE.test(norm.slice(Math.max(s.start, w.start - 9), w.start))) return undefined;
  const calls = [...callActs(ctx.analysis.base).values()].map(c => c.call).filter(c => c.date!.day !== undefined && w.events.includes(c.id));
  for (const d of s.dates) {
    const call = d.day !== undefined && !d.range ? calls.find(c => c.date!.day === d.day && c.date!.month === d.month && (d.year === undefined || d.year === c.date!.year)) : undefined;
    if (call && !/;/.test(norm.slice(Math.min(d.end, w.end), Math.max(d.start, w.start)))) return { call, from: Math.min(d.start, w.start) };
  }
  return undefined;
}
/**
 * "Same call, Jan 26: Biden tells Putin …", "The call on the 26th, a Tuesday, is where …": a call's word with its day right
 * after it is the call of that day (of that month, when the date gives one; the one call of that day, when not).
 */
export function callDatedAfter(ctx: CheckContext, s: Sentence, w: EventWord): { call: EventFact; from: number } | undefined {
  const { norm } = ctx.analysis;
  const d = near(s.dates, w).find(x => x.start >= w.end && x.start - w.end <= 20 && x.day !== undefined && !x.range && DAY_AFTER_CALL.test(norm.slice(w.end, x.start)));
  if (!d) return undefined;
  const calls = [...callActs(ctx.analysis.base).values()].map(c => c.call).filter(c => c.date!.day === d.day && w.events.includes(c.id)
    && (d.month === undefined || c.date!.month === d.month) && (d.year === undefined || d.year === c.date!.year));
  return calls.length === 1 ? { call: calls[0], from: w.start } : undefined;
}
// ("The first call came on 26 January 2021": or a verb of taking place and "on".)
const DAY_AFTER_CALL = /^(?:\s*,\s*|\s+(?:on|of|dated)\s+|\s+(?:came|took\s+place|was\s+held|happened|was|followed)\s+on\s+)$/i;

/** The words before a call's word that make it the means of speaking: "by phone", "over the phone". */
const BY_PHONE = /\b(?:by|over\s+the)\s+$/i;

/** The month a phrase names by its full name ("April"), 1–12. */
export function monthIn(text: string): number | undefined {
  const m = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/.exec(text);
  return m ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : undefined;
}

const CALL_LABEL = /^[\s*_>#-]*((?:the\s+)?(?:[\w.'’-]+\s+){1,3})$/;
const CALL_LABEL_AFTER = /^[*_]*\s*:/;
const DATE_LABEL_BEFORE_CALL = /^[\s*_>#-]*((?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?,?(?:\s+(?:19|20)\d{2})?)[*_]*\s*:[*_\s]*(?:(?:a|the|their|first|second)\s+)?(?:(?:phone|telephone)\s+)?$/;
/** "during their Jan. 26 phone call", "in Biden’s very first phone call", "used their April phone call": the words that place something in a call. */
// ("The idea went back to the two leaders' January phone call, when …": or a time something goes back to.)
const CALL_PLACED = /\b(?:[Dd]uring|[Ii]n|[Oo]n|used|back\s+to|out\s+of)\s+((?:(?:their|the|his|a|an|that|this|[A-Z][\w’']*['’]s?)\s+)?(?:[\w.'’-]+\s+){0,4})$/;

/**
 * "on the sidelines of a ministerial meeting of the OSCE": an occasion the base has no name for, described in words
 * with a proper name in them. When that name is not in the occasion the sources give, the occasion is wrong.
 */
function checkSidelinesPhrase(ctx: CheckContext, s: Sentence): void {
  const { norm } = ctx.analysis;
  if (s.end - s.start < 30) return;
  const words = sentenceWords(ctx.analysis, s);
  if (!words.has('sidelines') && !words.has('margins')) return;
  const hit = SIDELINES_PHRASE.exec(norm.slice(s.start, s.end));
  if (!hit) return;
  const start = s.start + hit.index + hit[0].length - hit[2].length, end = start + hit[2].length;
  if (s.mentions.some(m => (m.kind === 'eventName' || m.kind === 'unknownEvent') && m.start < end && start < m.end)) return;
  const names = hit[2].match(/\b\p{Lu}[\p{L}\p{N}-]*/gu);
  if (!names) return;
  const span = { start, end };
  const found = occasionAt(ctx, s, span);
  if (!found) return;
  const { best, occasion } = found;
  const known = new Set([occasion.name, ...occasion.names].join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  if (names.every(n => known.has(n.toLowerCase()))) { confirm(ctx, span, occasion.name, best.event.cite); return; }
  report(ctx, 'wrong-event', {
    span, message: `The draft puts ${best.event.name} at "${hit[2]}"; the sources give ${occasion.name}.`,
    fact: occasionFact(best.event, occasion),
    // The fix takes the article with it: "a ministerial meeting of the OSCE" becomes "the Arctic Council ministerial summit".
    citations: best.event.cite, fixes: [replaceFix({ start: start - hit[1].length, end }, occasion.name)],
  });
}

/** "at the G20 ministerial in Reykjavik": the meeting the sources give as the occasion is another. Returns whether it judged. */
function checkOccasion(ctx: CheckContext, s: Sentence, m: Mention): boolean {
  const found = occasionAt(ctx, s, m);
  if (!found) return false;
  const { best, occasion } = found;
  if (m.kind === 'eventName' && m.id === occasion.id) { confirm(ctx, m, occasion.name, best.event.cite); return true; }
  const right = occasion.names[0] ?? occasion.name;
  report(ctx, 'wrong-event', {
    span: m, message: `The draft puts ${best.event.name} at the ${m.text}; the sources give ${occasion.name}.`,
    fact: occasionFact(best.event, occasion),
    citations: best.event.cite, fixes: [replaceFix(m, right)],
  });
  return true;
}

/**
 * "At that same Arctic Council meeting in Reykjavik, Jake Sullivan and Nikolay Patrushev settled the final details":
 * a meeting the sentence names by all its people, put at a gathering the sources hold apart from it (the gathering's
 * own meeting is another pair's). Silent when the sentence names the people of a meeting held there too.
 */
function checkMeetingAtOccasion(ctx: CheckContext, s: Sentence): void {
  const { base, norm } = ctx.analysis;
  if (s.mentions.filter(m => m.kind === 'person').length < 2) return;
  for (const m of s.mentions) {
    if (m.kind !== 'eventName' || !AT_OCCASION.test(norm.slice(Math.max(s.start, m.start - 40), m.start))) continue;
    // The people of the gathering's own clause: not those after a semicolon, ", and" or "later" ("…, and in later talks
    // between Mr Sullivan and Nikolay Patrushev").
    const people = near(s.mentions, m).filter(p => p.kind === 'person' && !quoted(ctx.analysis, p) && Math.abs(p.start - m.start) <= 160
      && !APART.test(norm.slice(Math.min(p.end, m.end), Math.max(p.start, m.start))));
    const named = new Set(people.map(p => p.id));
    if (named.size < 2) continue;
    const gathering = base.events.find(e => e.id === m.id);
    if (!gathering || gathering.participants.length) continue;
    const held = base.events.filter(e => e.occasion === gathering.id);
    if (!held.length || held.some(e => e.participants.every(p => named.has(p)))) continue;
    const meeting = base.events.find(e => e.id !== gathering.id && e.occasion !== gathering.id && !e.primary && e.participants.length >= 2
      && e.participants.every(p => named.has(p)) && e.kinds.includes('meeting'));
    if (!meeting) continue;
    // (From the gathering to the meeting's people, whichever comes first: either may be the wrong part.)
    const own = people.filter(p => meeting.participants.includes(p.id));
    report(ctx, 'wrong-event', {
      span: { start: Math.min(m.start, ...own.map(p => p.start)), end: Math.max(m.end, ...own.map(p => p.end)) },
      message: `The draft puts ${meeting.name} at ${gathering.name}; the sources hold ${held[0].name} there, and ${meeting.name} apart from it.`,
      fact: `${capital(meeting.name)} did not take place at ${gathering.name}`,
      citations: [...meeting.cite, ...held[0].cite], fixes: [],
    });
    return;
  }
}
const APART = /;|,\s*(?:and|but|then|while)\b|\b(?:later|afterwards|subsequently|then)\b/i;
/** Words that put a meeting at a gathering: "at that same ", "on the sidelines of the ". */
const AT_OCCASION = /\b(?:at|during|(?:on|at)\s+the\s+(?:sidelines|margins|fringes?)\s+of)\s+(?:(?:the|a|an|that|this)\s+(?:same\s+|very\s+)?)?$/i;

/** The event the words at `span` are about, when it is one the sources hold on the sidelines of another, and that occasion. */
function occasionAt(ctx: CheckContext, s: Sentence, span: Span): { best: Candidate; occasion: EventFact } | undefined {
  const best = rankEvents(ctx.analysis, s, span, previousSentence(ctx, s))[0];
  // (A meeting held on the sidelines has a venue; a statement given at an occasion has none and is judged as a remark.)
  if (!best?.event.occasion || !best.event.place || best.score < MIN_SCORE || best.own < 1) return undefined;
  const occasion = ctx.analysis.base.events.find(e => e.id === best.event.occasion);
  return occasion && { best, occasion };
}

function occasionFact(event: EventFact, occasion: EventFact): string {
  return `${capital(event.name)} took place on the sidelines of ${occasion.name}`;
}

/** A name of a known family ("G20", "EU summit", "Eastern Economic Forum") where the evidence points to a sibling. */
function checkFamily(ctx: CheckContext, s: Sentence, m: Mention, name: string): void {
  const fam = eventFamily(name);
  const ranked = rankEvents(ctx.analysis, s, m, previousSentence(ctx, s)).filter(c => familiesOf(c.event).has(fam));
  // The best event the sentence itself speaks for: the main event's bonus alone ("summit") does not name it.
  const best = ranked.find(c => c.own >= 1);
  // A sibling's name is itself evidence of which event is meant, so less else is needed.
  if (!best || best.score < FAMILY_MIN_SCORE || best.score < ranked[0].score - 1.5) return;
  if (m.kind === 'eventName' && m.id === best.event.id) { confirm(ctx, m, best.event.name, best.event.cite); return; }
  if (m.kind === 'eventName') return;
  // "the International Economic Forum of Saint Petersburg" is the known forum named in part.
  // (Abbreviated as a log or a headline writes it: "St Petersburg Intl Economic Forum".)
  const words = (n: string) => new Set((n.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(w => NAME_ABBREVIATIONS[w] ?? w));
  const mine = words(m.text);
  if (best.event.names.some(n => [...mine].every(w => words(n).has(w)))) { confirm(ctx, m, best.event.name, best.event.cite); return; }
  const right = best.event.names.find(n => eventFamily(n) === fam)!;
  report(ctx, 'wrong-event', {
    span: m, message: `The draft names the ${m.text}; the sources speak of ${best.event.name}.`,
    fact: best.event.name, citations: best.event.cite, fixes: [replaceFix(m, right)],
  });
}

/** A name as its event's names write it in capitals when the draft writes an acronym as a word ("Nato" for "NATO"). */
function familyName(base: FactBase, m: Mention): string {
  if (m.kind !== 'eventName' || !/^[A-Z][a-z]{2,5}$/.test(m.text)) return m.text;
  const upper = m.text.toUpperCase();
  return base.events.find(e => e.id === m.id)?.names.includes(upper) ? upper : m.text;
}

export function isFamilyName(name: string): boolean {
  return /^(?:G-?\d{1,2}|Group\s+of\s+\w+|[A-Z]{2,6}(?:-[A-Z]{2,6})?)$/.test(name) || /(?:Forum|Summit|Council|Day|Club)$/.test(name) || /\s(?:forum|summit)$/.test(name);
}

/** Abbreviations of the words of gatherings' names. */
const NAME_ABBREVIATIONS: Record<string, string> = { intl: 'international', int: 'international', econ: 'economic', conf: 'conference' };

const FAMILY_MIN_SCORE = 1.5;
/** "on the sidelines of a …", up to the clause's end or a place ("… in Reykjavik"). */
const SIDELINES_PHRASE = /\b(?:on|at)\s+the\s+(?:sidelines|margins|fringes?)\s+of\s+((?:the|a|an)\s+)([^,.;:()"“”\n]{3,60}?)(?=\s*(?:[,.;:()"“”\n]|$)|\s+(?:in|on)\s+\p{Lu})/u;
const SIDELINES = /\b(?:sidelines|margins|fringes?)\s+of\s+(?:the|a|an)\s+$/i;
const OCCASION = /(?:\bat|\bduring|\b(?:sidelines|margins|fringes?)\s+of)\s+(?:the|a|an)\s+$/i;

/** Where the clause from `from` ends: at a semicolon or a comma before "and", "but" or "while", or at `to`. */
function clauseEnd(norm: string, from: number, to: number): number {
  // (Within a bounded stretch: a run-on sentence's many names do not each read it to its end.)
  const m = LATER_CLAUSE.exec(norm.slice(from, Math.min(to, from + 300)));
  return m ? from + m.index : to;
}
const LATER_CLAUSE = /;|,\s*(?:and|but|while)\s/;

/** Does a quotation start in (from, to)? Quotations are in text order: a binary search. */
function quoteStartsIn(quotes: { start: number }[], from: number, to: number): boolean {
  let lo = 0, hi = quotes.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (quotes[mid].start <= from) lo = mid + 1; else hi = mid; }
  return lo < quotes.length && quotes[lo].start < to;
}
