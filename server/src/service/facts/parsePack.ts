/**
 * Reads a fact pack (YAML or JSON text), validates it against the schema, resolves every
 * citation against its source text and extracts the sources' quotations. Pure: the caller
 * supplies the source texts through `readSource`, so this runs in tests and in the CLI alike.
 * Every problem is reported with the pack's line and the field's path; what is valid still loads.
 */
import { parseDocument, isNode, LineCounter } from 'yaml';
import Ajv, { type ValidateFunction } from 'ajv';
import schema from '../../../../seeds/fact-pack.schema.json';
import type { Citation } from '../types';
import { type FactBase, type Person, type SourceInfo, type Speaker, parseDateValue, emptyFactBase } from './model';
import { extractSourceQuotes } from './sourceQuotes';

export interface PackProblem { message: string; line: number; column: number; path: string }

export interface PackResult { base: FactBase; problems: PackProblem[] }

/** Reads a source file named in the pack; undefined when it does not exist. `path` is relative to the pack's folder. */
export type SourceReader = (path: string) => { text: string; label: string } | undefined;

/** Compiled on first use (~35 ms): a server whose packs were prepared at build time never needs it. */
let validateSchema: ValidateFunction | undefined;
const validate = (data: unknown): boolean => (validateSchema ??= new Ajv({ allErrors: true, strict: false }).compile(schema))(data);

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const MAX_PACK_BYTES = 5 * 1024 * 1024;

export function parsePack(packText: string, readSource: SourceReader): PackResult {
  const problems: PackProblem[] = [];
  const base = emptyFactBase();
  if (packText.length > MAX_PACK_BYTES) {
    problems.push({ message: `fact pack is ${(packText.length / 1048576).toFixed(1)} MB; the limit is ${MAX_PACK_BYTES / 1048576} MB`, line: 1, column: 1, path: '' });
    return { base, problems };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(packText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = (path: (string | number)[]) => {
    let node: unknown = doc.getIn(path, true);
    for (let p = path.length; (!isNode(node) || !node.range) && p > 0; p--) node = doc.getIn(path.slice(0, p - 1), true);
    const offset = isNode(node) && node.range ? node.range[0] : 0;
    const lc = lineCounter.linePos(offset);
    return { line: lc.line, column: lc.col };
  };
  for (const e of doc.errors) {
    const lc = lineCounter.linePos(e.pos[0]);
    problems.push({ message: `syntax: ${e.message.split('\n')[0]}`, line: lc.line, column: lc.col, path: '' });
  }
  if (doc.errors.length) return { base, problems };
  let data: any;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // An alias bomb or another structure the YAML library refuses: a problem of the pack, not a crash.
    problems.push({ message: `syntax: ${(e as Error).message}`, line: 1, column: 1, path: '' });
    return { base, problems };
  }
  if (!validate(data)) {
    for (const err of validateSchema?.errors ?? []) {
      const path = err.instancePath.split('/').slice(1).map(s => (/^\d+$/.test(s) ? Number(s) : s));
      problems.push({ message: `schema: ${err.instancePath || '(top)'} ${err.message}`, ...where(path), path: err.instancePath });
    }
    return { base, problems };
  }

  base.name = data.name;
  if (data.referenceYear) base.referenceYear = data.referenceYear;
  const sources = new Map<string, SourceInfo>();
  data.sources.forEach((s: any, i: number) => {
    if (/(^|[\\/])\.\.([\\/]|$)/.test(s.file) || /^([\\/]|[A-Za-z]:)/.test(s.file)) {
      problems.push({ message: `source "${s.file}" leaves the pack's folder; sources must sit beside the pack`, ...where(['sources', i, 'file']), path: `/sources/${i}/file` });
      return;
    }
    const read = readSource(s.file);
    if (!read) {
      problems.push({ message: `source file "${s.file}" not found (or it leads outside the pack's folder)`, ...where(['sources', i, 'file']), path: `/sources/${i}/file` });
      return;
    }
    const info = { id: s.id, path: read.label, outlet: s.outlet, headline: s.headline, date: s.date, text: read.text, lines: read.text.split(/\r?\n/) };
    sources.set(s.id, info);
    base.sources.push(info);
  });

  const cite = (list: any[] | undefined, path: (string | number)[], owner: string): Citation[] => {
    const out: Citation[] = [];
    (list ?? []).forEach((c, i) => {
      const src = sources.get(c.src);
      const at = where([...path, i, 'text']);
      if (!src) { problems.push({ message: `${owner}: citation names unknown source "${c.src}"`, ...at, path: path.join('/') }); return; }
      const line = src.lines[c.line - 1];
      const column = line === undefined ? -1 : line.indexOf(c.text);
      if (column < 0) {
        problems.push({ message: `${owner}: excerpt "${c.text}" not found on line ${c.line} of ${src.path}`, ...at, path: path.join('/') });
        return;
      }
      out.push({ source: src.path, line: c.line, excerpt: c.text, column, outlet: src.outlet, headline: src.headline });
    });
    return out;
  };

  // Each kind of fact built with all its fields in one order, whichever the pack writes and omits: the checks read
  // these objects for every sentence, and objects of one kind in several shapes made that code compile again and again.
  // (The schema allows no other fields.)
  const or = <T>(v: T | undefined, d: T): T => (v === undefined ? d : v);
  (data.organizations ?? []).forEach((o: any, i: number) => base.organizations.push({ id: o.id, names: o.names, country: o.country, cite: cite(o.cite, ['organizations', i, 'cite'], `organization "${o.id}"`) }));
  (data.people ?? []).forEach((p: any, i: number) => {
    const roles = p.roles.map((r: any, k: number) => ({ title: r.title, of: r.of, period: r.period, cite: cite(r.cite, ['people', i, 'roles', k, 'cite'], `role of "${p.id}"`) }));
    const person: Person = { id: p.id, name: p.name, aliases: p.aliases, gender: p.gender, country: p.country, org: p.org, roles };
    base.people.push(person);
  });
  (data.places ?? []).forEach((p: any, i: number) => base.places.push({ id: p.id, name: p.name, kind: p.kind, in: p.in, aliases: or(p.aliases, []), cite: cite(p.cite, ['places', i, 'cite'], `place "${p.id}"`) }));
  (data.events ?? []).forEach((e: any, i: number) => base.events.push({
    id: e.id, name: e.name, kinds: e.kinds, names: or(e.names, []), participants: e.participants, date: parseDateValue(e.date), place: e.place, period: e.period,
    edition: e.edition, occasion: e.occasion, primary: e.primary, beside: e.beside, weekday: e.weekday ? WEEKDAY_NAMES.indexOf(e.weekday) : undefined, cite: cite(e.cite, ['events', i, 'cite'], `event "${e.id}"`),
  }));
  (data.numbers ?? []).forEach((n: any, i: number) => base.numbers.push({ id: n.id, value: n.value, unit: n.unit, about: n.about, statement: n.statement, cite: cite(n.cite, ['numbers', i, 'cite'], `number "${n.id}"`) }));
  (data.claims ?? []).forEach((c: any, i: number) => base.claims.push({
    id: c.id, statement: c.statement, subject: c.subject, about: c.about, predicate: c.predicate, negated: c.negated, opposite: c.opposite, value: c.value, members: c.members, by: c.by, act: c.act, cause: c.cause,
    cite: cite(c.cite, ['claims', i, 'cite'], `claim "${c.id}"`),
  }));
  (data.agenda ?? []).forEach((a: any, i: number) => base.agenda.push({ id: a.id, topic: a.topic, aliases: or(a.aliases, []), by: a.by, event: a.event, cite: cite(a.cite, ['agenda', i, 'cite'], `agenda item "${a.id}"`) }));
  (data.pictures ?? []).forEach((x: any, i: number) => base.pictures.push({ id: x.id, photographer: x.photographer, agency: x.agency, event: x.event, cite: cite(x.cite, ['pictures', i, 'cite'], `picture "${x.id}"`) }));
  checkReferences(base, data, problems, where);

  for (const s of base.sources) base.quotes.push(...extractSourceQuotes(s, base));
  applyOverrides(base, data.quotes?.overrides ?? [], problems, where, cite);
  return { base, problems };
}

function checkReferences(base: FactBase, data: any, problems: PackProblem[], where: (p: (string | number)[]) => { line: number; column: number }): void {
  const people = new Set(base.people.map(p => p.id));
  const orgs = new Set(base.organizations.map(o => o.id));
  const places = new Set(base.places.map(p => p.id));
  const events = new Set(base.events.map(e => e.id));
  data.events?.forEach((e: any, i: number) => {
    e.participants.forEach((p: string, k: number) => {
      if (!people.has(p)) problems.push({ message: `event "${e.id}": unknown participant "${p}"`, ...where(['events', i, 'participants', k]), path: `/events/${i}/participants/${k}` });
    });
    if (e.place && !places.has(e.place)) problems.push({ message: `event "${e.id}": unknown place "${e.place}"`, ...where(['events', i, 'place']), path: `/events/${i}/place` });
    if (e.occasion && !events.has(e.occasion)) problems.push({ message: `event "${e.id}": unknown occasion "${e.occasion}"`, ...where(['events', i, 'occasion']), path: `/events/${i}/occasion` });
    (e.beside ?? []).forEach((b: string, k: number) => {
      if (!events.has(b)) problems.push({ message: `event "${e.id}": unknown event "${b}" in beside`, ...where(['events', i, 'beside', k]), path: `/events/${i}/beside/${k}` });
    });
  });
  data.claims?.forEach((c: any, i: number) => {
    (c.by ?? []).forEach((p: string, k: number) => {
      if (!people.has(p) && !orgs.has(p)) problems.push({ message: `claim "${c.id}": unknown person or organisation "${p}" in by`, ...where(['claims', i, 'by', k]), path: `/claims/${i}/by/${k}` });
    });
  });
  data.places?.forEach((p: any, i: number) => {
    if (p.in && !places.has(p.in)) problems.push({ message: `place "${p.id}": unknown parent place "${p.in}"`, ...where(['places', i, 'in']), path: `/places/${i}/in` });
  });
  data.pictures?.forEach((x: any, i: number) => {
    if (x.event && !events.has(x.event)) problems.push({ message: `picture "${x.id}": unknown event "${x.event}"`, ...where(['pictures', i, 'event']), path: `/pictures/${i}/event` });
  });
}

function applyOverrides(base: FactBase, overrides: any[], problems: PackProblem[], where: (p: (string | number)[]) => { line: number; column: number }, cite: (l: any[], p: (string | number)[], o: string) => Citation[]): void {
  overrides.forEach((o, i) => {
    const q = base.quotes.find(v => v.cite.line === o.line && v.text.includes(o.quote) && base.sources.find(s => s.id === o.src)?.path === v.cite.source);
    if (!q) { problems.push({ message: `quote override: no quotation "${o.quote}" on line ${o.line} of source ${o.src}`, ...where(['quotes', 'overrides', i, 'quote']), path: `/quotes/overrides/${i}` }); return; }
    const person = base.people.find(p => p.id === o.speaker);
    const org = base.organizations.find(g => g.id === o.speaker);
    const speaker: Speaker = person ? { kind: 'person', id: person.id, label: person.name } : org ? { kind: 'org', id: org.id, label: org.names[0] } : { kind: 'other', id: undefined, label: o.speaker };
    // (An override that only names the occasion leaves the extracted attribution standing.)
    if (speaker.kind !== q.speaker.kind || speaker.id !== q.speaker.id || speaker.label !== q.speaker.label) { q.speaker = speaker; q.overridden = true; }
    // (The occasion too, when the source names one the quotation's own sentences do not: "… the Russian president declared
    // in a telematic interview with international agencies".)
    if (o.occasion !== undefined) {
      if (base.events.some(e => e.id === o.occasion)) q.occasion = o.occasion;
      else problems.push({ message: `quote override: unknown occasion "${o.occasion}"`, ...where(['quotes', 'overrides', i, 'occasion']), path: `/quotes/overrides/${i}/occasion` });
    }
    cite(o.cite, ['quotes', 'overrides', i, 'cite'], 'quote override');
  });
}
