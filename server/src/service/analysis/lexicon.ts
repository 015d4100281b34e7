/**
 * The names the checker recognises, compiled once per fact base into two regular expressions
 * (proper names, case-sensitive; event words, case-insensitive). One pass of each over a text
 * finds every mention in linear time.
 */
import type { FactBase } from '../facts/model';
import { LETTER_OR_DIGIT, notAfter, notBefore } from '../text/letters';

export type NamedKind = 'person' | 'org' | 'place' | 'eventName';

export interface LexEntry { kind: NamedKind; id: string }

export interface Lexicon {
  names: RegExp;
  nameEntries: Map<string, LexEntry[]>;
  words: RegExp;
  /** event word (lower case) → ids of events it speaks of */
  wordEvents: Map<string, string[]>;
  /** event id → the events one of which a sentence must name for the event's words to speak of it (`beside`) */
  beside: Map<string, string[]>;
  /** The event words (lower case) one of whose events has `beside`: only these need the sentence's names looked at. */
  besideWords: Set<string>;
}

const cache = new WeakMap<FactBase, Lexicon>();

/** Same-length normalisation so offsets survive: curly apostrophes and dashes become ASCII. */
export function normalise(text: string): string {
  return text.replace(/[’‘ʼ]/g, "'").replace(/[–—‐‑]/g, '-');
}

/** Surnames that are also English words: in lower case they are the words. */
const LOWER_CASE_WORDS = new Set(['trump', 'price', 'rice', 'bush', 'young', 'king', 'brown', 'green', 'white', 'black', 'baker', 'powell', 'miller', 'carter', 'hunter', 'bolton', 'burns', 'wells', 'hill', 'ford', 'mills', 'rose', 'frost', 'march', 'may']);

export function lexiconOf(base: FactBase): Lexicon {
  let lex = cache.get(base);
  if (!lex) { lex = buildLexicon(base); cache.set(base, lex); }
  return lex;
}

function buildLexicon(base: FactBase): Lexicon {
  const nameEntries = new Map<string, LexEntry[]>();
  const add = (surface: string, e: LexEntry) => {
    const key = normalise(surface);
    const list = nameEntries.get(key) ?? [];
    if (!list.some(x => x.kind === e.kind && x.id === e.id)) list.push(e);
    nameEntries.set(key, list);
  };
  for (const p of base.people) for (const a of [p.name, ...p.aliases]) add(a, { kind: 'person', id: p.id });
  // Chats write surnames in lower case ("putin says he doesnt expect …"): a one-word surname of five letters or more
  // names its person in lower case too, unless it is also an English word ("trump").
  for (const p of base.people) {
    const surname = p.name.split(/\s+/).pop()!;
    if (p.name.includes(' ') && surname.length >= 5 && /^[A-Z][a-z]+$/.test(surname) && !LOWER_CASE_WORDS.has(surname.toLowerCase())) add(surname.toLowerCase(), { kind: 'person', id: p.id });
  }
  for (const o of base.organizations) for (const n of o.names) add(n.replace(/^the\s+/i, ''), { kind: 'org', id: o.id });
  for (const p of base.places) for (const n of [p.name, ...p.aliases]) add(n.replace(/^the\s+/i, ''), { kind: 'place', id: p.id });
  for (const e of base.events) for (const n of e.names) add(n.replace(/^the\s+/i, ''), { kind: 'eventName', id: e.id });
  // Datelines and transcripts write names in capitals ("ST PETERSBURG", "PESKOV"); titles capitalise
  // every word ("Leaders' Summit on Climate"). Both spellings name the same thing.
  for (const [key, entries] of [...nameEntries]) {
    const titled = /^[A-Z]/.test(key) ? [key.replace(/(^|\s)([a-z][\w']*)/g, (w: string, sp: string, word: string) => (/^(?:on|of|the|and|in|for|to|at)$/.test(word) ? w : sp + word[0].toUpperCase() + word.slice(1)))] : [];
    for (const variant of [key.toUpperCase(), ...titled]) {
      if (variant !== key && variant.length > 3 && !nameEntries.has(variant)) nameEntries.set(variant, entries);
    }
  }

  const wordEvents = new Map<string, string[]>();
  for (const e of base.events) for (const k of e.kinds) {
    const key = normalise(k.toLowerCase());
    wordEvents.set(key, [...(wordEvents.get(key) ?? []), e.id]);
  }
  return {
    names: alternation([...nameEntries.keys()], 'g'),
    nameEntries,
    words: alternation([...wordEvents.keys()], 'gi'),
    wordEvents,
    beside: new Map(base.events.filter(e => e.beside?.length).map(e => [e.id, e.beside!])),
    besideWords: new Set([...wordEvents].filter(([, ids]) => ids.some(id => base.events.find(e => e.id === id)?.beside?.length)).map(([w]) => w)),
  };
}

function alternation(surfaces: string[], flags: string): RegExp {
  const sorted = [...new Set(surfaces)].filter(Boolean).sort((a, b) => b.length - a.length);
  // A name written in lower case ("economic forum") may open a sentence or a table cell with a capital.
  const body = byFirst(sorted, flags.includes('i')) ?? sorted.map(s => spelled(s).replace(/^([a-z])/, (c: string) => `[${c}${c.toUpperCase()}]`)).join('|');
  // A quick first-character test before the lookbehind: most positions fail it at once (about 3× faster).
  const firsts = new Set<string>();
  for (const s of sorted) {
    const c = String.fromCodePoint(s.codePointAt(0)!);
    for (const v of flags.includes('i') || /^[a-z]/.test(s) ? [c.toLowerCase(), c.toUpperCase()] : [c]) firsts.add(v);
  }
  const first = [...firsts].map(c => c.replace(/[\]\\^-]/g, '\\$&')).join('');
  return new RegExp(`(?=[${first}])${notAfter(LETTER_OR_DIGIT)}(?:${body || '(?!)'})${notBefore(LETTER_OR_DIGIT)}`, flags);
}

/** A surface as the pattern spells it: special characters escaped, white space as \s+, "the first" also as "the very first". */
function spelled(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/\bthe\\s\+first\b/, 'the\\s+(?:very\\s+)?first');
}

/** The surface a match of `spelled` stands for: white space as one space, "the very first" as "the first". */
export function surfaceOf(matched: string): string {
  const key = matched.replace(/\s+/g, ' ');
  return key.includes(' very first') ? key.replace(/\bthe very first\b/, 'the first') : key;
}

/**
 * The alternation grouped by first character: "P(?:utin|eskov)|B(?:iden|…)". At a position only the group of its
 * character is tried, its surfaces in their order in the list, so the match is the flat alternation's; the flat one
 * tries every surface in turn. Undefined when a first character is one this grouping does not spell safely.
 */
function byFirst(sorted: string[], caseless: boolean): string | undefined {
  const groups = new Map<string, string[]>();
  for (const s of sorted) {
    const c = s[0], k = s.charCodeAt(0);
    if (/\s/.test(c) || (k >= 0xd800 && k <= 0xdfff) || (caseless && k >= 128 && c.toUpperCase() !== c.toLowerCase())) return undefined;
    const letter = /[A-Za-z]/.test(c);
    // A lower-case first letter also opens a sentence as a capital; with `i` the group's letter matches either case.
    const heads = caseless ? [letter ? c.toLowerCase() : c] : /[a-z]/.test(c) ? [c, c.toUpperCase()] : [c];
    for (const h of heads) {
      const list = groups.get(h) ?? [];
      list.push(spelled(s.slice(1)));
      groups.set(h, list);
    }
  }
  return [...groups].map(([h, rests]) => `${spelled(h)}(?:${rests.join('|')})`).join('|');
}
