/** wrong-date and wrong-weekday: dates stated for an event against the event's date in the sources. */
import { rankEvents, contenders, dateAgrees, near as nearby, PREVIOUS_MEETING, MIN_SCORE, wholeOtherEvent, pastTitleEvents, placeFits, headerTextOf, tableOf, diaryDay, firstCellDate, type Candidate } from '../analysis/events';
import { inMarkedQuotation, isQuestionLabel, isHeading, type Sentence, type EventWord } from '../analysis/document';
import { renderLike, describeDate, weekdayOf, weekdayName, weekdayIndex, type DateMention } from '../text/dates';
import type { Span } from '../types';
import type { EventFact, FactBase } from '../facts/model';
import { type CheckContext, report, confirm, replaceFix, previousSentence, text, capitalsLike, RELATIVE_OPENING } from './context';
import { remarkIn } from './eventNames';

export function checkDates(ctx: CheckContext): void {
  const { base } = ctx.analysis;
  for (const s of ctx.analysis.sentences) {
    if (s.end <= ctx.from) continue;
    let said: ReturnType<typeof remarkIn> | null = undefined;
    for (const d of s.dates) {
      const posting = postingDate(ctx, s, d);
      if (d.weekday !== undefined && d.year && d.month && d.day && weekdayOf(d.year, d.month, d.day) !== d.weekday) {
        const right = weekdayName(weekdayOf(d.year, d.month, d.day));
        report(ctx, 'wrong-weekday', {
          span: d, message: `"${text(ctx, d)}": ${describeDate(d)} was a ${right}, not a ${weekdayName(d.weekday)}.`,
          fact: `${describeDate(d)} was a ${right}`, citations: [], fixes: [replaceFix(d, renderLike(d, d))],
        });
      } else if (d.year === undefined || d.weekday === undefined) { if (d.month && d.day && checkApposedWeekday(ctx, s, d, posting)) continue; }
      // ("both capitals spent May and early June lowering expectations": a time spent doing something is no event's date;
      // nor is one a story goes back to, "Let's rewind to January 2021.")
      if (REWOUND_TO.test(ctx.analysis.norm.slice(Math.max(s.start, d.start - 30), d.start))) continue;
      // ("How do we get from January 2021 to Geneva?": a time a way is traced from, to a place or an event, is no event's.)
      if (/\bfrom\s+$/i.test(ctx.analysis.norm.slice(Math.max(s.start, d.start - 6), d.start)) && FROM_TIME_TO.test(ctx.analysis.norm.slice(d.end, d.end + 30))) continue;
      if (SPENT_BEFORE.test(ctx.analysis.norm.slice(Math.max(s.start, d.start - 40), d.start))) continue;
      // ("**To:** Foreign desk / **From:** … / **Date:** 7 June 2021": a memo's or an email's header dates the memo.)
      // ("## Tue 15 June — Geneva" over a travel log's "Train via Basel fell through; took the 11:20 flight": a date with its
      // own right weekday, in a line that tells no event, over an entry that tells none, is the writer's day.)
      if (writersDayLine(ctx, s, d)) continue;
      if (headerDate(ctx, d) || PIECE_DATE_LABEL.test(ctx.analysis.norm.slice(Math.max(s.start, d.start - 24), d.start))) continue;
      // ("Sputnik's 1 June headline (a Tuesday)": a date before a word for a piece, after its outlet's possessive, is the piece's.)
      if (/['’]s\s+$/.test(ctx.analysis.norm.slice(Math.max(s.start, d.start - 4), d.start)) && PIECE_AFTER.test(ctx.analysis.norm.slice(d.end, d.end + 24))) continue;
      // ("9. **New START (Sputnik, 4 June).**", "| Sputnik, 04.06.2021 |": a date after a publication's name, in brackets or alone in
      // its cell with it, is the cited piece's.)
      if (citedPieceDate(ctx, s, d)) continue;
      if (posting || inMarkedQuotation(ctx.analysis, d) || inDateline(ctx, s, d) || ctx.misnamed.has(s.index) || stamped(ctx, d) || diaryDay(ctx.analysis, s)) continue;
      // 'Sputnik, "Putin on Upcoming Meeting With Biden" (4 June 2021)': a date in brackets after a quoted title is the
      // cited piece's, not an event's.
      if (/["”»]\s*\(\s*$/.test(ctx.analysis.norm.slice(Math.max(0, d.start - 4), d.start)) && /^\s*\)/.test(ctx.analysis.norm.slice(d.end, d.end + 2))) continue;
      // "On a Tuesday in May, with the summit set for the following month, Peskov laid out …": the sentence puts its
      // event at a time counted from the date, which is then another's.
      if (d.day === undefined && SET_AFTER.test(ctx.analysis.norm.slice(d.end, Math.min(s.end, d.end + 120)))) continue;
      // "Thursday 16 June 2022, one year to the day after the Geneva summit": a date said to be a time away from an event
      // is not that event's.
      if (COUNTED_FROM_AFTER.test(ctx.analysis.norm.slice(d.end, Math.min(s.end, d.end + 60)))) continue;
      // "Friday 4 June (04.06.2021)": a date in brackets right after another restates it; the first is the one checked.
      if (/\(\s*$/.test(ctx.analysis.norm.slice(Math.max(s.start, d.start - 3), d.start)) && nearby(s.dates, d).some(o => o !== d && o.end <= d.start && d.start - o.end <= 4)) continue;
      // ("# Photo desk — daily picture list" then "**Friday 4 June 2021 · Foreign pages · Package: …**": a date opening the
      // document's first line under its title, set off by a separator, is the page's own.)
      if (s.index <= 2 && /^[\s*_]*$/.test(ctx.analysis.norm.slice(s.start, d.start)) && MASTHEAD_AFTER.test(ctx.analysis.norm.slice(d.end, d.end + 4)) && ctx.analysis.sentences.slice(0, s.index).every(x => isHeading(ctx.analysis, x))) continue;
      // ("Sputnik's 1 June headline (a Tuesday)": a weekday alone in brackets that is the weekday of a date just before it
      // restates that date.)
      if (d.weekday !== undefined && d.day === undefined && /\(\s*(?:a\s+|on\s+a\s+)?$/i.test(ctx.analysis.norm.slice(Math.max(s.start, d.start - 8), d.start))
        && nearby(s.dates, d).some(o => o !== d && o.end <= d.start && d.start - o.end <= 30 && o.day !== undefined && o.month !== undefined && weekdayOf(o.year ?? base.referenceYear, o.month, o.day) === d.weekday)) continue;
      // ("C5 is datelined 04.06.2021": the date a piece carries is its own.)
      if (/\bdatelined\s+$/i.test(ctx.analysis.norm.slice(Math.max(s.start, d.start - 12), d.start))) continue;
      // ("The last meeting … before 2021 was …": a year after "before" or "after" bounds a time; it dates no event.)
      if (d.format === 'y' && YEAR_BOUND_BEFORE.test(ctx.analysis.norm.slice(Math.max(s.start, d.start - 12), d.start))) continue;
      // "After January 2021, Trump is "former President Donald Trump"": a date opening its sentence after "after" or "since",
      // then a name and a copula, bounds the time a description holds; it dates no event.
      if (BOUND_BEFORE.test(ctx.analysis.norm.slice(s.start, d.start)) && STATE_AFTER.test(ctx.analysis.norm.slice(d.end, Math.min(s.end, d.end + 60)))) continue;
      // ("In March, Biden told Putin during a phone call that he considered him a "killer"": a date that agrees with the
      // remark the sentence names by its own word is the remark's, whatever else the sentence's words name.)
      // (Found once per sentence: a run-on sentence's many dates do not each read all its words.)
      if (said === undefined) said = remarkIn(ctx, s) ?? null;
      if (said && dateAgrees(d, said.remark.date!)) { confirm(ctx, d, `${capital(said.remark.name)}: ${describeDate(said.remark.date!)}`, said.remark.cite); continue; }
      // ("**Date:** 21 April 2021 · **Place:** — · **Credit:** © Sputnik / Alexei Druzhinin": a full date in the sentence of a
      // credited picture's photographer is the day of the event the picture shows.)
      // (Only a record's date field, in a sentence that names no event: a caption's date is judged by its words.)
      if (d.day !== undefined && d.month !== undefined && d.start - s.start <= 200 && RECORD_DATE_FIELD.test(ctx.analysis.norm.slice(Math.max(s.start, d.start - 16), d.start))
        && !s.words.some(w => w.events.length) && !s.mentions.some(m => m.kind === 'eventName')) {
        const shown = pictureEvent(ctx, s);
        if (shown?.date?.day !== undefined) {
          if (dateAgrees(d, shown.date)) { confirm(ctx, d, `${capital(shown.name)}: ${describeDate(shown.date)}`, shown.cite); continue; }
          reportWrongDate(ctx, d, shown, keepPeriod(text(ctx, d), renderLike(d, { year: shown.date.year, month: shown.date.month, day: shown.date.day })));
          continue;
        }
      }
      // ("| Date | 2021-05-19 (Wednesday) |" in a photo archive's record: a full date that is exactly an event's, in a line
      // that names no event, is that event's, whatever the lines around speak of.)
      if (d.year !== undefined && d.month !== undefined && d.day !== undefined && !s.words.some(w => w.events.length) && !s.mentions.some(m => m.kind === 'eventName')) {
        const exactly = base.events.find(e => e.date?.year === d.year && e.date?.month === d.month && e.date?.day === d.day);
        if (exactly) { confirm(ctx, d, `${capital(exactly.name)}: ${describeDate(exactly.date!)}`, exactly.cite); continue; }
      }
      let ranked = rankEvents(ctx.analysis, s, d, previousSentence(ctx, s), undefined, d);
      // ("the first at heads-of-state level since 2018": a time counted from is never the main event's own.)
      // ("since the 2018 Stockholm meeting": a date in the phrase after "since the" too.)
      if (/\bsince\s+(?:the\s+|their\s+|that\s+)?$/i.test(ctx.analysis.norm.slice(Math.max(s.start, d.start - 12), d.start))) ranked = ranked.filter(c => !c.event.primary);
      // ("Putin was photographed speaking at which summit in April?": a question asking which gathering is not about the
      // main event, which the draft knows.)
      else if (WHICH_GATHERING.test(ctx.analysis.norm.slice(s.start, d.start)) && /\?[\s*_]*$/.test(ctx.analysis.norm.slice(d.end, s.end))) ranked = ranked.filter(c => !c.event.primary);
      // ("The two men at the table in Geneva had met before, in March 2011": nor is a meeting had before.)
      // ("| 12 March 2011 | Biden and Putin meet in Moscow | The only previous face-to-face precedent |": nor one said to be previous.)
      else if (MET_BEFORE.test(ctx.analysis.norm.slice(Math.max(s.start, d.start - 60), d.start)) || PREVIOUS_MEETING.test(ctx.analysis.norm.slice(Math.max(s.start, d.start - 160), Math.min(s.end, d.end + 160)))) ranked = ranked.filter(c => !c.event.primary);
      // "confirmed the 16 June date", "both capitals confirmed 16 June in late May": a date before the word "date", or
      // right after the verb as its object, is the date confirmed, not the confirmation's.
      // (So is one the verb sets it "for": "confirmed it in late May, for the sixteenth of June".)
      // ("| Date | Wednesday, 16 June 2021 | confirmed by Moscow and Washington in late May |": or one said to be confirmed by
      // someone right after it.)
      if (/^\s+date\b/i.test(ctx.analysis.norm.slice(d.end, d.end + 6)) || CONFIRMED_BY_AFTER.test(ctx.analysis.norm.slice(d.end, d.end + 30)) || DATE_ANNOUNCED.test(ctx.analysis.norm.slice(Math.max(s.start, d.start - 60), d.start)) || SET_FOR.test(ctx.analysis.norm.slice(Math.max(s.start, d.start - 8), d.start))) {
        ranked = ranked.filter(c => !c.event.kinds.some(k => ANNOUNCING_VERB.test(k)));
      }
      // No event to weigh: every pool below is a part of this list, so nothing could be reported or confirmed.
      if (!ranked.length) continue;
      if (checkMisnamed(ctx, s, d)) continue;
      const head = headWord(ctx, s, d);
      // "Cited as the basis for the March 2021 designations": a date between "the" and a noun no event is known by dates
      // that noun.
      // (So does a bare year before one after a preposition, whatever word comes before: "used as a file photo in 2021
      // coverage of the summit" dates the coverage.)
      if (OTHER_NOUN_AFTER.test(ctx.analysis.norm.slice(d.end, d.end + 24)) && ((!head && /\bthe\s+$/i.test(ctx.analysis.norm.slice(Math.max(0, d.start - 6), d.start)))
        || (d.format === 'y' && /\b(?:in|of|for|from|to)\s+$/i.test(ctx.analysis.norm.slice(Math.max(0, d.start - 6), d.start))))) continue;
      let ofHead = head ? ranked.filter(c => head.events.includes(c.event.id)) : [];
      // ("The 22 April 2021 photo is Putin at the Leaders' summit on climate": a picture is dated by what it shows; when the
      // sentence names an event by its own name, the word for the picture picks none.)
      if (head && PICTURE_WORD.test(head.word) && nearby(s.mentions, d).some(m => m.kind === 'eventName' && !head.events.includes(m.id!))) ofHead = [];
      // ("Sullivan and Patrushev worked through the final details of the encounter in late May": a word for what the
      // sentence's act prepares does not take a date none of its events has; the act may.)
      if (head?.reference && !ofHead.some(c => c.event.date && dateAgrees(d, c.event.date))) ofHead = [];
      // "their April call": a month alone before the word picks, of the events the word names, the one of that month.
      if (head && d.format === 'm' && head.start > d.start) {
        const picked = ofHead.find(c => c.event.date && dateAgrees(d, c.event.date));
        if (picked) ofHead = [picked];
      }
      // ("When the two spoke in April, he told Mr Putin …": a month alone after a word that names one call, when another call
      // of the same kind was in that month and the word's was not, is that other call's.)
      if (head && d.format === 'm' && head.end <= d.start && d.start - head.end <= 8 && ofHead.length === 1 && ofHead[0].event.date && !dateAgrees(d, ofHead[0].event.date)) {
        const sameKind = ranked.filter(c => c !== ofHead[0] && c.event.date && dateAgrees(d, c.event.date) && c.event.participants.length >= 2 && c.event.kinds[0] === ofHead[0].event.kinds[0]);
        if (sameKind.length === 1) ofHead = sameKind;
      }
      // "The June 17 summit": "the", a date and the main event's own word name the main event, whatever else the sentence names.
      if (head && /\bthe\s+$/i.test(ctx.analysis.norm.slice(Math.max(0, d.start - 4), d.start))) {
        const main = ofHead.find(c => c.event.primary && c.event.kinds[0] === head.word);
        if (main) ofHead = [main];
      }
      // "The rapprochement began in April, when in a phone call, Biden suggested …": the clause "when" opens after the
      // date tells what happened then; the events its own words name are the date's.
      const when = !ofHead.length ? whenClauseEvents(ctx, s, d) : undefined;
      if (when) ofHead = ranked.filter(c => when.has(c.event.id));
      // "In late May both sides confirmed the summit": the date is the announcement's, which the sources do not date.
      // The announcing verb may name an event of its own ("confirmed": the confirmation); if not, no event here is dated.
      // A date opening its sentence dates the sentence's first act: an announcement ("Late May — Moscow and Washington
      // confirm the Geneva date"), or an act in the past tense ("In March, the Biden administration sanctioned …";
      // "met" and "meet" name too many meetings to choose from).
      const opens = isFronted(ctx, s, d);
      const fronted = opens ? frontedWord(ctx, s, d) : undefined;
      const announced = announcedAfter(ctx, s, d) ?? (fronted && ANNOUNCING_VERB.test(fronted.word) ? { events: actAnnounced(ctx, s, fronted) ?? fronted.events } : undefined) ?? askedAnnounced(ctx, s)
        ?? (fronted ? askedToMeet(ctx, d, fronted) : undefined);
      // An event's own name next to the date ties them by syntax as a head word does: "first spoke by telephone on 26
      // February", or a fronted date and the name of what its clause tells ("On 26 February, shortly after …, the two men
      // spoke by phone for the first time"). A name, not a word for a kind: "met" names too many meetings.
      // ("Mr Putin spoke about the meeting on Friday, 4 June, at the 24th International Economic Forum": or a gathering's
      // name right after the date, at which something happened then.)
      const atName = announced ? undefined : atNameAfter(ctx, s, d);
      const named = announced ? undefined : nameBefore(ctx, s, d) ?? (opens && !(fronted && /ed$/.test(fronted.word)) ? nameAfter(ctx, s, d) : atName);
      // (The gathering named after "at" dates the date over a word before it: "spoke about the meeting on Friday, 4 June,
      // at the … Forum" spoke at the forum then.)
      if (atName && named === atName) ofHead = [];
      const placed = announced || named ? undefined : gatheringPlacedBefore(ctx, s, d);
      const ofName = named ? ranked.filter(c => named.includes(c.event.id)) : placed ? [ranked.find(c => c.event === placed) ?? { event: placed, score: 0, own: 0 }] : [];
      const act = !announced && !ofName.length && fronted && /ed$/.test(fronted.word) ? fronted.events : undefined;
      const ofAct = act ? ranked.filter(c => act.includes(c.event.id)) : [];
      // "extended for five years, to February 2031": a date after "to" or "until" is the end an event declares ("until").
      const ending = !announced && !ofHead.length && UNTIL.test(ctx.analysis.norm.slice(Math.max(0, d.start - 24), d.start))
        ? ranked.filter(c => c.event.kinds.includes('until')) : [];
      // "Putin said on Friday that he and Biden must find at their meeting …", "They will meet in Geneva, the Kremlin
      // said on Monday": a date right after a verb of saying dates the saying; a meeting is what was spoken of.
      // (So does a date right after a piece of writing or a broadcast: "A Sputnik headline in early June had him saying
      // … after the Putin–Biden meeting", "an article on 14 June said …".)
      const lead = ctx.analysis.norm.slice(Math.max(s.start, d.start - 40), d.start);
      const spoken = !announced && (SAID_ON.test(lead) || PUBLISHED_ON.test(lead));
      let heard = spoken ? ranked.filter(c => !isGathering(c.event)) : ranked;
      // "The first, in March, had followed the Novichok attack": an event named only after "followed" (or "over", "in
      // response to") is what came before; the date is that of the act it follows.
      const cause = causeAfter(ctx, s, d);
      if (cause >= 0) heard = heard.filter(c => !namedOnlyAfter(s, c.event.id, cause));
      const pool = announced ? heard.filter(c => announced.events.includes(c.event.id)) : ofHead.length ? ofHead : ofName.length ? ofName : ending.length ? ending : act ? ofAct : heard;
      // One date per event in a sentence: an event whose date another mention here states already is not this date's event.
      // (Only a sentence with another date can state one.)
      const own = s.dates.length > 1 && pool.length ? sayingClause(ctx, s, d) : undefined;
      const unclaimed = s.dates.length > 1 ? pool.filter(c => !claimedElsewhere(base, ctx.analysis.norm, s, d, c.event.id) && !(own && namedInLaterDatesClause(ctx, s, d, own, c.event.id))) : pool;
      // When the strongest event's date is stated elsewhere in the sentence, this date is about something weaker: stay silent.
      if (unclaimed.length && pool.length && unclaimed[0] !== pool[0] && unclaimed[0].score < pool[0].score) continue;
      // The announcing verb ties the date to its event by syntax, not by nearness: no minimum score.
      // (So does a word before the date naming a single event: "the treaty now expires in February 2027".)
      // "the Biden–Putin handshake of 10 March 2010": a full date with the very day and month of one likely event, a year or
      // two off, is that event's date with the year wrong.
      const otherYear = d.year !== undefined && d.day !== undefined ? sameDayOtherYear(unclaimed, d) : undefined;
      // So does "to" or "until" before the date of an event that declares an end: "extended for five years, to February 2027".
      const untilTie = pool === ending && unclaimed.length > 0 && unclaimed[0].own >= 1;
      // ("Badges for the 16 July summit are ready": "the", a day's date and the word right after it name the event as a head
      // word before the date does. Not a year or a month: "the 2018 summit" is another.)
      const theDateWord = !!head && d.day !== undefined && d.month !== undefined && head.start >= d.end && head.start - d.end <= 2 && /\bthe\s+$/i.test(ctx.analysis.norm.slice(Math.max(0, d.start - 4), d.start));
      // (The word the event is first known by: "the 19 May encounter" is no more the one event "encounter" is a word of.)
      const all = otherYear ? [otherYear] : announced || (head && (head.end <= d.start || (theDateWord && ofHead[0]?.event.kinds[0] === head.word)) && ofHead.length === 1 && pool === ofHead) || (when && pool === ofHead) || (placed && pool === ofName) || untilTie ? unclaimed.slice(0, 1) : contenders(unclaimed);
      // A bare weekday ("on Wednesday"), or one stated for an event the sources give only a weekday ("on Thursday" in
      // a dated draft, "Thursday 4 June"): the weekday is what can be checked, and the weekday word is what a fix replaces.
      // ("26 January, a Tuesday,": a weekday set beside a date with its day is that date's, which it is judged with.)
      if (d.format === 'weekday' && nearby(s.dates, d).some(o => o !== d && o.day !== undefined && o.month !== undefined && o.end <= d.start && d.start - o.end <= 6 && /^\s*[,(]\s*(?:a\s+)?$/i.test(ctx.analysis.norm.slice(o.end, d.start)))) continue;
      // (Not a weekday that is its own date's, day and month given, standing alone: "## Friday 11 June" heading a diary's
      // entry is judged by its day, which an event the sources give no date for leaves unjudged.)
      const ownWeekday = d.format !== 'weekday' && d.day !== undefined && d.month !== undefined && d.weekday === weekdayOf(d.year ?? base.referenceYear, d.month, d.day)
        && !/[\p{L}\p{N}]/u.test(ctx.analysis.norm.slice(s.start, d.start) + ctx.analysis.norm.slice(d.end, s.end));
      if (d.format === 'weekday' || (d.weekday !== undefined && all.length && !all[0].event.date && !ownWeekday)) {
        // (The weekday may be short or in capitals: "SAT 05 JUN", "Sat 5 June".)
        const word = WEEKDAY_WORD.exec(text(ctx, d));
        if (word) checkWeekday(ctx, { ...d, start: d.start + word.index, end: d.start + word.index + word[0].length }, all.map(c => c.event));
        continue;
      }
      const near = all.filter(c => c.event.date);
      if (!near.length) continue;
      const best = near[0].event;
      if (near.some(c => dateAgrees(d, c.event.date!))) {
        const agreeing = near.find(c => dateAgrees(d, c.event.date!))!.event;
        const v = agreeing.date!;
        // "Tuesday, June 16", "January 26, a Monday": the day is right but the event's date fell on another weekday.
        // ("Thursday the 16th": a day and a weekday, the month the event's.)
        const stated = v.year && v.month && v.day && (d.month ?? v.month) === v.month && d.day === v.day ? statedWeekday(ctx, d, s) : undefined;
        if (stated && stated.weekday !== weekdayOf(v.year!, v.month!, v.day!)) {
          const right = weekdayName(weekdayOf(v.year!, v.month!, v.day!));
          report(ctx, 'wrong-weekday', {
            span: stated.span, message: `"${text(ctx, stated.span)}": ${describeDate(v)}, the date of ${agreeing.name}, was a ${right}.`,
            fact: `${capital(agreeing.name)}: ${right}, ${describeDate(v)}`, citations: agreeing.cite,
            fixes: [replaceFix(stated.span, right)],
          });
          continue;
        }
        confirm(ctx, d, `${capital(agreeing.name)}: ${describeDate(v)}`, agreeing.cite);
        continue;
      }
      // A full date that is exactly another likely event's ("March 10, 2011: … meet in Moscow") is that event's.
      const exact = d.year !== undefined && d.month !== undefined && d.day !== undefined
        ? pool.find(c => c.score >= MIN_SCORE / 2 && c.event.date?.year === d.year && c.event.date?.month === d.month && c.event.date?.day === d.day) : undefined;
      if (exact) { confirm(ctx, d, `${capital(exact.event.name)}: ${describeDate(exact.event.date!)}`, exact.event.cite); continue; }
      // "…, when a reporter asked in March whether he thought Putin a "killer", said yes": a date that is the date of an
      // event whose own words stand beside it, in its clause, is that event's, whatever the sentence is about.
      // (Not a relative date: "last week" spans days either side of a month's end, and agrees with too much.)
      // (Nor a day against an event known only by its month: "26 February" is not "extended in February".)
      const besideIt = d.range || d.relative ? undefined : ranked.find(c => c.event.date && (!d.day || c.event.date.day) && dateAgrees(d, c.event.date) && ownWordBeside(ctx, s, d, c.event.id));
      if (besideIt) { confirm(ctx, d, `${capital(besideIt.event.name)}: ${describeDate(besideIt.event.date!)}`, besideIt.event.cite); continue; }
      // An event the sources give no date for, as likely as this one, may be what the date is about: no verdict.
      if (all.some(c => !c.event.date && c.score >= near[0].score)) continue;
      // ("For all photo editors on the Biden–Putin package, June 2021": a month of the main event's, in its year, against
      // an event of another year that neither its place nor its name is given for: the draft's own time, or the main event's.)
      if (d.day === undefined && d.month !== undefined && (d.year ?? base.referenceYear) === base.referenceYear && best.date?.year !== base.referenceYear
        && ranked.some(c => c.event.primary && c.event.date && dateAgrees(d, c.event.date))
        && !s.mentions.some(m => (m.kind === 'place' && best.place && placeFits(base, m.id, best.place)) || (m.kind === 'eventName' && m.id === best.id))) continue;
      // ("In March 2011 Biden and Putin meet in Moscow": the date, place and people are another event's.)
      if (d.year !== undefined && wholeOtherEvent(ctx.analysis, s, best, d)) continue;
      // ("2011: Vice President Biden meets President Putin": a title of a past year names that year's event, which the
      // date agrees with; the date is that event's.)
      if (d.year !== undefined && s.roles.some(r => pastTitleEvents(ctx.analysis, r).some(e => e !== best && !!e.date && dateAgrees(d, e.date)))) continue;
      const right = best.date!;
      // "diary, June 14–20", "14–20 June": a span of days that holds the event's day is no wrong date.
      if (d.day !== undefined && right.day !== undefined && right.month === d.month && dayRangeHolds(ctx.analysis.norm, d, right.day)) continue;
      const fixText = d.range ? undefined : d.relative ? `on ${describeDate({ year: right.year, month: right.month, day: right.day })}` : d.format === 'y' || (d.day && !right.day) ? undefined : keepPeriod(text(ctx, d), renderLike(d, { year: right.year, month: right.month ?? d.month, day: right.day ?? d.day, part: right.part }));
      reportWrongDate(ctx, d, best, fixText ?? (d.format === 'y' && right.year ? String(right.year) : undefined));
    }
  }
}

/** Reports the date `d` as not the day of `event`, with `fixText` as its fix when it changes the words. */
function reportWrongDate(ctx: CheckContext, d: DateMention, event: EventFact, fixText: string | undefined): void {
  const right = event.date!;
  report(ctx, 'wrong-date', {
    span: d,
    message: `The draft dates ${event.name} "${text(ctx, d)}"; the sources give ${describeDate(right)}.`,
    fact: `${capital(event.name)}: ${describeDate(right)}`,
    citations: event.cite,
    fixes: fixText && fixText !== text(ctx, d) ? [replaceFix(d, fixText)] : [],
  });
}

/**
 * The event most named by the words of a "when" clause right after the date (up to the clause's or sentence's end),
 * when one event is named by two of its words or more and more than any other.
 */
function whenClauseEvents(ctx: CheckContext, s: Sentence, d: DateMention): Set<string> | undefined {
  const { norm } = ctx.analysis;
  // (Most dates are followed by no "when": a look at the characters before the pattern.)
  let i = d.end;
  if (norm[i] === ',') i++;
  while (i < d.end + 4 && /\s/.test(norm[i] ?? '')) i++;
  if (!norm.startsWith('when', i)) return undefined;
  const opens = WHEN_AFTER.exec(norm.slice(d.end, d.end + 12));
  if (!opens) return undefined;
  const from = d.end + opens[0].length;
  const rest = norm.slice(from, Math.min(s.end, from + 200));
  const stop = rest.search(/[;:—]|,\s+(?:and|but|while)\s/);
  const to = stop < 0 ? from + rest.length : from + stop;
  // (The events most of its words name: in "in a phone call, Biden suggested … meeting" the call, not the meeting.)
  const counts = new Map<string, number>();
  for (const w of nearby(s.words, d)) if (w.start >= from && w.end <= to && !w.quoted) for (const id of w.events) counts.set(id, (counts.get(id) ?? 0) + 1);
  // (Each person the clause names counts for the events its words name that they took part in: "in April, when Blinken
  // met Lavrov at an Arctic Council meeting" is the Blinken–Lavrov meeting, not Lavrov's meeting with Zarif.)
  if (counts.size > 1) {
    for (const m of nearby(s.mentions, d)) {
      if (m.kind !== 'person' || m.start < from || m.end > to) continue;
      for (const e of ctx.analysis.base.events) if (counts.has(e.id) && e.participants.includes(m.id)) counts.set(e.id, counts.get(e.id)! + 1);
    }
  }
  // (One event only: "since July 2018, when Putin met Trump" has a word many meetings share, and says no more.)
  const most = Math.max(0, ...counts.values());
  const top = [...counts].filter(([, n]) => n === most);
  return most >= 2 && top.length === 1 ? new Set([top[0][0]]) : undefined;
}
const WHEN_AFTER = /^,?\s+when\b/;

/**
 * "Vladimir Putin speaking at the St Petersburg International Economic Forum, 22 April 2021": a full date that is the
 * very day of another event, one a person the sentence names was at, right after the name of an event the sources do
 * not date to it. The name is the event mistaken (a caption's commonest slip): flagged on the name.
 */
function checkMisnamed(ctx: CheckContext, s: Sentence, d: DateMention): boolean {
  if (d.year === undefined || d.month === undefined || d.day === undefined) return false;
  const { norm, base } = ctx.analysis;
  const dated = base.events.find(e => e.date?.year === d.year && e.date?.month === d.month && e.date?.day === d.day);
  if (!dated) return false;
  for (const m of nearby(s.mentions, d)) {
    if (m.kind !== 'eventName' || m.id === dated.id || m.end > d.start || d.start - m.end > 12 || !/^,?\s*(?:on\s+)?$/.test(norm.slice(m.end, d.start))) continue;
    const e = base.events.find(x => x.id === m.id);
    if (!e || (e.date && dateAgrees(d, e.date))) continue;
    const shared = e.participants.filter(p => dated.participants.includes(p));
    if (!nearby(s.mentions, d).some(x => x.kind === 'person' && shared.includes(x.id))) continue;
    const right = dated.names[0];
    report(ctx, 'wrong-event', {
      span: m,
      message: `The draft names ${e.name} for ${describeDate(d)}, the date of ${dated.name}.`,
      fact: `${capital(dated.name)}: ${describeDate(dated.date!)}`,
      citations: [...dated.cite, ...e.cite],
      fixes: right ? [replaceFix(m, capitalsLike(text(ctx, m), right))] : [],
    });
    return true;
  }
  return false;
}

/**
 * "MOSCOW, 4 June (Reuters) –": a wire dateline's date is when the story was filed, not when anything in it happened.
 * (A diary's "Moscow, 10 March 2011 — …", in ordinary case and with no agency, still dates what follows.)
 */
/** A record's date field: "**Date:** ", "| Date | ", "Date shot: ". */
const RECORD_DATE_FIELD = /\b(?:date|dated|shot|taken|recorded)(?:\s+(?:shot|taken|recorded))?[\s*_]*[:|\u2028][\s*_|\u2028]*$/i;

/** The event of the one credited picture whose photographer the sentence names (its first 300 characters), if any. */
function pictureEvent(ctx: CheckContext, s: Sentence): EventFact | undefined {
  const { base, norm } = ctx.analysis;
  if (!base.pictures.length) return undefined;
  const text = norm.slice(s.start, Math.min(s.end, s.start + 300));
  const named = base.pictures.filter(p => text.includes(p.photographer.slice(p.photographer.lastIndexOf(' ') + 1)));
  return named.length === 1 ? base.events.find(e => e.id === named[0].event) : undefined;
}

/** After a page's own date: a middle dot or a bullet before the page's other particulars. */
const MASTHEAD_AFTER = /^[ \t]*[\u00b7\u2022]/;

function inDateline(ctx: CheckContext, s: Sentence, d: DateMention): boolean {
  const { norm } = ctx.analysis;
  if (d.start - s.start > 60) return false;
  // What follows the date is the rarer half: tested first.
  const after = DATELINE_AFTER.exec(norm.slice(d.end, d.end + 60));
  const place = after && DATELINE_PLACE.exec(norm.slice(s.start, d.start));
  return !!place && (!!after[1] || !/\p{Ll}/u.test(place[1]));
}
/**
 * "| D-5 | Fri 11 Jun | 09:00 | Twitter | Geneva comes at the end of … |": in a schedule of posts (a column for the post's
 * text, its channel or platform) or under a header that says so ("Publish date"), a date alone in its cell is when the
 * copy goes out, not the date of what the copy tells.
 */
function postingDate(ctx: CheckContext, s: Sentence, d: DateMention): boolean {
  const header = headerTextOf(ctx.analysis, s, d);
  if (!header) return false;
  if (POSTING_HEADER.test(header)) return true;
  const { norm } = ctx.analysis;
  const first = tableOf(ctx.analysis, s)!.head[0];
  const end = norm.indexOf('\n', first);
  return POSTS_COLUMN.test(`${norm.slice(first, end < 0 ? Math.min(norm.length, first + 400) : Math.min(end, first + 400))}\u2028`);
}
const POSTING_HEADER = /\b(?:publish(?:ed|ing)?|post(?:ed|ing)?|send|sent|air(?:ed|s)?|go(?:es)?[- ]live|scheduled|slot)\b/i;
// (Or a countdown's: "| Days to go | Date | Fact of the day |".)
// (Or a list of pieces by their headlines: "| Date | Headline | What it says |".)
const POSTS_COLUMN = /\u2028\s*(?:\*\*)?(?:post(?:\s+(?:text|copy))?|copy|tweet(?:\s+text)?|caption|channel|platform|network|days?\s+(?:to\s+go|left|to\s+the\s+summit)|countdown|(?:fact|card|item)\s+of\s+the\s+day|headlines?)(?:\*\*)?\s*\u2028/i;

/**
 * "… ([[User talk:Orrery|talk]]) 14:31, 17 June 2021 (UTC)": a date stamped with its time zone is when a post was signed;
 * one set off with its clock time by middle dots or bars ("Tue 15 Jun 2021 · 12:10 · EXPLAINER"), or a chat export's
 * ("[16/06/2021, 07:45] Kasia: …") or a numbered log entry's ("Entry 02 — 14 Jun, 07:15 —"), when an item was posted.
 */
function stamped(ctx: CheckContext, d: DateMention): boolean {
  // (The chat's brackets are blanked in the prose: read in the document, at the same offsets.)
  return STAMP.test(ctx.analysis.norm.slice(d.end, d.end + 12)) || CHAT_STAMP.test(ctx.analysis.doc.slice(d.end, d.end + 12))
    // ("## Entry 02 — 14 Jun, 07:15 — Blinken and Lavrov in Reykjavik": a numbered log entry's time of writing.)
    || (ENTRY_BEFORE.test(ctx.analysis.norm.slice(Math.max(0, d.start - 24), d.start)) && /^,?\s*\d{1,2}:\d{2}\b/.test(ctx.analysis.norm.slice(d.end, d.end + 10)));
}
const ENTRY_BEFORE = /\b(?:Entry|Log|Post|Update|Item|Edit|Revision)\s*#?\d{1,4}\s*[—–:-]\s*$/i;
const STAMP = /^\s?(?:\((?:UTC|GMT)\)|[·•|]\s*\d{1,2}:\d{2}\s*[·•|])/;
const CHAT_STAMP = /^,\s*\d{1,2}:\d{2}(?::\d{2})?\s*\]/;
// ("MOSCOW/WASHINGTON, June 4 (Wire) -": two places may share it.)
const DATELINE_PLACE = /^[\s*_]*(\p{Lu}[\p{L} .'\/-]{2,40}?)(?:,\s*\p{Lu}[\p{L} .'-]{1,20})?,\s*$/u;
const DATELINE_AFTER = /^\s*(\([^)\n]{1,40}\)\s*)?(?:[—–]|--?\s)/;

const PICTURE_WORD = /^(?:photo|photograph|picture|image|shot)s?$/i;
const CONFIRMED_BY_AFTER = /^[\s\u2028*_,;:—–-]*(?:(?:was|were|is|are|had\s+been|has\s+been)\s+)?(?:confirmed|announced|agreed)\s+by\b/i;
const YEAR_BOUND_BEFORE = /\b(?:before|after|prior\s+to)\s+$/i;
/** A sentence's opening before a date that bounds a time: "After", "Since", "Until", "From" (a list item's marks before it). */
const BOUND_BEFORE = /^[\s>*_#-]*(?:after|since|until|from|before)\s+$/i;
/** ", Trump is …", ", Biden became …": a name and a copula after that date. */
const STATE_AFTER = /^\s*,\s*(?:[A-Z][\p{L}'’.-]*\s+){1,3}(?:is|are|becomes|became|remains|remained)\b/u;
const COUNTED_FROM_AFTER = /^\s*[,(—–-]?\s*(?:exactly\s+|just\s+|almost\s+|nearly\s+|about\s+)?(?:one|a|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:full\s+)?(?:years?|months?|weeks?|days?)\s+(?:to\s+the\s+day\s+)?(?:after|before|since|on\s+from)\s+(?:the|a|an|that|this|his|her|their|its)\s/i;
const SAID_ON = /\b(?:said|says|told|warned|stressed|noted|added|insisted|cautioned|declared|emphasi[sz]ed|explained|admitted|argued|remarked|stated|predicted)\s+(?:(?:reporters|journalists|(?:the\s+)?(?:media|press|audience|forum))\s+)?(?:(?:on|in|last|this|earlier|late|early)\s+)*$/i;
// ("Sputnik ran the image on 4 June 2021 with its report on …": or after a verb of publishing and what was published.)
const PUBLISHED_ON = /\b(?:(?:headline|article|story|report|piece|interview|op-ed|editorial|column|dispatch|broadcast|bulletin|post|tweet|statement|transcript)s?\s+(?:(?:published|posted|run|dated|filed|aired|issued)\s+)?(?:on|in|of|from|dated)|(?:ran|published|posted|printed|carried|aired|filed|released)\s+(?:(?:the|an?|its|this|that)\s+)?(?:image|photo(?:graph)?|picture|story|report|piece|article|interview|video|footage|clip)\s+(?:on|in)|\b(?:was|were)\s+(?:first\s+)?(?:re)?(?:used|published|posted|printed|run|aired|shared|carried|distributed|issued|released)\s+(?:by\s+(?:[A-Z][\w.'’-]*\s+){1,3})?(?:on|in))\s+(?:(?:late|early|mid)[- ]?)?$/i;
/** Words for a gathering: what people speak of meeting at, rather than an act of speech. */
const GATHERING = /^(?:meet|meets|meeting|meetings|met|summit|talks|face-to-face)$/i;

/** Where a word for a cause ("followed", "over", "in response to") follows the date in its sentence, or -1. */
function causeAfter(ctx: CheckContext, s: Sentence, d: DateMention): number {
  const m = CAUSE.exec(ctx.analysis.norm.slice(d.end, Math.min(s.end, d.end + 160)));
  return m ? d.end + m.index + m[0].length : -1;
}
const CAUSE = /\b(?:followed|following|over|in\s+response\s+to|in\s+retaliation\s+for|prompted\s+by|because\s+of)\b/i;

/** Is the event named in the sentence (by a word or its name) only after `at`, and named at all? */
function namedOnlyAfter(s: Sentence, id: string, at: number): boolean {
  let named = false;
  for (const w of s.words) if (w.events.includes(id)) { if (w.start < at) return false; named = true; }
  for (const m of s.mentions) if (m.kind === 'eventName' && m.id === id) { if (m.start < at) return false; named = true; }
  return named;
}

/**
 * "In March, the administration announced sanctions": announcing an act (sanctions) is doing it, and the sources date
 * the act by its announcement; announcing a meeting is not holding it. The dated acts among the events a word names.
 */
function datedActs(ctx: CheckContext, ids: string[]): string[] | undefined {
  const out = ids.filter(id => { const e = ctx.analysis.base.events.find(x => x.id === id); return !!e?.date && !isGathering(e); });
  return out.length ? out : undefined;
}

/** The dated acts the object of an announcing verb names ("announced sanctions"), if its object is one. */
function actAnnounced(ctx: CheckContext, s: Sentence, verb: EventWord): string[] | undefined {
  const object = s.words.find(w => w.start > verb.end && w.start - verb.end <= 16 && w.events.length);
  return object ? datedActs(ctx, object.events) : undefined;
}

/** Is the event a meeting of people (a summit, talks), rather than an act of speech or a decision? */
function isGathering(e: EventFact): boolean {
  return e.kinds.some(k => GATHERING.test(k));
}

/**
 * Does another date in the sentence belong to the event: written against its name ("the August 2019 Novichok
 * attack": that event's, right or wrong), or agreeing with its date when this one does not?
 */
function claimedElsewhere(base: FactBase, norm: string, s: Sentence, d: DateMention, id: string): boolean {
  const others = nearby(s.dates, d);
  const names = nearby(s.mentions, d);
  // (The event's names first: few of the names near a date are this event's.)
  for (const m of names) {
    if (m.kind !== 'eventName' || m.id !== id) continue;
    for (const o of others) if (o !== d && Math.abs(m.start - o.end) <= 2) return true;
  }
  const date = base.events.find(e => e.id === id)?.date;
  if (!date || dateAgrees(d, date)) return false;
  // (A weekday alone is claimed only by a date with its day: "On this day in 2021, a Thursday, …" leaves the day to it.)
  const weekdayAlone = d.weekday !== undefined && d.month === undefined;
  // (Nor is a date with its day claimed by its own month alone: in "in May, when Blinken and Lavrov met … on May 20" the
  // day is judged.)
  const ownMonth = (o: DateMention) => d.day !== undefined && o.day === undefined && o.month === d.month && (o.year === undefined || o.year === d.year);
  for (const o of others) if (o !== d && !o.vague && (o.year !== undefined || d.year === undefined) && !(weekdayAlone && o.day === undefined) && !ownMonth(o) && dateAgrees(o, date) && !yearOfOtherNoun(norm, s, o, id)) return true;
  return false;
}

/**
 * "the 2020 US presidential election": a year alone after an article and before a noun dates that noun; unless a word of
 * the event follows within a few words, it claims no date for the event.
 */
function yearOfOtherNoun(norm: string, s: Sentence, o: DateMention, id: string): boolean {
  if (o.month !== undefined || o.year === undefined || !/\b(?:the|a|an|its|his|her|their)\s+$/i.test(norm.slice(Math.max(0, o.start - 8), o.start)) || !/^\s+\p{L}/u.test(norm.slice(o.end, o.end + 3))) return false;
  return !nearby(s.words, o).some(w => w.start >= o.end && w.start - o.end <= 30 && w.events.includes(id));
}

/**
 * The clause holding the date (it ends at a comma, semicolon, colon or dash), when it names no event but says
 * something of its own ("the first was in January"; not a label such as "Late April 2021:").
 */
function sayingClause(ctx: CheckContext, s: Sentence, d: DateMention): Span | undefined {
  const clause = clauseAround(ctx.analysis.norm, s, d.start);
  if (nearby(s.words, d).some(w => w.start >= clause.start && w.end <= clause.end)) return undefined;
  const norm = ctx.analysis.norm;
  let words = 0;
  for (const part of [norm.slice(clause.start, d.start), norm.slice(d.end, clause.end)]) words += part.split(/\s+/).filter(w => /[a-z]/i.test(w)).length;
  return words >= 2 ? clause : undefined;
}

/**
 * "the first was in January, the summit proposal came in April": an event named only in a later clause of the sentence,
 * one that holds a date of its own, is that date's, when the date's own clause (`own`) says something of its own.
 */
function namedInLaterDatesClause(ctx: CheckContext, s: Sentence, d: DateMention, own: Span, id: string): boolean {
  const norm = ctx.analysis.norm;
  let named = false;
  const laterWithDate = (at: number): boolean => {
    if (at < own.end) return false;
    const c = clauseAround(norm, s, at);
    return s.dates.some(o => o !== d && o.start >= c.start && o.end <= c.end);
  };
  for (const w of nearby(s.words, d)) {
    if (!w.events.includes(id)) continue;
    if (!laterWithDate(w.start)) return false;
    named = true;
  }
  for (const m of nearby(s.mentions, d)) {
    if (m.kind !== 'eventName' || m.id !== id) continue;
    if (!laterWithDate(m.start)) return false;
    named = true;
  }
  return named;
}

/** The clause around `at`: up to a comma, semicolon, colon or dash either side, within the sentence and 200 characters. */
function clauseAround(norm: string, s: Sentence, at: number): Span {
  let from = at, to = at;
  while (from > s.start && from > at - 200 && !CLAUSE_END.test(norm[from - 1])) from--;
  while (to < s.end && to < at + 200 && !CLAUSE_END.test(norm[to])) to++;
  return { start: from, end: to };
}
const CLAUSE_END = /[,;:—]/;

/**
 * A weekday set beside a date ("16.06.2021 (Thu)", "On January 26, a Monday,"): a date without a year is taken in the
 * story's year, unless the sentence gives another year or the sources hold an event of that day in another year.
 * True when a wrong weekday was reported.
 */
function checkApposedWeekday(ctx: CheckContext, s: Sentence, d: DateMention, posting = false): boolean {
  const { base } = ctx.analysis;
  // (Or written with it, without a year: "THURSDAY, MAY 19" heading a diary's entry.)
  const stated = statedWeekday(ctx, d, s);
  if (!stated) return false;
  const year = d.year ?? base.referenceYear;
  // (Another year earlier in the sentence, or just after the date: "On March 10, a Thursday, in 2011".)
  if (d.year === undefined && (s.dates.some(x => x.year !== undefined && x.year !== base.referenceYear && (x.end <= d.start || x.start - d.end < 60))
    || base.events.some(e => e.date?.month === d.month && e.date?.day === d.day && e.date?.year !== undefined && e.date.year !== base.referenceYear))) return false;
  const actual = weekdayOf(year, d.month!, d.day!);
  if (stated.weekday === actual) return false;
  // ("File, Fri 6/4": a figure date that reads both ways is the reading its weekday fits, 4 June.)
  if (d.ambiguous && d.day! <= 12 && weekdayOf(year, d.day!, d.month!) === stated.weekday) return false;
  // "On Wednesday, June 15, Biden and Putin sit down in Geneva": the weekday is an event's a day or so away, so the day
  // is what is wrong, and the event's check says so.
  // (So is the month, when an event falls on that day and weekday a month away: "on Wednesday, 16 July" for 16 June.)
  // (Not a posting date: it dates no event, so its weekday is checked against its own day.)
  if (!posting && base.events.some(e => e.date?.year === year && e.date.month === d.month && e.date.day !== undefined && Math.abs(e.date.day - d.day!) <= 3
    && weekdayOf(year, d.month!, e.date.day) === stated.weekday)) return false;
  // (Or months away, when the sentence names that event or its place: "They met on Wednesday, 19 March, at the Harpa concert
  // hall in Reykjavik" for Wednesday 19 May.)
  if (!posting && base.events.some(e => e.date?.year === year && e.date.month !== undefined && e.date.day === d.day && weekdayOf(year, e.date.month, d.day!) === stated.weekday
    && (Math.abs(e.date.month - d.month!) === 1 || s.words.some(w => w.events.includes(e.id)) || s.mentions.some(m => m.id === e.id || (!!e.place && m.id === e.place))))) return false;
  const { span } = stated;
  const word = text(ctx, span);
  const right = weekdayName(actual);
  const when = describeDate({ year, month: d.month, day: d.day });
  // A shortened weekday is fixed with the three letters of the right one ("Thu" → "Wed").
  const short = word.length < 6 && !/day$/i.test(word);
  report(ctx, 'wrong-weekday', {
    span, message: `"${text(ctx, span)}": ${when} was a ${right}.`,
    fact: `${when} was a ${right}`, citations: [],
    fixes: [replaceFix(span, capitalsLike(word, short ? right.slice(0, 3) : right))],
  });
  return true;
}

/** How many dates with their day the sentence holds, counted once per sentence (a run of dates asks for each). */
const fullDateCounts = new WeakMap<Sentence, number>();
function fullDates(s: Sentence): number {
  let n = fullDateCounts.get(s);
  if (n === undefined) { n = 0; for (const x of s.dates) if (x.day !== undefined) n++; fullDateCounts.set(s, n); }
  return n;
}
const BRACKETED_WEEKDAY = /\(\s*(?:a\s+|on\s+a\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*\)/i;
/** "(Thu)", "(Thurs.)": a weekday shortened in brackets after a date. */
// (Or in full: "26 January 2021 (Monday)".)
const APPOSED_SHORT = /^\s*\(\s*(sunday|monday|tuesday|wednesday|thursday|friday|saturday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s*\)/i;

/**
 * The weekday a date is said to fall on, and the word that says it: written with a date without a year ("Tuesday,
 * June 16"), beside it in apposition ("January 26, a Monday", "June 16 (a Thursday)", "16.06.2021 (Thu)") or before
 * it after a dash or a comma ("on a Tuesday — June 16").
 */
function statedWeekday(ctx: CheckContext, d: DateMention, s?: Sentence): { weekday: number; span: Span } | undefined {
  const { norm } = ctx.analysis;
  // ("- **19 May 2021** — Blinken and Lavrov meet … (a Thursday).": a weekday in brackets later in the sentence of its
  // one full date.)
  if (s && d.weekday === undefined && d.day !== undefined && d.month !== undefined && fullDates(s) === 1) {
    const later = BRACKETED_WEEKDAY.exec(norm.slice(d.end, Math.min(s.end, d.end + 200)));
    if (later) { const at = d.end + later.index + later[0].indexOf(later[1]); return { weekday: weekdayIndex(later[1])!, span: { start: at, end: at + later[1].length } }; }
  }
  // ("| 19 May 2021 | Blinken–Lavrov meeting in Reykjavik | Thursday |": a later cell of the row of a date in its first cell
  // that opens with a weekday, alone or before a note.)
  if (s && d.weekday === undefined && d.day !== undefined && d.month !== undefined && fullDates(s) === 1 && firstCellDate(ctx.analysis, s) === d) {
    const cell = ROW_WEEKDAY_CELL.exec(norm.slice(d.end, Math.min(s.end, d.end + 200)));
    if (cell) { const at = d.end + cell.index + cell[0].indexOf(cell[1]); return { weekday: weekdayIndex(cell[1])!, span: { start: at, end: at + cell[1].length } }; }
  }
  if (d.weekday !== undefined) {
    if (d.year !== undefined) return undefined;
    const wd = /^\w+/.exec(text(ctx, d))![0];
    return { weekday: d.weekday, span: { start: d.start, end: d.start + wd.length } };
  }
  const after = APPOSED_WEEKDAY.exec(norm.slice(d.end, d.end + 30)) ?? APPOSED_SHORT.exec(norm.slice(d.end, d.end + 12))
    ?? CELL_AFTER.exec(norm.slice(d.end, d.end + 24)) ?? LINE_AFTER.exec(norm.slice(d.end, d.end + 24));
  const from = Math.max(0, d.start - 24);
  const before = after ? null : WEEKDAY_BEFORE.exec(norm.slice(from, d.start)) ?? CELL_BEFORE.exec(norm.slice(from, d.start));
  const m = after ?? before;
  if (!m) return undefined;
  // (The weekday's own word, after the match's first letter: "(Thu)" and ", a Monday" both hold other letters.)
  const at = after ? d.end + after.index + after[0].indexOf(after[1], after[0].search(/[A-Za-z]/)) : from + before!.index + before![0].indexOf(before![1]);
  return { weekday: weekdayIndex(m[1])!, span: { start: at, end: at + m[1].length } };
}

// "| 2021-06-16 | Tue |", "| Wednesday | 16 June |": a table cell holding a weekday alone, beside the date's own cell
// (a cell's start is a line separator in the prose).
const CELL_WEEKDAY = '(sun|mon|tues?|wed|thu|thurs?|fri|sat|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\\.?[ \\t]*';
/** A later cell that opens with a weekday, alone or before a note after a semicolon or a comma. */
const ROW_WEEKDAY_CELL = /\u2028[ \t*_]*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ \t*_]*(?:[;,][^\u2028\n]*)?(?=\u2028|\n|$)/i;
const CELL_AFTER = new RegExp(`^[ \\t]*\u2028[ \\t]*${CELL_WEEKDAY}(?=\u2028|\\n|$)`, 'i');
const CELL_BEFORE = new RegExp(`(?:^|\u2028|\\n)[ \\t]*${CELL_WEEKDAY}\u2028[ \\t]*$`, 'i');
// ("**26 January**" closing its line, "Monday: the two leaders speak …" opening the next: the weekday labels the date's entry.)
const LINE_AFTER = /^[*_]*[ \t]*\n[ \t>*_-]*(sunday|monday|tuesday|wednesday|thursday|friday|saturday)[*_]*(?::|[ \t]*(?:\n|$))/i;
// (Or the next sentence's "That day is a Thursday.")
// (Or "That's a Thursday." after it, or "falls on a Thursday", or "— that's a Tuesday —".)
// ("June 16th — that's this Thursday": or "this" or "next" for the week the date is in.)
// (Or a fragment of its own right after: "June 16th. A Tuesday. Geneva.")
const APPOSED_WEEKDAY = /^\s*(?:,|\(|—|–|-|\.\s+(?=A\s+(?:sun|mon|tues|wednes|thurs|fri|satur)day\s*[.!,])|\.\s+(?:that|the|this)\s+(?:day|date)\s+(?:is|was|will\s+be|falls|fell)(?:\s+on)?|\.\s+(?:that|it)(?:['’]s|\s+is|\s+was|\s+will\s+be)|\s+(?:falls|fell|will\s+fall)\s+on)\s*(?:(?:which|that)\s+(?:was|is|will\s+be)\s+|(?:which|that|it)['’]s\s+)?(?:a|this|next|the\s+coming)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const WEEKDAY_BEFORE = /\ba\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+[-—–]|\s*,)\s*$/i;
/** The date is one end of a span of days written with a dash ("June 14–20", "14–20 June"), and `day` lies within it. */
function dayRangeHolds(norm: string, d: DateMention, day: number): boolean {
  const after = /^\s*[–—-]\s*(\d{1,2})\b/.exec(norm.slice(d.end, d.end + 6));
  if (after) return d.day! <= day && day <= Number(after[1]);
  const before = /\b(\d{1,2})\s*[–—-]\s*$/.exec(norm.slice(Math.max(0, d.start - 6), d.start));
  return !!before && Number(before[1]) <= day && day <= d.day!;
}
/** "had met before, in March 2011": a meeting before the one the text speaks of. */
const MET_BEFORE = /\b(?:had|have|has)\s+(?:already\s+)?met\s+(?:once\s+)?before\b[^.;:]{0,30}$/i;
function writersDayLine(ctx: CheckContext, s: Sentence, d: DateMention): boolean {
  const { base } = ctx.analysis;
  if (d.weekday === undefined || !d.day || !d.month || d.weekday !== weekdayOf(d.year ?? base.referenceYear, d.month, d.day)) return false;
  const tells = (x: Sentence) => x.words.some(w => w.events.length) || x.mentions.some(m => m.kind === 'eventName' || m.kind === 'person');
  const next = ctx.analysis.sentences[s.index + 1];
  return s.end - s.start <= 60 && isHeading(ctx.analysis, s) && !tells(s) && !!next && next.block !== s.block && !tells(next);
}

/** A date right after a "Date:" label whose lines around hold a memo's or an email's other fields ("To:", "From:"). */
function headerDate(ctx: CheckContext, d: DateMention): boolean {
  const { doc } = ctx.analysis;
  // (Read back no further than a label's length: a long line costs no more per date.)
  const lead = doc.slice(Math.max(0, d.start - 24), d.start);
  const nl = lead.lastIndexOf('\n');
  if ((nl < 0 && d.start > 24) || !DATE_FIELD.test(lead.slice(nl + 1))) return false;
  const lineStart = d.start - lead.length + nl + 1;
  const around = doc.slice(Math.max(0, lineStart - 240), Math.min(doc.length, d.end + 240));
  return HEADER_FIELD.test(around);
}
const DATE_FIELD = /^[\s>*_-]*(?:date|sent|dated)[\s*_]*:[\s*_]*$/i;
/** "**Broadcast:** Tuesday 15 June 2021, 7–9 pm", "Published: 17 June": a label for when a piece went out dates the piece. */
/** After a date, a word for a published piece: " headline", " report", " front page". */
const PIECE_AFTER = /^\s+(?:headline|report|piece|article|story|dispatch|edition|front\s+page|bulletin|broadcast|column|editorial)s?\b/i;
/** "at which summit ", "what meeting ": a question's word for a gathering it asks about. */
const WHICH_GATHERING = /\b(?:which|what)\s+(?:summit|meeting|event|forum|gathering|conference)\b[^?.!]*$/i;
const PIECE_DATE_LABEL = /(?:^|[\s*_|·•])(?:broadcast|aired|air\s+date|airdate|published|posted|filed|updated|recorded|transmission|tx|issue|edition)[\s*_]*:[\s*_]*$/i;
const HEADER_FIELD = /(?:^|\n)[\s>*_-]*(?:to|from|re|subject|cc|attn)[\s*_]*:/i;
/** After a date a way is traced from: "to Geneva", "to the summit" (not a second date: "from 16 to 17 June"). */
const FROM_TIME_TO = /^\s+(?:to|until|till)\s+(?:the\s+)?(?!(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|early|mid|late)\b)[A-Za-z]/;
const REWOUND_TO = /\b(?:rewind|rewinding|go\s+back|going\s+back|flash\s+back|cast\s+(?:your|our)\s+minds?\s+back)\s+to\s+$/i;
const SPENT_BEFORE = /\b(?:spent|spend|spends|spending)\s+(?:(?:much|most|all)\s+of\s+)?(?:the\s+)?(?:[A-Za-z]+\s+and\s+)?$/i;

/** A date right after "(" and a name that is no place or person, closed right after ("(Sputnik, 4 June)"), or alone with such a name in its cell. */
function citedPieceDate(ctx: CheckContext, s: Sentence, d: DateMention): boolean {
  const { norm } = ctx.analysis;
  // ("| Sputnik, 04.06.2021 |": or a cell of a source's name and the date alone.)
  const before = norm.slice(Math.max(s.start, d.start - 40), d.start), after = norm.slice(d.end, d.end + 3);
  const lead = (/^\s*\)/.test(after) ? CITED_LEAD.exec(before) : null) ?? (/^\s*(?:\u2028|$)/.test(after) ? CITED_CELL.exec(before) : null);
  if (!lead) return false;
  const from = d.start - lead[0].length;
  return !nearby(s.mentions, d).some(m => m.start >= from && m.end <= d.start && (m.kind === 'place' || m.kind === 'person'));
}
const CITED_LEAD = /\(\s*[A-Z][\w.&'’ -]{1,30},\s*$/;
const CITED_CELL = /\u2028\s*[A-Z][\w.&'’ -]{1,30},\s*$/;

/** An event set at a time counted from another: "with the summit set for the following month". */
/** "for the" before a date: the time something is set for. */
const SET_FOR = /(?:^|[\s,])for\s+(?:the\s+)?$/i;
const SET_AFTER = /\b(?:set|scheduled|planned|due|slated)\s+(?:for\s+|in\s+)?(?:the\s+(?:following|next)|next)\s+(?:month|week)\b/i;
const UNTIL = /\b(?:to|until|till|through)\s+(?:(?:the\s+)?(?:end|start|beginning)\s+of\s+)?$/i;
/** A lower-case noun right after a date (not a word that goes on with the date, "the 16th of June", "the June 16 date" aside). */
const OTHER_NOUN_AFTER = /^\s+(?!(?:of|and|or|to|in|on|at|for|was|is|were|are|date|deadline|when|where|which|that|with|by|as)\b)[a-z][a-z-]{2,}\b/;

const ANNOUNCING_VERB = /^(?:announc|confirm|unveil|propos|suggest|float|pitch)/i;
// ("confirmed at the end of May", "announced around mid-May".)
// ("confirmed Geneva / 16 June in late April": a slash between the words confirmed.)
// ("statements announcing the summit, late May 2021": or a comma, after the announcing word's object.)
const ANNOUNCED_ON = /\b(?:announc|confirm|unveil|propos|suggest|float)\w*\s+(?:(?:the|a|its|their)\s+)?(?:(?:by\s+)?(?:[\w-]+|:|\/)\s+){0,6}?(?:(?:in|on|at|around|towards?|by)\s+|(?:the|a|its|their)\s+[\w-]+,\s*)$/i;
/** "The summit idea dates from April": the date is the idea's, not the summit's. */
const IDEA_FROM = /\b(?:idea|proposal)\s+(?:dates?|dated|goes\s+back|went\s+back)\s+(?:from|to)\s+$/i;
/** "confirmed 16 June", "announced the 16 June": a verb whose object is the date right after it. */
// ("The date itself, 16 June, was announced …": or a date set beside the word "date".)
// ("Moscow and Washington confirm Geneva on 16 June": or the gathering, then the date it is confirmed for.)
// ("MOSCOW AND WASHINGTON CONFIRM BIDEN-PUTIN SUMMIT IN GENEVA ON JUNE 16": or the summit named at more length.)
const DATE_ANNOUNCED = /\b(?:announc|confirm|unveil)\w*\s+(?:the\s+)?(?:(?:Geneva|summit|meeting|talks|it)\s+(?:summit\s+|meeting\s+|talks\s+)?(?:on|for)\s+|(?:[\w'’-]+\s+){0,3}(?:summit|meeting|talks)(?:\s+in\s+geneva)?\s+(?:on|for)\s+)?$|\b(?:the|its|their)\s+(?:summit\s+|meeting\s+)?date(?:\s+itself)?\s*,\s*$/i;
const ANNOUNCING = /\b(?:(?:announc|confirm|unveil)\w*\s+(?:(?:that|to|on|for)\s+)?|agree[ds]?\s+(?:to|that)\s+)(?:(?:a|an|the|their|its|his|her|this|next\s+month's)\s+)?(?:[\w-]+\s+)?$/i;

/**
 * The event noun a date modifies: right before it ("the March sanctions", "the 2018 meeting"), or right before the
 * date with "in"/"on" between ("a phone call in April") when it is a noun with its article, not a verb ("the summit
 * ends on June 19").
 */
function headWord(ctx: CheckContext, s: Sentence, d: DateMention): EventWord | undefined {
  const { norm } = ctx.analysis;
  const words = nearby(s.words, d);
  // (Not across a comma: in "on Thursday, May 19, announced …" the word after is the sentence's verb.)
  return words.find(w => w.start >= d.end && w.events.length && ((w.start - d.end <= 2 && !norm.slice(d.end, w.start).includes(','))
      // "the March 2011 handshake photograph": a compound noun after "the" and the date.
      || (/^\s+[a-z]+[ \t]+$/.test(norm.slice(d.end, w.start)) && /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i.test(norm.slice(Math.max(0, d.start - 8), d.start)))))
    // ("the leaders' first call, on 26 February, produced …": a comma may set the date off.)
    ?? words.find(w => w.end <= d.start && d.start - w.end <= 6 && w.events.length && /^,?\s+(?:in|on)\s+$/i.test(norm.slice(w.end, d.start))
      && !/(?:ed|ends|begins|starts|opens|closes|happens)$/.test(w.word)
      // ("will meet face-to-face on 16 July": or the manner of a meeting after its verb.)
      && (/\b(?:the|a|an|another|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,2}$/i.test(norm.slice(Math.max(0, w.start - 30), w.start)) || /\b(?:meet|meets|met)\s+$/i.test(norm.slice(Math.max(0, w.start - 8), w.start))))
    // ("New START was extended in March for five years": a verb in the passive, "in" or "on" and the date.)
    ?? words.find(w => w.end <= d.start && d.start - w.end <= 5 && w.events.length && /ed$/.test(w.word) && /^\s+(?:in|on)\s+$/i.test(norm.slice(w.end, d.start))
      && /\b(?:was|were|been|being|is|are|be)\s+(?:(?:then|later|formally|officially|finally)\s+)?$/i.test(norm.slice(Math.max(0, w.start - 20), w.start)))
    // "now set to end in February 2025", "will expire in …": a verb in the infinitive or future, "in" or "on" and the date.
    // ("That extension runs out in February 2027": "out" may follow the verb.)
    ?? words.find(w => w.end <= d.start && d.start - w.end <= 9 && w.events.length && /^\s+(?:out\s+)?(?:in|on)\s+$/i.test(norm.slice(w.end, d.start))
      // ("It will now end in February 2027": an adverb may stand between.)
      && (/\b(?:to|will|would|shall)\s+(?:now\s+|then\s+|only\s+|still\s+)?$/i.test(norm.slice(Math.max(0, w.start - 13), w.start))
        // "it now expires in February 2027", "That extension runs out in …": a verb in the present after its subject.
        || (/s$/i.test(w.word) && /\b(?:it|now|which|that|treaty|extension|START)\s+$/i.test(norm.slice(Math.max(0, w.start - 10), w.start)))))
    // "**April:** a phone call in which the two leaders agreed …", "In April, a phone call during which …": a noun a
    // relative clause tells of, right after a fronted date, is what the date dates, whatever the clause names.
    ?? words.find(w => w.start >= d.end && w.start - d.end <= 16 && w.events.length && LEAD_TO_NOUN.test(norm.slice(d.end, w.start))
      && NOUN_THEN_RELATIVE.test(norm.slice(w.end, w.end + 24)));
}
/** From a fronted date to a noun: a label's colon or a comma, then an article. */
const LEAD_TO_NOUN = /^[\s*_]*[:,\u2013\u2014-][\s*_]*(?:a|an|the|their|another)\s+$/i;
/** After the noun (and one more word of it: "phone call"), a relative clause opening. */
const NOUN_THEN_RELATIVE = new RegExp(`^(?:\\s+[a-z]+)?${RELATIVE_OPENING}`, 'i');

/** Does the date open its sentence ("Late May —", "| Late May |", "In March, …") or a clause? */
function isFronted(ctx: CheckContext, s: Sentence, d: DateMention): boolean {
  const { norm } = ctx.analysis;
  // A date may open a clause too: "…, and in March it sanctioned several officials over the Novichok attack".
  // (After a transcript's speaker label and a word that moves the story on: "GUEST (KESSLER): Then in April Biden proposes …".)
  return (d.start - s.start <= 60 && FRONT.test(norm.slice(s.start, d.start)))
    || CLAUSE_OPENS.test(norm.slice(Math.max(s.start, d.start - 20), d.start));
}

/**
 * Does a word of the event's own (one no other event has: "reporter", "killer", not "summit") stand within 60
 * characters of the date, no clause or sentence break between?
 */
function ownWordBeside(ctx: CheckContext, s: Sentence, d: DateMention, id: string): boolean {
  const { norm, base } = ctx.analysis;
  // ("proposed a summit, in April": a word before the date all of whose events fall in it — the proposal, the call it
  // was made in — is as much the date's own.)
  const own = (w: EventWord) => w.events.length === 1 ? w.events[0] === id
    : w.end <= d.start && w.events.includes(id) && w.events.every(e => { const date = base.events.find(x => x.id === e)?.date; return !!date && dateAgrees(d, date); });
  return nearby(s.words, d).some(w => own(w) && (w.end <= d.start ? d.start - w.end <= 60 && !/[;.!?—]|,\s*(?:and|but)\b/.test(norm.slice(w.end, d.start))
    // (Not a word in a clause after the date whose pluperfect puts its act at an earlier time: "confirmed the date in late
    // April, after Biden had floated the idea".)
    : w.start - d.end <= 60 && !/[;.!?—]|,\s*(?:and|but)\b|,\s*(?:after|once|when)\s[^,;]*\bhad\s/.test(norm.slice(d.end, w.start))));
}

/** The events named right before the date, "on" or "in" between: "the two men first spoke by phone on 26 January". */
function nameBefore(ctx: CheckContext, s: Sentence, d: DateMention): string[] | undefined {
  let ids: string[] | undefined;
  for (const m of nearby(s.mentions, d)) {
    if (m.kind !== 'eventName' || m.end > d.start || d.start - m.end > 6 || !/^,?\s+(?:on|in)\s+$/i.test(ctx.analysis.norm.slice(m.end, d.start))) continue;
    (ids ??= []).push(m.id);
  }
  return ids;
}

/**
 * "the first summit since Helsinki in July 2017": a place a gathering is measured from, "in" and the date, stands for
 * the one dated gathering the sources hold there (which the ranking leaves out, as the time set against).
 */
function gatheringPlacedBefore(ctx: CheckContext, s: Sentence, d: DateMention): EventFact | undefined {
  const { norm, base } = ctx.analysis;
  for (const m of nearby(s.mentions, d)) {
    if (m.kind !== 'place' || m.end > d.start || d.start - m.end > 6 || !/^,?\s+in\s+$/i.test(norm.slice(m.end, d.start))) continue;
    if (!PLACE_FOR_GATHERING.test(norm.slice(Math.max(s.start, m.start - 12), m.start))) continue;
    const held = base.events.filter(e => e.date && e.place && !e.primary && isGathering(e) && placeFits(base, m.id, e.place));
    if (held.length === 1) return held[0];
  }
  return undefined;
}
const PLACE_FOR_GATHERING = /\b(?:since|after|before|following|than)\s+$/i;

/** The gathering named right after the date by "at (the)": ", at the 24th International Economic Forum". */
function atNameAfter(ctx: CheckContext, s: Sentence, d: DateMention): string[] | undefined {
  const { norm } = ctx.analysis;
  const m = nearby(s.mentions, d).find(x => x.kind === 'eventName' && x.start >= d.end && x.start - d.end <= 24 && AT_NAME_GAP.test(norm.slice(d.end, x.start)));
  return m ? [m.id] : undefined;
}
const AT_NAME_GAP = /^,?\s+(?:at|during)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+)?$/i;

/**
 * The events named first after a fronted date, in its sentence, before another date and with no word between for
 * another event ("In March it sanctioned officials over the Novichok attack": the sanctions are what March dates).
 */
function nameAfter(ctx: CheckContext, s: Sentence, d: DateMention): string[] | undefined {
  const { norm } = ctx.analysis;
  let ids: string[] | undefined, at = -1;
  for (const m of nearby(s.mentions, d)) {
    if (m.kind !== 'eventName' || m.start < d.end || (at >= 0 && m.start !== at)) continue;
    if (m.start - d.end > 120 || /[;:!?|\u2028]/.test(norm.slice(d.end, m.start)) || s.dates.some(o => o.start > d.end && o.start < m.start)) return ids;
    at = m.start;
    (ids ??= []).push(m.id);
  }
  if (ids && s.words.some(w => w.start >= d.end && w.end <= at && w.events.length && !w.events.some(e => ids!.includes(e)))) return undefined;
  // "In June, a year after their first phone call, …": an event the clause measures from is not what the date dates.
  if (ids && RELATIVE_TO.test(norm.slice(Math.max(d.end, at - 40), at))) return undefined;
  return ids;
}

/** The first event word after a date that opens its sentence or a clause (`isFronted`), in its clause. */
function frontedWord(ctx: CheckContext, s: Sentence, d: DateMention): EventWord | undefined {
  const { norm } = ctx.analysis;
  for (const w of nearby(s.words, d)) {
    if (w.start < d.end || !w.events.length) continue;
    if (w.start - d.end > 60 || /[;.!?]/.test(norm.slice(d.end, w.start))) return undefined;
    return w;
  }
  return undefined;
}

const RELATIVE_TO = /\b(?:after|since|before|following|ahead\s+of|until|than|over|in\s+response\s+to|in\s+the\s+wake\s+of)\s+(?:(?:the|their|his|her|its|a|an)\s+)?(?:[\w'’-]+\s+){0,2}$/i;
// ("It was only in late April that …": a cleft sentence fronts its date too.)
// ("| Confirmed | Late May 2021 | Moscow and Washington confirm …": or a row's label cell before the date's.)
const FRONT = /^[^A-Za-z0-9]*(?:[A-Z][A-Z .()'’-]{0,40}:[^A-Za-z0-9]*|[^\u2028\n]{1,30}\u2028[^A-Za-z0-9\u2028]*)?(?:(?:[Tt]hen|[Ll]ater|[Aa]nd|[Nn]ext|[Ss]o|[Bb]ut),?\s+)?(?:[Ii]t\s+was\s+(?:only\s+|not\s+until\s+)?)?(?:(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|IN|ON|BY|SINCE)\s+)?$/;
const CLAUSE_OPENS = /(?:[;—–]|,\s*(?:and|but|while|whereas)|,\s*then)\s+(?:(?:in|on|by)\s+)$/i;

/**
 * "In April, Vladimir asks Joe to meet": a date before an invitation to meet dates the invitation, which is the
 * proposal (the events the base words as proposed), not the meeting.
 */
function askedToMeet(ctx: CheckContext, d: DateMention, fronted: EventWord): { events: string[] } | undefined {
  if (!GATHERING.test(fronted.word) || !ASKED_TO.test(ctx.analysis.norm.slice(d.end, fronted.start))) return undefined;
  const events = ctx.analysis.base.events.filter(e => e.kinds.includes('proposed') && e.date).map(e => e.id);
  return events.length ? { events } : undefined;
}
const ASKED_TO = /\b(?:asks?|asked|asking|invites?|invited|inviting|urges?|urged)\s+(?:[\w'’-]+\s+){0,3}to\s+$/i;

/** "**Confirmed?** Late May.": an answer to a question that is an announcing verb dates what the verb names. */
function askedAnnounced(ctx: CheckContext, s: Sentence): { events: string[] } | undefined {
  const q = s.index > 0 ? ctx.analysis.sentences[s.index - 1] : undefined;
  if (!q || !isQuestionLabel(ctx.analysis, q, s) || !/^[\s*_]*(?:announc|confirm|unveil)\w*[\s*_]*\?/i.test(ctx.analysis.norm.slice(q.start, q.end))) return undefined;
  return { events: q.words[0]?.events ?? [] };
}

/** After a date label: a name and a participle of announcing ("| late May | Geneva announced |"). */
const ANNOUNCED_LABEL = /^[\s*_]*[\u2028:–—-][\s*_]*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:(?:is|was|were)\s+)?(?:announced|confirmed|agreed|unveiled)\b/;

/**
 * An event named as the object of an announcing verb after the date ("In late May both sides confirmed the summit"):
 * the date is the announcement's. Returns the events the verb itself names (none when the sources have no such event).
 */
function announcedAfter(ctx: CheckContext, s: Sentence, d: DateMention): { events: string[] } | undefined {
  const { norm } = ctx.analysis;
  // "… confirmed the date in early May": the date right after the verb's object is the announcement's too.
  const from = Math.max(s.start, d.start - 60);
  const lead = ANNOUNCED_ON.exec(norm.slice(from, d.start)) ?? IDEA_FROM.exec(norm.slice(from, d.start));
  // ("Summit confirmed for GENEVA on 16 JUN": a date after what was confirmed "for" is that thing's.)
  if (lead && !/\bfor\b/i.test(lead[0])) {
    const at = from + lead.index;
    const verb = nearby(s.words, d).find(v => v.start >= at && v.start < at + 3);
    // "**Late May:** Moscow and Washington confirm Geneva on 16 June": when another date in the sentence is the
    // announcement's own, this one is what was announced.
    const base = ctx.analysis.base;
    if (verb && s.dates.some(o => o !== d && verb.events.some(id => { const e = base.events.find(x => x.id === id); return !!e?.date && dateAgrees(o, e.date); }))) return undefined;
    return { events: verb ? verb.events : [] };
  }
  // ("| late May | Geneva announced |": a name and a participle of announcing after the date label what was announced then.)
  if (ANNOUNCED_LABEL.test(norm.slice(d.end, Math.min(s.end, d.end + 48)))) return { events: [] };
  // "Blinken, who met Lavrov in Reykjavik on Thursday, May 19, announced …": a date in a relative clause dates that clause.
  // (The 200 characters before the date, not the sentence from its start: linear in a run-on sentence's dates.)
  const inRelative = /,\s*(?:who|which)\s[^;:.!?]*$/i.test(norm.slice(Math.max(s.start, d.start - 200), d.start));
  for (const w of nearby(s.words, d)) {
    if (w.start < d.end || !w.events.length || w.start - d.end > 200) continue;
    const gap = norm.slice(d.end, w.start);
    if (/[;.!?]/.test(gap)) return undefined;
    if (inRelative && /^\s*,/.test(gap)) return undefined;
    const m = ANNOUNCING.exec(gap);
    if (!m) continue;
    const at = d.end + m.index;
    const verb = nearby(s.words, d).find(v => v.start >= at && v.start < at + 3);
    return { events: datedActs(ctx, w.events) ?? (verb ? verb.events : []) };
  }
  return undefined;
}

/** A date at a sentence's end may have taken its full stop ("in early May."): the fix keeps it. */
function keepPeriod(written: string, fix: string): string {
  return written.endsWith('.') && !fix.endsWith('.') && !/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/.test(written) ? `${fix}.` : fix;
}

/** The one likely event dated the same day and month as `d`, in a year up to three away, when no likely event has d's date. */
function sameDayOtherYear(ranked: Candidate[], d: DateMention): Candidate | undefined {
  let found: Candidate | undefined;
  for (const c of ranked) {
    const v = c.event.date;
    if (c.score < MIN_SCORE / 2 || !v?.year || v.month !== d.month || v.day !== d.day) continue;
    if (v.year === d.year) return undefined;
    if (Math.abs(v.year - d.year!) > 3 || found) return undefined;
    found = c;
  }
  return found;
}

/** A weekday's word in a date's text, whole or short: "on Thursday", "SAT 05 JUN". */
const WEEKDAY_WORD = /\b(?:Sun|Mon|Tues?|Wed|Thur?s?|Fri|Sat)(?:[a-z]*day)?\b/i;

/** "on Thursday" for an event the sources date (its weekday follows) or give a weekday for. */
function checkWeekday(ctx: CheckContext, d: DateMention, events: EventFact[]): void {
  const known = events.filter(e => (e.date?.year && e.date.month && e.date.day) || e.weekday !== undefined);
  if (!known.length) return;
  const dayOf = (e: EventFact) => (e.date?.year && e.date.month && e.date.day ? weekdayOf(e.date.year, e.date.month, e.date.day) : e.weekday!);
  const agreeing = known.find(e => dayOf(e) === d.weekday);
  if (agreeing) { confirm(ctx, d, `${capital(agreeing.name)}: a ${weekdayName(dayOf(agreeing))}`, agreeing.cite); return; }
  const best = known[0];
  const right = weekdayName(dayOf(best));
  const written = text(ctx, d);
  const fix = written.length <= 4 ? right.slice(0, 3) : right;
  report(ctx, 'wrong-date', {
    span: d,
    message: `The draft puts ${best.name} on a ${d.weekday !== undefined ? weekdayName(d.weekday) : written}; ${best.date?.day ? `${describeDate(best.date)} was a ${right}` : `the sources say ${right}`}.`,
    fact: `${capital(best.name)}: ${right}${best.date?.day ? `, ${describeDate(best.date)}` : ''}`,
    citations: best.cite,
    fixes: [replaceFix(d, capitalsLike(written, fix))],
  });
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
