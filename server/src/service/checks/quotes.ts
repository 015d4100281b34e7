/**
 * quote-speaker, quote-wording, quote-not-found: each quotation in the draft is aligned word by
 * word against every attested wording in the sources (an ellipsis splits it into fragments that
 * must appear in order); the closest wording decides whether the words and the speaker are right.
 */
import { attribute, isPronoun } from '../analysis/attribution';
import { questionOf, sentencesIn, isHeading, type Mention, type Sentence } from '../analysis/document';
import { near, rankEvents, headerTextOf, placeFits } from '../analysis/events';
import { holdersOf } from '../analysis/roles';
import { display } from './roles';
import { capital } from './dates';
import { callPlacedAt, callDatedBy, callDatedAfter, sameCallAsBefore, thisCall, monthIn, isFamilyName, callSpokenOf, callActs } from './eventNames';
import { DESCRIBED } from '../facts/sourceQuotes';
import type { Quotation } from '../text/quotes';
import { align, words, type Word, type Alignment } from '../text/align';
import type { EventFact, FactBase, QuoteVersion, Speaker } from '../facts/model';
import type { Fix, Span } from '../types';
import { type CheckContext, report, confirm, text, capitalsLike, previousSentence } from './context';

const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'is', 'are', 'was', 'were', 'be', 'it', 'that', 'this', 'we', 'i', 'he', 'she', 'they', 'our', 'with', 'for', 'as', 'by', 'not', 'will', 'would', 'have', 'has']);

/** `joined`: two of a source's quotations read as one (see joinedQuotations), the longer of the two `part` words long. */
interface Indexed { version: QuoteVersion; words: Word[]; vocabulary: Set<string>; joined: boolean; part: number }
interface Match { fragment: Word[]; version: Indexed; al: Alignment }

const indexCache = new WeakMap<FactBase, { all: Indexed[]; byWord: Map<string, number[]> }>();

function indexOf(base: FactBase) {
  let idx = indexCache.get(base);
  if (!idx) {
    const all = [...base.quotes.map(v => indexed(v, 0)), ...joinedQuotations(base).map(j => indexed(j.version, j.part))];
    const byWord = new Map<string, number[]>();
    all.forEach((q, i) => { for (const w of new Set(q.words.map(x => x.w))) if (!STOP.has(w)) byWord.set(w, [...(byWord.get(w) ?? []), i]); });
    idx = { all, byWord };
    indexCache.set(base, idx);
  }
  return idx;
}

function indexed(version: QuoteVersion, part: number): Indexed {
  const w = words(version.text);
  return { version, words: w, vocabulary: new Set(w.map(x => x.w)), joined: part > 0, part };
}

/**
 * A source's quotation broken by its credit ("“… has some inertia”, Peskov told the media. “So it’s hard to expect …”")
 * or carried over a paragraph break is often quoted as one: each two quotations of one speaker, one soon after the
 * other in the same source, are also a wording of their own.
 */
function joinedQuotations(base: FactBase): { version: QuoteVersion; part: number }[] {
  const out: { version: QuoteVersion; part: number }[] = [];
  const at = (v: QuoteVersion) => {
    const source = base.sources.find(x => x.path === v.cite.source);
    if (!source) return -1;
    let offset = 0;
    for (let i = 0; i < v.cite.line - 1; i++) offset += source.lines[i].length + 1;
    return offset + v.cite.column;
  };
  const placed = base.quotes.map(v => ({ v, start: at(v) })).filter(x => x.start >= 0 && x.v.speaker.id && !x.v.text.includes('\n'));
  placed.sort((x, y) => (x.v.cite.source < y.v.cite.source ? -1 : x.v.cite.source > y.v.cite.source ? 1 : x.start - y.start));
  for (let i = 0; i + 1 < placed.length; i++) {
    const a = placed[i], b = placed[i + 1];
    if (a.v.cite.source !== b.v.cite.source || a.v.speaker.id !== b.v.speaker.id || a.v.speaker.kind !== b.v.speaker.kind) continue;
    const text = base.sources.find(x => x.path === a.v.cite.source)!.text;
    const gap = text.slice(a.start + a.v.text.length, b.start);
    // Between them at most a credit: a few words, no other quotation's marks.
    if (gap.length > 80 || (gap.match(/[\p{L}]+/gu) ?? []).length > 6) continue;
    // (Read as one: the first ends its sentence where the source's credit stood.)
    const version = { text: `${a.v.text}${/[.!?,;:…]$/.test(a.v.text) ? '' : '.'} ${b.v.text}`, speaker: a.v.speaker, cite: a.v.cite, overridden: undefined, occasion: a.v.occasion, about: a.v.about };
    out.push({ version, part: Math.max(words(a.v.text).length, words(b.v.text).length) });
  }
  return out;
}

export function checkQuotes(ctx: CheckContext): void {
  const { analysis } = ctx;
  if (!analysis.base.quotes.length) return;
  const attributed = attribute(analysis, analysis.quotes);
  // A name that attributes several quotations: renaming it for one would misattribute the others.
  const uses = new Map<string, number>();
  for (const a of attributed) if (a.speakerSpan) uses.set(`${a.speakerSpan.start}:${a.speakerSpan.end}`, (uses.get(`${a.speakerSpan.start}:${a.speakerSpan.end}`) ?? 0) + 1);
  for (const a of attributed) if (a.quote.end > ctx.from || (a.speakerSpan && a.speakerSpan.end > ctx.from)) checkOne(ctx, a.quote, a.speaker, a.speakerSpan, !!a.speakerSpan && (uses.get(`${a.speakerSpan.start}:${a.speakerSpan.end}`) ?? 0) > 1);
}

function headlineQuote(ctx: CheckContext, q: Quotation): boolean {
  const s = sentencesIn(ctx.analysis, q.start, q.end).find(x => x.start <= q.start && q.end <= x.end);
  // (Or a headline's label and the quotation: "**Kremlin: "no breakthroughs"**".)
  if (!!s && isHeading(ctx.analysis, s) && !/[\p{L}\p{N}]/u.test(ctx.analysis.norm.slice(q.end, s.end))
    && /^[^\p{L}\p{N}]*(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2}\s*:)?[^\p{L}\p{N}]*$/u.test(ctx.analysis.norm.slice(s.start, q.start))) return true;
  // (Or an entry's title in bold, its number before it and a label in brackets after: "**3. "Their first meeting"** (analysis)".)
  const { doc } = ctx.analysis;
  const lead = doc.slice(Math.max(0, q.start - 12), q.start), tail = doc.slice(q.end, q.end + 40);
  // (A short one: a quotation of a sentence set so, "**9. "Not looking to start a cycle …"**", is someone's words.)
  return NUMBERED_TITLE_LEAD.test(lead) && NUMBERED_TITLE_TAIL.test(tail) && (doc.slice(q.inner.start, q.inner.end).match(/\S+/g)?.length ?? 0) <= 5;
}
const NUMBERED_TITLE_LEAD = /(?:^|\n)[ \t>-]*\*\*\d{1,3}[.)][ \t]*$/;
const NUMBERED_TITLE_TAIL = /^\*\*[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*(?:\n|$)/;

/** Each source's words, lower-cased and joined by single spaces (with one before and after), made once per fact base. */
const sourceWordsCache = new WeakMap<FactBase, string[]>();

/** The quotation's words, four or more, stand in that order in a source's own text (its headline, its narrative). */
function printedInSource(base: FactBase, fragments: Word[][]): boolean {
  if (fragments.reduce((n, f) => n + f.length, 0) < 4) return false;
  let texts = sourceWordsCache.get(base);
  if (!texts) {
    texts = base.sources.map(x => ` ${words(x.text).map(w => w.w).join(' ')} `);
    sourceWordsCache.set(base, texts);
  }
  const wanted = fragments.map(f => ` ${f.map(w => w.w).join(' ')} `);
  return texts.some(t => wanted.every(w => t.includes(w)));
}

/** "The article credits "the Kremlin" with …": a quotation of a name alone quotes a wording, not anyone's speech. */
function nameOnly(ctx: CheckContext, q: Quotation): boolean {
  const { norm } = ctx.analysis;
  const inner = norm.slice(q.inner.start, q.inner.end);
  if (inner.length > 60) return false;
  const from = q.inner.start + (/^\s*(?:the\s+)?/i.exec(inner)?.[0].length ?? 0);
  const to = q.inner.start + inner.replace(/[\s.,;:!?]+$/, '').length;
  return sentencesIn(ctx.analysis, from, to).some(s => s.mentions.some(m => m.start === from && m.end === to));
}

/** A name and a title after a dash, in quotation marks: a label ("Joe Biden — President of the United States"). */
function nameLabel(ctx: CheckContext, q: Quotation): boolean {
  const { norm } = ctx.analysis;
  const inner = norm.slice(q.inner.start, q.inner.end);
  if (inner.length > 80) return false;
  const from = q.inner.start + (/^\s*/.exec(inner)?.[0].length ?? 0);
  // (Only the mentions near it: a run-on sentence of many quotations costs no more per quotation.)
  const name = sentencesIn(ctx.analysis, from, from).flatMap(s => near(s.mentions, { start: from, end: from })).find(m => m.start === from && (m.kind === 'person' || m.kind === 'unknownPerson'));
  return !!name && /^\s*(?:[—–]|-{1,2})\s*\p{L}[^.!?]*$/u.test(norm.slice(name.end, q.inner.end));
}

function checkOne(ctx: CheckContext, q: Quotation, speaker: Speaker | undefined, speakerSpan: Span | undefined, sharedSpeaker = false): void {
  const { base, doc } = ctx.analysis;
  // "he did not say "no breakthroughs"": words denied to have been said are no quotation of anyone's.
  if (SAYING_DENIED.test(ctx.analysis.norm.slice(Math.max(0, q.start - 40), q.start))) return;
  if (nameLabel(ctx, q)) return;
  const fragments = splitOnEllipsis(doc, q.inner).map(f => words(doc, f.start, f.end)).filter(f => f.length);
  if (!fragments.length || fragments.reduce((n, f) => n + f.length, 0) > 400) return;
  const search = (fs: Word[][]) => bestVersion(base, fs) ?? shortVariant(base, fs, speaker) ?? looseVariant(base, fs, speaker) ?? changedLead(doc, base, fs, speaker) ?? inflectedVariant(base, fs);
  let best = search(fragments);
  // Two words joined by "and" in the other order than the source's ("restore stability and predictability"): the
  // quotation is read with them put back, and the swap is reported as a change of its own.
  const swapped = swappedPairs(doc, base, fragments);
  let swaps: Swap[] = [];
  if (swapped) {
    const other = search(swapped.fragments);
    if (other && (!best || other.cost < best.cost)) {
      best = other;
      swaps = swapped.swaps;
    }
  }
  // (A quotation reworded loosely from a wording is taken for that wording only when no one the sources do not know is
  // named with it: "Zakharova said: "we need to find ways to improve relations …"" may be her own words.)
  if (best && best.matches.some(m => LOOSE.has(m.al)) && unknownSpeakerNamed(ctx, q)) best = undefined;
  const total = fragments.reduce((n, f) => n + f.length, 0);
  if (!best) {
    if (total <= 4 && fragments.length === 1 && shortSwap(ctx, q, fragments[0], speaker)) return;
    if (total >= 2 && !nameOnly(ctx, q)) report(ctx, 'quote-not-found', { span: q, message: `Quotation not found in the sources: ${text(ctx, q)}`, fact: 'no source has these words', citations: [] });
    return;
  }
  const { matches, cost, versions } = best;
  const cites = versions.map(v => v.version.cite);
  // A heading that is a quotation and nothing else ("## « No major breakthroughs »") is a headline's paraphrase.
  // Words a source itself prints ("runs the headline "…, Lavrov Says"") are quoted rightly, whoever's they are.
  if ((cost > 0 || swaps.length) && !headlineQuote(ctx, q) && !printedInSource(base, fragments)) {
    for (const m of matches) if (m.al.cost > 0 && m.al.diff) reportWording(ctx, q, m, speakerLabel(versions));
    for (const sw of swaps) reportSwap(ctx, q, sw, versions, speakerLabel(versions));
  } else if (!swaps.length) {
    // Every attested wording, with its source: translations and reports differ, and the hover shows them all.
    const wordings = [...new Map(versions.map(v => [`${v.version.speaker.label}: “${v.version.text}”`, v])).keys()];
    confirm(ctx, q, wordings.join(' · '), cites);
  }
  checkOccasion(ctx, q, versions.map(v => v.version), speaker, speakerSpan);
  // (Words said of another meeting are not also a response to it: one finding.)
  if (!checkDescribed(ctx, q, versions.map(v => v.version))) checkRespondedTo(ctx, q, versions.map(v => v.version));
  if (!speaker || speaker.kind === 'other' || speaker.kind === 'unknown' || !speakerSpan) return;
  // One word lifted from a longer quotation ("outrageous") is a scare quote as often as a citation: no verdict on its speaker.
  // Nor is one word of meaning with "the" ("The pandemic." under a script's cue), which anyone may say.
  if (total <= 2 && versions.every(v => v.words.length > total) && fragments.reduce((n, f) => n + f.filter(w => !STOP.has(w.w)).length, 0) < 2) return;
  const said = versions.map(v => v.version.speaker).filter(s => s.kind === 'person' || s.kind === 'org');
  if (!said.length || said.some(s => sameSpeaker(base, speaker, s))) return;
  // ("He said he did not expect "any big breakthroughs"", of Putin, whose words were "major breakthroughs": a changed
  // quotation about as close to a wording of the speaker the draft names as to another's proves no wrong speaker.)
  if (cost > 0 && fragments.length === 1 && ownWordingAsClose(base, fragments[0], speaker, cost)) return;
  // "THE PRESIDENT VOWED: "…"": a title several people hold, which the one the sources give holds too, is not wrong
  // because the checker read it as another holder.
  const title = sentencesIn(ctx.analysis, speakerSpan.start, speakerSpan.start)[0]?.roles.find(r => r.start <= speakerSpan.start && speakerSpan.end <= r.end);
  if (title && holdersOf(base, title).some(p => said.some(x => x.id === p.id))) return;
  const right = said[0];
  // ("He says relations are "very bad", which is what Kremlin spokesman Dmitry Peskov called them": the sentence credits
  // the words to the one the sources give, after them.)
  if (creditedAfter(ctx, q, said)) return;
  const written = doc.slice(speakerSpan.start, speakerSpan.end);
  // "Washington called it "a good start"": a capital stands for its whole government, the State Department as well.
  if (CAPITAL_FOR_GOVERNMENT.test(written) && said.some(x => countryOf(base, x) !== undefined && countryOf(base, x) === countryOf(base, speaker))) return;
  // (In the draft's capitals where the name is written in them: a script's cue, "CLIP — LAVROV".)
  // ("The Kremlin's own statement": the draft's article stays, so "the White House" loses its own.)
  const named = replacementName(base, right, written);
  let fixText = capitalsLike(written, /\bthe\s+$/i.test(doc.slice(Math.max(0, speakerSpan.start - 4), speakerSpan.start)) ? named.replace(/^the\s+/i, '') : named);
  // "Foreign Minister Sergei Lavrov" for Peskov's words: the title before the name goes with it, the right one's in its place.
  let fixSpan: Span = { start: speakerSpan.start, end: speakerSpan.end };
  const before = sentencesIn(ctx.analysis, speakerSpan.start, speakerSpan.start)[0]?.roles.find(r => r.end <= speakerSpan.start && speakerSpan.start - r.end <= 1);
  const role = before && right.kind === 'person' ? base.people.find(p => p.id === right.id)?.roles.find(x => x.period === undefined) : undefined;
  if (before && role && !isPronoun(written)) {
    fixSpan = { start: before.start, end: speakerSpan.end };
    // (The title as the sources' role reads, its qualifier a name: "Russian President", "Kremlin spokesman".)
    fixText = `${capital(display(base, role))} ${named}`;
  }
  // ("said the foreign minister, Sergei Lavrov": a name set after the title by a comma is the same speaker, and part of what
  // the finding marks and the fix replaces.)
  const ids = speaker.id ? [speaker.id] : speaker.candidates ?? [];
  const apposed = !sharedSpeaker && ids.length && !isPronoun(written) ? sentencesIn(ctx.analysis, speakerSpan.end, speakerSpan.end)[0]?.mentions.find(m => m.kind === 'person' && ids.includes(m.id!) && m.start > speakerSpan.end && /^\s*,\s*$/.test(doc.slice(speakerSpan.end, m.start))) : undefined;
  if (apposed) { fixSpan = { start: fixSpan.start, end: apposed.end }; fixText = capitalsLike(written, named); }
  report(ctx, 'quote-speaker', {
    span: sharedSpeaker ? speakerSpan : apposed ? { start: speakerSpan.start, end: apposed.end } : shownSpan(doc, speakerSpan, q, written),
    related: [q],
    message: `The draft gives this quotation to ${speaker.label}; the sources give it to ${right.label}.`,
    fact: `${right.label}: “${versions[0].version.text}”`,
    citations: cites,
    fixes: sharedSpeaker ? [] : [{ title: `Give the quotation to ${right.label}`, edits: [{ span: fixSpan, newText: fixText }], preferred: true }],
  });
}

/**
 * Where a wrong speaker is shown: the name; a pronoun ("…, and he put it this way: "It would be wrong …"") with the
 * quotation's first words after it on its line, or with the quotation before it (""…," he said"), so the squiggle says
 * whose words are meant, not only who "he" is.
 * (A pronoun that speaks several quotations is shown alone: one squiggle for it, not one per quotation.)
 */
function shownSpan(doc: string, speaker: Span, q: Quotation, written: string): Span {
  // ("…," he said.": a pronoun right after the quotation is shown with the quotation it speaks, from its first words.)
  // (So is a title: "…," the foreign minister told reporters.)
  const title = !isPronoun(written) && /^[\s,"”]*the\s+$/i.test(doc.slice(q.end, speaker.start)) && /^\p{Ll}/u.test(written);
  // (A hard-wrapped paragraph's quotation may run over a line's end; not over an empty line.)
  if ((isPronoun(written) || title) && speaker.start >= q.end && speaker.start - q.end <= 12 && q.end - q.inner.start <= 300 && !/\n[ \t>]*\n/.test(doc.slice(q.inner.start, speaker.start))) return { start: q.inner.start, end: speaker.end };
  if (!(isPronoun(written) || /^(?:his|her)$/i.test(written)) || q.inner.start < speaker.end || q.inner.start - speaker.end > 120 || doc.slice(speaker.end, q.inner.start).includes('\n')) return { start: speaker.start, end: speaker.end };
  const opening = /^\s*(?:[^\s"“”]+\s+){0,3}[^\s"“”]+/.exec(doc.slice(q.inner.start, q.inner.end));
  const end = opening ? q.inner.start + opening[0].replace(/[\s.,;:!?…]+$/, '').length : q.inner.start;
  return { start: speaker.start, end: Math.max(end, speaker.end) };
}

// (Or a rule against saying them: "Don't let the guest say "first ever meeting"".)
const SAYING_DENIED = /\b(?:(?:did\s+not|didn['’]t|never|does\s+not|doesn['’]t|has\s+not|hasn['’]t)\s+(?:(?:actually|really|once|ever)\s+)?(?:say|said|use|used|write|wrote|call\s+(?:it|them|him|her))|(?:don['’]t|do\s+not|never)\s+(?:let\s+(?:\w+\s+){1,3})?(?:say|write|use|call\s+(?:it|them|him|her)))\s*,?\s*$/i;

/** Does the quotation's sentence, after it, name one of `said` as having said or called it so ("which is what X called them")? */
function creditedAfter(ctx: CheckContext, q: Quotation, said: Speaker[]): boolean {
  const { norm } = ctx.analysis;
  const s = sentencesIn(ctx.analysis, q.end, q.end)[0];
  if (!s) return false;
  return s.mentions.some(m => m.start >= q.end && m.start - q.end <= 80 && said.some(x => x.id === m.id)
    && (WHAT_X_CALLED.test(norm.slice(Math.max(q.end, m.start - 40), m.start)) && CALLED_AFTER.test(norm.slice(m.end, m.end + 16))));
}
/** Before the name: "which is what ", ", as ", a title between. */
const WHAT_X_CALLED = /\b(?:what|as)\s+(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+|[a-z]+\s+){0,3})?$/;
const CALLED_AFTER = /^\s+(?:had\s+|has\s+)?(?:called|call|calls|said|says|put\s+it|described|describes|termed)\b/i;

/** Two words of a quotation joined by "and" or "or", and the same two in a wording in the other order. */
interface Swap { start: number; end: number; sourceText: string }

/**
 * The fragments with each pair of words joined by "and" or "or" put in the order a wording has them, when no wording
 * has them in the draft's order: "stability and predictability" where the White House said "predictability and
 * stability". The words keep their places in the draft, so any other change is still shown in the draft's own words.
 * Only lower-case words: "the Biden–Putin summit" for "Putin-Biden Summit" is a name, which any order may write.
 */
function swappedPairs(doc: string, base: FactBase, fragments: Word[][]): { fragments: Word[][]; swaps: Swap[] } | undefined {
  const { all, byWord } = indexOf(base);
  const swaps: Swap[] = [];
  const out = fragments.map(f => {
    let copy: Word[] | undefined;
    for (let i = 0; i + 2 < f.length; i++) {
      const x = f[i].w, y = f[i + 2].w, joint = f[i + 1].w;
      if ((joint !== 'and' && joint !== 'or') || x === y || STOP.has(x) || STOP.has(y) || !/^[a-z]/.test(doc[f[i].start]) || !/^[a-z]/.test(doc[f[i + 2].start])) continue;
      let other: { v: Indexed; j: number } | undefined, same = false;
      for (const n of byWord.get(x) ?? []) {
        const sw = all[n].words;
        for (let j = 0; j + 2 < sw.length; j++) {
          if (sw[j + 1].w !== joint) continue;
          if (sw[j].w === x && sw[j + 2].w === y) same = true;
          else if (sw[j].w === y && sw[j + 2].w === x) other ??= { v: all[n], j };
        }
      }
      if (same || !other) continue;
      copy ??= [...f];
      copy[i] = { ...f[i], w: y };
      copy[i + 2] = { ...f[i + 2], w: x };
      const sw = other.v.words, src = other.v.version.text;
      swaps.push({ start: f[i].start, end: f[i + 2].end, sourceText: src.slice(sw[other.j].start, sw[other.j + 2].end) });
      i += 2;
    }
    return copy ?? f;
  });
  return swaps.length ? { fragments: out, swaps } : undefined;
}

function reportSwap(ctx: CheckContext, q: Quotation, sw: Swap, versions: Indexed[], who: string): void {
  const draftWords = ctx.analysis.doc.slice(sw.start, sw.end);
  report(ctx, 'quote-wording', {
    span: { start: sw.start, end: sw.end },
    related: [q],
    message: `Quotation differs from the source: the draft has "${draftWords}" where ${who} said "${sw.sourceText}".`,
    fact: `${who}: “${versions[0].version.text}”`,
    citations: [versions[0].version.cite],
    fixes: [{ title: `Restore the source's wording: "${sw.sourceText}"`, edits: [{ span: { start: sw.start, end: sw.end }, newText: sw.sourceText }], preferred: true }],
  });
}

/** Has the speaker a wording within one edit of `cost` from the fragment, sharing a word of meaning with it? */
function ownWordingAsClose(base: FactBase, f: Word[], speaker: Speaker, cost: number): boolean {
  for (const v of indexOf(base).all) {
    if (v.version.speaker.kind === 'unknown' || !sameSpeaker(base, speaker, v.version.speaker) || meaningful(f, v.vocabulary) < 1) continue;
    if (align(f, v.words).cost <= cost + 1) return true;
  }
  return false;
}

/**
 * A quotation whose words are the source's put in another number or person, or "every" for "all": "every country, every
 * military power does it" for "all countries, all military powers do it". Each word is read in a plain form (no plural
 * ending, "every" and "each" as "all", "does" as "do"), and a wording those forms match as closely as `acceptable`
 * asks is the quotation changed; the changes are then shown in the draft's own words.
 */
function inflectedVariant(base: FactBase, fragments: Word[][]): { matches: Match[]; cost: number; versions: Indexed[] } | undefined {
  if (fragments.length !== 1 || fragments[0].length < 4) return undefined;
  const f = fragments[0];
  const plain = f.map(w => ({ start: w.start, end: w.end, w: plainForm(w.w) }));
  const most = Math.ceil(f.length * 0.3);
  for (const v of indexOf(base).all) {
    if (v.joined) continue;
    const { words: forms, vocabulary } = plainWordsOf(v);
    // (Each plain word the wording lacks costs an edit: most wordings fail this before any alignment, as in mayAccept.)
    if (missingWords([plain], vocabulary) > most || meaningful(plain, vocabulary) < 2) continue;
    const al = align(plain, forms);
    if (al.cost > most || al.matched < 3 || al.matched < f.length / 2) continue;
    // The draft's own words against the stretch the plain forms matched, its common ends set aside: the changes a
    // reader sees ("many steps" where the source has "just one step").
    const source = v.words, end = al.sourceEnd;
    let open = 0, close = 0;
    while (open < f.length && al.sourceStart + open < end && f[open].w === source[al.sourceStart + open].w) open++;
    while (close < f.length - open && end - close - 1 >= al.sourceStart + open && f[f.length - close - 1].w === source[end - close - 1].w) close++;
    const diff = { a: open, b: f.length - close, c: al.sourceStart + open, d: end - close };
    if (diff.a === diff.b && diff.c === diff.d) continue;
    const shown: Alignment = { cost: wordDistance(f, diff.a, diff.b, source, diff.c, diff.d), sourceStart: al.sourceStart, sourceEnd: end, diff, matched: open + close };
    INFLECTED.add(shown);
    return { matches: [{ fragment: f, version: v, al: shown }], cost: shown.cost, versions: [v] };
  }
  return undefined;
}

/** The alignments inflectedVariant made: their changes may run from end to end. */
const INFLECTED = new WeakSet<Alignment>();

/** A wording's words in their plain forms, and their vocabulary, made once per wording. */
const plainWords = new WeakMap<Indexed, { words: Word[]; vocabulary: Set<string> }>();
function plainWordsOf(v: Indexed): { words: Word[]; vocabulary: Set<string> } {
  let forms = plainWords.get(v);
  if (!forms) {
    const words = v.words.map(w => ({ start: w.start, end: w.end, w: plainForm(w.w) }));
    plainWords.set(v, (forms = { words, vocabulary: new Set(words.map(w => w.w)) }));
  }
  return forms;
}

/** A word's plain form: no plural or third-person ending, no possessive, "every" and "each" as "all". */
function plainForm(w: string): string {
  const word = w.replace(/'s?$/, '');
  if (word === 'every' || word === 'each') return 'all';
  if (PLAIN_VERBS[word]) return PLAIN_VERBS[word];
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
const PLAIN_VERBS: Record<string, string> = { does: 'do', did: 'do', has: 'have', had: 'have', is: 'be', are: 'be', was: 'be', were: 'be' };

/**
 * A short quotation with one word changed ("greatest danger" for "greatest threat", "friendly and predictable" for
 * "stable and predictable") is only taken for the source's when the draft gives it to the same speaker and a word
 * it keeps carries meaning.
 */
function shortVariant(base: FactBase, fragments: Word[][], speaker: Speaker | undefined): { matches: Match[]; cost: number; versions: Indexed[] } | undefined {
  if (fragments.length !== 1 || fragments[0].length < 2 || fragments[0].length > 4 || !speaker?.id) return undefined;
  const f = fragments[0];
  for (const v of indexOf(base).all) {
    if (v.words.length !== f.length || !sameSpeaker(base, speaker, v.version.speaker)) continue;
    const same = f.filter((w, i) => w.w === v.words[i].w);
    if (same.length === f.length - 1 && same.some(w => !STOP.has(w.w))) {
      const al = align(f, v.words);
      return { matches: [{ fragment: f, version: v, al }], cost: al.cost, versions: [v] };
    }
  }
  return undefined;
}

/**
 * A quotation its speaker is given, with up to half its words changed around words of meaning it keeps in order
 * ("in much the same way as my predecessor" for "in a very different way from my predecessor"): the wording the
 * sources give that speaker. Only the speaker's own wordings are tried, so a change this large is not read into
 * someone else's words.
 */
function looseVariant(base: FactBase, fragments: Word[][], speaker: Speaker | undefined): { matches: Match[]; cost: number; versions: Indexed[] } | undefined {
  if (!speaker?.id || (speaker.kind !== 'person' && speaker.kind !== 'org') || speaker.candidates) return undefined;
  let best: { matches: Match[]; cost: number; versions: Indexed[] } | undefined;
  for (const v of indexOf(base).all) {
    if (v.version.speaker.kind === 'unknown' || !sameSpeaker(base, speaker, v.version.speaker)) continue;
    const matches: Match[] = [];
    let cost = 0, from = 0, ok = true;
    for (const f of fragments) {
      // (Each draft word the wording lacks costs an edit: most wordings fail this before any alignment.)
      if (f.length < 5 || missingWords([f], v.vocabulary) * 2 > f.length || meaningful(f, v.vocabulary) < 3) { ok = false; break; }
      const rest = v.words.slice(from);
      const al = align(f, rest);
      // (More changes are taken around a run of four words or more kept as the source has them: "It's hard to expect that we
      // can resolve deep disagreements in just one first meeting" for "… that it would be possible to reach an understanding
      // on deep disagreements during just one first meeting".)
      if ((al.cost * 2 > f.length && (al.cost > f.length || longestRun(f, rest) < 4)) || al.matched * 2 < f.length || keptMeaning(f, al, rest) < 2 || rearranged(f, al, v.vocabulary)) { ok = false; break; }
      const m = shiftedMatch(f, v, al, from);
      matches.push(m);
      cost += al.cost;
      from = m.al.sourceEnd;
    }
    if (ok && (!best || cost < best.cost)) best = { matches, cost, versions: [v] };
  }
  return best;
}

/** The most words in a row the fragment shares with the wording (the fragment is a quotation's: a few dozen words). */
function longestRun(f: Word[], source: Word[]): number {
  let best = 0;
  for (let i = 0; i < f.length; i++) {
    for (let j = 0; j < source.length; j++) {
      let k = 0;
      while (i + k < f.length && j + k < source.length && f[i + k].w === source[j + k].w) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

/**
 * "I would warn against excessive expectations about the results of the meeting, but the event is very important …":
 * a long quotation too far from every wording as a whole, whose first clause is a wording's reworded. Only that clause
 * is compared (the rest may be the draft's own paraphrase), and only a changed clause is taken: a clause quoted exactly
 * before words no source has does not make the whole quotation attested.
 */
function changedLead(doc: string, base: FactBase, fragments: Word[][], speaker: Speaker | undefined): { matches: Match[]; cost: number; versions: Indexed[] } | undefined {
  if (fragments.length !== 1 || fragments[0].length < 10) return undefined;
  const f = fragments[0];
  // The first clause break after six words, with three words or more after it.
  let k = 6;
  while (k <= f.length - 3 && !CLAUSE_BREAK.test(doc.slice(f[k - 1].end, f[k].start))) k++;
  if (k > f.length - 3) return undefined;
  const lead = [f.slice(0, k)];
  const found = bestVersion(base, lead) ?? looseVariant(base, lead, speaker);
  // (The change within the clause, its last word kept: a change running to the clause's end may be where the wording
  // and the draft's own words part, and its fix would join them badly.)
  const diff = found?.matches[0].al.diff;
  return found && found.cost > 0 && diff && diff.b < k ? found : undefined;
}
const CLAUSE_BREAK = /[,;:\u2013\u2014]/;

/** A fragment's alignment against the wording's words from `from` on, as offsets into the whole wording. */
function shiftedMatch(fragment: Word[], version: Indexed, al: Alignment, from: number): Match {
  const shifted = { ...al, sourceStart: al.sourceStart + from, sourceEnd: al.sourceEnd + from, diff: al.diff && { ...al.diff, c: al.diff.c + from, d: al.diff.d + from } };
  if (LOOSE.has(al)) LOOSE.add(shifted);
  return { fragment, version, al: shifted };
}

/**
 * Words of meaning the alignment keeps: the anchors that make it the same quotation. Those outside its changed stretch,
 * and those inside it that the source's changed stretch has too ("wrong to play down how important the meeting is" for
 * "wrong to downplay the importance of the meeting": a word added at the end stretches the change over "meeting").
 */
function keptMeaning(f: Word[], al: Alignment, words: Word[]): number {
  if (!al.diff) return f.length;
  const { a, b, c, d } = al.diff;
  let n = 0;
  for (let i = 0; i < f.length; i++) {
    if (STOP.has(f[i].w)) continue;
    if (i < a || i >= b) n++;
    else if (d - c <= 12) for (let j = c; j < d; j++) if (words[j].w === f[i].w) { n++; break; }
  }
  return n;
}

/**
 * Are the changed words the speaker's own, from elsewhere in the wording (two of its sentences joined without the
 * one between them)? Then the draft shortened the quotation rather than changed what it says.
 */
function rearranged(f: Word[], al: Alignment, vocabulary: Set<string>): boolean {
  if (!al.diff) return false;
  let changed = 0, theirs = 0;
  for (let i = al.diff.a; i < al.diff.b; i++) {
    if (STOP.has(f[i].w)) continue;
    changed++;
    if (vocabulary.has(f[i].w)) theirs++;
  }
  return theirs * 2 > changed;
}

function splitOnEllipsis(doc: string, inner: Span): Span[] {
  const out: Span[] = [];
  // (A quiz's blank, "caution against having ___ expectations", leaves words out as an ellipsis does, with its number
  // when the blanks are numbered: "major (4) ________".)
  const re = /\.\s?\.\s?\.|…|\[\.\.\.\]|(?:\(\d{1,2}\)\s?)?_{2,}(?:\s?\(\d{1,2}\))?/g;
  const s = doc.slice(inner.start, inner.end);
  let last = 0;
  for (let m; (m = re.exec(s)); ) { out.push({ start: inner.start + last, end: inner.start + m.index }); last = m.index + m[0].length; }
  out.push({ start: inner.start + last, end: inner.end });
  return out;
}

/** The attested wording closest to the draft's fragments, and every other wording as close. */
function bestVersion(base: FactBase, fragments: Word[][]): { matches: Match[]; cost: number; versions: Indexed[] } | undefined {
  const idx = indexOf(base);
  // Words shared with each wording, counted in an array; `touched` keeps the wordings in the order first met.
  if (shared.length < idx.all.length) shared = new Int32Array(idx.all.length);
  const counts = shared.fill(0, 0, idx.all.length);
  const touched: number[] = [];
  // Distinct words of meaning per fragment: each one a wording lacks costs it at least one edit.
  let distinct = 0;
  for (const f of fragments) {
    const seen = new Set<string>();
    for (const { w } of f) {
      if (seen.has(w)) continue;
      seen.add(w);
      if (!STOP.has(w)) distinct++;
      for (const i of idx.byWord.get(w) ?? NO_WORDINGS) if (counts[i]++ === 0) touched.push(i);
    }
  }
  const short = fragments.every(f => f.every(w => STOP.has(w.w)));
  // (Two quotations read as one can only be closer than each alone for a quotation longer than either: they take no
  // candidate's place otherwise.)
  const length = fragments.reduce((n, f) => n + f.length, 0);
  const eligible = (i: number) => !idx.all[i].joined || length > idx.all[i].part;
  const candidates = short ? idx.all.map((_, i) => i).filter(eligible) : touched.filter(eligible).sort((a, b) => counts[b] - counts[a]).slice(0, 8);
  let best: { matches: Match[]; cost: number; versions: Indexed[] } | undefined;
  for (const i of candidates) {
    const v = idx.all[i];
    // Each draft word the wording lacks costs at least one edit: a wording that cannot tie the best needs no alignment.
    if (best && (distinct - counts[i] > best.cost || missingWords(fragments, v.vocabulary) > best.cost)) continue;
    // The same bound, fragment by fragment, against what `acceptable` allows: a wording none of whose alignments
    // could be accepted needs none computed (the commonest case: a quotation the sources do not have).
    if (!mayAccept(fragments, v.vocabulary)) continue;
    const matches: Match[] = [];
    let cost = 0, from = 0, ok = true;
    for (const f of fragments) {
      const rest = v.words.slice(from);
      let al = align(f, rest);
      if (!acceptable(f, al)) al = rewordedMiddle(f, rest, v.vocabulary) ?? rewordedLoosely(f, rest, v.vocabulary) ?? al;
      // A short changed quotation must share two words of meaning: "What's on the agenda?" is not a misquotation.
      if (!acceptable(f, al) || (al.cost > 0 && f.length < 5 && meaningful(f, v.vocabulary) < 2)) { ok = false; break; }
      const m = shiftedMatch(f, v, al, from);
      matches.push(m);
      cost += al.cost;
      from = m.al.sourceEnd;
    }
    if (!ok) continue;
    if (!best || cost < best.cost) best = { matches, cost, versions: [v] };
    // (Two quotations read as one are a wording only where no single one is as close.)
    else if (cost === best.cost && best.versions[0].joined && !v.joined) best = { matches, cost, versions: [v] };
    else if (cost === best.cost && !v.joined && !best.versions.some(x => x.version.text === v.version.text && x.version.cite.source === v.version.cite.source)) best.versions.push(v);
  }
  return best;
}

/**
 * The counts of shared words, one slot per wording, reused by every quotation: a typed array of this size is made
 * outside the heap, which costs more than the counting it serves (a draft quotes dozens of times).
 */
let shared = new Int32Array(0);
/** The wordings of a word no source has. */
const NO_WORDINGS: number[] = [];

/**
 * Could every fragment be accepted against a wording with this vocabulary? Each draft word the wording lacks costs
 * an edit and cannot be matched, so those words alone bound the alignment's cost and matches from below and above.
 */
function mayAccept(fragments: Word[][], vocabulary: Set<string>): boolean {
  for (const f of fragments) {
    let miss = 0;
    for (const w of f) if (!vocabulary.has(w.w)) miss++;
    if (miss === 0) continue;
    // With a cost above zero: what `acceptable` and the short-quotation rule in bestVersion require (a reworded middle
    // keeps six in ten of its words).
    const can = f.length - miss;
    if (f.length < 3 || (miss > Math.ceil(f.length * 0.3) && (f.length < 8 || can < f.length * 0.6)) || can < 2 || can < f.length / 2) return false;
    if (f.length < 5 && meaningful(f, vocabulary) < 2) return false;
  }
  return true;
}

/** Words of meaning (not "the", "on", "we") the fragment shares with a wording. */
function meaningful(f: Word[], vocabulary: Set<string>): number {
  let n = 0;
  for (const w of f) if (!STOP.has(w.w) && vocabulary.has(w.w)) n++;
  return n;
}

function missingWords(fragments: Word[][], vocabulary: Set<string>): number {
  let n = 0;
  for (const f of fragments) for (const w of f) if (!vocabulary.has(w.w)) n++;
  return n;
}

/** Close enough to be the same quotation with words changed: at most three in ten words differ (or see rewordedMiddle). */
function acceptable(f: Word[], al: Alignment): boolean {
  if (al.cost === 0) return true;
  if (f.length < 3) return false;
  return (al.cost <= Math.ceil(f.length * 0.3) && al.matched >= 2 && al.matched >= f.length / 2) || REWORDED.has(al);
}

/** The edit distance, in words, between x[xa, xb) and y[ya, yb). */
function wordDistance(x: Word[], xa: number, xb: number, y: Word[], ya: number, yb: number): number {
  const m = yb - ya;
  let row = Array.from({ length: m + 1 }, (_, k) => k);
  for (let i = 1; i <= xb - xa; i++) {
    const next = [i];
    for (let k = 1; k <= m; k++) next[k] = Math.min(row[k] + 1, next[k - 1] + 1, row[k - 1] + (x[xa + i - 1].w === y[ya + k - 1].w ? 0 : 1));
    row = next;
  }
  return row[m];
}

/** The alignments rewordedMiddle made (a field of their own would give alignments two shapes, and every read of one a slower path). */
const REWORDED = new WeakSet<Alignment>();

/**
 * A quotation that opens and closes with the source's words and rewords its middle: "We will not stand by and let him
 * trample on those rights" for "We will not stand by and we will not let him abuse those rights". Two words or more at
 * each end, five at least in all, six in ten of the draft's words the source's, and middles of like length. The
 * alignment made has the two middles as its one difference. (The edit distance, which may start anywhere in the
 * source, can match the opening words to a later "we will not" at the same cost, leaving the opening unmatched.)
 */
function rewordedMiddle(f: Word[], source: Word[], vocabulary: Set<string>): Alignment | undefined {
  if (f.length < 8) return undefined;
  let kept = 0;
  for (const w of f) if (vocabulary.has(w.w)) kept++;
  if (kept < f.length * 0.6) return undefined;
  for (let j = 0; j + 1 < source.length; j++) {
    if (source[j].w !== f[0].w || source[j + 1].w !== f[1].w) continue;
    let open = 2;
    while (open < f.length && j + open < source.length && source[j + open].w === f[open].w) open++;
    if (open >= f.length - 2) return undefined;
    // The closing words: the draft's last two, then as many more as agree, after the opening in the source.
    for (let e = j + open + 2; e <= source.length; e++) {
      if (source[e - 1].w !== f[f.length - 1].w || source[e - 2].w !== f[f.length - 2].w) continue;
      let close = 2;
      while (close < f.length - open && e - close - 1 >= j + open && source[e - close - 1].w === f[f.length - close - 1].w) close++;
      const a = open, b = f.length - close, c = j + open, d = e - close;
      if (open + close < 5 || Math.abs((b - a) - (d - c)) > 4 || b <= a || d <= c) return undefined;
      // The middles' distance, word by word (small: a wording is a sentence or two, a quotation checked at most 400 words).
      const cost = wordDistance(f, a, b, source, c, d);
      if (cost > Math.ceil(Math.max(f.length, e - j) * 0.5)) return undefined;
      const al: Alignment = { cost, sourceStart: j, sourceEnd: e, diff: { a, b, c, d }, matched: open + close };
      REWORDED.add(al);
      return al;
    }
    // ("We need to find ways to settle our relations, which are now at a historic low" for "… to seek a settlement in
    // our relations, which are now at an extremely low level": six words or more of the source's opening, and the rest
    // reworded to the end; the source's stretch for it is the one of like length closest to it.)
    return open >= 6 ? rewordedTail(f, source, j, open) : undefined;
  }
  return undefined;
}

/**
 * A quotation most of whose words are the source's, in the source's order, with others changed at its ends and within:
 * "It is hard to expect that deep disagreements can be resolved in just one first meeting" for "So it's hard to expect
 * that it would be possible to reach an understanding on deep disagreements during just one first meeting". Six words
 * or more, more than half of them the source's in order and three of those words of meaning, from a stretch of the
 * source at most twice as long. The alignment's difference is then the whole quotation.
 */
function rewordedLoosely(f: Word[], source: Word[], vocabulary: Set<string>): Alignment | undefined {
  const n = f.length, m = source.length;
  if (n < 6 || n > 60 || m > 200 || meaningful(f, vocabulary) < 3) return undefined;
  // The longest run of the draft's words in the source's order (a table of n + 1 rows of m + 1), walked back for the
  // first and last source words it uses.
  const w = m + 1;
  // (One table reused, as align's is: at most 61 × 201 entries, zeroed where this call reads it.)
  if (lcsTable.length < (n + 1) * w) lcsTable = new Uint16Array((n + 1) * w);
  const L = lcsTable;
  L.fill(0, 0, w);
  for (let i = 1; i <= n; i++) L[i * w] = 0;
  for (let i = 1; i <= n; i++) for (let j = 1; j <= m; j++) {
    L[i * w + j] = f[i - 1].w === source[j - 1].w ? L[(i - 1) * w + j - 1] + 1 : Math.max(L[(i - 1) * w + j], L[i * w + j - 1]);
  }
  const matched = L[n * w + m];
  if (matched < Math.max(4, Math.ceil(n * 0.55))) return undefined;
  let i = n, j = m, first = -1, last = -1;
  while (i > 0 && j > 0) {
    if (f[i - 1].w === source[j - 1].w && L[i * w + j] === L[(i - 1) * w + j - 1] + 1) { if (last < 0) last = j - 1; first = j - 1; i--; j--; }
    else if (L[(i - 1) * w + j] >= L[i * w + j - 1]) i--;
    else j--;
  }
  if (last - first + 1 > 2 * n + 4) return undefined;
  const loose: Alignment = { cost: n - matched + (last - first + 1 - matched), sourceStart: first, sourceEnd: last + 1, diff: { a: 0, b: n, c: first, d: last + 1 }, matched };
  REWORDED.add(loose);
  LOOSE.add(loose);
  return loose;
}
/**
 * Is someone the base does not know named as the quotation's speaker in its sentence: a name it holds as an unknown
 * person's, or capitalised words before a verb of saying that no known name covers ("Maria Zakharova said: "…"")?
 */
function unknownSpeakerNamed(ctx: CheckContext, q: Quotation): boolean {
  const s = sentencesIn(ctx.analysis, q.start, q.start).find(x => x.start <= q.start && q.start < x.end);
  if (!s) return false;
  if (s.mentions.some(m => m.kind === 'unknownPerson')) return true;
  const lead = ctx.analysis.norm.slice(Math.max(s.start, q.start - 80), q.start);
  const named = UNKNOWN_SAYER.exec(lead);
  // (The name's last word, right before the verb: "Mr Peskov told", "The White House said", "He said" name someone
  // known, or no one.)
  if (!named || NOT_A_SAYER.test(named[1])) return false;
  const at = q.start - lead.length + named.index + named[0].lastIndexOf(named[1]);
  return !s.mentions.some(m => m.kind !== 'unknownPlace' && m.start <= at && at < m.end);
}
/** Capitalised words right before a verb of saying, then the quotation: "Maria Zakharova said: ". */
const UNKNOWN_SAYER = /\b(?:[A-Z][a-z'’-]+\s+){0,2}([A-Z][a-z'’-]+)\s+(?:said|says|told|tells|added|adds|wrote|writes|stated|states|declared|declares|warned|warns)\b[^"“”]{0,20}$/;
const NOT_A_SAYER = /^(?:He|She|They|It|We|I|You|This|That|Who|Which|Mr|Mrs|Ms|Dr|President|Minister|Secretary|Spokesman|Spokeswoman)$/;
/** Words that offer what follows as a paraphrase, not a quotation. */
const PARAPHRASE_BEFORE = /\bparaphras(?:e|es|ed|ing)\b[^"“”.;:]{0,24}[:,]?\s*$/i;
/** rewordedLoosely's table, kept from call to call. */
let lcsTable = new Uint16Array(0);
/** The alignments rewordedLoosely made: their difference is the whole quotation, and is reported as such. */
const LOOSE = new WeakSet<Alignment>();

/** rewordedMiddle's alignment for a quotation whose first `open` words are the source's from `j`, and whose rest differs. */
function rewordedTail(f: Word[], source: Word[], j: number, open: number): Alignment | undefined {
  const a = open, b = f.length, c = j + open;
  let best: { cost: number; d: number } | undefined;
  for (let d = Math.max(c + 1, c + (b - a) - 4); d <= Math.min(source.length, c + (b - a) + 4); d++) {
    const cost = wordDistance(f, a, b, source, c, d);
    if (!best || cost < best.cost) best = { cost, d };
  }
  if (!best || best.cost > Math.ceil(Math.max(f.length, best.d - j) * 0.5) || best.cost >= b - a) return undefined;
  // (To the wording's end when a word or two is all that is left of it: "… at an extremely low level", not "… low".)
  if (source.length - best.d <= 2) best = { cost: wordDistance(f, a, b, source, c, source.length), d: source.length };
  const al: Alignment = { cost: best.cost, sourceStart: j, sourceEnd: best.d, diff: { a, b, c, d: best.d }, matched: open };
  REWORDED.add(al);
  return al;
}

/** The same words, parts of hyphenated compounds counted apart, in any order (an article aside). */
function sameWordsAnyOrder(a: string[], b: string[]): boolean {
  const parts = (ws: string[]) => ws.flatMap(w => w.split(/[-\u2013\u2014]/)).filter(w => w && w !== 'the').sort().join(' ');
  return parts(a) === parts(b);
}

function reportWording(ctx: CheckContext, q: Quotation, m: Match, who: string): void {
  const { doc } = ctx.analysis;
  const d = m.al.diff!;
  // Changes at both ends and within ("Afghanistan has nothing to do with it" against "it has to do with the"): a few
  // common words in the middle are shared, and the quotation is another sentence, not this one reworded.
  // (Not a quotation whose words are the source's in another number or person: see inflectedVariant.)
  if (d.a === 0 && d.b === m.fragment.length && m.al.cost >= 2 && !INFLECTED.has(m.al) && !LOOSE.has(m.al)) return;
  // ("One mark only for a paraphrase such as "relations are at a very low level"": words offered as a paraphrase.)
  if (PARAPHRASE_BEFORE.test(ctx.analysis.norm.slice(Math.max(0, q.start - 40), q.start))) return;
  // '"the Biden–Putin summit"' for the headline's "Putin-Biden Summit": a short name-like phrase with the same words in
  // another order is a term the writer quotes, not a quotation reworded.
  if (m.fragment.length <= 5 && sameWordsAnyOrder(m.fragment.slice(d.a, d.b).map(w => w.w), m.version.words.slice(d.c, d.d).map(w => w.w))) return;
  const src = m.version.version.text;
  const sw = m.version.words;
  const sourceText = d.c < d.d ? src.slice(sw[d.c].start, sw[d.d - 1].end) : '';
  let span: Span;
  let newText = sourceText;
  if (d.a < d.b) {
    span = { start: m.fragment[d.a].start, end: m.fragment[d.b - 1].end };
    if (!sourceText) span = { start: d.a > 0 ? m.fragment[d.a - 1].end : span.start, end: span.end }; // drop the extra words and the space before them
  } else {
    const at = d.a < m.fragment.length ? m.fragment[d.a].start : m.fragment[m.fragment.length - 1].end;
    span = { start: at, end: at };
    newText = d.a < m.fragment.length ? `${sourceText} ` : ` ${sourceText}`;
  }
  const draftWords = doc.slice(span.start, span.end).trim();
  // "I'm not seeking to initiate …" for the source's he is "not seeking to initiate …": a partial quotation put in the
  // speaker's own mouth, with the subject and verb the source reported it under.
  if (!sourceText && d.a === 0 && FIRST_PERSON_OPENING.test(draftWords) && /^[a-z]/.test(src)) return;
  // ("🇷🇺 LAVROV: Russia does not await any breakthroughs after the Putin–Biden summit.": a transcript line's words, in no
  // quotation marks, are the speaker's as rendered; an article more or less is no misquotation.)
  if (q.label && (!sourceText || !draftWords) && ARTICLE_ONLY.test(sourceText || draftWords)) return;
  const shown = span.start === span.end ? { start: Math.max(q.inner.start, span.start - 1), end: Math.min(q.inner.end, span.start + 1) } : span;
  const fix: Fix = { title: sourceText ? `Restore the source's wording: "${sourceText}"` : `Remove "${draftWords}", which the source does not have`, edits: [{ span, newText }], preferred: true };
  report(ctx, 'quote-wording', {
    span: shown,
    related: [q],
    message: !sourceText
      ? `Quotation differs from the source: "${draftWords}" is not in what ${who} said.`
      : !draftWords
        ? `Quotation differs from the source: the draft leaves out "${sourceText}" from what ${who} said.`
        : `Quotation differs from the source: the draft has "${draftWords}" where ${who} said "${sourceText}".`,
    fact: `${who}: “${src}”`,
    citations: [m.version.version.cite],
    fixes: [fix],
  });
}

const ARTICLE_ONLY = /^(?:the|a|an)$/i;
const FIRST_PERSON_OPENING = /^(?:I['’]m|I\s+am|I\s+was|we['’]re|we\s+are|we\s+were)$/i;

const CAPITAL_FOR_GOVERNMENT = /^(?:Washington|Moscow)$/;

/** The country a speaker (an organisation or a person) belongs to, when the base gives one. */
function countryOf(base: FactBase, x: Speaker): string | undefined {
  if (x.kind === 'org') return base.organizations.find(o => o.id === x.id)?.country;
  if (x.kind === 'person') return base.people.find(p => p.id === x.id)?.country;
  return undefined;
}

function speakerLabel(versions: Indexed[]): string {
  const labels = [...new Set(versions.map(v => v.version.speaker.label))];
  return labels.join(' / ');
}

function sameSpeaker(base: FactBase, draft: Speaker, source: Speaker): boolean {
  if (draft.candidates) return draft.candidates.some(id => sameSpeaker(base, { kind: 'person', id, label: '' }, source));
  if (draft.id === source.id) return true;
  const orgOf = (s: Speaker) => (s.kind === 'person' ? base.people.find(p => p.id === s.id)?.org : s.id);
  // A spokesperson speaking for their organisation, or the organisation for its head.
  if (draft.kind === 'person' && source.kind === 'org') return orgOf(draft) === source.id;
  // "Moscow said" / "the Kremlin said" for a Russian official's words is how news copy speaks of a government.
  if (draft.kind === 'org' && source.kind === 'person') {
    const person = base.people.find(p => p.id === source.id);
    const org = base.organizations.find(o => o.id === draft.id);
    return orgOf(source) === draft.id || (!!org?.country && person?.country === org.country);
  }
  return false;
}

function replacementName(base: FactBase, right: Speaker, written: string): string {
  if (right.kind === 'org') return right.label;
  const p = base.people.find(x => x.id === right.id);
  if (!p) return right.label;
  if (isPronoun(written) || written.split(/\s+/).length === 1) {
    // The surname ("Biden"), not a first name an alias list may hold ("Joe").
    const surname = p.name.split(/\s+/).pop()!;
    const short = p.aliases.includes(surname) ? surname : p.aliases.filter(a => /^\p{Lu}[\p{L}-]+$/u.test(a)).sort((a, b) => a.length - b.length)[0] ?? p.name;
    // "In his words" becomes "In Peskov's words".
    return /^(?:his|her)$/i.test(written) ? `${short}'s` : short;
  }
  return p.name;
}

/**
 * A short quotation (one to four words) found in no source, where the speaker's own short quotation stood in a
 * sentence about the same things: "not so bad" for Peskov's "very bad", "rubbish" for Putin's "nonsense". The
 * sentences must share four words of meaning (and a third of the source's); a longer quotation, reworded, is found by
 * alignment instead.
 */
function shortSwap(ctx: CheckContext, q: Quotation, fragment: Word[], speaker: Speaker | undefined): boolean {
  const { base, norm } = ctx.analysis;
  const s = sentencesIn(ctx.analysis, q.start, q.start)[0];
  if (!s) return false;
  const drafted = fragment.map(w => w.w).join(' ');
  // ("answering "yes"": an answer quoted, not a word put for another.)
  if (drafted === 'yes' || drafted === 'no') return false;
  // ("| … Putin called this "nonsense". | "tonterías". |": a word with letters English does not write is a translation's.)
  if (/[^\x00-\x7f]/.test(drafted)) return false;
  // The draft's words of meaning around the quotation, read once a source quotation passes the cheap tests.
  let mine: Set<string> | undefined;
  for (const v of indexOf(base).all) {
    // Only a person's or organisation's words: a reporter's "killer" is not what "yes" replaces.
    if (v.version.speaker.kind !== 'person' && v.version.speaker.kind !== 'org') continue;
    // One word for one word; two to four words for as many, sharing one that means something ("not so bad" and
    // "very bad").
    if (fragment.length === 1 ? v.words.length !== 1 : v.words.length < 2 || v.words.length > 4 || !v.words.some(x => !STOP.has(x.w) && fragment.some(w => w.w === x.w))) continue;
    if (speaker?.id && v.version.speaker.id && !sameSpeaker(base, speaker, v.version.speaker)) continue;
    if (v.words.map(x => x.w).join(' ') === drafted) continue;
    const theirs = sourceSentenceWords(base, v.version);
    if (!theirs) continue;
    if (!mine) {
      // A quiz answer says it with its question ("What word did he use?" — ""Propaganda."").
      const asked = questionOf(ctx.analysis, s);
      // As on the source's side, the sentence before counts too when it is in the same paragraph.
      const prev = s.index > 0 ? ctx.analysis.sentences[s.index - 1] : undefined;
      const from = asked ? ctx.analysis.prose.blocks[s.block]?.start ?? asked.start : prev && prev.block === s.block ? prev.start : s.start;
      // (At most a few hundred characters around the quotation: a run-on "sentence" must not cost its length per quotation.)
      mine = meaningWords(norm.slice(Math.max(from, q.start - 400), Math.min(s.end, q.end + 200)));
    }
    // The source's sentence around its quotation: the words of meaning both share.
    let shared = 0;
    for (const w of mine) if (theirs.has(w)) shared++;
    if (shared < 4 || shared * 3 < theirs.size) continue;
    const right = v.version.text.replace(/[.,;:!?]+$/, '');
    const span = { start: fragment[0].start, end: fragment[fragment.length - 1].end };
    report(ctx, 'quote-wording', {
      span,
      related: [q],
      message: `Quotation differs from the source: the draft has "${ctx.analysis.doc.slice(span.start, span.end)}" where ${v.version.speaker.label} said "${right}".`,
      fact: `${v.version.speaker.label}: “${v.version.text}”`,
      citations: [v.version.cite],
      fixes: [{ title: `Restore the source's wording: "${right}"`, edits: [{ span, newText: right }], preferred: true }],
    });
    return true;
  }
  return false;
}

/** The words of meaning of the source sentence around a quotation, kept per quotation (they never change). */
const sourceSentences = new WeakMap<QuoteVersion, Set<string> | null>();
function sourceSentenceWords(base: FactBase, version: QuoteVersion): Set<string> | undefined {
  let words = sourceSentences.get(version);
  if (words === undefined) {
    const line = base.sources.find(x => x.path === version.cite.source)?.lines[version.cite.line - 1];
    words = line ? meaningWords(sentenceAround(line, version.cite.column)) : null;
    sourceSentences.set(version, words);
  }
  return words ?? undefined;
}

function meaningWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []).filter(w => !STOP.has(w) && !COMMON.has(w)));
}

const COMMON = new Set(['that', 'this', 'such', 'have', 'been', 'their', 'them', 'from', 'with', 'said', 'says', 'also', 'about', 'which', 'what', 'when', 'would', 'will', 'could', 'more', 'most', 'than', 'into', 'over']);

/** The sentence of `line` around `at`, with the one before it (which often says what the quoted word is about). */
function sentenceAround(line: string, at: number): string {
  const own = line.lastIndexOf('. ', at);
  const start = own < 0 ? 0 : line.lastIndexOf('. ', own - 1) + 1;
  const end = line.indexOf('. ', at);
  return line.slice(start, end < 0 ? line.length : end);
}

/**
 * "In his April phone call with Mr Putin, Mr Biden also made a pledge: "We will not stand by …"": words the sources
 * give at another occasion, put in a call the phrase names or dates (before the quotation in its clause, or right after).
 */
function checkCallOccasion(ctx: CheckContext, s: Sentence, q: Quotation, versions: QuoteVersion[], occasion: string): void {
  const { base, norm } = ctx.analysis;
  // ("When Biden used an April phone call to suggest a meeting, relations were at what Putin would later call "…"": words
  // said later than the call the clause names.)
  if (SAID_LATER.test(norm.slice(Math.max(s.start, q.start - 40), q.start))) return;
  for (const w of near(s.words, q)) {
    // (In the quotation's clause and its table cell.)
    if (w.quoted || !(w.end <= q.start ? q.start - w.end <= 160 && !/[;"“”«»\u2028]/.test(norm.slice(w.end, q.start)) : w.start >= q.end && w.start - q.end <= 60 && !/["“”«»;\u2028]/.test(norm.slice(q.end + 1, w.start)))) continue;
    const placed = callPlacedAt(ctx, s, w) ?? callDatedBy(ctx, s, w) ?? callDatedAfter(ctx, s, w) ?? sameCallAsBefore(ctx, s, w) ?? thisCall(ctx, s, w);
    if (!placed || placed.call.id === occasion) continue;
    const right = base.events.find(e => e.id === occasion);
    if (!right) return;
    ctx.misnamed.add(s.index);
    // (With the date that places it right after: "their phone call of 26 January".)
    const dated = near(s.dates, w).find(d => d.start >= w.end && d.start - w.end <= 8 && /^,?\s*(?:on|of|in)?\s*$/i.test(norm.slice(w.end, d.start)));
    // (And the words that point back to it before the quotation: "…, and in it he told Mr Putin he was "…"".)
    const back = w.end < q.start && q.start - w.end <= 200 ? THAT_OCCASION.exec(norm.slice(w.end, q.start)) : null;
    report(ctx, 'wrong-event', {
      span: { start: placed.from, end: back ? w.end + back.index + back[0].length : dated ? dated.end : w.end },
      related: [q],
      message: `The draft has these words said in ${placed.call.name}; the sources give ${right.name}.`,
      fact: `${capital(right.name)}: ${versions[0].text}`,
      citations: versions.map(v => v.cite),
      fixes: [],
    });
    return;
  }
  // ("On 26 January … the two leaders spoke over the phone …; Biden told Putin he was "…"", or the next sentence's "Biden
  // tells Putin he is "…"": words told to the other leader right after the sentence places a call are that call's.)
  const told = TOLD_LEADER.exec(norm.slice(Math.max(s.start, q.start - 110), q.start));
  if (!told || base.events.find(e => e.id === occasion)?.kinds.includes('call') !== true) return;
  const at = q.start - Math.min(110, q.start - s.start) + told.index;
  // (The sentence before only for one that opens with the teller and gives no time or call of its own: not "In a later
  // call, in April, Biden told Putin …", nor "a transcript in which Biden tells Putin …".)
  const opensWithTeller = /^[\s*_>-]*(?:Mr\.?\s+|President\s+)?(?:Joe\s+)?Biden\b/.test(norm.slice(s.start, s.start + 40));
  // (The span runs from what places the call in the sentence, a date or the call's name, when one does: "| Jan 26 call |
  // Biden tells Putin he is "…" |".)
  const where = { start: at };
  const call = callSpokenOf(ctx, s, q.start, opensWithTeller && !s.dates.length && !s.words.some(w => w.start < q.start && /^(?:call|phone|telephone|conversation)$/i.test(w.word)), where);
  if (!call || call.id === occasion || !callActs(base).has(call.id)) return;
  const right = base.events.find(e => e.id === occasion)!;
  ctx.misnamed.add(s.index);
  report(ctx, 'wrong-event', {
    span: { start: where.start, end: q.start + Math.min(40, q.end - q.start) },
    related: [q],
    message: `The draft has these words said in ${call.name}; the sources give ${right.name}.`,
    fact: `${capital(right.name)}: ${versions[0].text}`,
    citations: versions.map(v => v.cite),
    fixes: [],
  });
}
/** "Biden told Putin he was ", "tells Mr Putin that he is ": words told to the other leader, up to the quotation. */
// ("assured Putin as early as their first call, on January 26, that he was ": the call may stand between.)
const TOLD_LEADER = /\b(?:told|tells|assured|assures)\s+(?:Mr\.?\s+|President\s+)?Putin\b[^"“”;.]{0,80}$/;

/**
 * "Jake Sullivan met his counterpart, Nikolay Patrushev, and the State Department called those talks "a good start"":
 * words the sources say of one meeting, said of another that the draft's sentence clearly speaks of.
 */
function checkDescribed(ctx: CheckContext, q: Quotation, versions: QuoteVersion[]): boolean {
  const about = versions[0].about;
  if (!about || versions.some(v => v.about !== about)) return false;
  const { base, norm } = ctx.analysis;
  const s = sentencesIn(ctx.analysis, q.start, q.start)[0];
  if (!s) return false;
  // (Brought in by a verb of describing, or by a meeting named just before: "…, a meeting the State Department went on
  // to describe as "…"".)
  const from = Math.max(s.start, q.start - 80);
  const before = norm.slice(from, q.start);
  const lead = DESCRIBED.exec(before) ?? DESCRIBED_MEETING.exec(before);
  if (!lead) return false;
  const prev = s.index > 0 ? ctx.analysis.sentences[s.index - 1] : undefined;
  // (A meeting named as what the described one prepared for is not the one described: "The talks were meant to … begin
  // preparing for the summit; the State Department called them "a good start"".)
  const aims = s.words.filter(w => w.reference && w.end <= q.start);
  const ranked = rankEvents(ctx.analysis, s, q, prev, x => (x.start >= q.start && x.end <= q.end) || aims.some(w => w.start === x.start && w.end === x.end));
  const meetings = ranked.filter(c => c.event.participants.length >= 2 || c.event.id === about);
  const best = meetings[0];
  // The sentence's own words must speak of the other meeting, clearly more than of the one the sources mean.
  // (Or "the talks" just after a sentence that names all their people: "… Sullivan and his Russian counterpart, Nikolay
  // Patrushev, discuss details of the summit. The State Department calls the talks "a good start".)
  const namedBefore = !!prev && best && best.event.participants.length >= 2 && best.event.participants.every(p => prev.mentions.some(m => m.kind === 'person' && m.id === p))
    && /\b(?:the|those|these)\s+(?:talks|meeting|session)\s+(?:as\s+)?$/i.test(before);
  if (!best || best.event.id === about || (best.own < MIN_OWN_DESCRIBED && !namedBefore)) return false;
  const right = meetings.find(c => c.event.id === about);
  if (right && right.score > best.score - 1) return false;
  const said = base.events.find(e => e.id === about);
  if (!said) return false;
  // (The span runs from the words that describe to the quotation: "called those talks "a good start"".)
  report(ctx, 'wrong-event', {
    span: { start: from + lead.index, end: q.end },
    related: [q],
    message: `The draft has these words said of ${best.event.name}; the sources give them of ${said.name}.`,
    fact: `${capital(said.name)}: ${versions[0].text}`,
    citations: versions.map(v => v.cite),
    fixes: [],
  });
  return true;
}
const MIN_OWN_DESCRIBED = 2;

/**
 * "Sergei Lavrov, reacting to Biden's Memorial Day remarks, called them "outrageous, unprecedented rhetoric"": words
 * given as an answer to an event the draft names, where the sources say them with no word of that event around them.
 * The event by its name, or by a word for its kind with its place or month ("Biden's comments after the Reykjavik
 * meeting showed that he "…"", "After Biden's March sanctions announcement, he said …"): what the source's lines can
 * be searched for.
 */
function checkRespondedTo(ctx: CheckContext, q: Quotation, versions: QuoteVersion[]): void {
  const { base, norm } = ctx.analysis;
  const s = sentencesIn(ctx.analysis, q.start, q.start)[0];
  if (!s) return;
  const inside = (x: Span) => x.start >= q.start && x.end <= q.end;
  // (Only names near the quotation: a run-on sentence's others are read for each of its quotations.)
  for (const m of near(s.mentions, q)) {
    if (m.kind !== 'eventName' || inside(m)) continue;
    const lead = responseLead(norm, s, q, m.start, m.end);
    const event = lead && base.events.find(e => e.id === m.id);
    if (event && respondedTo(ctx, q, versions, [event], lead, m, false)) return;
  }
  // (Words for a kind of event are in most quotations' sentences; a lead for them is in few. Looked for once, near the
  // quotation, before any word is read.)
  const around = norm.slice(Math.max(s.start, q.start - 200), Math.min(s.end, q.end + 200));
  if (!LEAD_HINT.test(around) && !SHOWED_HINT.test(around)) return;
  for (const w of near(s.words, q)) {
    if (!w.events.length || w.quoted || inside(w)) continue;
    // (Up to three words that qualify the kind stand between: its place, its month, whose it was.)
    const starts: number[] = [];
    for (let at = w.start, k = 0; k < 3; k++) {
      const t = QUALIFIER.exec(norm.slice(Math.max(s.start, at - 24), at));
      if (!t) break;
      starts.push(at -= t[0].length);
    }
    let lead: Span | undefined, from = 0;
    for (let k = starts.length - 1; k >= 0 && !lead; k--) lead = responseLead(norm, s, q, from = starts[k], w.end);
    if (!lead) continue;
    const events = eventsOfPhrase(ctx.analysis, s, from, w.end);
    if (events.length && respondedTo(ctx, q, versions, events, lead, { start: from, end: w.end }, true)) return;
  }
}

/** Reports words given as an answer to the first of `events` (the draft's reading), when none of them is the words' occasion. */
function respondedTo(ctx: CheckContext, q: Quotation, versions: QuoteVersion[], events: EventFact[], lead: Span, named: Span, byKind: boolean): boolean {
  const { base, norm } = ctx.analysis;
  for (const event of events) {
    if (event.primary) return false;
    // (Words of the event's own speaker are its occasion's, which the occasion check judges: "After the Memorial Day
    // event, Biden said "…"".)
    if (versions.some(v => v.speaker.id !== undefined && event.participants.includes(v.speaker.id))) return false;
    // The sources' lines around each version: none may name the event, nor, when the draft names it by a word for its
    // kind, have a word for its kind ("Biden's comments after the call").
    // (A word for its kind only in the quotation's own paragraph: the line before a blank one is another story's.)
    const terms = (byKind ? [...event.names, ...event.kinds] : event.names).map(n => n.toLowerCase());
    if (versions.some(v => sourceAround(base, v, byKind).some(line => terms.some(n => line.includes(n))))) return false;
  }
  const event = events[0];
  const after = REMARK_NOUN.exec(norm.slice(named.end, named.end + 20));
  report(ctx, 'wrong-event', {
    span: { start: lead.start, end: named.end + (after ? after[0].length : 0) },
    related: [q],
    message: `The draft gives these words as a response to ${event.name}; the sources do not tie them to it.`,
    fact: `${versions[0].speaker.label}: “${versions[0].text}”`,
    citations: versions.map(v => v.cite),
    fixes: [],
  });
  return true;
}

/**
 * What brings in the event the words answer, before the words that name it (at `from`), in the quotation's clause:
 * "reacting to Biden's ", "After his ", "Peskov's reaction to ", or "said Biden's " when the event's remarks then
 * "showed" the words.
 */
function responseLead(norm: string, s: Sentence, q: Quotation, from: number, to: number): Span | undefined {
  const before = norm.slice(Math.max(s.start, from - 48), from);
  let lead = RESPONSE_LEAD.exec(before);
  if (!lead) {
    lead = SAID_OF.exec(before);
    const rest = norm.slice(to, to + 40);
    if (!lead || !SHOWED.test(rest.slice(REMARK_NOUN.exec(rest)?.[0].length ?? 0))) return undefined;
  }
  const start = from - lead[0].length + (lead[0].length - lead[0].trimStart().length);
  // (In the quotation's clause: not "… he does not expect "major breakthroughs", and Geneva comes … after the G7". A
  // clause of the quotation's own, "and it came in response to …", goes on with it.)
  const between = to <= q.start ? norm.slice(to, q.start) : norm.slice(q.end, start);
  // (Nor a relative clause about someone named after the event: "… after the G7 in Britain …, face to face with Putin,
  // who says he expects no "…"" tells what Putin says, not what answered the G7.)
  if (between.length > 100 || /[;:]|,\s+(?:and|but|while|whereas)\s+(?!(?:it|they|this|that|these|those)\b)|,\s+who\s/.test(between)) return undefined;
  return { start, end: from };
}

/**
 * The events a few words name by their kind and by their place or month ("the Reykjavik meeting", "March sanctions"),
 * best first: those the words fit best, when they fit by more than a word for the kind. A kind the event is first
 * known by counts a little more ("meeting" for the Blinken–Lavrov meeting, over the Arctic Council's ministerial).
 */
function eventsOfPhrase(analysis: CheckContext['analysis'], s: Sentence, from: number, to: number): EventFact[] {
  const { base, norm } = analysis;
  const within = (x: Span) => x.start >= from && x.end <= to;
  const words = s.words.filter(within);
  const places = s.mentions.filter(m => m.kind === 'place' && within(m));
  // (A few words name one month at most.)
  const month = monthIn(norm.slice(from, to));
  const scored: { event: EventFact; score: number }[] = [];
  for (const event of base.events) {
    const kinds = words.filter(w => w.events.includes(event.id));
    if (!kinds.length) continue;
    let score = 1 + (kinds.some(w => event.kinds[0] === w.word) ? 0.5 : 0);
    if (event.place && places.some(p => placeFits(base, p.id, event.place!))) score += 2;
    if (event.date?.month && event.date.month === month) score += 2;
    if (score >= 3) scored.push({ event, score });
  }
  scored.sort((a, b) => b.score - a.score);
  return scored.filter(c => c.score >= scored[0]?.score - 1).map(c => c.event);
}

/** What brings in the event answered, right before its name: "reacting to Biden's ", "in response to the ", "After his ". */
// ("called Biden's Memorial Day remarks "…"": what the words describe is what they answer.)
const RESPONSE_LEAD = /\b(?:(?:in|as\s+an?|an?|the|[A-Z][\w-]+['’]s)\s+(?:response|reply|reaction|answer)\s+to|respond(?:ed|ing|s)?\s+to|react(?:ed|ing|s)?\s+to|repl(?:ied|ying|ies)\s+to|after|following|called|calls|described|describes|dismissed|branded|labell?ed|termed|greeted|greets|slammed|condemned|denounced|derided)\s+(?:(?:the|that|this|those|these|his|her|their|[A-Z][\w-]+['’]s?|the\s+(?:two\s+)?(?:presidents|leaders|men)['’])\s+)?$/i;
// ("The foreign minister, Lavrov, called those Memorial Day remarks "…"", "greeted the Memorial Day remarks as "…"".)
const LEAD_HINT = /\b(?:after|following|respon|react|repl|called|calls|described|describes|dismissed|branded|label|termed|answer|greet|slammed|condemned|denounced|derided)/i;
const SHOWED_HINT = /\b(?:show|indicat|signal|meant|proved|demonstrated|revealed|made\s+(?:it\s+)?clear)/i;
/** "Peskov said Biden's Memorial Day remarks showed he "…"": the remarks, said to show the words. */
const SAID_OF = /\b(?:said|says|argued|claimed|insisted)\s+(?:that\s+)?(?:(?:the|his|her|their|[A-Z][\w-]+['’]s)\s+)?$/i;
const SHOWED = /^\s+(?:showed|shows|indicated|indicates|signall?ed|meant|proved|demonstrated|revealed|made\s+(?:it\s+)?clear)\b/i;
const REMARK_NOUN = /^\s+(?:remarks?|speech|comments?|words|address|event|statement|announcement)\b/i;
/** A word that qualifies a kind of event before it: "Reykjavik ", "March ", "Biden's ", "tense ". */
const QUALIFIER = /(?<![\w'’-])(?:[A-Z][\w'’-]*|first|second|last|latest|tense|phone|telephone|video)\s+$/;

/** The source line a quotation version is on, with the two before it (or only those of its paragraph), in lower case. */
function sourceAround(base: FactBase, v: QuoteVersion, paragraph = false): string[] {
  const lines = base.sources.find(x => x.path === v.cite.source)?.lines;
  if (!lines) return [];
  let from = Math.max(0, v.cite.line - 3);
  if (paragraph) for (let i = v.cite.line - 2; i >= from; i--) if (!lines[i]?.trim()) { from = i + 1; break; }
  return lines.slice(from, v.cite.line).map(l => l.toLowerCase());
}
const DESCRIBED_MEETING = /\b(?:a|the|that|this)\s+(?:meeting|talks|session)\s+(?:that\s+|which\s+)?(?:the\s+)?[\w\s]{0,40}?\bdescribe[ds]?\s+as\s+$/i;

const NEXT_CLAUSE = /;|,\s*(?:and|but|while|then|before|after)\b/;
/** A table column's header that asks where words were said. */
const OCCASION_HEADER = /\b(?:occasion|event|where|venue|setting|context|forum|speech|said\s+at|at|when|source|platform)\b/i;
const CELL_ALONE_BEFORE = /\u2028[ \t]*(?:the\s+|at\s+(?:the\s+)?)?$/i;
const CELL_ALONE_AFTER = /^[ \t]*\u2028/;

/**
 * "Putin told the Leaders' Summit on Climate that relations were "at the lowest level as for now"": the sources give
 * the words at another event (SPIEF). Only a named event the words are said at, to or before counts.
 */
function checkOccasion(ctx: CheckContext, q: Quotation, versions: QuoteVersion[], speaker: Speaker | undefined, credit?: Span): void {
  const occasions = new Set(versions.map(v => v.occasion));
  if (occasions.size !== 1) return;
  const occasion = [...occasions][0];
  if (!occasion) return;
  const { base, norm } = ctx.analysis;
  const s = sentencesIn(ctx.analysis, q.start, q.start)[0];
  if (!s) return;
  const around = near(s.mentions, q);
  if (around.some(m => m.kind === 'eventName' && m.id === occasion)) return;
  // (Or a clause after the name that says so: "the Leaders' summit on climate, where Putin declared that …".)
  // (Or in brackets in a speaker's label: "SOT Putin (St Petersburg International Economic Forum): "…"".)
  const spokenAt = (m: Mention) => (m.kind === 'eventName' || m.kind === 'unknownEvent') && (SPOKEN_AT.test(norm.slice(Math.max(s.start, m.start - 24), m.start)) || WHERE_SAID.test(norm.slice(m.end, m.end + 60))
    || (/\(\s*$/.test(norm.slice(Math.max(s.start, m.start - 2), m.start)) && LABEL_CLOSE.test(norm.slice(m.end, Math.min(m.end + 8, q.start + 1)))));
  // Before the quotation, or just after it (""…": his line at the Leaders' summit on climate", ""…," he said at …").
  // (Not across words that move on in time: "Putin addressed the climate summit …, and he has said since that "…"".)
  // (Nor from another cell of a table's row: "| Told Mr Putin in their first call … | "We will discuss …" |", unless the
  // event's name is all its cell holds: "| Putin | "I assume we need …" | Leaders' summit on climate |".)
  // (And under a header that asks for an occasion: a bingo card's cells are each a thing of their own.)
  const inCell = (m: Mention) => m.kind === 'eventName' && CELL_ALONE_BEFORE.test(norm.slice(Math.max(0, m.start - 12), m.start)) && CELL_ALONE_AFTER.test(norm.slice(m.end, m.end + 4))
    && OCCASION_HEADER.test(headerTextOf(ctx.analysis, s, m));
  // (A few words lifted into the writer's own sentence, "who does not expect "major breakthroughs", told the forum …", are
  // put at an occasion only by one named before them.)
  const fragment = (norm.slice(q.inner.start, q.inner.end).match(/[\p{L}\p{N}'’-]+/gu)?.length ?? 0) <= 3;
  // (And with no other quotation, nor a line's end, between: "told the forum that relations were "…", and he does not
  // expect "major breakthroughs"" puts the first words there.)
  const named = around.find(m => m.end <= q.start && spokenAt(m) && !MOVES_ON_TO_QUOTE.test(norm.slice(m.end, q.start)) && !norm.slice(m.end, q.start).includes('\u2028')
    && !(fragment && /["“”\n]/.test(norm.slice(m.end, q.start)))
    // (Nor one set right after another quotation: in "… "major breakthroughs", in an interview with international agencies,
    // and that the tensions "…"" the interview is where the first words were said.)
    && !OCCASION_AFTER_QUOTE.test(norm.slice(Math.max(s.start, m.start - 32), m.start)))
    // (Not in the next clause: "…"not seeking … with Russia", and at a Memorial Day event he promised …" moves on.)
    ?? around.find(m => !fragment && m.start >= q.end && m.start - q.end <= 60 && m.end <= s.end && spokenAt(m) && !/["“”«»\u2028]/.test(norm.slice(q.end + 1, m.start)) && !NEXT_CLAUSE.test(norm.slice(q.end, m.start)))
    ?? around.find(m => m.start >= q.end && m.start - q.end <= 12 && inCell(m) && /^["”»]?[ \t]*\u2028[ \t]*$/.test(norm.slice(q.end, m.start)))
    // (Or in the credit on the line under the quotation: ""…"" and then "Putin, closing his remarks at the Leaders' Summit
    // on Climate.")
    ?? (credit && credit.start >= q.end && norm.slice(q.end, credit.start).includes('\n')
      ? sentencesIn(ctx.analysis, credit.start, credit.start)[0]?.mentions.find(m => m.start >= credit.end && m.start - credit.end <= 80 && spokenAt(m) && !/[.;:!?]/.test(norm.slice(credit.end, m.start)))
      : undefined);
  const set = named || fragment ? undefined : occasionBefore(ctx, s, q, speaker) ?? occasionAfter(ctx, s, q);
  if (!named && !set) { checkCallOccasion(ctx, s, q, versions, occasion); return; }
  const at = (named ?? set)!;
  const right = base.events.find(e => e.id === occasion);
  if (!right || at.id === occasion) return;
  // ("Speaking at a West Point commencement, he said …: "…"": a gathering the sources do not know, named as where the
  // words were said, is not their occasion. A forum's other name is judged by its family, wrong-event, instead.)
  // (A day's name is no forum's other name: "a Veterans Day event" is another day than Memorial Day.)
  if (at.kind === 'unknownEvent' && isFamilyName(at.text) && !/\bDay$/.test(at.text)) return;
  // ("Putin speaks at the climate summit. It was in this speech that he said "…"": the sentence before is true, and the
  // pointer back is what puts the words there.)
  const pointer = set && set.end <= s.start ? pointerBack(norm.slice(s.start, q.start)) : null;
  if (pointer) {
    report(ctx, 'wrong-event', {
      span: { start: s.start + pointer.index, end: s.start + pointer.index + pointer[0].length },
      related: [q, set!],
      message: `The draft has these words said at "${ctx.analysis.doc.slice(set!.start, set!.end)}"; the sources give ${right.name}.`,
      fact: `${capital(right.name)}: ${versions[0].text}`,
      citations: versions.map(v => v.cite),
      fixes: [],
    });
    return;
  }
  reportOccasion(ctx, set ? sentencesIn(ctx.analysis, set.start, set.start)[0] ?? s : s, q, at, right, versions);
}
const POINTER_TO_SPEECH = /\b(?:it\s+was\s+)?(?:in|during|at)\s+(?:this|that|the\s+same)\s+(?:same\s+)?(?:speech|address|appearance|interview|forum|summit|event|gathering|conference)\b/i;
/**
 * "It was in this speech that he said", "At that same forum he said", "In the same interview, he said": a sentence's pointer
 * back to the occasion before it, near the start of the words before the quotation (`lead`), which quote no one else.
 */
function pointerBack(lead: string): RegExpExecArray | null {
  const m = lead.length <= 160 && !/["“”]/.test(lead) ? POINTER_TO_SPEECH.exec(lead) : null;
  return m && m.index <= 30 ? m : null;
}

/** Reports the quotation `q` as said at `named`, an event of sentence `s`, where the sources give `right`. */
function reportOccasion(ctx: CheckContext, s: Sentence, q: Quotation, named: Mention, right: EventFact, versions: QuoteVersion[]): void {
  const { norm } = ctx.analysis;
  ctx.misnamed.add(s.index);
  // The fix replaces the word of the name before it too ("LEADERS' CLIMATE SUMMIT"), in the draft's capitals.
  const lead = /([A-Z][\w'’]*\s+)$/.exec(SPOKEN_AT.exec(norm.slice(Math.max(s.start, named.start - 24), named.start))?.[0] ?? '');
  if (lead && /^(?:the|his|her|their|that|this|at|to|before|in|during)\s/i.test(lead[1])) lead[1] = '';
  const span = { start: named.start - (lead ? lead[1].length : 0), end: named.end };
  const written = ctx.analysis.doc.slice(span.start, span.end);
  const fix = right.names[0] && capitalsLike(written, right.names[0]);
  // (A clause after the name that puts the words there goes with it: "… on climate, where Putin declared"; so does the
  // occasion's date set off after it: "in his first phone call with Putin as president, on 26 January".)
  const where = WHERE_SAID.exec(norm.slice(named.end, named.end + 60));
  const dated = where ? undefined : (sentencesIn(ctx.analysis, named.start, named.start)[0] ?? s).dates.find(d => d.start >= named.end && d.start - named.end <= 50 && OCCASION_DATE_AFTER.test(norm.slice(named.end, d.start)));
  // (So does a clause that points back to it before the quotation: "…, and it was at that summit that he said: "…"".)
  const back = q.start > named.end && q.start - named.end <= 200 ? THAT_OCCASION.exec(norm.slice(named.end, q.start)) : null;
  report(ctx, 'wrong-event', {
    span: where ? { start: named.start, end: named.end + where[0].length } : back ? { start: named.start, end: named.end + back.index + back[0].length } : dated ? { start: named.start, end: dated.end } : named,
    related: [q],
    message: `The draft has these words said at "${ctx.analysis.doc.slice(named.start, named.end)}"; the sources give ${right.name}.`,
    fact: `${capital(right.name)}: ${versions[0].text}`,
    citations: versions.map(v => v.cite),
    fixes: fix ? [{ title: `Replace with "${fix}"`, edits: [{ span, newText: fix }], preferred: true }] : [],
  });
}

/** The end of a bracketed occasion in a speaker's label, up to the quotation: "): "". */
const LABEL_CLOSE = /^\s*\)\s*[:—–]\s*["“«]$/;
const SAID_LATER = /\b(?:would|will)\s+later\s+(?:call|describe|say|put\s+it)\b|\blater\s+(?:called|described|said)\b/i;
/** A quotation closing, then "in an", "at the", "during his": an occasion set right after those words. */
const OCCASION_AFTER_QUOTE = /["”»][ \t]*,?[ \t]*(?:in|at|during)[ \t]+(?:(?:an?|the|his|her|their)[ \t]+)?(?:[\w'’-]+[ \t]+){0,2}$/;
// ("In their phone call of 26 January": or "of".)
const OCCASION_DATE_AFTER = /^(?:\s+with\s+[^,;.:]{1,40})?,?\s*(?:on\s+|in\s+|of\s+)?$/;
/** A clause that points back to an occasion before a quotation: "it was at that summit that he said". */
// ("…, and in it he told Mr Putin he was "…"": or "in it" and a verb of saying.)
const THAT_OCCASION = /\b(?:it\s+was\s+)?(?:at|during|to)\s+(?:that|this)\s+(?:summit|meeting|forum|event|gathering)\b[^.;:"“”]{0,40}?\b(?:said|says|told|declared|added|remarked)\b|\bin\s+it\s+(?:he|she)\s+(?:told|said|warned|assured)\b(?:\s+(?:Mr\.?\s+|President\s+)?[A-Z][\w'’-]+)?/i;

/**
 * "At the NATO summit in Brussels, Biden promised … . "We will not stand by …," he said.": the occasion a sentence opens
 * with ("At", "During", "Speaking at", after a speaker's label) is that of the quotation in the next sentence of its
 * paragraph, when that one names no event or time of its own and gives the words to a pronoun or a title, meaning someone
 * the sentence before names or who was at its event.
 */
function occasionBefore(ctx: CheckContext, s: Sentence, q: Quotation, speaker: Speaker | undefined): Mention | undefined {
  if (speaker?.kind !== 'person' || !speaker.id) return undefined;
  const { norm } = ctx.analysis;
  // ("It was in this speech that he said he and Biden needed …": a sentence that points back to the speech may name others.)
  const pointsBack = !!pointerBack(norm.slice(s.start, q.start));
  if (s.dates.length || s.mentions.some(m => m.kind === 'eventName' || m.kind === 'unknownEvent' || (!pointsBack && (m.kind === 'person' || m.kind === 'org')))) return undefined;
  if ((!pointsBack && s.words.some(w => !w.quoted && w.events.length)) || MOVES_ON_TO_QUOTE.test(norm.slice(s.start, q.start)) || MOVES_ON_TO_QUOTE.test(norm.slice(q.end, s.end))) return undefined;
  // ("In a remote interview …, Mr. Putin said … . "…," he said. ¶ In the same interview, he said: "…"": a pointer back reads
  // up to three sentences before, across a paragraph's end, for the one that named the occasion.)
  let prev = previousSentence(ctx, s);
  let first: Mention | undefined;
  for (let k = 0; prev && k < (pointsBack ? 3 : 1); k++, prev = previousSentence(ctx, prev)) {
    if (prev.block !== s.block && !pointsBack) return undefined;
    first = prev.mentions.find(m => m.kind === 'eventName' || m.kind === 'unknownEvent');
    if (first) break;
  }
  if (!prev || !first || first.start - prev.start > 60 || !(OPENS_AT.test(norm.slice(prev.start, first.start)) || SAID_IT_AT.test(norm.slice(prev.start, first.start)) || (pointsBack && IN_AN_OCCASION.test(norm.slice(prev.start, first.start))))) return undefined;
  // (The same speaker: one the sentence before names, or one who was at its event. "During a Memorial Day event, the US
  // president said … . "The pandemic …", the Russian president concluded." moves on to another speaker.)
  const event = first.kind === 'eventName' ? ctx.analysis.base.events.find(e => e.id === first.id) : undefined;
  return prev.mentions.some(m => m.kind === 'person' && m.id === speaker.id) || event?.participants.includes(speaker.id) ? first : undefined;
}
/**
 * "The article quotes Putin: "…". Per the Sputnik source, he said that in his speech at the Leaders' Summit on Climate":
 * the next sentence of the paragraph says where the words before it were said, pointing back with "that" or "it".
 */
function occasionAfter(ctx: CheckContext, s: Sentence, q: Quotation): Mention | undefined {
  const next = ctx.analysis.sentences[s.index + 1];
  if (!next || next.block !== s.block || s.end - q.end > 4) return undefined;
  const { norm } = ctx.analysis;
  const first = next.mentions.find(m => m.kind === 'eventName' || m.kind === 'unknownEvent');
  if (!first || first.start - next.start > 100) return undefined;
  const lead = norm.slice(next.start, first.start);
  // ("**Q18. Where did Putin say relations were "…"?** *Answer:* At the Leaders' Summit on Climate": a question that asks
  // where, and its answer.)
  if (WHERE_SAID_QUESTION.test(norm.slice(s.start, q.start)) && ANSWERED_AT.test(lead)) return first;
  return SAID_THAT_AT.test(lead) ? first : undefined;
}
/**
 * "Per the source, he said that in his speech at the ", "Checked: that was his speech to the ": a pronoun, "said that" or
 * "said it", then where; or "that was" and the speech.
 */
const SAID_THAT_AT = /^[^"“”.;!?]{0,40}?\b(?:(?:he|she)\s+(?:said|made|delivered|gave)\s+(?:that|it|this|those\s+words|the\s+line)\s+(?:in|at|during|to)|(?:that|it|this)\s+(?:was|is|came)(?:\s+(?:from|in|at|during))?)\s+(?:(?:his|her|the|a)\s+)?(?:(?:speech|address|remarks|interview|words)\s+(?:at|to|in|with|before)\s+(?:the\s+)?)?$/i;
const WHERE_SAID_QUESTION = /\b(?:where|at\s+which\s+(?:event|gathering|forum|summit)|on\s+what\s+occasion)\s+did\s+[^?"“”]{1,40}?\s+(?:say|tell|declare|make|use)\b/i;
/** An answer's label, then "At the", "In his speech to the". */
const ANSWERED_AT = /^[\s*_]*(?:(?:a\d*|answer|ans)[\s*_]*[:.][\s*_]*)?(?:(?:at|in|during|to)\s+(?:(?:his|her|a|an)\s+(?:speech|address|remarks)\s+(?:at|to)\s+)?(?:the\s+)?)$/i;
/** "In a remote interview with ", "In his speech to the ": a sentence's opening that names where its words were said. */
const IN_AN_OCCASION = /^[^\p{L}]*(?:in|during)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:(?:interview|speech|address|remarks)\s+(?:with|to|at|before)\s+(?:the\s+)?)?$/iu;
/** A sentence's opening words up to an event's name: "At the", "**SAM:** During", "Speaking at the 24th". */
const OPENS_AT = /^[^\p{L}]*(?:\p{L}[\p{L} ]{0,20}[^\p{L}:]{0,4}:[^\p{L}]*)?(?:at|during|speaking\s+(?:at|to)|addressing)\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+)?$/iu;

/** "He said it in his speech to the", "Putin spoke at the": a sentence that puts the speaker's words at its event. */
// ("Here Vladimir Putin speaks at the": or in the present, as a guide's or a script's narration tells it.)
// (After a speaker's label too: "**NARRATOR:** Here Vladimir Putin speaks at the".)
const SAID_IT_AT = /^[^\p{L}]*(?:\p{L}[\p{L} ]{0,20}[^\p{L}:]{0,4}:[^\p{L}]*)?(?:[\p{L}.'’-]+\s+){1,3}(?:said|spoke|speaks|made|delivered)\s+(?:(?:it|this|that|so|these\s+words|the\s+(?:remarks?|comments?|line))\s+)?(?:(?:in|during|at)\s+(?:(?:his|her|a|the)\s+)?(?:speech|address|remarks)\s+)?(?:to|at|before)\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+)?$/iu;

/** ", where Putin declared", ", where he said": a clause after an event's name that puts words there. */
const WHERE_SAID = /^,?\s+where\s+(?:(?:the\s+)?[A-Z][\w'’.-]*\s+){0,3}?(?:he\s+|she\s+)?(?:said|declared|told|warned|insisted|stated|remarked|argued|added|claimed|noted|called|described)\b/;
// ("spoke at the Leaders' summit on climate, and he says environmental issues are "…"": a present tense after "and"
// says what the speaker holds, not what was said there.)
const MOVES_ON_TO_QUOTE = /;|\b(?:since|later|afterwards|subsequently)\b|,\s*and\s+(?:he|she)\s+(?:says|argues|insists|maintains|believes)\b/i;
// ("at the Leaders' Climate Summit": a word of the name the base does not hold may come first.)
// ("from his April 22 climate summit speech": where a line is from, its date before the name.)
// ("Putin addresses the Leaders' Summit on Climate and says …": a script's or a timeline's present.)
const SPOKEN_AT = /\b(?:told|addressing|addressed|addresses|at|to|before|in|during|from|in\s+a\s+speech\s+(?:to|at))\s+(?:(?:the|his|her|their|that|this)\s+)?(?:\d{1,2}\s+)?(?:[A-Z][\w'’]*\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$/i;
