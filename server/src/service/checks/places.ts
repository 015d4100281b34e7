/** wrong-place: a venue, city or country stated for an event against the event's place in the sources. */
import { rankEvents, contenders, placeFits, gatheringsAt, dateAgrees, near as nearby, PREVIOUS_MEETING, pastTitleEvents, rowLabelNotPlace, wholeOtherEvent } from '../analysis/events';
import { quoted, inMarkedQuotation, CALENDAR_WORD, ANSWER_LABEL_ALONE, MEETING_AFTER, type Mention, type Sentence } from '../analysis/document';
import type { EventFact, FactBase, Place } from '../facts/model';
import type { Citation } from '../types';
import { COUNTRIES } from '../data/countries';
import { type CheckContext, report, confirm, replaceFix, previousSentence, text, capitalsLike } from './context';
import { capital } from './dates';

/** A topic brought up at a place: "will come up in", "to be discussed in", "raised in". */
/** A record's field for where (its label alone in a cell or before a colon), up to the place. */
const LOCATION_FIELD = /^[\s*_|\u2028]*(?:location|place|where|city|dateline)[\s*_:|\u2028]*$/i;

/** The opening of a sentence up to a place after "In": nothing but markup or a speaker's label before it. */
const OPENING_IN = /^[\s*_>#-]*(?:[A-Z][\w .'’-]{0,30}[*_]*:[\s*_]*)?In\s+$/;
/** After the place: a comma, a short subject and a verb of saying. */
const SAID_AFTER_PLACE = /^\s*,\s*(?:[\w.'’-]+\s+){1,5}?(?:has\s+|have\s+|had\s+)?(?:said|says|told|tells|announced|announces|insisted|insists|warned|warns|confirmed|confirms|stressed|stresses|noted|notes|added|adds|argued|argues|cautioned|cautions|emphasi[sz]ed|emphasi[sz]es|declared|declares|suggested|suggests)\b/;
const TOPIC_RAISED_IN = /\b(?:(?:come|comes|came|coming)\s+up|(?:be|is|are|was|were|being|get|gets)\s+(?:discussed|raised|addressed|tabled))\s+in\s+$/i;

/** Characters between two places for them to be two statements rather than one ("X in Y"). */
const APART = 24;

export function checkPlaces(ctx: CheckContext): void {
  for (const s of ctx.analysis.sentences) {
    if (s.end <= ctx.from) continue;
    for (const m of s.mentions) {
      if (m.kind === 'place' && !quoted(ctx.analysis, m)) checkCountryAfter(ctx, m);
      // (A picture's place and day, "taken in Minsk, Belarus, on May 23, 2021", are judged as a caption's first.)
      if ((m.kind === 'place' || m.kind === 'unknownPlace') && m.venue && !inMarkedQuotation(ctx.analysis, m) && momentIn(ctx, s, m) && checkCaptionPlace(ctx, s, m, true)) continue;
      if ((m.kind === 'place' || m.kind === 'unknownPlace') && m.venue && !inMarkedQuotation(ctx.analysis, m) && !ctx.misnamed.has(s.index)) checkVenue(ctx, s, m);
      else if (m.kind === 'place' && !inMarkedQuotation(ctx.analysis, m)) checkCaptionPlace(ctx, s, m);
    }
  }
}

const SINCE_WHEN_BEFORE = /\bsince\s+[^.;:,]{1,40},\s*when\s[^.;:]*$/i;
const SET_ASIDE = /\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to)\s+(?:in\s+|at\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:or\s+(?:in\s+)?)?$/;
const PEOPLE_IN = /\b(?:nobody|no\s+one|anyone|anybody|everyone|everybody|someone|somebody|people|officials|many|few|most|those|observers|diplomats|analysts|commentators|critics|hawks|voices|experts|insiders|pundits|politicians|leaders|influence|interests|presence|footprint|troops|forces|allies|partners)\s+in\s+$/i;

/** A place stated as where something happens, against the place of the event the sentence speaks of. */
function checkVenue(ctx: CheckContext, s: Sentence, m: Mention): void {
  const { base } = ctx.analysis;
  if (datelineEntry(ctx, s, m)) return;
  // "a European Union summit in Brussels": the place is that of the event named just before it, which the sources do not know.
  const around = nearby(s.mentions, m);
  if (around.some(o => o.kind === 'unknownEvent' && o.end <= m.start && m.start - o.end <= 12 && /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(ctx.analysis.norm.slice(o.end, m.start)))) return;
  // "Putin talks up the Geneva summit at the St Petersburg forum": a place written before a word for a gathering names
  // that gathering by its place; when the sources hold such a gathering there, the place is said of it.
  const { norm } = ctx.analysis;
  const word = nearby(s.words, m).find(w => w.start > m.end && w.start - m.end <= 3 && w.events.length && /^\s+$/.test(norm.slice(m.end, w.start)));
  if (m.kind === 'place' && word && gatheringsAt(base, m.id, word).length) return;
  if (rowLabelNotPlace(ctx.analysis, s, m)) return;
  // "**13. Which country forced down a Ryanair flight …?** Answer: Belarus.": an answer is a venue only to a question
  // that asks where.
  if (answersOtherThanWhere(ctx, s, m)) return;
  // "in London time", "at 13:00 Moscow time": a time zone, not where anything happens.
  if (/^\s+time\b/i.test(norm.slice(m.end, m.end + 6))) return;
  // "nobody in Moscow expects miracles", "officials in Washington", "its influence in Latin America": where people or
  // a country's reach are, not where the event is.
  if (PEOPLE_IN.test(norm.slice(Math.max(s.start, m.start - 24), m.start))) return;
  // "who, in Moscow's view, has sent …": a place in the possessive is whose view, not where.
  if (/^['’]s?\b/.test(norm.slice(m.end, m.end + 2))) return;
  // ("In Moscow, Peskov said the summit would …", "**SAM:** In Washington, the White House has said …": a place opening
  // its sentence before a speaker's verb of saying is where the saying was, not the event spoken of.)
  if (SAID_AFTER_PLACE.test(norm.slice(m.end, Math.min(s.end, m.end + 80))) && OPENING_IN.test(norm.slice(s.start, m.start))) return;
  // "in Geneva, rather than in Moscow or Washington": a place set aside is where the event was not.
  if (SET_ASIDE.test(norm.slice(Math.max(s.start, m.start - 48), m.start))) return;
  // Every mention of the same words is the same claim ("Moscow" as place and as organisation).
  let ranked = rankEvents(ctx.analysis, s, m, previousSentence(ctx, s), x => x.start < m.end && m.start < x.end);
  // ("since the 2018 Stockholm meeting": a time counted from is never the main event, as for dates.)
  if (/\bsince\s+(?:the\s+|their\s+|that\s+)?(?:(?:19|20)\d{2}\s+)?$/i.test(norm.slice(Math.max(s.start, m.start - 20), m.start))) ranked = ranked.filter(c => !c.event.primary);
  // ("the first meeting … since July 2018, when Putin met Barack Obama in Helsinki": so is a place in the "when" clause
  // of such a time.)
  else if (SINCE_WHEN_BEFORE.test(norm.slice(Math.max(s.start, m.start - 120), m.start))) ranked = ranked.filter(c => !c.event.primary);
  // ("| Biden and Putin meet in Moscow | The only previous face-to-face precedent |": a meeting said to be a previous or an
  // earlier one is not the main event.)
  if (PREVIOUS_MEETING.test(norm.slice(Math.max(s.start, m.start - 160), Math.min(s.end, m.end + 160)))) ranked = ranked.filter(c => !c.event.primary);
  // ("the situation in Iran will come up in Geneva": where a topic is to be discussed is the summit's place, whatever
  // else the topic's words rank.)
  if (TOPIC_RAISED_IN.test(norm.slice(Math.max(s.start, m.start - 30), m.start))) ranked = ranked.filter(c => c.event.primary);
  const all = contenders(ranked);
  let near = all.filter(c => c.event.place);
  // "greeting Lavrov at Hofdi House …, on the sidelines of the Arctic Council ministerial": with a meeting held on the
  // sidelines of a gathering, the place is the meeting's.
  if (near.some(c => c.event.occasion)) { const occasions = new Set(near.map(c => c.event.occasion)); near = near.filter(c => !occasions.has(c.event.id)); }
  if (!near.length) return;
  // "In Geneva he faces a Biden who, when a reporter asked in March …": when an event the sources place nowhere is
  // clearly likelier, the place may be its own; a weaker placed event is no ground for a verdict.
  if (!all[0].event.place && near[0].score <= all[0].score - 1) return;
  // "to a NATO summit in Paris": the event named right before "in" is the one placed, whatever else the sentence names.
  // ("a G7 meeting in Britain": a word for the gathering may stand between.)
  // ("NATO (Berlin)", "G7 meeting (France)": the event a place in brackets follows.)
  const named = around.find(o => o.kind === 'eventName' && o.end <= m.start && m.start - o.end <= 24 && /^(?:\s+(?:(?:meeting|summit|talks|ministerial|conference|forum)\s+)?(?:in|at)\s+(?:the\s+)?|(?:\s+(?:meeting|summit|talks|ministerial|conference|forum))?\s*\(\s*)$/i.test(ctx.analysis.norm.slice(o.end, m.start)));
  // (Wherever it ranks: in "after the G7 in the UK and NATO in Brussels" NATO's name lies nearer the UK's other side.)
  // "to Brussels for a NATO summit": the event a destination is visited for.
  const namedFor = named ? undefined : around.find(o => o.kind === 'eventName' && o.start >= m.end && o.start - m.end <= 16 && /^\s*,?\s+for\s+(?:a|an|the)\s+$/i.test(ctx.analysis.norm.slice(m.end, o.start)));
  const target = named ?? namedFor;
  const namedEvent = target && (near.find(c => c.event.id === target.id) ?? ranked.find(c => c.event.id === target.id && c.event.place));
  if (namedEvent) near = [namedEvent, ...near.filter(c => c !== namedEvent)];
  const best = near[0].event;
  // "the Moscow handshake": a place before a word for a meeting is said of a meeting of that kind only ("years between
  // the Moscow handshake and Geneva" places no summit in Moscow).
  const attributive = MEETING_AFTER.exec(norm.slice(m.end, m.end + 14));
  if (attributive && !meetingOfKind(best, attributive[1].toLowerCase())) return;
  // "preparations for the Biden–Putin summit …, misstated the date of the foreign ministers' meeting in Reykjavik": a
  // word for a meeting right before the place, of which the sources hold one there, places that meeting when the event
  // ranked first is named only well away from the place.
  if (m.kind === 'place' && !namedEvent && heldJustBefore(ctx, s, m) && around.some(o => o.kind === 'eventName' && o.id === best.id)
    && !around.some(o => (o.kind === 'eventName' && o.id === best.id || (o.kind === 'person' && best.participants.includes(o.id!))) && Math.abs(o.start - m.start) <= FAR)) return;
  const fitting = m.kind === 'place' ? near.find(c => placeFits(base, m.id, c.event.place!)) : undefined;
  if (fitting) {
    confirm(ctx, m, `${capital(fitting.event.name)}: ${placeName(base, fitting.event.place!)}`, fitting.event.cite);
    return;
  }
  // ("… after the summit; it illustrated the story with a photo of him meeting … in Tehran": the place is that of another
  // meeting of someone the sentence names who was not at the first-ranked one, and that meeting's word stands just
  // before the place.)
  // (Not a name in the possessive: "Lavrov's reaction to Biden's "killer" remark … a photo of Lavrov meeting Zarif in Moscow"
  // names no meeting of Biden's.)
  if (m.kind === 'place' && base.events.some(e => e.place && placeFits(base, m.id, e.place) && e.participants.some(p => !best.participants.includes(p) && around.some(x => x.kind === 'person' && x.id === p && !/^['’]s?\b/.test(norm.slice(x.end, x.end + 2))))
    && nearby(s.words, m).some(w => w.end <= m.start && m.start - w.end <= 60 && w.events.includes(e.id)))) return;
  // ("… the 2018 meeting in Helsinki; this time, Geneva": with no event named, a place that is the place of another
  // likely event may be that one's.)
  // (Only when the first-ranked event's own place is named elsewhere in the sentence: "Putin last met a US president in July
  // 2018, when he met Donald Trump in Geneva" places the 2018 meeting, wrongly.)
  if (m.kind === 'place' && !around.some(o => o.kind === 'eventName') && ranked.some(c => c.event !== best && c.event.place && placeFits(base, m.id, c.event.place) && c.score >= near[0].score / 2)
    && around.some(o => o.kind === 'place' && o !== m && placeFits(base, o.id, best.place!))) return;
  // ("The meeting in Geneva is on July 16": the main event's own place, with nothing that names the other event — its name,
  // a person of its own, its own place — is the main event's, whatever a month ranks; the date's check says what is wrong.)
  const primary = base.events.find(e => e.primary);
  if (m.kind === 'place' && primary?.place && best !== primary && placeFits(base, m.id, primary.place) && ranked.some(c => c.event === primary)
    && !around.some(o => (o.kind === 'eventName' && o.id === best.id) || (o.kind === 'person' && best.participants.includes(o.id!) && !primary.participants.includes(o.id!)) || (o.kind === 'place' && o !== m && best.place && placeFits(base, o.id, best.place)))
    // (A date with its year that is the other event's names it too: "Back in March 2011, … shook hands … here in Geneva".)
    && !nearby(s.dates, m).some(d => d.year !== undefined && !!best.date && dateAgrees(d, best.date))) return;
  // ("| Location | Reykjavik, Iceland |" two rows under a caption naming the Reykjavik meeting: a record's location field
  // holding another event's own place, in a row that names no event, leaves what it is the place of open.)
  if (m.kind === 'place' && LOCATION_FIELD.test(norm.slice(s.start, m.start)) && !around.some(o => o.kind === 'eventName' || o.kind === 'unknownEvent') && !nearby(s.words, m).some(w => w.events.length && w.start >= s.start && w.end <= s.end)
    && base.events.some(e => e !== best && e.place && placeFits(base, m.id, e.place) && !placeFits(base, e.place, best.place!))) return;
  // A place that contains the draft's place is not a contradiction ("in Russia" for an event in Moscow is fine).
  if (m.kind === 'place' && near.some(c => placeFits(base, c.event.place!, m.id))) return;
  // One place per event in a sentence: when another venue well apart from this one is the event's own
  // ("Nobody in Washington … the meeting in Geneva"), this one is about something else. A place right beside
  // it is the same statement ("at the Harpa concert hall in Helsinki") and does not excuse it.
  const apart = (o: { start: number; end: number }) => o.end + APART <= m.start || o.start >= m.end + APART
    // Neighbouring table cells are separate statements ("| City | Helsinki | Geneva |").
    || ctx.analysis.norm.slice(Math.min(o.end, m.end), Math.max(o.start, m.start)).includes('\u2028')
    // ("one in Britain and one in Brussels": nor are places in phrases joined by "and".)
    || /\b(?:and|or|then)\s+(?:[\w-]+\s+){0,2}(?:in|at)\s+(?:the\s+)?$/i.test(ctx.analysis.norm.slice(Math.min(o.end, m.end), Math.max(o.start, m.start)))
    // Nor is "in Geneva after a G7 meeting in Britain": the event's own name stands between, and the place after it is its.
    || around.some(e => e.kind === 'eventName' && e.id === best.id && e.start >= Math.min(o.end, m.end) && e.end <= Math.max(o.start, m.start));
  if (m.kind === 'place' && s.mentions.some(o => o.kind === 'place' && o.venue && o !== m && placeFits(base, o.id, best.place!) && apart(o))) return;
  // "Nobody in Moscow is talking up the Geneva summit": the event named after the place by its own name is not placed by it.
  // (Only a name that itself carries the event's place: "on to Paris for a NATO summit" does place the NATO summit.)
  const own = base.places.find(p => p.id === best.place);
  if (own && around.some(o => o.kind === 'eventName' && o.id === best.id && o.start > m.end && [own.name, ...own.aliases].some(n => o.text.includes(n)))) return;
  // A place the base does not know may lie inside a country the sources give ("Cornwall" for "Britain"): no verdict.
  const level = base.places.find(p => p.id === best.place)?.kind;
  if (m.kind === 'unknownPlace' && level === 'country' && !COUNTRIES.has(m.text.replace(/\s+/g, ' '))) return;
  // "at Villa La Grange" may be a venue inside the city the sources give: only a known venue can contradict it.
  if (m.kind === 'unknownPlace' && level !== 'venue' && /\bat\s+(?:the\s+)?$/i.test(ctx.analysis.norm.slice(Math.max(0, m.start - 8), m.start))) return;
  // "they already met on 10.3.2010 in Moscow": a date beside the place belongs to the same statement; when that date's
  // event is one held here, the place is right and the date is what the date check judges.
  if (m.kind === 'place' && datedHere(ctx, s, m, best)) return;
  // "Then-Vice President Biden and then-Prime Minister Putin meet in Moscow": titles of a past year name its time, and
  // an event of that year was held here.
  if (m.kind === 'place' && pastTitlesPlaceHere(ctx, s, m)) return;
  if (metSomeoneElse(ctx, s, m, best)) return;
  // ("On 10 March 2011 Biden and Putin meet in Moscow": the date and the people are another event's, held here.)
  if (m.kind === 'place' && wholeOtherEvent(ctx.analysis, s, best, m)) return;
  const atVenue = m.kind === 'unknownPlace' && /\bat\s+(?:the\s+)?$/i.test(ctx.analysis.norm.slice(Math.max(0, m.start - 8), m.start));
  // A country the base does not know ("Sweden") is fixed with the event's country.
  const unknownCountry = m.kind === 'unknownPlace' && COUNTRIES.has(m.text.replace(/\s+/g, ' '));
  const right = placeName(base, best.place!, atVenue ? 'venue' : unknownCountry ? 'country' : sameLevel(base, m.kind === 'place' ? m.id : undefined, best.place!));
  report(ctx, 'wrong-place', {
    span: m,
    message: `The draft places ${unplaced(base, best.name, best.place!)} in ${text(ctx, m)}; the sources give ${placeName(base, best.place!)}.`,
    fact: `${capital(unplaced(base, best.name, best.place!))}: ${placeName(base, best.place!)}`,
    citations: best.cite,
    fixes: [replaceFix(m, right)],
  });
}

/**
 * "FILE: ST PETERSBURG, RUSSIA · MARCH 10, 2011 | THEN-VICE PRESIDENT BIDEN …": a caption's place, its country perhaps,
 * and right after it a full date that is the very day of one event the sources place: the place is said of that event.
 */
// ("The photo was taken in Minsk, Belarus, on May 23, 2021": or where and when a picture was taken, `taken`.)
function checkCaptionPlace(ctx: CheckContext, s: Sentence, m: Mention, taken = momentIn(ctx, s, m)): boolean {
  const { base, norm } = ctx.analysis;
  const d = nearby(s.dates, m).find(x => x.start >= m.end && x.start - m.end <= 40 && x.day !== undefined && x.year !== undefined && !x.range
    && (CAPTION_GAP.test(norm.slice(m.end, x.start)) || (taken && TAKEN_GAP.test(norm.slice(m.end, x.start)))));
  // (The words between name the place's own country, if anything: in "the Presidents of the United States and of Russia,
  // Geneva, 16 June 2021" Geneva is the place the date goes with.)
  // (A city the sources do not know may be followed by its country: "Minsk, Belarus".)
  const known = m.kind === 'place';
  if (!d || nearby(s.mentions, m).some(o => o !== m && o.start >= m.end && o.end <= d.start && !(o.kind === 'place' && (!known || placeFits(base, o.id, m.id) || placeFits(base, m.id, o.id))))) return false;
  const events = base.events.filter(e => e.place && e.date?.day !== undefined && e.date.year !== undefined && dateAgrees(d, e.date));
  if (events.length !== 1) return false;
  const e = events[0];
  if (known && (placeFits(base, m.id, e.place!) || placeFits(base, e.place!, m.id))) { confirm(ctx, m, `${capital(e.name)}: ${placeName(base, e.place!)}`, e.cite); return true; }
  // (An unknown place may lie in an event's country: only a city of the sources' is judged against it.)
  if (!known && base.places.find(p => p.id === e.place)?.kind === 'country') return false;
  report(ctx, 'wrong-place', {
    span: m,
    message: `The draft places ${unplaced(base, e.name, e.place!)} in ${text(ctx, m)}; the sources give ${placeName(base, e.place!)}.`,
    fact: `${capital(unplaced(base, e.name, e.place!))}: ${placeName(base, e.place!)}`,
    citations: e.cite,
    fixes: [replaceFix(m, capitalsLike(text(ctx, m), placeName(base, e.place!, sameLevel(base, known ? m.id : undefined, e.place!))))],
  });
  return true;
}
/** Between a caption's place and its date: a country perhaps, and a comma, a middle dot or a dash. */
const CAPTION_GAP = /^(?:,\s*[\p{Lu}][\p{L} .'-]{1,30})?\s*(?:,|·|—|–|-|\|)\s*$/u;
/**
 * Is the place where a moment was caught: a picture "taken in" it, "a handshake in" it? Such a place is judged with a
 * full date after it, set off by "on" or a comma (TAKEN_GAP).
 */
function momentIn(ctx: CheckContext, s: Sentence, m: Mention): boolean {
  const before = ctx.analysis.norm.slice(Math.max(s.start, m.start - 80), m.start);
  // (Or a handshake's: "You are looking at a handshake in Sochi on Thursday, 10 March 2011.")
  return TAKEN_IN.test(before) || HANDSHAKE_IN.test(before);
}
const HANDSHAKE_IN = /\b(?:handshake|shook\s+hands|shaking\s+hands|shake\s+hands)\s+(?:[a-z]+\s+){0,3}?in\s+$/i;
const TAKEN_IN = /\b(?:photo(?:graph)?|picture|image|shot)\b[^.;:!?]{0,40}\b(?:taken|shot|made)\s+in\s+$/i;
const TAKEN_GAP = /^(?:,\s*[\p{Lu}][\p{L} .'-]{1,30})?\s*,?\s*(?:on\s+)?$/u;

/**
 * "**23 May 2021 — Minsk, Belarus.** A rally for detained blogger … Roman Protasevich.": a dateline of a place and a
 * full date, and the entry after it naming by a word of its own the one event of that date the sources place. The place
 * is said of that event. Returns whether it judged.
 */
function datelineEntry(ctx: CheckContext, s: Sentence, m: Mention): boolean {
  const { base, norm, sentences } = ctx.analysis;
  const d = s.dates.length === 1 ? s.dates[0] : undefined;
  if (!d || d.day === undefined || d.month === undefined || s.end - s.start > 80 || s.index + 1 >= sentences.length) return false;
  // (The sentence is a label at most, the date and places: nothing else.)
  let rest = norm.slice(s.start, s.end).replace(DATELINE_LABEL, '');
  rest = rest.replace(norm.slice(d.start, d.end), ' ').replace(/\(\s*(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?\s*\)/, ' ');
  for (const x of s.mentions) if (x.kind === 'place' || x.kind === 'unknownPlace') rest = rest.replace(x.text, ' ');
  if (/[\p{L}\p{N}]/u.test(rest)) return false;
  const entry = sentences[s.index + 1];
  if (entry.block !== s.block || entry.start - s.end > 8) return false;
  const found = new Set<EventFact>();
  for (const w of entry.words) for (const id of w.events) {
    const e = base.events.find(x => x.id === id);
    if (e?.place && e.date && dateAgrees(d, e.date)) found.add(e);
  }
  if (found.size !== 1) return false;
  const event = [...found][0];
  // ("Minsk, Belarus, 23 May 2021.": the country after a city is judged with the city.)
  if (m.kind === 'place' && s.mentions.some(o => o.kind === 'unknownPlace' && o.end < m.start && /^,\s*$/.test(norm.slice(o.end, m.start)))) return true;
  if (m.kind === 'place' && (placeFits(base, m.id, event.place!) || placeFits(base, event.place!, m.id))) { confirm(ctx, m, `${capital(event.name)}: ${placeName(base, event.place!)}`, event.cite); return true; }
  if (m.kind === 'unknownPlace' && base.places.find(p => p.id === event.place)?.kind === 'country') return true;
  report(ctx, 'wrong-place', {
    span: m,
    message: `The draft places ${unplaced(base, event.name, event.place!)} in ${text(ctx, m)}; the sources give ${placeName(base, event.place!)}.`,
    fact: `${capital(unplaced(base, event.name, event.place!))}: ${placeName(base, event.place!)}`,
    citations: event.cite,
    fixes: [replaceFix(m, placeName(base, event.place!, sameLevel(base, m.kind === 'place' ? m.id : undefined, event.place!)))],
  });
  return true;
}
/** A dateline's label before it: "CAPTION:", "**Shot:**". */
const DATELINE_LABEL = /^[^\p{L}\p{N}]*(?:[A-Z][A-Za-z]{1,20}[*_]*\s*:)?/u;

/** Is the event known by that word ("handshake" for one whose people "shook hands")? */
function meetingOfKind(e: EventFact, word: string): boolean {
  return e.kinds.includes(word) || (word === 'handshake' && e.kinds.some(k => /\b(?:shook|shake|shakes|shaking)\s+hands\b/.test(k)));
}

/** A word for an event right before "in" and the place, when the sources hold an event of that word at the place. */
function heldJustBefore(ctx: CheckContext, s: Sentence, m: Mention): boolean {
  const { norm, base } = ctx.analysis;
  const w = nearby(s.words, m).find(x => x.end <= m.start && m.start - x.end <= 8 && /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(norm.slice(x.end, m.start)));
  return !!w && gatheringsAt(base, m.id!, w).length > 0;
}
/** How far from a place the event it is said of is named, at most, for the place to be that event's without a doubt. */
const FAR = 60;

/**
 * "**Mohammad Javad Zarif.** Iranian Foreign Minister (Putin met him in Tehran).": the one met is a pronoun, and the
 * sentence before names people, none of them the event's: "him" is one of them, and the meeting is another one.
 */
function metSomeoneElse(ctx: CheckContext, s: Sentence, m: Mention, best: EventFact): boolean {
  const { norm } = ctx.analysis;
  if (!MET_PRONOUN.test(norm.slice(Math.max(s.start, m.start - 40), m.start))) return false;
  const prev = previousSentence(ctx, s);
  const people = prev ? prev.mentions.filter(x => x.kind === 'person' || x.kind === 'unknownPerson') : [];
  return people.length > 0 && !people.some(x => best.participants.includes(x.id));
}
/** A meeting's verb and a pronoun for the one met, before the place: "met him in ". */
const MET_PRONOUN = /\b(?:met|meets|meet|meeting|hosted|received|welcomed)\s+(?:with\s+)?(?:him|her)\b[^.;:!?]{0,20}$/i;

/**
 * Did the date check judge a date written right beside the place ("on DATE in PLACE", "PLACE, DATE") against an event
 * held at the place? (The date check runs first; its finding or confirmation cites the event it chose.)
 */
function datedHere(ctx: CheckContext, s: Sentence, m: Mention, best: EventFact): boolean {
  const { norm, base } = ctx.analysis;
  const d = nearby(s.dates, m).find(x => (x.end <= m.start && m.start - x.end <= 8 && /^\s*(?:in|at|,)\s*$/i.test(norm.slice(x.end, m.start)))
    || (x.start >= m.end && x.start - m.end <= 8 && /^\s*(?:,|on)\s*$/i.test(norm.slice(m.end, x.start))));
  // (When the date is the placed event's own, "will meet in Helsinki on June 16", the place is what is wrong.)
  if (!d || (best.date && dateAgrees(d, best.date))) return false;
  const judged = judgedDates(ctx).get(d.start);
  const e = judged && judged.span.end === d.end ? base.events.find(x => x.cite === judged.citations) : undefined;
  if (e) return !!e.place && placeFits(base, m.id, e.place);
  // (A full date the date check left alone, in a sentence of several events, is still a statement with the place: when
  // it is the very day of an event held here, "a Biden–Putin handshake in Moscow on 10 March 2011" is that event's.)
  return !judged && d.day !== undefined && d.year !== undefined && base.events.some(x => !!x.date?.day && !!x.place && dateAgrees(d, x.date) && placeFits(base, m.id, x.place));
}

/**
 * What the date check reported or confirmed, by where it starts, made once per check: looking through every finding
 * for each place would cost the document's findings per place. (The findings and confirmations themselves are kept:
 * no key or copy is made for each.)
 */
type Judged = { span: { end: number }; citations: Citation[] };
const judgedByCheck = new WeakMap<CheckContext, Map<number, Judged>>();
function judgedDates(ctx: CheckContext): Map<number, Judged> {
  let map = judgedByCheck.get(ctx);
  if (!map) {
    map = new Map();
    for (const f of ctx.findings) if (f.code === 'wrong-date' || f.code === 'wrong-weekday') map.set(f.span.start, f);
    for (const c of ctx.confirmations) if (!map.has(c.span.start)) map.set(c.span.start, c);
    judgedByCheck.set(ctx, map);
  }
  return map;
}

/**
 * An event's name without the place it ends on: "the Biden–Putin summit in Geneva" is placed "in Reykjavik" by the
 * draft, and a message that named both places in a row ("the summit in Geneva in Reykjavik") would read as nonsense.
 */
function unplaced(base: FactBase, name: string, place: string): string {
  for (const p of placeChain(base, place)) {
    for (const n of [p.name, ...p.aliases]) {
      if (name.endsWith(` in ${n}`)) return name.slice(0, -(n.length + 4));
      // ("the rally in Kiev for Roman Protasevich" → "the rally for Roman Protasevich".)
      if (name.includes(` in ${n} `)) return name.replace(` in ${n} `, ' ');
    }
  }
  return name;
}

/** A country written after a city: "Reykjavik, Norway". */
// (Or a phrase of occasion after a comma: "Harpa concert hall, Oslo, on the sidelines of the Arctic Council ministerial".)
const CITY_ALONE = /^(?:\s*[|\u2028\u2029)\n]|\s*[.;]|\s*$|,\s+(?:on\s+)?\d|,\s+on\s+the\s+sidelines\b)/;
/** After a city: its country, and the end of the phrase (", Norway", ", Norway |"). */
const COUNTRY_THEN_END = /^,\s*(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)(?=\s*(?:[.;|\u2028\u2029)\n]|$))/u;
const COUNTRY_AFTER = /^,\s*(\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*){0,2})/u;
/** After a venue, "in" and the capitalised words of where: "the Harpa in Oslo". */
const CITY_IN_AFTER = /^\s+in\s+(\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*){0,2})/u;

/**
 * "Reykjavik, Norway": a city (or venue) the sources place in one country, written with another.
 * Whatever the sentence speaks of, the city is not in that country.
 */
function checkCountryAfter(ctx: CheckContext, m: { start: number; end: number; id: string; text: string }): void {
  const { base, norm } = ctx.analysis;
  // COUNTRY_AFTER opens with the comma: without one, nothing to read. (A venue may be placed by "in" too: "the Harpa
  // in Oslo" is read as "the Harpa, Oslo".)
  const comma = norm.charCodeAt(m.end) === 44 /* , */;
  if (!comma && norm.charCodeAt(m.end) !== 32 /* space */) return;
  const place = base.places.find(p => p.id === m.id);
  if (!place || (place.kind !== 'city' && place.kind !== 'venue')) return;
  const after = (comma ? COUNTRY_AFTER : place.kind === 'venue' ? CITY_IN_AFTER : undefined)?.exec(norm.slice(m.end, m.end + 52));
  if (!after) return;
  const country = placeChain(base, place.id).find(p => p.kind === 'country');
  if (!country) return;
  // The longest run of the capitalised words that names a country ("United States", not "United").
  const words = after[1].split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ').replace(/[.,]+$/, '');
    // (After a venue, a city too: "the Harpa concert hall, Helsinki".)
    // (In any case: "HARPA CONCERT HALL, REYKJAVIK" in a graphics sheet's capitals.)
    const lower = name.toLowerCase();
    const known = base.places.find(p => (p.kind === 'country' || (place.kind === 'venue' && p.kind === 'city')) && [p.name, ...p.aliases].some(a => a.toLowerCase() === lower));
    // ("| Harpa concert hall, Oslo |": after a venue, one capitalised word alone before the cell's or phrase's end is its
    // city, known or not.)
    const start = m.end + after[0].length - after[1].length;
    // ("Harpa concert hall, Oslo, Norway": or with its country after it.)
    const rest = norm.slice(start + name.length, start + name.length + 40);
    const withCountry = COUNTRY_THEN_END.exec(rest);
    const city = !known && !COUNTRIES.has(name) && place.kind === 'venue' && n === 1 && (CITY_ALONE.test(rest.slice(0, 28)) || (!!withCountry && COUNTRIES.has(withCountry[1])))
      && !CALENDAR_WORD.test(name) && !base.people.some(p => p.aliases.includes(name));
    if (!known && !COUNTRIES.has(name) && !city) continue;
    // "in Reykjavik, US Secretary of State Antony Blinken …": a country's name run into the next capitalised word
    // qualifies it, and says nothing of where the city is.
    if (n < words.length && !words[n - 1].endsWith('.') && !CALENDAR_WORD.test(words[n])) return;
    if (known && placeFits(base, known.id, place.id)) return;
    const right = known?.kind === 'city' || city ? base.places.find(p => p.id === place.in) ?? country : country;
    const span = { start, end: start + name.length };
    report(ctx, 'wrong-place', {
      span,
      message: `The draft places ${place.name} in ${name}; the sources give ${place.name}, ${right.name}.`,
      fact: `${place.name}: ${placeName(base, place.id)}`,
      citations: place.kind === 'venue' ? [...place.cite, ...(base.places.find(p => p.id === place.in)?.cite ?? [])] : place.cite,
      fixes: [replaceFix(span, right.name)],
    });
    return;
  }
}

/** The place and those around it, innermost first ("Harpa concert hall", "Reykjavik", "Iceland"). */
function placeChain(base: FactBase, id: string): Place[] {
  const chain: Place[] = [];
  for (let q: string | undefined = id, guard = 0; q && guard < 10; guard++) {
    const p = base.places.find(x => x.id === q);
    if (!p) break;
    chain.push(p);
    q = p.in;
  }
  return chain;
}

/** "Geneva, Switzerland"; with `level`, only the place at that level ("Geneva"). */
export function placeName(base: FactBase, id: string, level?: string): string {
  const chain = placeChain(base, id);
  if (level) return chain.find(p => p.kind === level)?.name ?? chain[0]?.name ?? id;
  const shown = chain.filter(p => p.kind !== 'region').slice(0, 2);
  return shown.map(p => p.name).join(', ');
}

/** The level the draft wrote at (a city for a city), so the fix reads like the draft. */
function sameLevel(base: FactBase, draftPlace: string | undefined, eventPlace: string): string {
  const kind = draftPlace ? base.places.find(p => p.id === draftPlace)?.kind : 'city';
  const event = base.places.find(p => p.id === eventPlace);
  if (kind === 'venue' && event?.kind !== 'venue') return 'city';
  return kind ?? 'city';
}

/** Does the sentence give someone a title they held only in a past year ("then-Prime Minister Putin") of an event held at the place? */
function pastTitlesPlaceHere(ctx: CheckContext, s: Sentence, m: Mention): boolean {
  const { base } = ctx.analysis;
  return s.roles.some(r => r.past && pastTitleEvents(ctx.analysis, r).some(e => !!e.place && placeFits(base, m.id, e.place)));
}

/** Is the place an answer's ("Answer: Belarus"), to a question before it that does not ask where? */
function answersOtherThanWhere(ctx: CheckContext, s: Sentence, m: Mention): boolean {
  const { norm } = ctx.analysis;
  if (m.start - s.start > 24 || !ANSWER_LABEL_ALONE.test(norm.slice(s.start, m.start))) return false;
  const prev = previousSentence(ctx, s);
  if (!prev || s.start - prev.end > 200) return false;
  const asked = norm.slice(Math.max(prev.start, prev.end - 240), prev.end);
  return /\?[\s*_]*$/.test(asked) && !ASKS_WHERE.test(asked);
}
const ASKS_WHERE = /\bwhere\b|\bin\s+which\s+(?:city|country|town|capital|place)\b|\bwhich\s+(?:city|town|capital|venue|place)\b|\bhost(?:ed|s|ing)?\b|\bvenue\b|\blocation\b|\bheld\b/i;
