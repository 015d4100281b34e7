/**
 * contradicted-claim, for a picture's credit: "Valentyn Ogirenko / AP" where the sources credit him to Reuters, or
 * "REUTERS/Valentyn Ogirenko" under a caption of the Reykjavik picture, which the sources credit to Saul Loeb. The
 * pack's `pictures` give each credited picture's photographer, agency and the event it shows.
 *
 * Agencies' names are rare in a draft: they are found first, and a credit's name is read only right beside one.
 */
import type { FactBase, Picture } from '../facts/model';
import { sentencesIn } from '../analysis/document';
import { placeFits, near } from '../analysis/events';
import { matchesIn } from '../text/scan';
import { type CheckContext, report, confirm, replaceFix, capitalsLike } from './context';

const AGENCY = /\b(?:AP|Reuters|REUTERS|AFP|Getty\s+Images|Getty|GETTY|EPA|TASS|Sputnik|SPUTNIK|Pool|POOL|Bloomberg|Shutterstock|Alamy)\b/g;
/** A name of one to three words, in capitals or not. */
const NAME = String.raw`(?:[A-Z][a-z'’-]+|[A-Z][A-Z'’-]+)(?:[ \t]+(?:[A-Z][a-z'’-]+|[A-Z][A-Z'’-]+)){0,2}`;
/** "Valentyn Ogirenko / ", "Saul Loeb (", "Saul Loeb for ", "Saul Loeb of ": a name right before the agency. */
const NAME_BEFORE = new RegExp(String.raw`(${NAME})[ \t]*(?:\/[ \t]*|\([ \t]*|,?[ \t]+(?:for|of)[ \t]+)$`);
/** "/ Alexei Druzhinin", "/SAUL LOEB": a name right after it. */
const NAME_AFTER = new RegExp(String.raw`^[ \t]*\/[ \t]*(${NAME})`);

interface Credit { agency: { start: number; end: number }; agencyText: string; name: { start: number; end: number }; written: string }
const spanOf = (c: Credit) => ({ start: Math.min(c.name.start, c.agency.start), end: Math.max(c.name.end, c.agency.end) });

export function checkCredits(ctx: CheckContext): void {
  const { base, norm } = ctx.analysis;
  if (!base.pictures.length) return;
  const credits: Credit[] = [];
  for (const m of matchesIn(AGENCY, norm, ctx.from, norm.length)) {
    const agency = { start: m.index, end: m.index + m[0].length };
    const before = NAME_BEFORE.exec(norm.slice(Math.max(0, agency.start - 48), agency.start));
    const after = before ? null : NAME_AFTER.exec(norm.slice(agency.end, agency.end + 48));
    const written = before?.[1] ?? after?.[1];
    if (!written) continue;
    const nameStart = before ? agency.start - before[0].length : agency.end + after![0].indexOf(written);
    credits.push({ agency, agencyText: m[0], name: { start: nameStart, end: nameStart + written.length }, written });
  }
  for (let i = 0; i < credits.length; i++) {
    const { agency, agencyText, name, written } = credits[i];
    const picture = photographer(base, written);
    if (!picture) continue;
    const credit = spanOf(credits[i]);
    // The picture the caption shows first: its photographer's name is then the one to put right ("Valentyn Ogirenko / AP"
    // under a caption of the 2011 handshake, which the sources credit to Alexander Zemlianichenko / AP).
    const shown = pictureShown(ctx, credit, credits[i - 1], credits[i + 1]);
    if (shown && shown !== picture) {
      report(ctx, 'contradicted-claim', {
        span: name,
        message: `The draft credits the picture of ${eventName(base, shown)} to ${written}; the sources credit it to ${shown.photographer} / ${shown.agency}.`,
        fact: `${eventName(base, shown)}: photograph by ${shown.photographer} / ${shown.agency}`,
        citations: shown.cite,
        fixes: [replaceFix(name, capitalsLike(written, shown.photographer))],
      });
      continue;
    }
    if (agencyKey(agencyText) !== agencyKey(picture.agency)) {
      report(ctx, 'contradicted-claim', {
        span: agency,
        message: `The draft credits ${picture.photographer} to ${agencyText}; the sources credit his picture to ${picture.agency}.`,
        fact: `${picture.photographer} / ${picture.agency}`,
        citations: picture.cite,
        // (In the draft's capitals, "REUTERS"; an acronym's capitals say nothing of the other's: "AP" becomes "Reuters".)
        fixes: [replaceFix(agency, agencyText.length <= 3 ? picture.agency : capitalsLike(agencyText, picture.agency))],
      });
      continue;
    }
    confirm(ctx, credit, `${picture.photographer} / ${picture.agency}`, picture.cite);
  }
}

/** The picture whose photographer the name is: the same surname (the last word), in any case. */
function photographer(base: FactBase, written: string): Picture | undefined {
  const last = lastWord(written);
  return base.pictures.find(p => lastWord(p.photographer) === last);
}

function lastWord(name: string): string {
  return name.trim().split(/\s+/).pop()!.toLowerCase();
}

function agencyKey(agency: string): string {
  return agency.toLowerCase().replace(/\s+images$/, '');
}

function eventName(base: FactBase, p: Picture): string {
  return base.events.find(e => e.id === p.event)?.name ?? p.id;
}

/**
 * The picture a credit is under, when its caption names one credited picture's event and no other: the credit's own
 * clause (its table row, or its line up to a semicolon, with the lines that go on with its list item or paragraph), or,
 * for a credit alone on its line ("**Credit:** REUTERS/Valentyn Ogirenko"), the caption's lines above it.
 */
function pictureShown(ctx: CheckContext, credit: { start: number; end: number }, previous?: Credit, next?: Credit): Picture | undefined {
  const { doc } = ctx.analysis;
  // (Each search reads 600 characters at most either side: on a run-on line of credits a search to the line's ends would
  // cost its length per credit.)
  const low = Math.max(0, credit.start - 600), high = Math.min(doc.length, credit.end + 600);
  const back = (ch: string, at: number) => { const i = doc.slice(low, at).lastIndexOf(ch); return i < 0 ? -1 : low + i; };
  const ahead = (ch: string, at: number) => { const i = doc.slice(at, high).indexOf(ch); return i < 0 ? -1 : at + i; };
  const lineStart = Math.max(low, back('\n', credit.start) + 1);
  const lineEnd = ahead('\n', credit.end) < 0 ? high : ahead('\n', credit.end);
  const row = /^[ \t]*\|/.test(doc.slice(lineStart, lineStart + 8));
  // (Up to a semicolon either side: "2011 handshake by Alexander Zemlianichenko / AP; Putin at the climate summit by …".)
  let from = row ? lineStart : Math.max(lineStart, back(';', credit.start) + 1);
  let to = lineEnd;
  if (!row) {
    const semicolon = ahead(';', credit.end);
    if (semicolon >= 0 && semicolon < lineEnd) to = semicolon;
    // (The lines that go on with it, to the end of its sentence: "- REUTERS/Saul Loeb: Secretary of State Antony Blinken
    // greets … at" and then "  the Harpa concert hall …"; not a new item or a label's line, "**Note:** …".)
    else if (!SENTENCE_END.test(doc.slice(credit.end, lineEnd))) {
      for (let at = lineEnd; at < high && at - lineEnd < 300;) {
        const end = ahead('\n', at + 1) < 0 ? high : ahead('\n', at + 1);
        const line = doc.slice(at + 1, end);
        if (/^[ \t]*$/.test(line) || ITEM_OPENING.test(line) || LABEL_OPENING.test(line)) break;
        const stop = SENTENCE_END.exec(line);
        to = stop ? at + 1 + stop.index : end;
        if (stop) break;
        at = end;
      }
    }
  }
  // (Nor past another credit on the line: "… in Reykjavik (Saul Loeb / Reuters), and the rally … (Valentyn Ogirenko / Reuters)".)
  if (previous && spanOf(previous).end > from && spanOf(previous).end <= credit.start) from = spanOf(previous).end;
  if (next && spanOf(next).start < to && spanOf(next).start >= credit.end) to = spanOf(next).start;
  const own = picturesNamed(ctx, from, to, credit);
  if (own.size) return own.size === 1 ? [...own][0] : undefined;
  if (row || !LABEL_ONLY.test(doc.slice(lineStart, lineEnd).replace(doc.slice(credit.start, credit.end), ''))) return undefined;
  // A credit alone on its line: the caption above, back to the blank line (600 characters at most).
  const floor = Math.max(0, lineStart - 600);
  const blank = (at: number) => /^[ \t]*$/.test(doc.slice(back('\n', at) + 1, at));
  // Where the lines that end at `at` (a line break) begin: back to a blank line.
  const linesStart = (at: number): number => {
    while (at > floor) {
      if (blank(at)) return at + 1;
      const previous = back('\n', at);
      if (previous < floor) return floor;
      at = previous;
    }
    return floor;
  };
  let until = lineStart - 1;
  // (A credit line set apart by a blank line under its caption's paragraph: "Moscow, 10 March 2011: … shakes hands with …",
  // a blank line, "*Photo: Alexei Druzhinin / Sputnik*".)
  while (until > floor && blank(until)) until = back('\n', until);
  from = linesStart(until);
  const above = picturesNamed(ctx, from, until, credit);
  return above.size === 1 ? [...above][0] : undefined;
}

/** A sentence's end: a stop and a space, or the line's end. */
const SENTENCE_END = /[.!?](?=\s|$)/;
/** A line that opens with a label: "**Note:**", "Caption:". */
const LABEL_OPENING = /^[ \t>]*[*_]*[A-Z][\w ]{0,24}[*_]*:/;
/** A list item's or a numbered line's opening. */
const ITEM_OPENING = /^[ \t]*(?:[-*+]|\d{1,3}[.)]|\|)[ \t]/;
/** What a line holding a credit alone has besides it: a list mark, a label ("**Credit:**", "Photograph:", "©"), stops. */
const LABEL_ONLY = /^[ \t>*_-]*(?:(?:photo(?:graph)?s?|pictures?|images?|credits?|photo\s+credit|by|source)[ \t*_]*:?[ \t*_]*)?(?:©[ \t]*)?(?:\([ \t]*)?[ \t*_().]*$/i;

/** The credited pictures whose events the stretch names: by the event's name, or its city or venue (not a country). */
function picturesNamed(ctx: CheckContext, from: number, to: number, credit: { start: number; end: number }): Set<Picture> {
  const { base } = ctx.analysis;
  const found = new Set<Picture>();
  for (const s of sentencesIn(ctx.analysis, from, to)) {
    // (Only the mentions near the stretch: a run-on line of credits stays linear.)
    for (const m of near(s.mentions, { start: from, end: to })) {
      if (m.start < from || m.end > to || (m.start >= credit.start && m.end <= credit.end)) continue;
      for (const p of base.pictures) {
        const e = base.events.find(x => x.id === p.event);
        if (!e) continue;
        if ((m.kind === 'eventName' && m.id === e.id) || (m.kind === 'place' && e.place && base.places.find(x => x.id === m.id)?.kind !== 'country' && placeFits(base, m.id!, e.place))) found.add(p);
      }
    }
  }
  return found;
}
