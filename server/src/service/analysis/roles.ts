import type { FactBase, Person } from '../facts/model';
import { byFirstLetter, matchesIn } from '../text/scan';
import { LETTER, notAfter, notBefore } from '../text/letters';
import { remembered } from '../text/remembered';
/**
 * Role phrases ("Kremlin spokesman", "Russia's Foreign Minister", "then-Vice President") and
 * how they compare with the roles of the fact base: a title class plus the organisation or
 * country the role belongs to.
 */
export interface RolePhrase {
  start: number;
  end: number;
  /** Span of the title words alone ("Defence Minister" in "Russia's Defence Minister"). */
  titleStart: number;
  titleEnd: number;
  text: string;
  titleClass: string;
  qualifier?: Qualifier;
  /** "then", "former": the role is not the current one. */
  past: boolean;
}

export interface Qualifier { org?: string; country?: string; text: string }

const TITLES = [
  'vice[- ]president', 'president', 'prime minister', 'press secretary', 'spokes(?:man|woman|person)', 'foreign minister',
  'foreign secretary', 'defen[cs]e minister', 'defen[cs]e secretary', 'secretary of state', 'secretary of defen[cs]e',
  'national[- ]security advis[eo]r', 'top diplomat', 'chief of staff', 'ambassador', 'chancellor', 'opposition leader',
  'interior minister', 'finance minister', 'treasury secretary', 'secretary of the treasury', 'deputy prime minister', 'deputy foreign minister', 'deputy secretary of state', 'deputy national security advis[eo]r', 'senator', 'envoy', 'attorney general', 'communications director',
  'director of communications', 'minister of foreign affairs', 'foreign affairs minister', 'head of diplomacy', 'press officer', 'foreign[- ]policy advis[eo]r', 'predecessor', 'leader',
  // What the sources call the Belarusian the plane was diverted to detain: one class ("blogger"). ("Dissident" and
  // "activist" are left out: writers give them to Navalny too, whom the sources call an opposition leader.)
  // ("the detained Russian opposition blogger": the nationality qualifies the whole.)
  'opposition blogger', 'opposition journalist', 'blogger', 'journalist',
  // Newsroom shorthand, capitals only (checked below): "FM Lavrov", "NSA Jake Sullivan", "SecState Blinken", "then-VP Biden".
  'FM', 'NSA', 'SecState', 'VP', 'PM',
];
const SHORTHAND: Record<string, string> = { fm: 'foreign minister', nsa: 'national security advisor', secstate: 'foreign minister', vp: 'vice president', pm: 'prime minister' };

const QUALIFIERS: Record<string, Omit<Qualifier, 'text'>> = {
  'kremlin': { org: 'kremlin', country: 'ru' }, "kremlin's": { org: 'kremlin', country: 'ru' },
  "white house's": { org: 'white-house', country: 'us' }, "state department's": { org: 'state-department', country: 'us' },
  'white house': { org: 'white-house', country: 'us' }, 'wh': { org: 'white-house', country: 'us' },
  'state department': { org: 'state-department', country: 'us' }, 'state dept.': { org: 'state-department', country: 'us' }, 'state dept': { org: 'state-department', country: 'us' },
  'us': { country: 'us' }, 'u.s.': { country: 'us' }, 'american': { country: 'us' }, "america's": { country: 'us' },
  'russian': { country: 'ru' }, "russia's": { country: 'ru' }, 'russia': { country: 'ru' },
  // A capital for its country: "Moscow's foreign minister", "Washington's top diplomat".
  "moscow's": { country: 'ru' }, "washington's": { country: 'us' },
  'united states': { country: 'us' }, 'usa': { country: 'us' }, 'russian federation': { country: 'ru' },
  'iranian': { country: 'ir' }, "iran's": { country: 'ir' },
  'belarusian': { country: 'by' }, 'ukrainian': { country: 'ua' }, 'british': { country: 'uk' },
  // Ministries the fact base may not name: a title qualified by one still differs from a Kremlin or White House title.
  'foreign ministry': { org: 'foreign-ministry' }, "foreign ministry's": { org: 'foreign-ministry' },
  'defence ministry': { org: 'defence-ministry' }, 'defense ministry': { org: 'defence-ministry' }, 'pentagon': { org: 'pentagon', country: 'us' },
  "putin's": { org: 'kremlin', country: 'ru' }, "biden's": { org: 'white-house', country: 'us' },
  // (A minister's own spokesman speaks for the ministry: "Lavrov's spokesman" is the foreign ministry's.)
  "lavrov's": { org: 'foreign-ministry', country: 'ru' }, "blinken's": { org: 'state-department', country: 'us' },
  // "the President's chief of staff": a title that says whose, not which country's.
  "president's": {},
};

/** The letters a role phrase can open with (case-insensitive). */
function firstLetters(): string {
  return [...new Set(['the', 'then', 'former', 'that', 'this', 'his', 'her', 'its', 'their', 'our', ...Object.keys(QUALIFIERS), ...TITLES].map(w => w[0]))].join('');
}

const ROLE = new RegExp(
  // The first-letter test before the lookbehind lets most positions fail at once.
  // Each alternation grouped by first letter: a position tries only its letter's words.
  `(?=[${firstLetters()}])${notAfter(LETTER, 'A-Za-z')}(?:(${byFirstLetter(['the', 'then[- ](?:an?\\s+)?', 'former', 'that', 'this', 'his(?:\\s+own)?', 'her(?:\\s+own)?', 'its(?:\\s+own)?', 'their(?:\\s+own)?', 'our(?:\\s+own)?'], true)})\\s*)?` +
  // (Not across an empty line: "**Kremlin**" as a heading does not qualify the title that opens the next paragraph.
  // Nor across a table's cells: in "| Moscow, Russia | Vice President Biden meets …" the country is another cell's.)
  `(?:(${byFirstLetter(Object.keys(QUALIFIERS).map(q => q.replace(/\./g, '\\.').replace(/ /g, '\\s+')), true)})(?:(?![\\n\\u2029][^\\S\\n\\u2029]*[\\n\\u2029])[^\\S\\u2028])+)?(${byFirstLetter(TITLES.map(t => t.replace(/ /g, '\\s+')), true)})${notBefore(LETTER, 'A-Za-z')}`,
  'gi',
);

/** A title's class, remembered: role fitting asks for the class of the same few titles again and again. */
export const titleClass: (title: string) => string = remembered(title => classify(title));

function classify(title: string): string {
  const t = title.toLowerCase().replace(/[-\s]+/g, ' ').trim();
  if (SHORTHAND[t]) return SHORTHAND[t];
  if (/^(press secretary|spokes(man|woman|person))$/.test(t)) return 'spokesperson';
  if (/^(foreign minister|foreign secretary|secretary of state|top diplomat|minister of foreign affairs|foreign affairs minister|head of diplomacy)$/.test(t)) return 'foreign minister';
  if (/^(communications director|director of communications|press officer)$/.test(t)) return 'communications director';
  if (/^(defen[cs]e (minister|secretary)|secretary of defen[cs]e)$/.test(t)) return 'defence minister';
  if (/^national security advis[eo]r$/.test(t)) return 'national security advisor';
  if (/^(treasury secretary|secretary of the treasury)$/.test(t)) return 'finance minister';
  if (/^(opposition )?(blogger|journalist)$/.test(t)) return 'blogger';
  if (/^former president$/.test(t)) return 'president';
  return t;
}

/** A first name and a surname, capitalised, right after a title. */
const FULL_NAME_AFTER = /^ [A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z'’]+(?:-[A-Z][a-z]+)?\b/;

/** Finds role phrases in (normalised) prose. Titles must be capitalised unless a qualifier precedes them. */
export function findRoles(text: string, from: number, to: number): RolePhrase[] {
  const out: RolePhrase[] = [];
  for (const m of matchesIn(ROLE, text, from, to)) {
    const [whole, pre, qual, title] = m;
    const titleStart = m.index + whole.length - title.length;
    // "the President's remarks", "the Kremlin spokesman's words": a title in the possessive names an owner, not the
    // title of a name beside it.
    if (/^['’]s?\b/.test(text.slice(m.index + whole.length, m.index + whole.length + 3))) continue;
    // Shorthand only as written: "fm" or "Nsa" in prose is something else.
    if (SHORTHAND[title.toLowerCase()] && !/^(?:FM|NSA|SecState|VP|PM)$/.test(title)) continue;
    // ("3 PM", "the VP of the firm": "VP" and "PM" only before a name, "then-PM Putin".)
    if ((title === 'VP' || title === 'PM') && (!/^\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]/.test(text.slice(m.index + whole.length, m.index + whole.length + 24)) || /\d[\s.]*$/.test(text.slice(Math.max(0, m.index - 3), m.index)))) continue;
    if (qual && /^wh$/i.test(qual) && qual !== 'WH') continue;
    const lowerTitle = /^[a-z]/.test(title);
    // A lower-case title without a qualifier is a title only after "the", "then" or "former" ("the foreign minister"),
    // and "leader" not even then ("the leaders").
    // "… when Biden was vice-president and Putin was president": after a copula a lower-case title is predicated of the name before it.
    // ("Vladimir was the prime minister": after "the" too.)
    // ("Biden was a senator", "Biden was still a senator", "Biden was then the US vice-president": after "a" too, and an adverb.)
    const copulaWord = pre && !/^the$/i.test(pre) ? undefined : /\b(was|is|were|became|remains|remained)\s+(?:(?:still|also|already|once|then)\s+)?(?:an?\s+)?$/i.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1];
    const copula = !!copulaWord && !/^leader/i.test(title);
    // "Jake Sullivan, chief of staff": a lower-case title set off after a name is that name's.
    const apposed = !pre && !/^(?:leader|predecessor)/i.test(title) && /[A-Z][A-Za-z'’.-]+,\s+$/.test(text.slice(Math.max(0, m.index - 30), m.index));
    // "where national security adviser Antony Blinken met …": so is one written right before a full name.
    const beforeName = !pre && !/^(?:leader|predecessor)/i.test(title) && FULL_NAME_AFTER.test(text.slice(m.index + whole.length, m.index + whole.length + 40));
    if (!qual && lowerTitle && !copula && !apposed && !beforeName && !/^(press secretary|spokes|top diplomat)/i.test(title) && !(pre && (/then|former/i.test(pre) || !/^leader/i.test(title)))) continue;
    let start = m.index;
    if (pre && /^(?:the|that|this|his|her|its|their|our)(?:\s+own)?$/i.test(pre)) start = m.index + pre.length + (whole.slice(pre.length).length - whole.slice(pre.length).trimStart().length);
    // "Secretary of State" is the American title: without a qualifier it still says which country.
    const implied = qual ? undefined : impliedQualifier(title);
    out.push({
      start, end: m.index + whole.length, titleStart, titleEnd: m.index + whole.length, text: text.slice(start, m.index + whole.length),
      titleClass: titleClass(title),
      qualifier: implied ?? (qual ? qualifier(QUALIFIERS[qual.toLowerCase().replace(/\s+/g, ' ')], qual) : undefined),
      // "Putin was president": a past copula makes a claim about a past time, as "then" does.
      // (An apposed title in a passage about another time, "Moscow, March 2011. Biden was vice president then. Putin,
      // prime minister.", is of that time.)
      // ("since Biden became president": a title taken is held from then on, not at the time the sentence speaks of.)
      past: (!!pre && /then|former/i.test(pre)) || (copula && !/^(?:is|remains|became)$/i.test(copulaWord!))
        || (apposed && lowerTitle && !qual && /\b(?:then|(?:19|20)\d\d)\b/i.test(text.slice(Math.max(0, m.index - 120), m.index))),
    });
  }
  // "spokeswoman of the State Department", "head of the Russian diplomacy": the organisation or country after the title.
  for (const m of matchesIn(ROLE_OF, text, from, to)) {
    const [whole, title, qual] = m;
    if (out.some(r => r.start < m.index + whole.length && m.index < r.end && r.qualifier)) continue;
    // The phrase it replaces may have said "then" or "was" ("then Vice-President of the USA"): that stays a claim about the past.
    let past = false;
    for (let i = out.length - 1; i >= 0; i--) if (out[i].start < m.index + whole.length && m.index < out[i].end) { past ||= out[i].past; out.splice(i, 1); }
    const cls = /diplomacy/i.test(whole) ? 'foreign minister' : titleClass(title);
    const q = qual.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').replace(/^russian (?=foreign|defen)/, '');
    out.push({
      start: m.index, end: m.index + whole.length, titleStart: m.index, titleEnd: m.index + whole.length, text: whole,
      titleClass: cls, qualifier: qualifier(QUALIFIERS[q] ?? QUALIFIERS[`${q}'s`], qual),
      past: past || /\b(?:then|former)[- ]?\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index)),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "Secretary of State" is the American title: without a qualifier it still says which country. */
export function impliedQualifier(title: string): Qualifier | undefined {
  return /^secretary\s+of\s+state$/i.test(title) ? qualifier({ country: 'us' }, '') : undefined;
}

/** Every qualifier with the same fields, so the checks reading them see one shape. */
function qualifier(known: Omit<Qualifier, 'text'> | undefined, text: string): Qualifier {
  return { org: known?.org, country: known?.country, text };
}

const ROLE_OF = new RegExp(
  // ("president of Russia", "prime minister of Russia", "vice president of the United States" too.)
  // ("spokesman for the Russian Foreign Ministry": a ministry the base may not name still differs from the Kremlin.)
  String.raw`(?=[spfmchv])${notAfter(LETTER, 'A-Za-z')}(?:(spokes(?:man|woman|person)|press\s+secretary|foreign\s+minister|prime\s+minister|minister|communications\s+director|head|president|vice[- ]president)\s+(?:of|for)\s+(?:the\s+)?(kremlin|white\s+house|state\s+department|(?:russian\s+)?foreign\s+ministry|(?:russian\s+)?defen[cs]e\s+ministry|russia|russian\s+federation|united\s+states|usa|us|russian|american|us)(?:\s+diplomacy)?)${notBefore(LETTER, 'A-Za-z')}`,
  'gi',
);

/** Does a role of the fact base (title, of) fit the phrase? `of` is an org id or a country code. */
/** The country an organisation of the base belongs to; undefined when `id` is not an organisation. */
export function orgCountry(base: FactBase, id: string): string | undefined {
  return base.organizations.find(o => o.id === id)?.country;
}

/** The people of the base holding a role the phrase fits: now, or at any time with `anyPeriod`. */
export function holdersOf(base: FactBase, phrase: RolePhrase, anyPeriod = false): Person[] {
  // Remembered per base: the answer depends only on the phrase's title class and qualifier, and every role phrase
  // of every check asks it (each asking fits every role of every person). The lists are only read.
  let known = holdersByBase.get(base);
  if (!known) holdersByBase.set(base, (known = new Map()));
  const q = phrase.qualifier;
  const key = `${phrase.titleClass}\0${q ? `${q.org ?? ''}\0${q.country ?? ''}` : '-'}\0${anyPeriod ? 1 : 0}`;
  let holders = known.get(key);
  if (!holders) {
    holders = base.people.filter(p => p.roles.some(role => (anyPeriod || role.period === undefined) && roleFits(phrase, role.title, role.of, base)));
    known.set(key, holders);
  }
  return holders;
}
const holdersByBase = new WeakMap<FactBase, Map<string, Person[]>>();

export function roleFits(phrase: RolePhrase, title: string, of: string, base: FactBase): boolean {
  const cls = titleClass(title);
  const leaderish = (c: string) => c === 'president' || c === 'prime minister' || c === 'leader';
  // "the minister" alone is any minister's title: the text's context says which one.
  const minister = phrase.titleClass === 'minister' && cls.endsWith('minister');
  if (!(cls === phrase.titleClass || minister || (phrase.titleClass === 'leader' && leaderish(cls)))) return false;
  const q = phrase.qualifier;
  if (!q) return true;
  const roleOrg = orgCountry(base, of) !== undefined ? of : undefined;
  const roleCountry = roleOrg ? orgCountry(base, roleOrg) : of;
  if (q.org && roleOrg) return q.org === roleOrg;
  return (q.country ?? roleCountry) === roleCountry;
}
