/** wrong-role: a title placed next to a person ("White House press secretary Dmitry Peskov") against their roles. */
import { isHeading, isQuestionLabel, questionOf, ANSWER_OPENING, quotationAt, vocative, type Analysis, type Mention, type Sentence } from '../analysis/document';
import { roleFits, titleClass, orgCountry, holdersOf, type RolePhrase } from '../analysis/roles';
import { columnYears, rowYear, timelineDate, near, headerTextOf } from '../analysis/events';
import type { FactBase, Person, Role } from '../facts/model';
import { distance as levenshtein } from 'fastest-levenshtein';
import { type CheckContext, report, confirm, replaceFix, text, capitalsLike } from './context';
import { resolvePronoun } from '../analysis/attribution';

const COUNTRY_WORD: Record<string, string> = { us: 'US', ru: 'Russian', ir: 'Iranian', by: 'Belarusian', ua: 'Ukrainian', uk: 'British' };

export function checkRoles(ctx: CheckContext): void {
  const { base } = ctx.analysis;
  for (const s of ctx.analysis.sentences) {
    if (s.end <= ctx.from) continue;
    for (const r of s.roles) {
      // A title inside quotation marks is someone's words ("| "Kremlin foreign minister Dmitry Peskov" | WRONG |" in a
      // standards memo quoting copy), not the draft's own claim.
      // (An unclosed quotation runs on over the draft's own words: only one that closes.)
      if (quotationAt(ctx.analysis, r)?.unclosed === false) continue;
      const holder = holderOf(ctx, s, r);
      if (!holder) { checkUnknownHolder(ctx, s, r); continue; }
      const person = holder.person;
      // ("Joe Biden, at that time Vice President of the United States": a title said of a past time left unnamed is one of the
      // person's past titles.)
      const thatTime = AT_THAT_TIME_BEFORE.test(ctx.analysis.norm.slice(Math.max(0, r.start - 24), r.start));
      const inPeriod = rolesInPeriod(ctx.analysis, person, s, r);
      const past = person.roles.filter(x => x.period !== undefined);
      const allowed = thatTime && (!inPeriod || inPeriod.every(x => x.period === undefined)) && past.length ? past : inPeriod;
      if (!allowed) continue;
      const fit = allowed.find(role => roleFits(r, role.title, role.of, base));
      if (fit) { confirm(ctx, r, `${person.name}: ${display(base, fit)}`, fit.cite); continue; }
      const right = allowed.find(x => x.title !== 'leader') ?? allowed[0];
      if (!right) continue;
      // Keep the writer's "Russia's" when the right role is of that country; an organisation's role is named whole.
      const keepQualifier = !!r.qualifier && !r.qualifier.org && !orgCountry(base, right.of) && roleFits({ ...r, titleClass: titleClass(right.title) }, right.title, right.of, base);
      // A bare lower-case title ("Putin was president") is replaced by the bare title, in the draft's case.
      const bare = !r.qualifier && /^[a-z]/.test(text(ctx, r));
      const fix = keepQualifier || bare
        ? replaceFix({ start: r.titleStart, end: r.titleEnd }, matchCase(right.title, text(ctx, { start: r.titleStart, end: r.titleEnd })))
        : replaceFix(r, capitalsLike(text(ctx, r), display(base, right, r.past && /^(?:then|former)/i.test(text(ctx, r)))));
      report(ctx, 'wrong-role', {
        // "Jake Sullivan, Secretary of State": the name and the title beside it are one statement, and either may be the wrong part.
        span: beside(holder.mention, r) ? { start: Math.min(r.start, holder.mention.start), end: Math.max(r.end, holder.mention.end) } : r,
        message: `The draft calls ${person.name} "${text(ctx, r)}"; the sources give ${display(base, right)}.`,
        fact: `${person.name}: ${display(base, right)}`,
        citations: right.cite,
        fixes: [fix, ...(/^(?:[Ss]he|[Hh]e)$/.test(holder.mention.text) ? [] : nameFix(ctx, r, holder.mention, person))],
      });
    }
  }
}

/** The person a role phrase is said of: "ROLE Name", "Name, ROLE", "Name is (the) ROLE", "Name as ROLE". */
/**
 * "Kremlin spokesman Dmitry Medvedev", "his predecessor, Barack Obama": a name the sources do not know,
 * given a title the sources give to exactly one person.
 */
function checkUnknownHolder(ctx: CheckContext, s: Sentence, r: RolePhrase): void {
  const { norm, base } = ctx.analysis;
  const gap = (a: number, b: number) => (b - a <= GAP ? norm.slice(a, b) : '\u0000');
  // (A label's colon too: "Biden's predecessor: Barack Obama".)
  const name = near(s.mentions, r).find(m => m.kind === 'unknownPerson' && ((m.start >= r.end && /^[\s,]*:?[\s*_]*$/.test(gap(r.end, m.start))) || (m.end <= r.start && /^\s*,\s*(?:the\s+)?$/.test(gap(m.end, r.start)))));
  if (!name) return;
  let holders = holdersOf(base, r, r.past);
  // ("In March 2011 … shook hands with the prime minister, Dmitry Medvedev": a title in a sentence dated to a past year is
  // held by whoever held it then.)
  if (!holders.length && !r.past) {
    const years = new Set(near(s.dates, r).map(d => d.year).filter(y => y !== undefined && y !== base.referenceYear));
    if (years.size) holders = holdersOf(base, r, true).filter(p => p.roles.some(x => x.period !== undefined && years.has(x.period) && roleFits(r, x.title, x.of, base)));
  }
  if (holders.length !== 1) return;
  const right = holders[0];
  // ("the detained Belarusian blogger Roman Protasevych": the holder's name spelt another way is the holder.)
  if (spelledLike(name.text, right)) return;
  const role = right.roles.find(x => roleFits(r, x.title, x.of, base))!;
  report(ctx, 'wrong-role', {
    span: { start: name.start, end: name.end },
    message: `The draft gives "${text(ctx, r)}" to ${name.text}; the sources give that title to ${right.name}.`,
    fact: `${right.name}: ${display(base, role)}`,
    citations: role.cite,
    fixes: [replaceFix(name, right.name)],
  });
}

/** Is `name` one of the person's names in another spelling: its last word within two letters of an alias's last word? */
function spelledLike(name: string, person: Person): boolean {
  const last = (n: string) => n.slice(n.lastIndexOf(' ') + 1).toLowerCase();
  const mine = last(name);
  return mine.length >= 5 && [person.name, ...person.aliases].some(a => levenshtein(mine, last(a)) <= 2);
}

/**
 * "## Jake Sullivan" then "White House chief of staff. He met…": a section's opening fragment, a title and
 * nothing said, describes the one person the heading names.
 */
function profileSubject(analysis: Analysis, s: Sentence, r: RolePhrase): Mention | undefined {
  const { norm } = analysis;
  // (Each test is bounded: a run-on sentence must not cost its length for every title in it.)
  // (An answer's label may come first: "**A4.** President of Russia.")
  // (Or an article: "| Who is Antony Blinken? | The US Secretary of Defense |".)
  if (s.index === 0 || r.start - s.start > 16 || s.end - r.end > 200 || !ANSWER_OPENING.test(norm.slice(s.start, r.start).replace(/\b(?:the|an?)\s+$/i, '')) || s.mentions.some(m => m.kind === 'person')) return undefined;
  // (A table row's next cell is not part of the answer: "| What was Peskov's job? | Foreign minister | People |".)
  const cell = norm.indexOf('\u2028', r.end);
  const rest = norm.slice(r.end, cell >= 0 && cell < s.end ? cell : s.end);
  if (!/^[\s.,;:]*$/.test(rest) && !(/^\s*(?:and|,)\s/.test(rest) && !/\b(?:said|says|told|has|have|had|is|was|were|will|would|met|meets)\b/i.test(rest))) return undefined;
  // Or a short question just before, in a FAQ ("**Lavrov?** Russia's defence minister.").
  const heading = analysis.sentences[s.index - 1];
  const named = heading.mentions.filter(m => m.kind === 'person');
  // Or a glossary's name set off by itself ("**Jen Psaki.** White House communications director.").
  const label = named.length === 1 && heading.block === s.block && heading.end - heading.start <= 60
    && !/[\p{L}\p{N}]/u.test(norm.slice(heading.start, named[0].start) + norm.slice(named[0].end, heading.end));
  if (!label && !isHeading(analysis, heading) && !isQuestionLabel(analysis, heading, s)) return undefined;
  return named.length === 1 ? named[0] : undefined;
}

/** The other way to mend "Jake Sullivan, Secretary of State": the name of the one person who holds that title. */
function nameFix(ctx: CheckContext, r: RolePhrase, m: Mention, person: Person) {
  if (!beside(m, r) || (m.start < r.end && r.start < m.end)) return [];
  const holders = holdersOf(ctx.analysis.base, r, r.past).filter(p => p.id !== person.id);
  return holders.length === 1 ? [{ ...replaceFix(m, holders[0].name), preferred: false }] : [];
}

/** A name right beside a title: "Jake Sullivan, Secretary of State", "Press Secretary Jen Psaki". */
function beside(m: { start: number; end: number }, r: { start: number; end: number }): boolean {
  return (m.end <= r.start && r.start - m.end <= 2) || (r.end <= m.start && m.start - r.end <= 2) || (m.start < r.end && r.start < m.end);
}

/** " and prime minister": a second title after "and", in lower case. */
const LOWER_TITLE_AFTER_AND = /^\s+(?:and|&)\s+(?:then\s+|the\s+)?(?:prime\s+minister|vice[- ]president|president|foreign\s+minister|secretary\s+of\s+state|senator|spokes(?:man|woman)|press\s+secretary|national\s+security\s+advis[eo]r)\b/i;

function holderOf(ctx: CheckContext, s: Sentence, r: RolePhrase): { person: Person; mention: Mention } | undefined {
  const { norm, base } = ctx.analysis;
  // Every test below reads a short gap between a name and the title, so only the names and titles near the title
  // are tried, and a long gap is not read at all: a run-on sentence of many titles and names stays linear.
  // (Not a name the writer addresses: "Your own spokesman, Mr Putin, has said as much.")
  const people = near(s.mentions, r).filter(m => m.kind === 'person' && !vocative(ctx.analysis, s, m));
  const roles = near(s.roles, r);
  const between = (a: number, b: number) => (a <= b && b - a <= GAP ? norm.slice(a, b) : '\u0000');
  // "He was vice president, Putin was prime minister": a title after a pronoun and a copula is the pronoun's, which is
  // not resolved here; the name after it has a title of its own.
  // (Unless it is "she", whom the draft has named: "… the wrong title for Jen Psaki, who announced the meeting. She is the
  // White House communications director.")
  const copula = PRONOUN_COPULA.exec(norm.slice(Math.max(0, r.start - 24), r.start));
  if (copula) {
    const at = r.start - copula[0].length;
    // ("Sergei Lavrov works for Vladimir. He is Russia's defence minister.": "he" after a sentence its subject opens.)
    if (!/^[Ss]he\b/.test(copula[0])) {
      const before = s.index > 0 ? ctx.analysis.sentences[s.index - 1] : undefined;
      const subject = before && before.block === s.block && at - s.start <= 4 ? before.mentions[0] : undefined;
      const he = subject?.kind === 'person' && !/[\p{L}\p{N}]/u.test(norm.slice(before!.start, subject.start)) && !/^['’]/.test(norm.slice(subject.end, subject.end + 1)) ? base.people.find(p => p.id === subject.id && p.gender === 'male') : undefined;
      return he ? { person: he, mention: { start: at, end: at + 2, kind: 'person', id: he.id, text: norm.slice(at, at + 2), venue: false } } : undefined;
    }
    // (Or the one woman the sentence before names, wherever: "… the wrong title for Jen Psaki. She is …".)
    const prev = s.index > 0 ? ctx.analysis.sentences[s.index - 1] : undefined;
    const women = new Set(prev && prev.block === s.block ? prev.mentions.filter(m => m.kind === 'person' && base.people.find(p => p.id === m.id)?.gender === 'female').map(m => m.id) : []);
    const id = resolvePronoun(ctx.analysis, 'she', at)?.id ?? (women.size === 1 ? [...women][0] : undefined);
    const person = id ? base.people.find(p => p.id === id) : undefined;
    return person ? { person, mention: { start: at, end: at + 3, kind: 'person', id: person.id, text: norm.slice(at, at + 3), venue: false } } : undefined;
  }
  // ("the President was Vice President, Putin was Prime Minister": so is one after another title and a copula.)
  const k = roles.indexOf(r);
  if (k > 0 && TITLE_COPULA.test(between(roles[k - 1].end, r.start))) return undefined;
  // "Biden and Putin, as Vice President and Prime Minister": the titles go to the names in order.
  for (let i = 0; i + 1 < people.length; i++) {
    const [p0, p1] = [people[i], people[i + 1]];
    // (Or in brackets, joined by "&": "**Blinken & Lavrov** (US Secretary of State & Russian Foreign Minister)".)
    // ("Antony Blinken and Sergei Lavrov, the US Secretary of State and the Russian Foreign Minister": or an apposition.)
    const first = roles.find(x => x.start > p1.end && /^[\s*_]*(?:,?\s*(?:as|were|are|was)\s+(?:then\s+)?|\(\s*|,\s*(?:the\s+)?)$/i.test(between(p1.end, x.start)));
    if (!first) continue;
    const second = roles[roles.indexOf(first) + 1];
    // ("Biden and Putin, then vice-president and prime minister": the second title may be one read as a title only
    // after "the" or "then"; the first is still the first name's.)
    if (r === first && /^\s+(?:and|&)\s+$/.test(between(p0.end, p1.start)) && (!second || second.start > first.end + 24) && LOWER_TITLE_AFTER_AND.test(norm.slice(first.end, first.end + 24))) {
      const person = base.people.find(p => p.id === p0.id);
      if (person) return { person, mention: p0 };
    }
    if (!/^\s+(?:and|&)\s+$/.test(between(p0.end, p1.start)) || !second || !/^\s+(?:and|&)\s+(?:then\s+|the\s+)?$/i.test(between(first.end, second.start))) continue;
    const pair = k === roles.indexOf(first) ? p0 : r === second ? p1 : undefined;
    const person = pair && base.people.find(p => p.id === pair.id);
    if (person) return { person, mention: pair! };
  }
  // "Mr. Biden then vice president, Mr. Putin then prime minister": "then" right after a name describes that name.
  // (Not when a name follows the title at once: "… Putin then-Vice President Biden" gives the title to Biden.)
  const named = people.some(m => (m.start >= r.end && /^[ \t]*$/.test(between(r.end, m.start))) || (m.start > r.start && m.start < r.end && m.end > r.end));
  let found: Mention | undefined = /^then\b/i.test(r.text) && !named ? people.find(m => m.end <= r.start && /^[ \t]+$/.test(between(m.end, r.start))) : undefined;
  // "Biden was vice-president, Putin was prime minister": a title after a copula is its subject's, whoever follows.
  // ("Putin was serving as Russia's president", "Lavrov served as …": the same.)
  // ("Jen Psaki, who announced the summit in a statement, is the White House …": past a relative clause.)
  // (Not a title before a name in the possessive: in "Mr Peskov is President Putin's spokesman" it is Putin's.)
  const ownerNamed = people.some(m => m.end > r.end && m.start >= r.start && (m.start < r.end || /^[ \t]*$/.test(between(r.end, m.start))) && /^['’]s\b/.test(norm.slice(m.end, m.end + 3)));
  found ??= ownerNamed ? undefined : people.slice().reverse().find(m => m.end <= r.start && /^(?:\s*,\s*(?:who|which)\s[^,;:"“”]{1,80},)?\s+(?:is|was|became|remains|remained|(?:(?:is|was)\s+)?serv(?:ed|es|ing)\s+as)(?:\s+(?:also|still|now))?\s+(?:the\s+|then\s+|then-|an?\s+)?$/i.test(between(m.end, r.start)));
  // "Biden's the vice president, Putin's the prime minister": "'s" before "the" is "is" (a possessive takes no article).
  found ??= people.slice().reverse().find(m => m.end <= r.start && /^'s\s+(?:(?:also|still|now)\s+)?(?:the\s+|then\s+|then-)$/.test(between(m.end, r.start)));
  // "Secretary of State of the USA J. Sullivan": the country may stand between the title and the name.
  // ("the White House chief of staff, Mr Jake Sullivan": an honorific may stand before the name. Not a title after "of":
  // in "The spokesman of the President, Mr Peskov" the name is the spokesman's.)
  // (Not a possessive after a comma: in "Peskov: Kremlin spokesman, Putin's spokesman" the second phrase is another
  // description of the first's holder, and names whose spokesman he is.)
  const ofWhom = /\bof\s+(?:the\s+)?$/i.test(norm.slice(Math.max(0, r.start - 8), r.start));
  // (Not the subject of a clause that describes the title's holder: "the last US president Putin had met".)
  const described = DESCRIBED_TITLE.test(norm.slice(Math.max(0, r.start - 12), r.start));
  // (Not a title a name before it holds "as": in "(Biden as Vice President, Putin as Prime Minister)" each is the name's before it.)
  const heldAs = people.some(m => m.end <= r.start && /^\s+as\s+(?:the\s+|then\s+)?$/i.test(between(m.end, r.start)));
  found ??= ofWhom || heldAs ? undefined : people.find(m => m.start >= r.end && /^(?:\s+of\s+(?:the\s+)?(?:USA|US|U\.S\.|United\s+States|Russia|Russian\s+Federation))?[ \t\r\n,]*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z]\.\s*)*$/.test(between(r.end, m.start))
    && !(between(r.end, m.start).includes(',') && /^['\u2019]s\b/.test(norm.slice(m.end, m.end + 3)))
    && !(described && CLAUSE_VERB_AFTER.test(norm.slice(m.end, m.end + 12)))
    // ("the Russian leader Biden met was the prime minister": a relative clause without "that", its verb and then the copula.)
    && !RELATIVE_CLAUSE_AFTER.test(norm.slice(m.end, m.end + 30)));
  // A name known with its title ("President Putin") overlaps the phrase it follows ("then-President Putin").
  found ??= people.find(m => m.start >= r.start && m.start < r.end && m.end > r.end);
  // "Putin, at the time Russia's president", "**Antony Blinken**: the US Secretary of Defense" (a glossary), "Dmitry Peskov,
  // who is Russia's deputy foreign minister".
  // ("Dmitry Peskov, the Russian foreign ministry's spokesman": a nationality may come before the title; "Dmitry Peskov = Russia's
  // foreign minister": a glossary's sign; "**Sergei Lavrov** –
  // Russia's defence minister": a list item's dash; "ANTONY BLINKEN / NATIONAL SECURITY ADVISER": a TV lower third.)
  // (Not a title that opens the main clause after a fronted phrase ending in a name: in "In his call with Putin, the US
  // president said …" the title is the subject, not Putin's.)
  const subjectAfter = MAIN_VERB_AFTER.test(norm.slice(r.end, r.end + 16));
  found ??= people.slice().reverse().find(m => m.end <= r.start && !(subjectAfter && FRONTED_OBJECT.test(norm.slice(Math.max(0, m.start - 12), m.start)) && /^\s*,\s*(?:the\s+)?$/i.test(between(m.end, r.start))) && /^\s*(?:,\s*who\s+(?:is|was)|,|:|=|\(|\u2028|[—–·•]|\s-|\/|,?\s+(?:is|was|as|became|remains)(?:\s+(?:also|still|now))?)\s*(?:the\s+|its\s+|his\s+|her\s+|their\s+|(?:then|now)\s+(?:the\s+)?|then-|at\s+(?:the|that)\s+time\s+|an?\s+)?(?:(?:detained|jailed|imprisoned|exiled)\s+)?(?:(?:Russian|American|US|U\.S\.|Russia['’]s|America['’]s|President(?=\s+[A-Z][a-z]+['’]s)|(?:Mr|Mrs|Ms)\.?)\s+)?$/i.test(between(m.end, r.start)) && (!between(m.end, r.start).includes(':') || TITLE_ENDS.test(norm.slice(r.end, r.end + 12))));
  // "**Front:** Sergei Lavrov / **Back:** Russian Defence Minister": a flashcard's answer (not when the card names two,
  // "Jake Sullivan and Nikolay Patrushev", whose titles its back gives in turn).
  found ??= people.slice().reverse().find(m => m.end <= r.start && /^\s*(?:Back|Answer)\s*:\s*(?:the\s+)?$/.test(between(m.end, r.start)) && !/\band\s+$/i.test(norm.slice(Math.max(0, m.start - 5), m.start)));
  found ??= rowSubject(ctx.analysis, people, r);
  found ??= profileSubject(ctx.analysis, s, r);
  const person = found && base.people.find(p => p.id === found!.id);
  return person ? { person, mention: found! } : undefined;
}

/**
 * "| Dmitry Peskov | Дмитрий Песков | DMI-triy pes-KOV | Spokesman for the Russian Foreign Ministry; … |": a title opening a
 * later cell of a row whose first cell is a name alone, with no other name between, is that name's.
 */
function rowSubject(analysis: Analysis, people: Mention[], r: RolePhrase): Mention | undefined {
  const { norm } = analysis;
  if (!/\u2028[\s*_]*$/.test(norm.slice(Math.max(0, r.start - 8), r.start))) return undefined;
  const before = norm.slice(Math.max(0, r.start - 300), r.start);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && r.start > 300) return undefined;
  const rowStart = r.start - before.length + nl + 1;
  const inRow = people.filter(m => m.start >= rowStart && m.end <= r.start);
  const first = inRow[0];
  if (!first || inRow.some(m => m.id !== first.id) || !/^[\s*_]*$/.test(norm.slice(rowStart, first.start)) || !/^[\s*_]*\u2028/.test(norm.slice(first.end, first.end + 6))) return undefined;
  return first;
}

/** "the last ", "the only ": a title after these is described by the clause that follows it. */
const DESCRIBED_TITLE = /\b(?:last|first|only|next|latest|every|any)\s+$/i;
/** "the Russian leader Biden met was …": a relative clause without "that", its verb and then the copula. */
const RELATIVE_CLAUSE_AFTER = /^\s+(?:had\s+)?(?:met|faced|saw|sat\s+down\s+with|spoke\s+(?:to|with)|shook\s+hands\s+with)\s+(?:(?:in|back\s+in)\s+(?:19|20)\d\d\s+)?(?:was|is|were|had\s+been)\b/i;
/** A clause's verb right after a name: "Putin had met", "Putin met". */
const CLAUSE_VERB_AFTER = /^\s+(?:had|has|have|would|will|could|did|met|meets|sat|spoke|talked|faced)\b/i;
/** A verb right after a title: the title is a clause's subject ("the US president said"). */
// ("After his talks with Lavrov, the US Secretary of State listed …": or another verb in the past.)
const MAIN_VERB_AFTER = /^\s+(?:said|says|told|tells|warned|added|will|would|has|had|is|was|can|could|must|should|plans|wants|insisted|stressed|listed|lists|named|announced|described|called|noted|urged|raised|spoke)\b/;
/** A name that ends a fronted phrase as its object ("In his call with Putin,", "After meeting Lavrov,"). */
const FRONTED_OBJECT = /\b(?:with|to|after|before|against|about|for|from|meeting|met|calling|called)\s+$/i;
const YEAR_ALONE = /^[^\p{L}\p{N}]*((?:19|20)\d{2})[^\p{L}\p{N}]*$/u;
const AT_THAT_TIME_BEFORE = /\b(?:at\s+(?:that|the)\s+time|back\s+then|in\s+those\s+days)\s*,?\s*(?:the\s+|an?\s+)?$/i;
const TITLE_COPULA = /^\s+(?:was|is|had\s+been|has\s+been)\s+(?:(?:then|still|also|already)\s+)?(?:(?:the|a|an)\s+)?$/;
const PRONOUN_COPULA = /\b(?:[Hh]e|[Ss]he)\s+(?:was|is|had\s+been|has\s+been)\s+(?:(?:then|still|also|already)\s+)?(?:(?:the|a|an)\s+)?$/;

/** After "Name: TITLE" (a glossary), the title ends its phrase; in "PESKOV: The President himself gave …" it is a sentence's subject. */
const TITLE_ENDS = /^\s*(?:[.,;:)\u2028\n—–-]|$|of\b|and\b)/;

/** The longest gap read between a title and a name (the longest form: ", is also the then-Russian "). */
const GAP = 200;

/** Words that open another clause with a time of its own. */
// (A table's next cell too, when it tells of another time itself: "| Russian President Vladimir Putin | Was prime
// minister at that 2011 meeting |".)
const OTHER_CLAUSE = /[;—]|\b(?:since|when|while|whereas|until|unlike|although|though|but)\b|\u2028[\s*_]*(?:was|were|had\s+been)\b/i;

/** The years other than the story's of the nearest of the `back` sentences before `s`, in its paragraph, that gives any. */
// (A paragraph that opens by pointing back, "Back then, …", "In those days …", reads the sentence before it, in the
// paragraph before.)
// (`acrossTurns`: a dialogue's question reads the turns before it, each a paragraph of its own.)
function earlierYears(analysis: Analysis, s: Sentence, back: number, acrossTurns = false): Set<number> {
  const out = new Set<number>();
  const pointsBack = s.index > 0 && analysis.sentences[s.index - 1].block !== s.block && THEN_OPENING.test(analysis.norm.slice(s.start, s.start + 30));
  for (let k = s.index - 1; k >= Math.max(0, s.index - back) && !out.size; k--) {
    const prev = analysis.sentences[k];
    if (prev.block !== s.block && !(pointsBack && k === s.index - 1) && !acrossTurns) break;
    for (const d of prev.dates) if (d.year && d.year !== analysis.base.referenceYear) out.add(d.year);
  }
  return out;
}

/**
 * The year of the one event the sentence's own words (not quoted, not a reference point) name, when not the story's and
 * the sentence names each of its people.
 */
function soleEventYear(analysis: Analysis, s: Sentence, past = false): number | undefined {
  let only: string | undefined;
  let shared = false;
  for (const w of s.words) {
    if (w.quoted || w.reference) continue;
    if (w.events.length !== 1) { shared = true; continue; }
    if (only !== undefined && w.events[0] !== only) return undefined;
    only = w.events[0];
  }
  // ("A meeting between Joe Biden, then US Vice President, and Vladimir Putin, then Russian President, in Moscow": for a
  // title said to be a past one, a word many meetings share, with the one meeting whose place and people the sentence names.)
  // (Or no word for a meeting at all: "Biden was vice president; the man across from him was then-President Putin, and the
  // handshake was in Moscow.")
  if (only === undefined && past) {
    const venues = s.mentions.filter(m => m.kind === 'place' && m.venue);
    const held = analysis.base.events.filter(e => e.place && e.participants.length >= 2 && venues.some(m => m.id === e.place) && e.participants.every(p => s.mentions.some(m => m.kind === 'person' && m.id === p)));
    if (held.length === 1) only = held[0].id;
  } else if (shared) return undefined;
  if (only === undefined) return undefined;
  // (And the sentence names all its people: a caption's "PHOTO/AP - Russian President Vladimir Putin" is no 2011 photograph.)
  const e = analysis.base.events.find(x => x.id === only);
  if (!e?.date?.year || e.date.year === analysis.base.referenceYear || !e.participants.length) return undefined;
  return e.participants.every(p => s.mentions.some(m => m.kind === 'person' && m.id === p)) ? e.date.year : undefined;
}

/** "as vice president", "as then-Prime Minister": the title a clause gives for its own time. */
const AS_TITLE = /\bas\s+(?:(?:the|then)\s+|then-)?(?:(?:US|U\.S\.|Russian|American)\s+)?(?:vice[- ]president|prime\s+minister|president|foreign\s+minister|secretary\s+of\s+state|senator)\b/i;

const THEN_OPENING = /^[^\p{L}]*(?:back\s+then|in\s+those\s+days|at\s+the\s+time|at\s+that\s+time|then)\b/iu;
const PAST_HEADER = /^[\s*_]*(?:then|before|back\s+then|earlier|past|at\s+the\s+time)[\s*_]*$/i;
/** A word for "at the time just spoken of". */
const THEN = /\b(?:[Tt]hen|[Aa]t\s+the\s+time|[Aa]t\s+that\s+time|[Bb]ack\s+then|[Ii]n\s+those\s+days)\b(?![-\s]+(?:[A-Z]|vice|prime|president|foreign|secretary|deputy|national))/;

/** The roles that were the person's at the time the sentence speaks of; undefined when that time has no known roles. */
function rolesInPeriod(analysis: Analysis, p: Person, s: Sentence, r: RolePhrase): Role[] | undefined {
  const { base } = analysis;
  // Only the years of the title's own clause: in "US President Joe Biden … meets Putin, the first talks since March
  // 2011, when then-Vice President Biden …" March 2011 is the "since" clause's time, not the title's.
  const norm = analysis.norm;
  // (A date more than 200 characters after the title is taken for another clause's: reading no further keeps a run-on
  // sentence's many titles and dates linear.)
  // (Nor a date in a later cell of its row that gives a title of its own for that time: "| Joe Biden | US President | Met
  // Putin in Moscow in March 2011, as vice president |".)
  // (The row's cells are parted by "|" in the document, blanked in the prose; a cell of a run-on row by "\u2028".)
  const cellAfter = (d: { start: number }): string | undefined => {
    const doc = analysis.doc.slice(r.end, d.start);
    if (!doc.includes('|') && !norm.slice(r.end, d.start).includes('\u2028')) return undefined;
    const rest = analysis.doc.slice(d.start, Math.min(s.end, d.start + 80));
    return rest.slice(0, rest.search(/[|\u2028]|$/));
  };
  const titledCell = (d: { start: number }) => {
    const cell = cellAfter(d);
    return cell !== undefined && (AS_TITLE.test(cell) || s.roles.some(x => x.start > d.start && x.start - d.start < cell.length));
  };
  // (Nor one after another date that follows the title: "Geneva, where US President Joe Biden … meet on 16 June 2021, along
  // with Moscow, where the two met in March 2011" gives the title its own clause's date first.)
  const dates = near(s.dates, r);
  // (Nor a later date when the sentence goes on to give the person's title of that time: "President Biden and President
  // Putin have met before: in Moscow on March 10, 2011, when Mr. Biden was Vice President …" names them by today's titles.)
  const laterOwn = !r.past && near(s.mentions, r).some(m => m.kind === 'person' && m.id === p.id && m.start > r.end && m.start - r.end <= 200 && /\bwhen\b/i.test(norm.slice(r.end, m.start))
    && /^\s+(?:was|were)\s+(?:the\s+|an?\s+)?$/.test(norm.slice(m.end, s.roles.find(x => x.start >= m.end && x.start - m.end <= 16)?.start ?? m.end)));
  const ownClause = (d: { start: number }) => d.start < r.end || (!laterOwn && d.start - r.end <= 200 && !OTHER_CLAUSE.test(norm.slice(r.end, d.start)) && !titledCell(d) && !dates.some(o => o.start >= r.end && o.end <= d.start));
  const years = new Set(dates.filter(ownClause).map(d => d.year).filter((y): y is number => !!y && y !== base.referenceYear));
  // ("since he was vice president and Putin was Russia's president": a title coordinated after another said with "was",
  // which only a past period's holder held, is of that period.)
  if (!years.size) {
    const k = s.roles.indexOf(r), before = k > 0 ? s.roles[k - 1] : undefined;
    if (before && r.start - before.end <= 40 && /^\s+and\s+(?:[A-Z][\w'’.-]*\s+){1,2}(?:was|were)\s+(?:the\s+)?$/.test(norm.slice(before.end, r.start)) && /\b(?:was|were)\s+(?:the\s+|an?\s+)?$/i.test(norm.slice(Math.max(0, before.start - 12), before.start))) {
      const fits = base.people.flatMap(x => x.roles.filter(y => roleFits(before, y.title, y.of, base)));
      const periods = new Set(fits.map(y => y.period));
      if (fits.length && periods.size === 1 && [...periods][0] !== undefined) years.add([...periods][0]!);
    }
  }
  // A table cell under a column for another time ("| | Moscow | …" for 2011) is a claim about that time.
  if (!years.size) for (const y of columnYears(analysis, s, r)) if (y !== base.referenceYear) years.add(y);
  // (So is one in a row that opens with its year: "| 2011 | Moscow | Vice President Biden, Prime Minister Putin |".)
  if (!years.size) { const y = rowYear(analysis, s); if (y && y !== base.referenceYear) years.add(y); }
  // (Under a column headed "Then", any past title of the person's fits.)
  if (!years.size && PAST_HEADER.test(headerTextOf(analysis, s, r))) return p.roles;
  // "Q4. What was Putin's job at the time of that 2011 handshake? A4. Russia's president.": an answer is of its question's time.
  // ("… they met in Moscow back in March 2011." "What were their jobs then?" "Biden was vice president, and Putin was the
  // Russian president.": a question asked with "then" is of the time the turn before it gave.)
  if (!years.size) {
    const q = questionOf(analysis, s);
    if (q) for (const d of q.dates) if (d.year && d.year !== base.referenceYear) years.add(d.year);
    if (q && !years.size && THEN.test(norm.slice(q.start, q.end))) for (const y of earlierYears(analysis, q, 2, true)) years.add(y);
  }
  // A timeline entry under "**10 March 2011**" speaks of that year.
  if (!years.size) { const y = timelineDate(analysis, s)?.year; if (y && y !== base.referenceYear) years.add(y); }
  // (So does one under a heading that is a year alone, "### 2011", a few lines up.)
  if (!years.size) for (let k = s.index - 1; k >= 0 && k >= s.index - 3; k--) {
    const h = analysis.sentences[k];
    const y = YEAR_ALONE.exec(norm.slice(h.start, Math.min(h.end, h.start + 24)));
    if (y && h.end - h.start <= 12 && isHeading(analysis, h)) { const n = Number(y[1]); if (n !== base.referenceYear) years.add(n); break; }
  }
  // "Vice President JOE BIDEN … shakes hands with … PUTIN": words that name one event only, of a past year, speak of it.
  // (Not the words of a later cell that gives its own title: "| Vladimir Putin | Russian President | Shook hands with
  // Biden in 2011, as prime minister |".)
  if (!years.size && !near(s.words, r).some(w => w.start > r.end && w.start - r.end <= 200 && titledCell(w))) { const y = soleEventYear(analysis, s, r.past); if (y) years.add(y); }
  // "They met in 2011. Biden was vice-president then; Putin was Russia's president": "then" is the year just given.
  if (!years.size && THEN.test(analysis.norm.slice(s.start, s.end))) for (const y of earlierYears(analysis, s, 1)) years.add(y);
  // "In March 2011 they shook hands in Moscow. Back then, Mr Biden was the vice president. Mr Putin was the prime
  // minister.": a title said with "was", a sentence or two after a past year, is of that year when the person held a
  // title then (otherwise the sentence may well speak of now).
  if (!years.size && /\b(?:was|were)\s+(?:then\s+|still\s+|also\s+)?(?:the\s+|an?\s+)?(?:[\p{L}'’.-]+\s+){0,3}$/u.test(norm.slice(Math.max(s.start, r.start - 40), r.start))) {
    const earlier = earlierYears(analysis, s, 2);
    if (p.roles.some(x => x.period !== undefined && earlier.has(x.period))) for (const y of earlier) years.add(y);
  }
  // "Moscow, 10 March 2012. Vice President Biden and Prime Minister Putin shake hands": a title the person held in the
  // past, right after a sentence that gives a past year, speaks of that past (whether the year is right is the date's check).
  if (!years.size && p.roles.some(x => x.period !== undefined && roleFits(r, x.title, x.of, base)) && earlierYears(analysis, s, 1).size) return p.roles;
  // ("- Moscow, 10 March 2011. Biden, then vice-president, smiling; then-President Putin across from him.": a past title
  // right after a sentence of its paragraph that gives a past year is of that year.)
  if (r.past && !years.size) for (const y of earlierYears(analysis, s, 1)) years.add(y);
  // (A year one off a period the sources give titles for is taken for that period: "the one from Moscow in March 2012 …
  // In those days … Putin was then the Russian president" misdates the 2011 meeting, which the date's check reports,
  // and the title is still of that meeting's time.)
  const inYears = p.roles.filter(x => x.period !== undefined && years.has(x.period));
  const then = inYears.length ? inYears : p.roles.filter(x => x.period !== undefined && (years.has(x.period + 1) || years.has(x.period - 1)));
  // "then Russia's president" in a sentence about 2011 is a claim about 2011; without a year, any past role fits.
  if (r.past) return then.length ? then : p.roles;
  if (years.size) return then.length ? then : undefined;
  return p.roles.filter(x => x.period === undefined);
}

export function display(base: FactBase, role: Role, past = false): string {
  const org = base.organizations.find(o => o.id === role.of);
  const qual = org ? org.names.find(n => !/^the\s/i.test(n)) ?? org.names[0] : COUNTRY_WORD[role.of] ?? '';
  const t = /^(former|leader|predecessor)/i.test(role.title) ? role.title : `${qual} ${role.title}`.trim();
  return past ? `then ${t}` : t;
}

function matchCase(title: string, written: string): string {
  if (/^[a-z]/.test(written)) return title.toLowerCase();
  if (capitalsLike(written, title) !== title) return title.toUpperCase();
  return title.replace(/(^|\s)([a-z])/g, (_, sp, c) => sp + c.toUpperCase()).replace(/\bOf\b/g, 'of');
}
