/** The fact base the checker reads: plain data, built from one or more fact packs. */
import type { Citation } from '../types';

export interface DateValue { year?: number; month?: number; day?: number; part?: 'early' | 'mid' | 'late' }

export interface Role { title: string; of: string; period?: number; cite: Citation[] }

export interface Person {
  id: string; name: string; aliases: string[]; gender?: 'male' | 'female' | 'other';
  country?: string; org?: string; roles: Role[];
}

export interface Organization { id: string; names: string[]; country?: string; cite: Citation[] }

export interface Place { id: string; name: string; kind: 'venue' | 'city' | 'region' | 'country'; in?: string; aliases: string[]; cite: Citation[] }

export interface EventFact {
  id: string; name: string; kinds: string[]; names: string[]; participants: string[];
  date?: DateValue; place?: string; period?: number; edition?: number; occasion?: string; primary?: boolean;
  /** The event's words (`kinds`) speak of it only in a sentence that names one of these events too. */
  beside?: string[];
  /** 0 = Sunday; given when a source names the day of the week but not the date. */
  weekday?: number;
  cite: Citation[];
}

export interface NumberFact { id: string; value: number; unit: string; about: string[]; statement: string; cite: Citation[] }

export interface AgendaItem { id: string; topic: string; aliases: string[]; by: string; event?: string; cite: Citation[] }

/** A picture the sources print with its credit: who took it, for which agency, and the event it shows. */
export interface Picture { id: string; photographer: string; agency: string; event?: string; cite: Citation[] }

/**
 * A statement the sources settle. `predicate` + `negated`: its polarity ("has not approved");
 * `opposite`: phrases that say the contrary; `value`: the one place it names; `members`: the places of a list;
 * `by`: who announced it; `cause`: words naming what it was over or in response to.
 */
export interface ClaimFact {
  id: string; statement: string; subject: string[]; about?: string[]; predicate?: string[]; negated?: boolean;
  opposite?: string[]; value?: string; members?: string[];
  /** Who the sources say announced or said it (person ids). */
  by?: string[];
  /** The verbs for what `by` did, when not announcing or saying ("greets", "greeted"). */
  act?: string[];
  cause?: string[];
  cite: Citation[];
}

/** One wording of a quotation as one source gives it. */
/** `occasion`: the event the source says the words were spoken at (its id), when it names one. */
/** `about`: the meeting the source says the words describe ("The State Department described it as "a good start""). */
export interface QuoteVersion { text: string; speaker: Speaker; cite: Citation; overridden?: boolean; occasion?: string; about?: string }

/** Who a quotation is given to: a person or organisation of the base, or words that are nobody's speech. */
/**
 * Who said something. `candidates`: a title several people hold ("the foreign minister") that the text does
 * not settle on one of; the speaker is one of them (no `id`).
 */
export interface Speaker { kind: 'person' | 'org' | 'other' | 'unknown'; id?: string; label: string; candidates?: string[] }

export interface SourceInfo { id: string; path: string; outlet?: string; headline?: string; date?: string; text: string; lines: string[] }

export interface FactBase {
  name: string;
  referenceYear: number;
  sources: SourceInfo[];
  people: Person[];
  organizations: Organization[];
  places: Place[];
  events: EventFact[];
  numbers: NumberFact[];
  claims: ClaimFact[];
  agenda: AgendaItem[];
  pictures: Picture[];
  quotes: QuoteVersion[];
}

export function parseDateValue(s: string | undefined): DateValue | undefined {
  if (!s) return undefined;
  // "late 2021-05": the source gives only the part of the month.
  const part = /^(early|mid|late)\s+/.exec(s);
  const [y, m, d] = s.slice(part ? part[0].length : 0).split('-').map(Number);
  return { year: y, month: m || undefined, day: d || undefined, part: part ? (part[1] as DateValue['part']) : undefined };
}

export function emptyFactBase(): FactBase {
  return { name: '', referenceYear: new Date().getFullYear(), sources: [], people: [], organizations: [], places: [], events: [], numbers: [], claims: [], agenda: [], pictures: [], quotes: [] };
}

/** Joins packs: later packs add to earlier ones; ids that repeat keep the first. */
export function mergeFactBases(bases: FactBase[]): FactBase {
  const out = emptyFactBase();
  if (bases.length) { out.name = bases.map(b => b.name).join(' + '); out.referenceYear = bases[0].referenceYear; }
  const add = <T extends { id: string }>(into: T[], from: T[]) => {
    const seen = new Set(into.map(x => x.id));
    for (const x of from) if (!seen.has(x.id)) { into.push(x); seen.add(x.id); }
  };
  for (const b of bases) {
    out.sources.push(...b.sources);
    add(out.people, b.people); add(out.organizations, b.organizations); add(out.places, b.places);
    add(out.events, b.events); add(out.numbers, b.numbers); add(out.claims, b.claims); add(out.agenda, b.agenda); add(out.pictures, b.pictures);
    out.quotes.push(...b.quotes);
  }
  return out;
}
