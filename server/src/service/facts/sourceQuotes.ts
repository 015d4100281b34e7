/**
 * The quotations of a source article, each with the speaker the article gives it: the same
 * quotation finder and attribution the checker uses on drafts, run over the source text.
 */
import { analyse, sentencesIn, type Sentence } from '../analysis/document';
import { dateAgrees, rankEvents, isStatement } from '../analysis/events';
import { attribute } from '../analysis/attribution';
import { findQuotations, type Quotation } from '../text/quotes';
import { computeLineStarts } from '../markdown/prose';
import type { FactBase, QuoteVersion, SourceInfo } from './model';

export function extractSourceQuotes(source: SourceInfo, base: FactBase): QuoteVersion[] {
  const analysis = analyse(source.text, base);
  const quotes: Quotation[] = [];
  for (const b of analysis.prose.blocks) quotes.push(...findQuotations(analysis.prose.text, b));
  const lineStarts = computeLineStarts(source.text);
  return [...attribute(analysis, quotes).map((a): QuoteVersion => {
    const inner = source.text.slice(a.quote.inner.start, a.quote.inner.end).trim();
    const line = lineOf(lineStarts, a.quote.inner.start);
    const lineText = source.text.slice(lineStarts[line], lineStarts[line + 1] ?? source.text.length).replace(/\r?\n$/, '');
    const first = inner.split(/\r?\n/)[0];
    // Every quotation with the same fields in the same order (the headline ones too): one shape for the code that aligns them.
    return {
      text: inner,
      // A source's quotation is credited to one speaker, or to none.
      speaker: a.speaker && !a.speaker.candidates ? a.speaker : { kind: 'unknown', id: undefined, label: 'unattributed' },
      cite: { source: source.path, line: line + 1, excerpt: first, column: Math.max(0, lineText.indexOf(first)), outlet: source.outlet, headline: source.headline },
      overridden: undefined,
      occasion: occasionOf(analysis, a.quote.start, a.speaker?.id),
      about: describedMeeting(analysis, a.quote),
    };
  }), ...saysHeadlines(source, analysis, lineStarts)];
}

/**
 * "This follows a meeting of … Antony Blinken and Sergei Lavrov …. The State Department described it as "a good
 * start"": words a verb of describing brings in, said of a meeting ("it", "the talks"): the meeting its sentence, with
 * the one before, speaks of most clearly.
 */
function describedMeeting(analysis: ReturnType<typeof analyse>, q: Quotation): string | undefined {
  const s = sentencesIn(analysis, q.start, q.start)[0];
  if (!s || !DESCRIBED.test(analysis.norm.slice(Math.max(s.start, q.start - 60), q.start))) return undefined;
  const prev = s.index > 0 ? analysis.sentences[s.index - 1] : undefined;
  // (The sources' own wording: a clear first among the meetings, not the checker's bar for a draft's claim.)
  const meetings = rankEvents(analysis, s, q, prev, x => x.start >= q.start && x.end <= q.end).filter(c => c.event.participants.length >= 2);
  return meetings.length && meetings[0].score >= 1 && (meetings.length === 1 || meetings[0].score - meetings[1].score >= 1) ? meetings[0].event.id : undefined;
}
/** A verb of describing and what it describes, right before the quotation: "described it as ", "called the talks ". */
// ("called the Sullivan–Patrushev talks ": a word or two may name the meeting before its noun.)
// ("called the Geneva summit "…"", "described the announcement of the Geneva summit as "…"": or a summit, an
// announcement or a call, after up to four words.)
export const DESCRIBED = /\b(?:described|describes|describe|called|calls|termed|dubbed|branded|hailed|summed\s+(?:it|them)\s+up\s+as)\s+(?:(?:it|this|that|them|those|the|their|these)\s+)?(?:(?:[\w'’.–-]+\s+){0,4}?(?:meeting|talks|encounter|session|discussions?|summit|announcement|call)\s+)?(?:as\s+)?$/i;

/**
 * "Putin said during a speech at the 24th SPIEF …" then, a paragraph later, the quotation: the event named in the
 * quotation's sentence or the two before it, with the speaker among its participants. Further back only through
 * paragraphs that go on with the same speech: each opens with a quotation or with the speaker's name ("Putin added
 * that …"), and none of the sentences passed dates anything or speaks of another occasion ("In an April phone call").
 */
function occasionOf(analysis: ReturnType<typeof analyse>, at: number, speaker: string | undefined): string | undefined {
  if (!speaker) return undefined;
  const list = analysis.sentences;
  const k = sentencesIn(analysis, at, at)[0]?.index ?? -1;
  if (k < 0) return undefined;
  const { base } = analysis;
  // (A statement the sources give at an occasion, "mend relations", is no occasion of its own.)
  const ofSpeaker = (id: string) => { const e = base.events.find(x => x.id === id); return !!e && !e.primary && !isStatement(e) && e.participants.includes(speaker); };
  // Whether a sentence passed so far dates something or speaks of an occasion of the speaker's without naming it.
  let closed = false;
  for (let i = k; i >= 0 && i >= k - 12; i--) {
    const s = list[i];
    if (i < k - 2 && (closed || (s.block !== list[i + 1].block && !continuesSpeech(analysis, list[i + 1], speaker)))) return undefined;
    for (const m of s.mentions) if (m.kind === 'eventName' && ofSpeaker(m.id)) return m.id;
    // "In an April phone call between the two leaders, Biden had already made it clear …": a word of the occasion and
    // its month, in the quotation's sentence or the two before it.
    if (i >= k - 2) {
      for (const w of s.words) for (const id of w.events) {
        const e = ofSpeaker(id) ? base.events.find(x => x.id === id) : undefined;
        if (e?.date?.month && s.dates.some(d => d.month !== undefined && dateAgrees(d, e.date!))) return e.id;
      }
    }
    if (s.dates.length || s.words.some(w => w.events.some(ofSpeaker))) closed = true;
  }
  return undefined;
}

/** A paragraph's first sentence goes on with the speaker's speech: it opens with a quotation or names the speaker. */
function continuesSpeech(analysis: ReturnType<typeof analyse>, s: Sentence, speaker: string): boolean {
  return /^[\s>*_-]*["“«]/.test(analysis.norm.slice(s.start, s.start + 8)) || s.mentions.some(m => m.kind === 'person' && m.id === speaker);
}

/** A headline that ends ", Lavrov Says" quotes its speaker in news style, without quotation marks. */
const SAYS_HEADLINE = /^([^"“”\n]{10,200}?),\s+((?:\p{Lu}[\p{L}.'-]*\s+){0,2}\p{Lu}[\p{L}.'-]*)\s+(?:Says|Said|Warns|Insists|Claims)\s*$/u;

function saysHeadlines(source: SourceInfo, analysis: ReturnType<typeof analyse>, lineStarts: number[]): QuoteVersion[] {
  const out: QuoteVersion[] = [];
  lineStarts.forEach((start, i) => {
    const lineText = source.text.slice(start, lineStarts[i + 1] ?? source.text.length).replace(/\r?\n$/, '');
    const m = SAYS_HEADLINE.exec(lineText);
    if (!m) return;
    const nameAt = start + lineText.lastIndexOf(m[2]);
    const who = analysis.sentences.flatMap(s => s.mentions).find(x => x.kind === 'person' && x.start >= nameAt && x.end <= nameAt + m[2].length);
    const person = who && analysis.base.people.find(p => p.id === who.id);
    if (!person) return;
    out.push({
      text: m[1],
      speaker: { kind: 'person', id: person.id, label: person.name },
      cite: { source: source.path, line: i + 1, excerpt: m[1], column: 0, outlet: source.outlet, headline: source.headline },
      overridden: undefined,
      occasion: undefined,
      about: undefined,
    });
  });
  return out;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}
