/**
 * wrong-participant: a person named as meeting, or meeting with, someone at an event the
 * sources give other participants ("Sullivan prepared the details with his counterpart, Sergei Lavrov").
 * The event is chosen from all the sentence's evidence together; a person counts as a
 * participant when the sentence links them to one by "and", "with", "met" or "counterpart".
 */
import { matchesIn } from '../text/scan';
import { quoted, inMarkedQuotation, questionOf, sentenceWords, type Mention, type Sentence, type EventWord } from '../analysis/document';
import { rankEvents, contenders, placeFits, dateAgrees, near, gatheringsAt } from '../analysis/events';
import { roleFits, holdersOf } from '../analysis/roles';
import { display } from './roles';
import type { EventFact, FactBase } from '../facts/model';
import { type CheckContext, report, confirm, replaceFix, previousSentence } from './context';
import { AFTER_PREPOSITION, resolvePronoun } from '../analysis/attribution';
import { capital } from './dates';

// ("Jake Sullivan and Mr Lavrov": an honorific may stand before the second name.)
// ("Putin v Barack Obama": or "v", a sports page's pairing.)
const LINK = /^[\s,]*(?:and|&|with|v\.?|vs\.?|versus|met(?:\s+with)?|meets(?:\s+with)?|meeting(?:\s+with)?|(?:shaking|shook|shakes)\s+hands\s+with|(?:and|with)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?counterpart,?|spoke\s+(?:with|to)|sits\s+down\s+with|sat\s+down\s+with|hosted|hosts)\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/i;
const ANOTHER_MEETING = /\band\s+(?:the|a|an|his|their)\s+(?:[\w-]+\s+)?(?:meeting|talks|call|summit|encounter|conversation)\s+(?:of|between|with)\b/i;
const LOOSE_LINK = /\b(?:with|met|meet|meets|meeting|counterpart|hands|hosts?|hosted|encounter|greet|greets|greeted|greeting|welcomed|welcomes|welcoming)\b/i;
const MIN_EVENT_SCORE = 4;
/** A verb whose object the next name is: "called ", "rang President ". */
const OBJECT_AFTER_VERB = /\b(?:called|calls|rang|rings|phoned|phones|told|tells|asked|asks|urged|urges|invited|invites|pressed|presses|thanked|thanks)\s+(?:(?:Mr|Mrs|Ms|President)\.?\s+)?$/i;
/** A meeting's verb and "with" right before a name: "sat down with Mr ". */
const MET_WITH_BEFORE = /\b(?:met|meet|meets|sat\s+down|sits?\s+down|talked|spoke|shook\s+hands)\s+(?:with\s+)?(?:(?:Mr|Mrs|Ms|President)\.?\s+)?$/i;
const MEETING_VERB = /^\s+(?:(?:last|first|then|had|has|have|also|once)\s+)*(?:met|meets|sat\s+down|sits\s+down|held\s+talks|shook\s+hands)\b/i;

export function checkParticipants(ctx: CheckContext): void {
  for (const s of ctx.analysis.sentences) {
    if (s.end <= ctx.from) continue;
    checkNamedEventObjects(ctx, s);
    checkRallyFor(ctx, s);
    checkAgents(ctx, s);
    const people = peopleIn(s);
    if (people === 1 && s.end - s.start <= 60) checkAnsweredWho(ctx, s);
    if (people >= 1) { checkWithPlacedMeeting(ctx, s); checkMetAtOnlyPlace(ctx, s); checkCounterpartOfPronoun(ctx, s); checkThatWas(ctx, s); }
    // A clause needs two people: most sentences are settled without splitting them.
    if (people < 2) continue;
    checkSentence(ctx, s);
  }
}

/** Confirms `m` as one of the event's people, or reports it, with the person a fix should name when there is one. */
function judgeParticipant(ctx: CheckContext, m: Mention, event: EventFact, right: { name: string } | undefined): void {
  const { base } = ctx.analysis;
  if (m.kind === 'person' && event.participants.includes(m.id)) { confirm(ctx, m, `${capital(event.name)}: ${names(base, event)}`, event.cite); return; }
  report(ctx, 'wrong-participant', {
    span: m,
    message: `The draft has ${m.text} at ${event.name}; the sources give ${names(base, event)}.`,
    fact: `${capital(event.name)}: ${names(base, event)}`,
    citations: event.cite,
    fixes: right ? [replaceFix(m, right.name)] : [],
  });
}

/**
 * "**Front:** Who did Biden, then vice president, shake hands with in Moscow on 10 March 2011? **Back:** Dmitry
 * Medvedev.": a name alone answering "Who …?" about a meeting whose other people the question names is a participant.
 */
function checkAnsweredWho(ctx: CheckContext, s: Sentence): void {
  const { base, norm } = ctx.analysis;
  const answer = s.mentions.find(m => m.kind === 'person' || m.kind === 'unknownPerson');
  if (!answer || /[\p{L}\p{N}]/u.test(norm.slice(answer.end, s.end).replace(/^[\s.,;*_]+/, '').slice(0, 1))) return;
  const q0 = questionOf(ctx.analysis, s);
  if (!q0 || !WHO_ASKED.test(norm.slice(q0.start, q0.end))) return;
  // ("Before the summit, … Jake Sullivan met his Russian counterpart to discuss the details of the encounter. Who was it?":
  // a short question naming no one asks about the sentence before it in its paragraph.)
  const setUp = q0.end - q0.start <= 40 && !q0.mentions.some(m => m.kind === 'person') && q0.index > 0 && ctx.analysis.sentences[q0.index - 1].block === q0.block ? ctx.analysis.sentences[q0.index - 1] : undefined;
  const q = setUp ?? q0;
  const asked = q.mentions.filter(m => m.kind === 'person');
  if (!asked.length) return;
  // (Of the events the question ranks, those with every person it names: "Who settled the final details with National
  // Security Advisor Jake Sullivan?" asks about his meeting, whatever else "the details" may rank.)
  const best = contenders(rankEvents(ctx.analysis, q, { start: q.end, end: q.end }, undefined))
    .filter(c => c.event.participants.length >= 2 && asked.every(m => c.event.participants.includes(m.id)));
  // (The people asked about vouch for the event: less is asked of the rest.)
  if (best.length !== 1 || best[0].score < MIN_EVENT_SCORE - 2) return;
  const event = best[0].event;
  const missing = event.participants.filter(p => !asked.some(m => m.id === p));
  judgeParticipant(ctx, answer, event, missing.length === 1 ? base.people.find(p => p.id === missing[0]) : undefined);
}
/**
 * "The last summit was in Helsinki in July 2018, with Barack Obama": a person the base does not know, "with" (or
 * "across the table from", "v") after the place and date of a meeting of two, is taken for its other side. Only when
 * the sentence names no other such person, and no known one who was not at that meeting (known people are judged with
 * the sentence's other names); and not after "since" or "before": "the first summit since Helsinki in July 2018 with …"
 * speaks of another meeting.
 */
function checkWithPlacedMeeting(ctx: CheckContext, s: Sentence): void {
  const { base, norm } = ctx.analysis;
  let m: Mention | undefined;
  for (const x of s.mentions) if (x.kind === 'unknownPerson') { if (m) return; m = x; }
  if (!m || quoted(ctx.analysis, m)) return;
  const lead = norm.slice(Math.max(s.start, m.start - 40), m.start);
  // ("Helsinki, July 2018. Putin and Obama.", "(Putin–Obama, Helsinki)": or paired with a participant by "and" or a dash.)
  const paired = PAIRED_BEFORE.test(lead) && s.mentions.some(x => x.kind === 'person' && x.end <= m.start && m.start - x.end <= 7 && PAIRED_BEFORE.test(norm.slice(x.end, m.start)));
  if (!WITH_BEFORE.test(lead) && !paired) return;
  const before = { start: s.start, end: m.start };
  // (The place and date may be the sentence before, in the same paragraph, and all it says: "Helsinki, Finland, July
  // 2018. That was Putin with Barack Obama.")
  const prev = s.index > 0 ? ctx.analysis.sentences[s.index - 1] : undefined;
  const heading = prev && prev.block === s.block && placeAndDateOnly(ctx, prev) ? prev : undefined;
  let placed = base.events.filter(e => e.participants.length >= 2 && placedAndDated(ctx, s, before, e));
  if (!placed.length && heading) placed = base.events.filter(e => e.participants.length >= 2 && placedAndDated(ctx, heading, heading, e));
  if (!placed.length && paired) placed = base.events.filter(e => e.participants.length >= 2 && placedAndDated(ctx, s, s, e));
  if (placed.length !== 1) return;
  const event = placed[0];
  // (A pair names the meeting's two sides: one of them is the event's.)
  if (paired && !s.mentions.some(x => x.kind === 'person' && event.participants.includes(x.id))) return;
  // ("Putin last sat down with an American president in Helsinki, …, with Barack Obama": the others named are its own.)
  if (s.mentions.some(x => x.kind === 'person' && !event.participants.includes(x.id))) return;
  const from = Math.min(...near(s.mentions, before).filter(x => x.kind === 'place' && x.venue && x.start >= s.start && x.end <= m.start).map(x => x.start));
  if (/\b(?:since|before|until|after|unlike)\b/i.test(norm.slice(Math.max(s.start, from - 30), m.start))) return;
  reportUnknownAt(ctx, m, event);
}

/** Reports `m`, someone the base does not know, as at `event`, whose people the sources give. */
function reportUnknownAt(ctx: CheckContext, m: Mention, event: EventFact): void {
  const { base } = ctx.analysis;
  report(ctx, 'wrong-participant', {
    span: m,
    message: `The draft has ${m.text} at ${event.name}; the sources give ${names(base, event)}.`,
    fact: `${capital(event.name)}: ${names(base, event)}`,
    citations: event.cite,
    fixes: [],
  });
}
/**
 * "Lavrov met Iranian President Hassan Rouhani in Tehran", "pictured … in Tehran with Iranian President Hassan Rouhani": a
 * person the base does not know, met (or "with") at a place where the sources hold one meeting of two and no other,
 * is taken for that meeting's other side when the sentence names no one of any other meeting.
 */
function checkMetAtOnlyPlace(ctx: CheckContext, s: Sentence): void {
  const { base, norm } = ctx.analysis;
  let m: Mention | undefined;
  for (const x of s.mentions) if (x.kind === 'unknownPerson') { if (m) return; m = x; }
  if (!m || quoted(ctx.analysis, m) || !MET_BEFORE.test(norm.slice(Math.max(s.start, m.start - 40), m.start))) return;
  for (const p of near(s.mentions, m)) {
    if (p.kind !== 'place' || !p.venue || Math.abs(p.start - m.start) > 90 || /;/.test(norm.slice(Math.min(p.end, m.end), Math.max(p.start, m.start)))) continue;
    const held = base.events.filter(e => e.participants.length === 2 && !!e.place && placeFits(base, p.id, e.place));
    if (held.length !== 1) continue;
    const event = held[0];
    if (!s.mentions.some(x => x.kind === 'person' && !event.participants.includes(x.id))) reportUnknownAt(ctx, m, event);
    return;
  }
}
/** Before the one met: "met Iranian President ", "a meeting with ", "in Tehran with ". */
const MET_BEFORE = /\b(?:met|meets|meeting|talks|sat\s+down|with)\s+(?:with\s+)?(?:(?:the\s+)?(?:[A-Z][\w'’.-]*|then|former)\s+){0,3}$/;

/** "Putin and ", "Putin–", "Putin v ": a pair's first name before. */
const PAIRED_BEFORE = /(?:\s+and\s+|\s*[–—]\s*|\s+v\.?\s+|\s+vs\.?\s+)$/;

/** Is the sentence a place and a date and nothing else ("Helsinki, Finland, July 2018.", "In July 2018, in Helsinki.")? */
function placeAndDateOnly(ctx: CheckContext, s: Sentence): boolean {
  if (s.end - s.start > 60 || s.dates.length !== 1 || !s.mentions.length) return false;
  let rest = ctx.analysis.norm.slice(s.start, s.end);
  for (const x of [...s.mentions, ...s.dates].sort((a, b) => b.start - a.start)) {
    if ('kind' in x && x.kind !== 'place' && x.kind !== 'unknownPlace') return false;
    rest = rest.slice(0, x.start - s.start) + rest.slice(x.end - s.start);
  }
  return !/\p{L}/u.test(rest.replace(/\b(?:in|on|at)\b/gi, ''));
}

const WITH_BEFORE = /(?:\bwith|\bacross\s+the\s+table\s+from|\bopposite|\bv\.?|\bvs\.?|\bversus)\s+(?:(?:then|former|then-President|President|US|U\.S\.|American|Mr\.?)\s+)*$/i;

/** A question about who: "Who did Biden … shake hands with …?", "With whom did …?" (after a card's or item's label). */
// ("Jake Sullivan, the National Security Advisor, met which Russian official to settle the details?": or "which" and a
// word for a person, later in the question.)
// ("Which former US president did Putin meet in Helsinki …?": or which person of a kind.)
const WHO_ASKED = /^[^\p{L}]*(?:\d+\.\s*)?(?:Front\s*:\s*|Q\s*:\s*)?(?:Who|With\s+whom|Which\s+(?:[A-Za-z.-]+\s+){0,3}(?:president|leader|official|minister|diplomat|counterpart|person|man|politician|secretary|adviser|advisor)\s+(?:did|had|has|was|were|is)\b)|\b(?:met|meet|meets|greeted|greets)\s+(?:with\s+)?which\s+(?:[A-Za-z-]+\s+)?(?:official|minister|diplomat|leader|person|counterpart|man|politician)\b/iu;

/** The people right before and right after each of `words` (in text order): whom a relational word relates. */
function beside(norm: string, people: Mention[], words: EventWord[]): Mention[] {
  const out = new Set<Mention>();
  for (const w of words) {
    let last: Mention | undefined, before: Mention | undefined;
    for (const m of people) if (m.end <= w.start) { before = last; last = m; }
    // "Nikolay Patrushev (his counterpart), Dmitry Peskov (…)": a counterpart in brackets after a name is that name's
    // gloss; "his" is the name before it, and the next name is another entry.
    const glossed = /^[^()\n]{0,12}\)/.test(norm.slice(w.end, w.end + 13));
    const next = glossed ? before : people.find(m => m.start >= w.end);
    if (last) out.add(last);
    if (next) out.add(next);
  }
  return people.filter(m => out.has(m));
}

/** How many people the sentence names (known or not), counted without a list of them. */
function peopleIn(s: Sentence): number {
  let n = 0;
  for (const m of s.mentions) if (m.kind === 'person' || m.kind === 'unknownPerson') n++;
  return n;
}

function checkSentence(ctx: CheckContext, s: Sentence): void {
  const { base } = ctx.analysis;
  const parts = clauses(ctx.analysis.norm, s);
  for (const [i, clause] of parts.entries()) {
    // "Biden's predecessor" names no participant, but "Putin's July 2018 encounter with …" does.
    const possessive = (m: Mention) => /^'s?\b/.test(ctx.analysis.norm.slice(m.end, m.end + 2)) && !/^'s?\s+(?:[\w-]+\s+){0,3}(?:meeting|encounter|talks|summit|call|visit|session|sit-down|conversation)\b/i.test(ctx.analysis.norm.slice(m.end, m.end + 50));
    // (Only the mentions near the clause are tried: a run-on sentence of many clauses stays linear.)
    // (Not a name inside a quotation: someone's words, or a headline's.)
    // (Nor a photographer's credit: "(Saul Loeb / Reuters)".)
    // (Or in brackets after a word for a picture: "Reuters photo (Saul Loeb) has …".)
    const credit = (m: Mention) => PHOTO_CREDIT.test(ctx.analysis.norm.slice(m.end, m.end + 24)) || CREDIT_AGENCY_BEFORE.test(ctx.analysis.norm.slice(Math.max(0, m.start - 24), m.start)) || PICTURE_BY.test(ctx.analysis.norm.slice(Math.max(0, m.start - 24), m.start))
      || (PICTURE_BRACKET.test(ctx.analysis.norm.slice(Math.max(0, m.start - 24), m.start)) && ctx.analysis.norm[m.end] === ')');
    // (Nor the one the sentence's news is credited to at its end: "Biden and Putin will meet in Geneva on June 16, White
    // House press secretary Jen Psaki announces.")
    // (Nor the subject of the main clause's verb of saying after a fronted clause: "After the two top diplomats, Antony
    // Blinken and Sergei Lavrov, met in Reykjavik, Iceland, Kremlin spokesman Dmitry Peskov said …".)
    const sayer = (m: Mention) => SAYER_AFTER_COMMA.test(ctx.analysis.norm.slice(Math.max(s.start, m.start - 60), m.start))
      && (CLOSING_SAYER.test(ctx.analysis.norm.slice(m.end, Math.min(s.end, m.end + 40)))
        || (FRONTED_CLAUSE.test(ctx.analysis.norm.slice(s.start, s.start + 16)) && MAIN_SAYING.test(ctx.analysis.norm.slice(m.end, m.end + 24))));
    const people = near(s.mentions, clause).filter(m => (m.kind === 'person' || m.kind === 'unknownPerson') && m.start >= clause.start && m.end <= clause.end && !possessive(m) && !inMarkedQuotation(ctx.analysis, m) && !credit(m) && !sayer(m));
    if (people.length < 2) continue;
    // A meeting held on the sidelines of a larger one ("… at the Arctic Council ministerial") is what names its people.
    // A coordinate clause speaks of its own event ("Blinken and Lavrov met in Reykjavik, and Sullivan …"): the evidence
    // beyond ", and" or ";" is not this clause's. A "when" clause still belongs to the one before it.
    const norm = ctx.analysis.norm;
    const coordinate = (at: number) => COORDINATE.test(norm.slice(at, at + 8));
    // So does a "since"/"when" clause that places its own meeting ("…, the first summit since Putin met Trump in Helsinki").
    const ownVenue = SUBORDINATE.test(norm.slice(clause.start, clause.start + 10)) && s.mentions.some(m => m.venue && m.start >= clause.start && m.end <= clause.end);
    const cutBefore = coordinate(clause.start) || ownVenue, cutAfter = clause.end < s.end && coordinate(clause.end);
    // (A "when" clause is ranked with the clause it hangs on: "The final details were discussed later, when Jake Sullivan
    // met Sergei Lavrov" speaks of the meeting whose words the first clause holds.)
    // (Only a clause with a word for an event of its own: ", and then when …" hangs on nothing.)
    const hangsOn = i > 0 && !cutBefore && WHEN.test(norm.slice(clause.start, clause.start + 8)) && near(s.words, parts[i - 1]).some(w => w.start >= parts[i - 1].start && w.end <= parts[i - 1].end && w.events.length) ? parts[i - 1] : undefined;
    const target = hangsOn ? { start: hangsOn.start, end: clause.end } : clause;
    const all = rankEvents(ctx.analysis, s, target, previousSentence(ctx, s), x => x.start >= s.start && x.end <= s.end && ((cutBefore && x.end <= clause.start) || (cutAfter && x.start >= clause.end)));
    const occasions = new Set(all.map(c => c.event.occasion).filter(Boolean));
    // (Less evidence will do when the clause gives the event's own place and date: "…, in Helsinki, in July 2018".)
    const ranked = contenders(all.filter(c => !occasions.has(c.event.id)), 0.01)
      .filter(c => c.event.participants.length >= 2 && (c.score >= MIN_EVENT_SCORE || placedAndDated(ctx, s, clause, c.event)));
    // "Jake Sullivan … met Sergei Lavrov to discuss the final details": between meetings of one named person each, the
    // one a word of the clause names alone ("details") is the meeting spoken of.
    // (A "when" clause reads the words of the clause it hangs on too: "The final details … were discussed later, when …".)
    const from = i > 0 && WHEN.test(norm.slice(clause.start, clause.start + 8)) ? parts[i - 1].start : clause.start;
    // (Not when another of them is placed in the clause: "Blinken and Lavrov in Reykjavik, then Jake Sullivan and …
    // Patrushev settling the details" lists two meetings.)
    const ownWord = ranked.length > 1 ? ranked.filter(c => near(s.words, clause).some(w => w.events.length === 1 && w.events[0] === c.event.id && w.start >= from && w.end <= clause.end && !w.quoted)) : ranked;
    // "Jake Sullivan met his Russian counterpart, Sergei Lavrov": the name after "his counterpart" is said to be the first
    // one's counterpart, so the meeting is the one where the first has a counterpart, whichever the sentence before spoke of.
    // (So, when the clause's words speak for several events: "Patrushev, who discussed the details of the Geneva encounter
    // with his US counterpart, …".)
    const pair = counterpartPair(ctx, clause, people);
    const pairOwn = pair && all.find(c => c.event.participants.length === 2 && c.event.participants.includes(pair.owner.id) && c.event.kinds.includes('counterpart'))?.event;
    // (Not when the clause names one's counterpart in the other: "the details of the Geneva encounter with his US counterpart"
    // places the encounter prepared, not the talks.)
    if (ownWord.length === 1 && ranked.length > 1 && pairOwn !== ownWord[0].event && ranked.some(c => c !== ownWord[0] && placedIn(ctx, s, { start: from, end: clause.end }, c.event))) continue;
    if (ownWord.length !== 1 && !(pairOwn && pair && COUNTERPART_WITH.test(norm.slice(pair.owner.end, pair.named.start)))) continue;
    let event = ownWord.length === 1 ? ownWord[0].event : pairOwn!;
    // ("There, at the Harpa concert hall, Mr Blinken greeted his Russian counterpart, Nikolay Patrushev": the clause places
    // another meeting of one of its people, and "counterpart" alone speaks for this one: which name is wrong is not settled.)
    if (all.some(c => c.event !== event && c.event.participants.length >= 2 && people.some(p => c.event.participants.includes(p.id)) && placedIn(ctx, s, { start: from, end: clause.end }, c.event))
      && !near(s.words, clause).some(w => w.start >= from && w.end <= clause.end && w.events.includes(event.id) && w.word !== 'counterpart' && w.word !== 'counterparts')) continue;
    // "…met at the Harpa concert hall in Reykjavik. Final arrangements were then handled by Jake Sullivan, who met
    // Sergei Lavrov to discuss the details": the sentence's own words speak for another meeting, of one of its people,
    // than the sentence before does: which name is wrong is not settled, unless the words are that meeting's own.
    const ownBest = all.reduce<typeof all[number] | undefined>((b, c) => (!occasions.has(c.event.id) && c.event.participants.length >= 2 && (!b || c.own > b.own) ? c : b), undefined);
    if (ownBest && ownBest.event !== event && ownBest.own > ranked[0].own && people.some(m => ownBest.event.participants.includes(m.id))) {
      // (When the sentence's own words are the other meeting's own — "the details", "the arrangements" — it is that one.)
      const words = sentenceWords(ctx.analysis, s);
      if (!ownBest.event.kinds.some(k => words.has(k) && !event.kinds.includes(k)) || ownBest.score < MIN_EVENT_SCORE) continue;
      event = ownBest.event;
    }
    // (Whoever the other is, when the clause has the first do something "with his counterpart": the event the clause's words
    // speak for, without him, is what they prepared.)
    if (pair && pairOwn && !event.participants.includes(pair.owner.id) && (event.participants.includes(pair.named.id) || COUNTERPART_WITH.test(norm.slice(pair.owner.end, pair.named.start)))) event = pairOwn;
    // The clause itself must speak of the event (a word, name, place or date of it): "…, avoided conflicts with Mr Putin" does not.
    // A "when" clause takes its time and place from the clause it hangs on ("…was in Helsinki in July 2018, when Putin sat down with …").
    if (!clauseSpeaksOf(ctx, s, clause, event.id) && !(i > 0 && WHEN.test(norm.slice(clause.start, clause.start + 8)) && clauseSpeaksOf(ctx, s, parts[i - 1], event.id))) continue;
    // "The helpers are Blinken, Peskov, Jake Sullivan, his counterpart Nikolay Patrushev and Jen Psaki": when "counterpart"
    // is all that speaks of the event, it relates the names on either side of it, not a whole list.
    const ofEvent = near(s.words, clause).filter(w => w.start >= clause.start && w.end <= clause.end && w.events.includes(event.id));
    const relational = ofEvent.length > 0 && ofEvent.every(w => w.word === 'counterpart' || w.word === 'counterparts');
    const named = relational ? beside(ctx.analysis.norm, people, ofEvent) : people;
    let inside = named.filter(m => m.kind === 'person' && event.participants.includes(m.id));
    // ("Blinken and Lavrov spoke by phone on 26 January": with none of its people named, an event dated to its very day
    // in the clause, and named there by a word of its own, is still the one spoken of; the names stand for each other.)
    const dayDated = !inside.length && !!event.date?.day && near(s.dates, clause).some(d => d.start >= clause.start && d.end <= clause.end && d.day === event.date!.day && d.month === event.date!.month)
      && near(s.words, clause).some(w => w.start >= clause.start && w.end <= clause.end && w.events.length === 1 && w.events[0] === event.id);
    if (!inside.length && !dayDated) continue;
    // ("… through the Blinken–Lavrov meeting in Reykjavik, to the talks between … Jake Sullivan and his counterpart, Nikolay
    // Patrushev": the clause names every person of another meeting, and a word of that one; they are that meeting's.)
    const otherWhole = all.map(c => c.event).find(e => e !== event && e.participants.length >= 2 && e.participants.every(p => named.some(x => x.kind === 'person' && x.id === p))
      && near(s.words, clause).some(w => w.start >= clause.start && w.end <= clause.end && w.events.includes(e.id) && !w.events.includes(event.id)));
    // ("the April phone call in which Biden suggested meeting, the Reykjavik talks between Antony Blinken and Sergei Lavrov",
    // "a meeting of Antony Blinken and Sergei Lavrov":
    // a word of the event with "between" and all its people names them; someone named outside the phrase is another item's.)
    const between = event.participants.every(p => inside.some(x => x.id === p)) && near(s.words, clause).some(w => w.start >= clause.start && w.end <= clause.end && w.events.includes(event.id) && /^\s+(?:between|of)\s/i.test(norm.slice(w.end, w.end + 10)));
    for (const m of named) {
      if (m.kind === 'person' && event.participants.includes(m.id)) { confirm(ctx, m, `${capital(event.name)}: ${names(base, event)}`, event.cite); continue; }
      if (m.kind === 'person' && otherWhole?.participants.includes(m.id)) continue;
      if (between && !BETWEEN_PEOPLE_GAP.test(norm.slice(Math.max(...inside.map(x => x.end)), m.start))) continue;
      if (dayDated) inside = named.filter(x => x !== m);
      if (!linked(ctx, m, inside) || variantOf(m, inside) || ofPlacedGathering(ctx, s, m) || datedOtherMeeting(ctx, s, people, event)) continue;
      const missing = event.participants.filter(p => !people.some(x => x.id === p));
      const replacement = missing.length === 1 ? base.people.find(p => p.id === missing[0]) : undefined;
      const span = replacement ? replacedSpan(base, s, m, replacement.id) : m;
      report(ctx, 'wrong-participant', {
        span: withRolePrefix(s, m),
        message: `The draft has ${m.text} at ${event.name}; the sources give ${names(base, event)}.`,
        fact: `${capital(event.name)}: ${names(base, event)}`,
        citations: event.cite,
        fixes: replacement ? [replaceFix(span, span.start < m.start ? withRole(base, replacement.id) : replacement.name)] : [],
      });
    }
  }
}

/** From the first of a meeting's people named after "between" to another name that joins them: " and ", ", ". */
const BETWEEN_PEOPLE_GAP = /^(?:,\s*|\s+and\s+|\s+as\s+well\s+as\s+)$/;
/** After a name, the verb of saying that ends its sentence: " announces.", " has said". */
const CLOSING_SAYER = /^\s+(?:has\s+|had\s+|have\s+)?(?:announced|announces|said|says|confirmed|confirms|reported|reports|added|adds|told\s+reporters|wrote|writes|tweeted)[\s*_]*[.!]?[\s*_]*$/i;
/** A sentence that opens with a subordinate clause of time: "After …", "When …". */
const FRONTED_CLAUSE = /^[^\p{L}]*(?:after|before|when|once|as\s+soon\s+as|shortly\s+after)\s/iu;
/** After a name, a verb of saying with more to come: " said Biden …", " told reporters". */
const MAIN_SAYING = /^\s+(?:has\s+|had\s+)?(?:said|says|told|tells|warned|declared|insisted|noted|added|replied)\b/i;
/** Before it, a comma and at most a title: ", White House press secretary ". */
const SAYER_AFTER_COMMA = /,\s*(?:[\w.'’-]+\s+){0,5}$/;

/** "OWNER met his (Russian) counterpart, NAMED": the two people, when the clause joins them so, with nothing else between. */
function counterpartPair(ctx: CheckContext, clause: { start: number; end: number }, people: Mention[]): { owner: Mention; named: Mention } | undefined {
  const { norm } = ctx.analysis;
  for (let i = 1; i < people.length; i++) {
    const owner = people[i - 1], named = people[i];
    if (owner.kind !== 'person' || named.kind !== 'person' || owner.start < clause.start || named.end > clause.end || named.start - owner.end > 120) continue;
    const between = norm.slice(owner.end, named.start);
    if ((named.start - owner.end <= 80 && COUNTERPART_PAIR.test(between)) || COUNTERPART_WITH.test(between)) return { owner, named };
  }
  return undefined;
}
/**
 * "This week he and his counterpart, Sergei Lavrov, went over the final details", "The national security adviser worked
 * through the details with his Russian counterpart, Sergei Lavrov": "his counterpart" when the one it is said of is not
 * named in the sentence (a pronoun or a title stands for him). That person's one meeting with a counterpart is the one
 * the name is given for.
 */
function checkCounterpartOfPronoun(ctx: CheckContext, s: Sentence): void {
  const { base, norm } = ctx.analysis;
  for (const m of s.mentions) {
    if (m.kind !== 'person') continue;
    const before = norm.slice(Math.max(s.start, m.start - 130), m.start);
    const hit = COUNTERPART_OF_PRONOUN.exec(before);
    if (!hit) continue;
    const at = m.start - before.length + hit.index;
    const owner = resolvePronoun(ctx.analysis, /^his$/i.test(hit[1]) ? 'he' : 'she', at)?.id;
    if (!owner || owner === m.id || s.mentions.some(x => x.kind === 'person' && x.id === owner && x.start < at)) continue;
    const meetings = base.events.filter(e => e.kinds.includes('counterpart') && e.participants.length === 2 && e.participants.includes(owner));
    if (meetings.length !== 1) continue;
    const event = meetings[0];
    judgeParticipant(ctx, m, event, base.people.find(p => p.id === event.participants.find(x => x !== owner)));
  }
}
/**
 * "Helsinki, Finland, July 2018. That was Barack Obama, folks": "That was X" after a sentence of a meeting's place and
 * date (or one naming it) says X was at that meeting.
 */
function checkThatWas(ctx: CheckContext, s: Sentence): void {
  const { base, norm } = ctx.analysis;
  const open = THAT_WAS_OPENING.exec(norm.slice(s.start, s.start + 24));
  if (!open) return;
  const m = s.mentions.find(x => x.start === s.start + open[0].length && (x.kind === 'person' || x.kind === 'unknownPerson'));
  const prev = s.index > 0 ? ctx.analysis.sentences[s.index - 1] : undefined;
  if (!m || !prev || prev.block !== s.block || s.start - prev.end > 4) return;
  // (Not a cleft: "It was Jen Psaki, the White House …, who announced it" says who did something else.)
  if (/^\s*(?:,[^,;.]{1,60},\s*)?(?:who|whom|that)\b/i.test(norm.slice(m.end, Math.min(s.end, m.end + 80)))) return;
  const ranked = contenders(rankEvents(ctx.analysis, prev, { start: prev.end, end: prev.end }, undefined)).filter(c => c.event.participants.length >= 2);
  if (ranked.length !== 1 || ranked[0].score < MIN_EVENT_SCORE || !placedIn(ctx, prev, prev, ranked[0].event)) return;
  const event = ranked[0].event;
  // (One of the meeting's people named in the sentence before: the one "that" was is the other.)
  const named = prev.mentions.filter(x => x.kind === 'person' && event.participants.includes(x.id));
  const missing = event.participants.filter(p => !named.some(x => x.id === p));
  judgeParticipant(ctx, m, event, missing.length === 1 ? base.people.find(p => p.id === missing[0]) : undefined);
}
const THAT_WAS_OPENING = /^[\s*_]*(?:That|It|This)\s+was\s+/;

// (Or with a copula: "His counterpart in the talks that settled the final details … was Sergei Lavrov".)
const COUNTERPART_OF_PRONOUN = /\b(his|her)\s+(?:(?:Russian|American|US|U\.S\.|opposite)\s+)?(?:counterpart|number)(?:,?\s+|\b[^.;:"“”]{0,90}?\s+(?:was|is)\s+)$/i;

/**
 * ", who discussed the details of the Geneva encounter with his US counterpart, Secretary of State ": an act done "with his
 * counterpart", then the counterpart's title at most before the name.
 */
const COUNTERPART_WITH = /^(?:\s*,\s*who)?\s+[a-z]+(?:ed|ent|ook|at|oke)\b[^.;:!?"“”()]{0,80}?\swith\s+(?:his|her)\s+(?:[A-Za-z-]+\s+)?counterpart\s*,?\s+(?:(?:[A-Z][a-z]+|of)\s+){0,4}$/;
const COUNTERPART_PAIR = /^\s+(?:(?:then|later|also|finally)\s+)?(?:met|meets|met\s+with|meets\s+with|sat\s+down\s+with|spoke\s+(?:with|to)|talked\s+(?:with|to)|held\s+talks\s+with)\s+(?:his|her)\s+(?:[A-Za-z-]+\s+)?counterpart,?\s+$/i;

/**
 * "- **July 2018.** Putin meets US President Donald Trump in Hamburg, Germany.": every person of another meeting is
 * named, and a date of the sentence, or its entry's date label, is that meeting's: the sentence tells of that meeting.
 */
function datedOtherMeeting(ctx: CheckContext, s: Sentence, people: Mention[], event: EventFact): boolean {
  const { base, norm } = ctx.analysis;
  const prev = s.index > 0 ? ctx.analysis.sentences[s.index - 1] : undefined;
  const label = prev && prev.dates.length === 1 && !/[\p{L}\p{N}]/u.test(norm.slice(prev.start, prev.end).replace(norm.slice(prev.dates[0].start, prev.dates[0].end), '')) ? prev.dates[0] : undefined;
  const dates = label ? [...s.dates, label] : s.dates;
  return base.events.some(e => e !== event && !!e.date && e.participants.length >= 2 && e.participants.every(p => people.some(m => m.id === p)) && dates.some(d => dateAgrees(d, e.date!)));
}

/**
 * "… stacks up against the Helsinki summit with Donald Trump": a person "with" whom a gathering named by its place
 * was held, when the sources hold such a gathering there with that person, is of that gathering.
 */
function ofPlacedGathering(ctx: CheckContext, s: Sentence, m: Mention): boolean {
  const { norm, base } = ctx.analysis;
  const word = s.words.find(w => w.end <= m.start && m.start - w.end <= 8 && w.events.length && /^\s+with\s+$/i.test(norm.slice(w.end, m.start)));
  const place = word && s.mentions.find(p => p.kind === 'place' && p.end <= word.start && word.start - p.end <= 2 && /^\s+$/.test(norm.slice(p.end, word.start)));
  if (!word || !place) return false;
  return gatheringsAt(base, place.id, word).some(e => e.participants.includes(m.id));
}

/** Is the sentence the answer to a question about the summit or meeting ("Whose idea was the summit?")? */
function answersAbout(ctx: CheckContext, s: Sentence): boolean {
  const q = questionOf(ctx.analysis, s);
  return !!q && /\b(?:summit|meeting)\b/i.test(ctx.analysis.norm.slice(q.start, q.end));
}

/**
 * A sentence's clauses: "…, when Putin met Trump in Helsinki" speaks of another event than the main clause, and so does
 * "… in a way Mr Biden has not, having told Mr Putin in their first call …".
 */
function clauses(norm: string, s: Sentence): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = s.start;
  for (const m of matchesIn(CLAUSE, norm, s.start, s.end)) {
    // ("Jake Sullivan, the US National Security Advisor, and Russian Foreign Minister Sergei Lavrov met …": an apposition's
    // closing comma before "and" and the second of two who meet joins them; it opens no clause.)
    if (/^,\s*and\b/i.test(m[0]) && APPOSED_BEFORE_AND.test(norm.slice(Math.max(s.start, m.index - 80), m.index)) && SECOND_WHO_MEETS.test(norm.slice(m.index, m.index + 80))) continue;
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index;
  }
  out.push({ start, end: s.end });
  return out;
}

/** "Jake Sullivan, the US National Security Advisor": a name and the title set after it, before the closing comma. */
const APPOSED_BEFORE_AND = /[A-Z][\w.'’-]*,\s+the\s+(?:[\w.'’-]+\s+){0,5}[\w.'’-]+$/;
/** ", and Russian Foreign Minister Sergei Lavrov met": a second name, a title at most before it, and a verb of meeting. */
const SECOND_WHO_MEETS = /^,\s*and\s+(?:[A-Z][\w.'’-]*\s+){1,6}(?:met|meet|meets|held\s+talks|spoke|talked|sat\s+down)\b/;
const WHEN = /^[\s,]*when\b/i;
/** A word for a picture and an opening bracket: "photo (", "picture (". */
const PICTURE_BRACKET = /\b(?:photo(?:graph)?|picture|image|shot)\s*\(\s*$/i;
const COORDINATE = /^(?:;|—|,\s*(?:and|but)\b)/i;
// ", and his Russian counterpart, …" joins a second participant, not a second clause.
const SUBORDINATE = /^[\s,]*(?:since|when|after|before)\b/i;
// ("has since met": "since" as an adverb opens no clause.)
// (Not the ", and" of a list "between" which something is: "worked out between the national security adviser, Jake
// Sullivan, and Sergei Lavrov".)
const CLAUSE = /;|—|(?<!\bbetween\s+(?:the\s+|his\s+|her\s+)?[a-z][a-z -]{1,40},\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),\s*(?:and(?!\s+(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?\b)|but|when|while|since|after|before|whereas|unlike)\b|\b(?:(?<!\b(?:has|have|had)\s+)since|when|while|whereas|unlike|in\s+(?:a|the)\s+way)\b/gi;

const AFTER_QUOTE_AND_NAME = /["”»][\s*_]*,?\s*(?:[A-Z][\w'’.-]*\s+){1,3}$/;

/** Does the clause give the event's place (as a venue) and a date of the event's, with a month? */
function placedAndDated(ctx: CheckContext, s: Sentence, clause: { start: number; end: number }, e: EventFact): boolean {
  return !!e.date && placedIn(ctx, s, clause, e) && near(s.dates, clause).some(d => d.start >= clause.start && d.end <= clause.end && !!d.month && dateAgrees(d, e.date!));
}

/** Does the stretch name the event's place as a venue? */
function placedIn(ctx: CheckContext, s: Sentence, span: { start: number; end: number }, e: EventFact): boolean {
  return !!e.place && near(s.mentions, span).some(m => m.kind === 'place' && m.venue && m.start >= span.start && m.end <= span.end && placeFits(ctx.analysis.base, m.id, e.place!));
}

function clauseSpeaksOf(ctx: CheckContext, s: Sentence, clause: { start: number; end: number }, id: string): boolean {
  const e = ctx.analysis.base.events.find(x => x.id === id)!;
  const inside = (x: { start: number; end: number }) => x.start >= clause.start && x.end <= clause.end;
  return near(s.words, clause).some(w => inside(w) && w.events.includes(id))
    // (A place as a venue: "called Russia the greatest threat" does not speak of a meeting in Moscow.)
    || near(s.mentions, clause).some(m => inside(m) && ((m.kind === 'eventName' && m.id === id) || (m.kind === 'place' && m.venue && !!e.place && placeFits(ctx.analysis.base, m.id, e.place))))
    || near(s.dates, clause).some(d => inside(d) && !!e.date && dateAgrees(d, e.date) && !!(d.month || d.year));
}

/** "… with his Russian counterpart, ", "… counterpart, Secretary of State ": the word, and a title at most, before a name. */
const COUNTERPART_END = /\bcounterpart,?\s*(?:(?:[A-Z][a-z]+|of)\s+){0,4}$/;
/**
 * A name the base does not know that may be a participant's own, written another way: in another script
 * ("Николай Патрушев") or spelled as another language does ("Nikolaï Patrouchev" beside "Nikolay Patrushev").
 */
function variantOf(m: Mention, inside: Mention[]): boolean {
  if (m.kind !== 'unknownPerson') return false;
  if (/[^\u0000-\u024F\u2000-\u206F]/.test(m.text)) return true;
  const surname = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/\s+/).pop()!.slice(0, 5);
  const own = surname(m.text);
  return own.length >= 4 && inside.some(p => surname(p.text) === own);
}

function linked(ctx: CheckContext, m: Mention, inside: Mention[]): boolean {
  const { norm } = ctx.analysis;
  return inside.some(p => {
    const [a, b] = p.end <= m.start ? [p.end, m.start] : [m.end, p.start];
    // Up to 80 characters, or 140 with an apposition that the test below strips ("Sullivan, the National Security Advisor, …")
    // or when the second name is the first's counterpart ("Sullivan worked through the final details … with his Russian
    // counterpart, Sergei Lavrov").
    if (b - a > 140 || b < a || (b - a > 80 && !/^\s*,[^,;:]{1,60},/.test(norm.slice(a, b)) && !(p.end <= m.start && COUNTERPART_END.test(norm.slice(a, b))))) return false;
    const gap = norm.slice(a, b);
    // ("the Reykjavik talks between Blinken and Lavrov and the meeting of … Jake Sullivan with …": "and" before another
    // meeting's noun joins two meetings, not two of one meeting's people.)
    if (ANOTHER_MEETING.test(gap)) return false;
    // A table cell that lists the names alone ("| Putin, Barack Obama |") gives the row's event its people.
    if (/^\s*(?:[,;]|and|&)\s*$/.test(gap) && cellOfNames(norm, Math.min(p.start, m.start), Math.max(p.end, m.end))) return true;
    // Two names in neighbouring table cells ("| Putin | Russian President | Bush |") stand together.
    if (/^[\s\u2028]*$/.test(stripCells(gap)) && gap.includes('\u2028')) return true;
    // ("Antony Blinken and Russia's Nikolay Patrushev": a country before the second name says whose, not who.)
    // (Or a gloss in brackets after the first: "Blinken (Sec. of State) & Peskov meet".)
    // ("Reykjavik (Arctic Council): Sullivan–Lavrov": two names joined by a dash or a slash as a pair.)
    if (gap === '\u2013' || gap === '-' || gap === '/') return true;
    if (LINK.test(stripRoles(gap)) || LINK.test(gap) || LINK.test(gap.replace(COUNTRY_BEFORE, ' ')) || LINK.test(gap.replace(GLOSS, ' '))) return true;
    // An apposition after the first name ("Sullivan, the national security adviser, met …") is not part of the link.
    const core = gap.replace(/^\s*,[^,;:]{1,60},/, ' ');
    // ("Jake Sullivan, the US National Security Advisor, and Russian Foreign Minister Sergei Lavrov": "and" once the
    // apposition and the second name's title are set aside.)
    if (core !== gap && LINK.test(stripRoles(core))) return true;
    const clauseBreak = /[;:—]|\b(?:when|(?<!\b(?:has|have|had)\s+)since|while|after|before|but)\b/i;
    // ("Donald Trump, who avoided conflicts with Putin": "with" after a word for relations meets no one.)
    if (RELATIONS_WITH.test(gap)) return false;
    // (A title before the second name does not lengthen the link: "… the details of the encounter with Foreign Minister
    // Sergei Lavrov".)
    if (stripRoles(core).length <= 60 && LOOSE_LINK.test(core) && !clauseBreak.test(core)) return true;
    // (What looks like an apposition may be the link itself: "Sullivan, then sat down with his Russian counterpart, Lavrov".)
    if (gap.length <= 60 && LOOSE_LINK.test(gap) && !clauseBreak.test(gap)) return true;
    // "Sullivan then settled the final details with his Russian counterpart, Sergei Shoigu": the name after
    // "counterpart" is the first one's counterpart, however the clause before it runs.
    if (p.end <= m.start && COUNTERPART_END.test(gap) && !clauseBreak.test(gap) && !/\band\b/i.test(gap.replace(/\band\s+(?:his|her|their)\s+(?:[\w-]+\s+)?counterpart,?\s*$/i, ''))) return true;
    // "The last time an American president sat down with Mr Putin like this was Barack Obama": the one met, and then
    // whom the sentence says that was.
    if (p.end <= m.start && gap.length <= 40 && /^[^,;:—]*\b(?:was|is)\s+$/i.test(gap) && MET_WITH_BEFORE.test(norm.slice(Math.max(0, p.start - 24), p.start))) return true;
    // "Putin last sat down with an American president at the 2018 Helsinki summit, with Barack Obama": a meeting
    // verb after the first name, and the second named after "with" at the end of the same clause.
    return p.end <= m.start && /,\s*with\s+$/i.test(gap) && MEETING_VERB.test(gap) && !/[;:—]|\b(?:when|since|while|after|before|but|and)\b/i.test(gap);
  });
}

const CREDIT_AGENCIES = String.raw`(?:Reuters|AP|AFP|Getty|EPA|Pool|Sputnik|TASS|Bloomberg|Shutterstock|Alamy|Kremlin|White\s+House)`;
// ("by Alexander Zemlianichenko of AP": a name followed by its agency after "of" is a credit too.)
const PHOTO_CREDIT = new RegExp(String.raw`^\s*(?:\/\s*${CREDIT_AGENCIES}|,?\s+(?:of|for)\s+(?:the\s+)?(?:Reuters|REUTERS|AP|AFP|Getty|EPA|TASS|Bloomberg)(?![\w-]))`);
/** "(Reuters / Saul Loeb)": the agency first, then the photographer. */
// (In a wire's capitals too: "REUTERS/Saul Loeb".)
const CREDIT_AGENCY_BEFORE = new RegExp(String.raw`\b(?:${CREDIT_AGENCIES}|REUTERS|GETTY|POOL)\s*\/\s*$`);
/** "credited to Alexander Zemlianichenko of AP", "photographed by …", "credit Alexander Zemlianichenko": a picture's maker named in prose. */
// ("| Reuters photo, Saul Loeb |", "Photo: Saul Loeb": or a word for the picture and a comma or colon.)
const PICTURE_BY = /\b(?:credited\s+to|credit\s*:?|courtesy\s+of|(?:photo(?:graph)?|picture|image|shot|taken|photographed)\s+by|(?:photo(?:graph)?|picture|image)\s*[,:])\s+$/i;
/** A short gloss in brackets right after a name. */
const GLOSS = /^\s*\([^()]{1,40}\)/;
/** A country's possessive or adjective ending a stretch, right before a name: "and Russia's ", "and Russian ". */
const COUNTRY_BEFORE = /\s(?:(?:Russia|America|Iran|Belarus|Ukraine|Britain|Moscow|Washington|Tehran)['’]s|Russian|American|Iranian|Belarusian|Ukrainian|British|US|U\.S\.)\s*$/;
const RELATIONS_WITH = /\b(?:conflicts?|confrontations?|relations|relationship|ties|tensions|differences|dealings|rapport|feud|rivalry|stand-?off|dispute)\s+with\s*$/i;

/** Is [from, to) a table cell's whole text, give or take white space? (Cells are set off by U+2028 in the prose.) */
function cellOfNames(norm: string, from: number, to: number): boolean {
  // (Searched within 40 characters either side: most names stand in no table, and a search through the document for
  // each pair of them would be quadratic.)
  const lo = Math.max(0, from - 41);
  const start = norm.slice(lo, from).lastIndexOf('\u2028');
  if (start < 0 || !/^\s*$/.test(norm.slice(lo + start + 1, from))) return false;
  const rest = norm.slice(to, to + 41);
  const end = rest.indexOf('\u2028');
  return /^\s*$/.test(end < 0 ? (to + 41 >= norm.length ? rest : '') : rest.slice(0, end));
}

/** A table row's cells between two names, and any titles in them. */
function stripCells(gap: string): string {
  return gap.split('\u2028').map(cell => stripRoles(cell.trim()).replace(/^(?:then[- ]|former\s+)?(?:(?:US|U\.S\.|Russian|Russia's)\s+)?(?:President|Prime Minister|Vice President|leader)$/i, '')).join('\u2028');
}

/** Between two names a title may stand ("with then-Prime Minister Dmitry Medvedev"): drop it before testing the link. */
function stripRoles(gap: string): string {
  // ("with Iran's foreign minister, Mohammad Javad Zarif": or set before the name by a comma.)
  return gap.replace(/\b(?:then[- ]|former\s+)?(?:(?:US|U\.S\.|Russian|Russia's|Kremlin|White House|Iranian|Iran's|[A-Z][a-z]+['’]s)\s+)?(?:Vice[- ]President|President|Prime Minister|Secretary of State|Foreign Minister|National Security Advis[eo]r|spokes(?:man|woman)|press secretary)\s*,?\s*$/i, '');
}

function rolePrefix(s: Sentence, m: Mention) {
  return s.roles.find(x => x.end <= m.start && m.start - x.end <= 1);
}

function withRolePrefix(s: Sentence, m: Mention): { start: number; end: number } {
  const r = rolePrefix(s, m);
  return r ? { start: r.start, end: m.end } : { start: m.start, end: m.end };
}

/** The name alone when the title before it fits the right person too; else the title and the name. */
function replacedSpan(base: FactBase, s: Sentence, m: Mention, rightId: string): { start: number; end: number } {
  const r = rolePrefix(s, m);
  const person = base.people.find(p => p.id === rightId)!;
  if (!r || person.roles.some(role => roleFits(r, role.title, role.of, base))) return { start: m.start, end: m.end };
  return { start: r.start, end: m.end };
}

function withRole(base: FactBase, id: string): string {
  const p = base.people.find(x => x.id === id)!;
  const role = p.roles.find(r => r.period === undefined);
  return role ? `${role.title} ${p.name}` : p.name;
}

function names(base: FactBase, e: EventFact): string {
  const list = e.participants.map(id => base.people.find(p => p.id === id)?.name ?? id);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list.join('');
}

/** "the Novichok attack on Roman Protasevich": a person right after a named event and "on"/"of"/"against" is whom it was about. */
const OBJECT_GAP = /^[\s-]*(?:[\p{L}-]+\s+){0,2}?(?:on|of|against|targeting|in\s+support\s+of)\s+(?:(?:the|Mr\.?|Ms\.?|Mrs\.?)\s+)?(?:[\p{L}-]+\s+){0,3}?$/u;

function checkNamedEventObjects(ctx: CheckContext, s: Sentence): void {
  const { base, norm } = ctx.analysis;
  // Most sentences name no event: no list of their people is needed.
  if (!s.mentions.some(x => x.kind === 'eventName')) return;
  // Mentions are in text order: one pointer walks the people while the names are visited (linear in the sentence).
  const people = s.mentions.filter(x => x.kind === 'person' || x.kind === 'unknownPerson');
  let k = 0;
  for (const name of s.mentions) {
    if (name.kind !== 'eventName') continue;
    while (k < people.length && people[k].start <= name.end) k++;
    const m = k < people.length && people[k].start - name.end <= 60 ? people[k] : undefined;
    if (!m) continue;
    const event = base.events.find(e => e.id === name.id);
    if (!event || event.participants.length !== 1) continue;
    if (!OBJECT_GAP.test(norm.slice(name.end, m.start))) continue;
    judgeSolo(ctx, m, event, `as the one ${event.name} was about`);
  }
}

/**
 * "the 23 May rally in Kiev for Alexei Navalny", "At a rally in Kiev …, supporters of detained opposition figure Alexei
 * Navalny held a banner": a rally is for someone, and the sources name whom.
 */
function checkRallyFor(ctx: CheckContext, s: Sentence): void {
  const { base, norm } = ctx.analysis;
  const rallies = ralliesOf(base);
  if (!rallies.size) return;
  const w = s.words.find(x => !x.quoted && x.events.some(id => rallies.has(id)));
  if (!w) return;
  const event = rallies.get(w.events.find(id => rallies.has(id))!)!;
  // (The rally the sources give, by its place or its date: "rallied in Moscow for Alexei Navalny" is another.)
  if (!s.mentions.some(x => x.kind === 'place' && x.id === event.place) && !s.dates.some(d => !!event.date && dateAgrees(d, event.date))) return;
  for (const m of near(s.mentions, w)) {
    if (m.kind !== 'person' || Math.abs(m.start - w.start) > 120 || quoted(ctx.analysis, m)) continue;
    if (SUPPORT_OF.test(norm.slice(Math.max(s.start, m.start - 60), m.start))) { judgeSolo(ctx, m, event, `as the one ${event.name} was for`); return; }
  }
}
/** A gathering held for someone: its first word for itself. */
const RALLY = /^(?:rally|protest|vigil|march)$/;
/** Per fact base, the gatherings held for one person, by id (found once: the check runs for every sentence). */
const ralliesByBase = new WeakMap<FactBase, Map<string, EventFact>>();
function ralliesOf(base: FactBase): Map<string, EventFact> {
  let m = ralliesByBase.get(base);
  if (!m) { m = new Map([...soloEvents(base)].filter(([, e]) => RALLY.test(e.kinds[0] ?? ''))); ralliesByBase.set(base, m); }
  return m;
}
/** "for", "in support of", "supporters of", with the person's titles between: "supporters of detained opposition figure ". */
const SUPPORT_OF = /\b(?:for|in\s+support\s+of|supporters?\s+of|backing)\s+(?:(?:the|detained|jailed|imprisoned)\s+)*(?:[\p{L}-]+\s+){0,3}$/iu;

/** The one participant of an event named in the draft (`m`): confirmed, or reported with the sources' person. */
function judgeSolo(ctx: CheckContext, m: Mention, event: EventFact, role: string): void {
  const { base } = ctx.analysis;
  if (m.kind === 'person' && event.participants.includes(m.id)) { confirm(ctx, m, `${capital(event.name)}: ${names(base, event)}`, event.cite); return; }
  const right = base.people.find(p => p.id === event.participants[0]);
  if (!right) return;
  // "the Kremlin": the article goes with the organisation's name.
  const article = m.kind === 'org' ? /\bthe\s+$/i.exec(ctx.analysis.norm.slice(Math.max(0, m.start - 4), m.start)) : null;
  const span = article ? { start: m.start - article[0].length, end: m.end } : { start: m.start, end: m.end };
  report(ctx, 'wrong-participant', {
    span,
    message: `The draft has ${ctx.analysis.norm.slice(span.start, span.end)} ${role}; the sources give ${right.name}.`,
    fact: `${capital(event.name)}: ${right.name}`,
    citations: event.cite,
    fixes: [replaceFix(span, right.name)],
  });
}

/**
 * "announced in a statement by Ned Price", "Karine Jean-Pierre, the press secretary, announced the date": the one
 * person the sources give for an act about the main event (its announcement), named as doing it.
 */
/** The events with one participant, by id (found once per fact base: most event words name none). */
const solos = new WeakMap<FactBase, Map<string, EventFact>>();
function soloEvents(base: FactBase): Map<string, EventFact> {
  let m = solos.get(base);
  if (!m) { m = new Map(base.events.filter(e => e.participants.length === 1).map(e => [e.id, e])); solos.set(base, m); }
  return m;
}

function checkAgents(ctx: CheckContext, s: Sentence): void {
  const { base, norm } = ctx.analysis;
  /** Where the sentence's first word for the main event ends (found once, when first needed). */
  let mainAt: number | undefined;
  const solo = soloEvents(base);
  for (const w of s.words) {
    // A verb in the past or the present ("announced", "proposes") or a noun for the act ("announcement").
    let event: EventFact | undefined;
    for (const id of w.events) { event = solo.get(id); if (event) break; }
    // (Or its bare form after a means the actor used: "Putin used the April call to propose a summit".)
    // ("put forward", "put the idea of a summit to Biden": "put" is its own past.)
    if (!event || !(/ed$|ment$|[^s]s$|^puts?\s/.test(w.word) || USED_TO.test(norm.slice(Math.max(s.start, w.start - 60), w.start)))) continue;
    // The act must be about the main event: "announced the summit / the date", or "the meeting had been announced".
    // "raised the idea of a summit", "suggested the two men meet" name it too.
    // ("suggested to Putin the possibility of meeting", "suggested to Biden that they meet", "that the two of them meet".)
    const object = /^\s+(?:to\s+(?:[\w-]+\s+){1,3}?)?(?:(?:the|a|its|their)\s+)?(?:(?:idea|possibility|prospect)\s+of\s+(?:(?:a|an|the)\s+)?)?(?:[\w-]+\s+)?(?:summit|meeting|talks(?!\s+(?:on|about|over)\b)|date)\b/i.test(norm.slice(w.end, w.end + 60))
      // ("suggested in a phone call that the two leaders meet": the call it was done in may come first.)
      // ("suggested, in an April phone call, that the two of them should meet": set off by commas too.)
      || /^(?:,?\s+(?:in|during|over|by)\s+(?:(?:a|an|the|their|his)\s+)?(?:[\w-]+\s+){0,2}?(?:call|phone|conversation|telephone),?)?\s+(?:to\s+(?:[\w-]+\s+){1,3}?)?(?:that\s+)?(?:they|the\s+two(?:\s+of\s+them)?|the\s+two\s+(?:men|leaders|presidents|sides))\s+(?:should\s+)?meet\b/i.test(norm.slice(w.end, w.end + 90))
      // ("Putin floats it first: a summit, face to face": "it" told after a colon.)
      || /^\s+it\b[^.:;"“”]{0,20}:\s*(?:a|the|their)\s+(?:[\w-]+\s+)?(?:summit|meeting|face-to-face)\b/i.test(norm.slice(w.end, w.end + 60));
    // ("The summit itself was first proposed by …".)
    // "Whose idea was the summit? Putin floated it …": "it" is what the question asked about.
    const answered = !object && /^\s+it\b/i.test(norm.slice(w.end, w.end + 4)) && answersAbout(ctx, s);
    const passive = /\b(?:summit|meeting|talks|date)\s+(?:itself\s+)?(?:(?:had|has)\s+been|was|were|is|would\s+be)\s+(?:[\w-]+\s+)?$/i.test(norm.slice(Math.max(s.start, w.start - 60), w.start))
      || /\b(?:summit|meeting|talks|date)\b[^.;]{0,40},\s*$/i.test(norm.slice(Math.max(s.start, w.start - 60), w.start))
      // ("Summit announced by Jake Sullivan in a statement", a note's or headline's passive without its "was".)
      || (/ed$/.test(w.word) && /\b(?:summit|meeting|talks|date)\s+$/i.test(norm.slice(Math.max(s.start, w.start - 12), w.start)) && /^\s+(?:[\w-]+\s+){0,4}?by\s/i.test(norm.slice(w.end, w.end + 40)));
    // "Biden will meet Putin in Geneva on June 16, White House chief of staff Ron Klain has announced.": the verb ends
    // its sentence, and what it announced is the sentence before it, about the main event.
    // (Not a word inside a quotation: in ""… results of the meeting …", Peskov suggested." the verb is one of saying.)
    mainAt ??= s.words.find(x => !x.quoted && x.events.some(id => base.events.find(e => e.id === id)?.primary))?.end ?? Infinity;
    // (Not one that follows a quotation and its speaker, ""…", Peskov suggested.": a verb of saying.)
    const closing = /^\s*[.;]/.test(norm.slice(w.end, w.end + 3)) && mainAt <= w.start && !AFTER_QUOTE_AND_NAME.test(norm.slice(Math.max(s.start, w.start - 50), w.start));
    if (!object && !passive && !closing && !answered) continue;
    // An organisation acts for its country: "the Kremlin proposed the summit" names a Russian proposer where the
    // sources give an American one. (One of the participant's own country may speak for them: no finding.)
    const countries = new Set(event.participants.map(id => base.people.find(p => p.id === id)?.country));
    const foreign = (m: Mention) => { const c = base.organizations.find(o => o.id === m.id)?.country; return !!c && !countries.has(c) && !countries.has(undefined); };
    const agents = near(s.mentions, w).filter(m => m.kind === 'person' || m.kind === 'unknownPerson' || (m.kind === 'org' && foreign(m)));
    // "… announced by X", "… announced in a statement by X", or "X (, title,) announced".
    // (Not a means: "floated a meeting by phone and told Putin …".)
    const after = agents.find(m => m.start >= w.end && /^\s+(?:[\w-]+\s+){0,5}?by\s+(?!(?:phone|telephone|video|videolink|letter|e-?mail|text|cable|radio)\b)(?:(?!(?:and|or|but)\s)[\w-]+\s+){0,4}$/i.test(norm.slice(w.end, m.start)));
    // "It was Putin who first floated …" names the agent as "X floated" does.
    // (Or with a first verb of its own: "Mr Putin rang the US president and suggested …".)
    // ("Putin was the one who first proposed a summit": so does "the one who".)
    // (Not a verb's object, "Biden talked to Putin on the telephone and suggested …": the first verb is a verb, and the
    // name no preposition's.)
    // ("In April, Biden called Putin again and proposed meeting": nor a name right after a verb, whose object it is.)
    // ("It was Vladimir Putin who, in a phone call that month, first proposed …": an aside may follow "who".)
    // (Not a name denied: "it was Putin, not Biden, who first floated …".)
    const before = [...agents].reverse().find(m => m.end <= w.start && !AFTER_PREPOSITION.test(norm.slice(Math.max(s.start, m.start - 16), m.start)) && !/\bnot\s+$/i.test(norm.slice(Math.max(s.start, m.start - 5), m.start))
      && !OBJECT_AFTER_VERB.test(norm.slice(Math.max(s.start, m.start - 24), m.start))
      // ("…, and White House press secretary Jen Psaki, who announced the summit": "who" after a comma too.)
      && (/^(?:\s*,[^,;:]{1,60},|\s*,(?=\s+(?:which|who)\b))?\s+(?:(?:was|is)\s+the\s+(?:one|man|leader|side)\s+)?(?:(?:who|that|which)(?:\s*,[^,;:]{1,60},)?\s+)?(?:(?!(?:on|in|at|by|for|to|with|from|over|during|after|before|about|via)\s)[a-z]{2,}\s+(?:[\w'’-]+\s+){0,4}?and\s+)?(?:has\s+|had\s+|formally\s+|officially\s+|first\s+|initially\s+|originally\s+)?$/i.test(norm.slice(m.end, w.start))
      || USED_TO_AFTER_NAME.test(norm.slice(m.end, w.start))));
    const agent = after ?? before;
    if (agent) judgeSolo(ctx, agent, event, `as the one behind ${event.name}`);
    else titledAgent(ctx, s, w, event);
  }
  checkIdeaOf(ctx, s, solo);
  checkAnswerer(ctx, s, solo);
}

/**
 * "In March, Putin answered yes to a reporter who asked whether he considered Biden a "killer"": the one who answered
 * yes, when the sentence names a remark of one person's by a word of its own and the sources give that person.
 */
function checkAnswerer(ctx: CheckContext, s: Sentence, solo: Map<string, EventFact>): void {
  const { norm } = ctx.analysis;
  for (const m of s.mentions) {
    if (m.kind !== 'person' || !(ANSWERED_YES.test(norm.slice(m.end, m.end + 40)) || AFFIRMATIVE_OWNED.test(norm.slice(m.end, m.end + 30))) || quoted(ctx.analysis, m)) continue;
    let remark: EventFact | undefined;
    for (const w of s.words) for (const id of w.events) { const e = solo.get(id); if (e?.kinds.includes('remark') && !GENERIC_ANSWER.test(w.word)) remark ??= e; }
    if (remark) judgeSolo(ctx, m, remark, `as the one who gave ${remark.name}`);
    return;
  }
}
/** After the name: "answered yes", "said "yes"", "replied in the affirmative". */
const ANSWERED_YES = /^\s+(?:(?:had|has|then|simply)\s+)?(?:answered|replied|said|responded)\s+(?:with\s+(?:a\s+)?)?(?:["“']?yes\b|in\s+the\s+affirmative\b)/i;
/** Or the possessive of the answer: "'s affirmative answer", "'s "yes"". */
const AFFIRMATIVE_OWNED = /^['’]s?\s+(?:affirmative\s+(?:answer|reply|response)|["“']yes["”'])/i;
/** Words any answer has: not enough to say which remark it was. */
const GENERIC_ANSWER = /^(?:answer|answered|question|remarks?|reporter)$/;

/**
 * "The State Department spokeswoman announced the date and the place": a title right before the act's verb, of the
 * act's one person's country, that no one the sources know holds, where the sources give the act to someone of
 * another title. (A title someone holds is left to the roles check; one of another country may be another side's act.)
 */
function titledAgent(ctx: CheckContext, s: Sentence, w: EventWord, event: EventFact): void {
  const { base, norm } = ctx.analysis;
  let r: (typeof s.roles)[number] | undefined;
  for (const x of near(s.roles, w)) if (x.end <= w.start && w.start - x.end <= 24 && /^\s+(?:(?:has|had|formally|officially|first)\s+)?$/i.test(norm.slice(x.end, w.start))) r = x;
  const right = r && base.people.find(p => p.id === event.participants[0]);
  if (!r || !right || r.past || !r.qualifier || holdersOf(base, r, true).length) return;
  const country = r.qualifier.org ? base.organizations.find(o => o.id === r.qualifier!.org)?.country : r.qualifier.country;
  const own = right.roles.find(x => x.period === undefined);
  if (!own || !country || country !== right.country || roleFits(r, own.title, own.of, base)) return;
  const title = display(base, own);
  report(ctx, 'wrong-role', {
    span: { start: r.start, end: r.end },
    message: `The draft has the ${r.text.replace(/^the\s+/i, '')} ${/ment$/.test(w.word) ? 'make' : 'do'} this; the sources give ${right.name}, ${title}.`,
    fact: `${capital(event.name)}: ${right.name}, ${title}`,
    citations: event.cite,
    fixes: [replaceFix({ start: r.start, end: r.end }, /^the\s/i.test(r.text) ? `the ${title}` : title)],
  });
}

/** A means used for the act, before its verb: "used the April call to ", "took the opportunity to ". */
const USED_TO = /\b(?:used|uses|using|took|takes|seized\s+on)\s+(?:[\w'’-]+\s+){1,4}?to\s+$/i;
const USED_TO_AFTER_NAME = /^\s+(?:(?:first|then|also)\s+)?(?:used|uses|took|takes|seized\s+on)\s+(?:[\w'’-]+\s+){1,4}?to\s+$/i;

/** "The summit itself was Putin's idea", "The idea of a summit came from Putin": whose idea a meeting was names its proposer. */
function checkIdeaOf(ctx: CheckContext, s: Sentence, solo: Map<string, EventFact>): void {
  const { norm } = ctx.analysis;
  const proposal = [...solo.values()].find(e => e.kinds.includes('proposal'));
  if (!proposal) return;
  for (const m of s.mentions) {
    // (Not inside a quotation: 'A Telegram channel says: "The summit was Putin's idea."' reports another's claim.)
    // ("The summit idea was Putin's, floated in a phone call in April": or the idea before, and the possessive alone.)
    if (m.kind !== 'person' || norm[m.end] !== "'" || quoted(ctx.analysis, m)) continue;
    const lead = norm.slice(Math.max(s.start, m.start - 40), m.start);
    if (!(IDEA_AFTER.test(norm.slice(m.end, m.end + 16)) && MEETING_WAS.test(lead)) && !(IDEA_WAS.test(lead) && /^['’]s?(?![\w-])(?!\s+(?:own\s+)?[a-z])/.test(norm.slice(m.end, m.end + 12)))) continue;
    judgeSolo(ctx, m, proposal, `as the one behind ${proposal.name}`);
  }
  // "Putin put the idea of a meeting to Biden", "Putin put forward a proposal for a summit": the one who put it names its proposer.
  // ("It was the Kremlin that came to Washington with the idea of a summit": so does the one who came with it; an
  // organisation of another country than the proposer's too.)
  const present = sentenceWords(ctx.analysis, s);
  if (present.has('put') || present.has('came')) for (const m of s.mentions) {
    if (!(m.kind === 'person' || (m.kind === 'org' && foreignTo(ctx.analysis.base, m, proposal)))
      || !(PUT_IDEA.test(norm.slice(m.end, m.end + 90)) || CAME_WITH_IDEA.test(norm.slice(m.end, m.end + 90))) || quoted(ctx.analysis, m)) continue;
    judgeSolo(ctx, m, proposal, `as the one behind ${proposal.name}`);
  }
  // "**Whose idea was the summit?** Putin's.": a possessive alone answering whose idea a meeting was.
  // (Or on a line of its own under the question, which the sentence then holds: "…summit? — K.L., by email\nPutin's.")
  const alone = s.mentions.length ? s.mentions[s.mentions.length - 1] : undefined;
  if (alone?.kind === 'person' && s.end - alone.end <= 8 && alone.start - s.start <= 200 && /^['’]s?[\s.!*_]*$/.test(norm.slice(alone.end, s.end))) {
    const nl = norm.slice(s.start, alone.start).lastIndexOf('\n');
    const lineStart = nl >= 0 ? s.start + nl + 1 : s.start;
    const asked = lineStart > s.start ? { start: s.start, end: lineStart } : questionOf(ctx.analysis, s);
    if (asked && /^[^\p{L}]*(?:A\d*\s*[:.]\s*)?$/u.test(norm.slice(lineStart, alone.start)) && WHOSE_IDEA.test(norm.slice(asked.start, asked.end))) {
      judgeSolo(ctx, alone, proposal, `as the one behind ${proposal.name}`);
    }
  }
  // "The idea of a summit came from Putin", "(proposal to meet) — the proposal came from Putin".
  for (const m of s.mentions) {
    // (Most names follow no "from": a look at the few characters before first.)
    if (m.kind !== 'person' || !norm.slice(Math.max(s.start, m.start - 40), m.start).includes('from') || quoted(ctx.analysis, m)) continue;
    const lead = norm.slice(Math.max(s.start, m.start - 100), m.start);
    if (!CAME_FROM.test(lead) || !/\b(?:summit|meeting|meet|talks)\b/i.test(lead)) continue;
    judgeSolo(ctx, m, proposal, `as the one behind ${proposal.name}`);
  }
}
/** "put the idea of a meeting to", "put forward a proposal for a summit": after the name, who put a meeting to whom. */
const PUT_IDEA = /^\s+(?:(?:first|initially|originally|then)\s+)?put\s+(?:forward\s+)?(?:the|an?)\s+(?:idea|proposal|suggestion|notion|prospect)\s+(?:of|for)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:summit|meeting|talks|face-to-face)\b/i;
/** "came to Washington with the idea of a summit", "came up with the proposal for a meeting": after the name, who brought it. */
const CAME_WITH_IDEA = /^\s+(?:(?:that|who|which)\s+)?(?:(?:first|initially|originally)\s+)?came\s+(?:up\s+|to\s+(?:[\w'’-]+\s+){1,3}?)?with\s+(?:the|an?)\s+(?:idea|proposal|suggestion|notion)\s+(?:of|for)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:summit|meeting|talks|face-to-face)\b/i;
/** An organisation of another country than all the event's participants'. */
function foreignTo(base: FactBase, m: Mention, event: EventFact): boolean {
  const c = base.organizations.find(o => o.id === m.id)?.country;
  return !!c && event.participants.every(id => { const pc = base.people.find(p => p.id === id)?.country; return pc !== undefined && pc !== c; });
}
/** "the idea of a summit came from", "the proposal came from": whose idea, before the name. */
const CAME_FROM = /\b(?:idea|proposal|suggestion|initiative)(?:\s+(?:of|for|to)\s+[^,.;:()]{1,30}?)?\s+(?:first\s+|originally\s+)?(?:came|originated|had\s+come)\s+from\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,3}$/;
/** A question that asks who proposed a meeting: "Whose idea was the summit?", "Who first proposed the meeting?". */
const WHOSE_IDEA = /\b(?:whose\s+(?:idea|proposal|initiative|suggestion)\b[^?]{0,40}\b(?:summit|meeting|talks)|who\s+(?:first\s+)?(?:proposed|suggested|floated|came\s+up\s+with)\b[^?]{0,40}\b(?:summit|meeting|talks))\b/i;
/** Before the possessive that ends the clause: "The summit idea was ", "The idea of a summit was ". */
const IDEA_WAS = /\b(?:(?:summit|meeting|talks)\s+(?:idea|proposal)|(?:idea|proposal)\s+(?:of|for)\s+(?:a|an|the)\s+(?:summit|meeting|face-to-face))\s+(?:was|had\s+been|is)\s+(?:(?:originally|first|in\s+fact|actually|all)\s+)?$/i;
const IDEA_AFTER = /^'s?\s+(?:own\s+)?(?:idea|proposal|suggestion|initiative)\b/i;
const MEETING_WAS = /\b(?:summit|meeting|talks)(?:\s+itself)?\s+(?:was|had\s+been|is)\s+(?:(?:originally|first|in\s+fact|actually)\s+)?$/i;
