/** The fact base as a list a person can audit: every fact and quotation with its citations. */
import type { FactBase } from './facts/model';
import type { Citation } from './types';
import { describeDate } from './text/dates';

export interface FactEntry { kind: 'event' | 'person' | 'role' | 'place' | 'number' | 'claim' | 'agenda' | 'picture' | 'quote' | 'organization'; id: string; statement: string; citations: Citation[] }

export function describeFacts(base: FactBase): FactEntry[] {
  const out: FactEntry[] = [];
  const place = (id?: string) => base.places.find(p => p.id === id)?.name;
  const person = (id: string) => base.people.find(p => p.id === id)?.name ?? id;
  for (const e of base.events) {
    const parts = [e.participants.length ? e.participants.map(person).join(' and ') : undefined, e.date ? describeDate(e.date) : undefined, place(e.place), e.edition ? `edition ${e.edition}` : undefined].filter(Boolean);
    out.push({ kind: 'event', id: e.id, statement: `${e.name}${parts.length ? ` — ${parts.join('; ')}` : ''}`, citations: e.cite });
  }
  for (const p of base.people) for (const r of p.roles) out.push({ kind: 'role', id: p.id, statement: `${p.name}: ${r.title} (${r.of})${r.period ? ` in ${r.period}` : ''}`, citations: r.cite });
  for (const o of base.organizations) out.push({ kind: 'organization', id: o.id, statement: o.names.join(', '), citations: o.cite });
  for (const p of base.places) out.push({ kind: 'place', id: p.id, statement: `${p.name} (${p.kind}${p.in ? ` in ${place(p.in)}` : ''})`, citations: p.cite });
  for (const n of base.numbers) out.push({ kind: 'number', id: n.id, statement: n.statement, citations: n.cite });
  for (const c of base.claims) out.push({ kind: 'claim', id: c.id, statement: c.statement, citations: c.cite });
  for (const a of base.agenda) out.push({ kind: 'agenda', id: a.id, statement: `${a.topic} (on the agenda according to ${a.by})`, citations: a.cite });
  for (const x of base.pictures) out.push({ kind: 'picture', id: x.id, statement: `${x.event ? `${base.events.find(e => e.id === x.event)?.name ?? x.event}: ` : ''}photograph by ${x.photographer} / ${x.agency}`, citations: x.cite });
  base.quotes.forEach((q, i) => out.push({ kind: 'quote', id: `quote-${i + 1}`, statement: `${q.speaker.label}${q.overridden ? ' (curated)' : ''}: “${q.text}”`, citations: [q.cite] }));
  return out;
}
