// The seed fact base: every quotation of the five articles with the speaker the article gives it,
// every dated or placed event, the roles, numbers and agenda items. A test fails if one is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, loadSeedPack, service, seedBase } from './seedBase.mjs';

// [source, line, speaker id or label, opening words] — read off the articles by hand.
const QUOTES = [
  ['000', 6, 'putin', 'major breakthroughs'],
  ['000', 6, 'putin', 'This is very important'],
  ['000', 8, 'putin', 'We need to find ways'],
  ['000', 8, 'putin', 'were not created by the Russian side'],
  ['000', 8, 'biden', 'murderer'],
  ['000', 13, 'putin', 'all countries, all military powers'],
  ['000', 13, 'putin', 'We are just one step ahead'],
  ['000', 15, 'biden', 'We will not stand by'],
  ['000', 15, 'white-house', 'restore predictability'],
  ['000', 15, 'biden', 'not seeking to initiate'],
  ['000', 21, 'putin', 'nonsense'],
  ['001', 9, 'white-house', 'The leaders will discuss'],
  ['001', 19, 'white-house', 'stable and predictable'],
  ['001', 29, 'biden', 'greatest threat'],
  ['001', 35, 'biden', 'I made it clear'],
  ['001', 37, 'biden', 'We will not hesitate'],
  ['001', 39, 'peskov', 'absolutely did not want'],
  ['001', 39, 'peskov', 'very bad'],
  ['002', 3, 'peskov', 'It’s obvious'],
  ['002', 3, 'peskov', 'So it’s hard to expect'],
  ['002', 4, 'peskov', 'I would caution'],
  ['002', 4, 'peskov', 'It would be wrong'],
  ['002', 7, 'state-department', 'a good start'],
  ['003', 5, 'psaki', 'The leaders will discuss'],
  ['003', 27, 'a banner or sign, not speech', 'Stop Ignoring Terrorism'],
  ['004', 14, 'putin', 'We will discuss matters'],
  ['004', 18, 'putin', 'The pandemic, the way'],
  // A headline in news style: "…, Lavrov Says".
  ['004', 24, 'lavrov', 'Russia Does Not Await Any Breakthroughs'],
  ['004', 27, "a reporter's question", 'killer'],
  ['004', 27, 'lavrov', 'outrageous, unprecedented rhetoric'],
];

const { base, problems } = loadSeedPack();
const speakerOf = q => q.speaker.id ?? q.speaker.label;

test('the seed pack loads without problems and every citation is verbatim on its line', () => {
  assert.deepEqual(problems, []);
  const all = [...base.events.flatMap(e => e.cite), ...base.people.flatMap(p => p.roles.flatMap(r => r.cite)), ...base.places.flatMap(p => p.cite),
    ...base.numbers.flatMap(n => n.cite), ...base.claims.flatMap(c => c.cite), ...base.agenda.flatMap(a => a.cite), ...base.quotes.map(q => q.cite)];
  assert.ok(all.length > 100);
  for (const c of all) {
    const line = readFileSync(join(root, c.source), 'utf8').split(/\r?\n/)[c.line - 1];
    assert.equal(line.slice(c.column, c.column + c.excerpt.length), c.excerpt, `${c.source}:${c.line}`);
  }
});

test('every quotation in the seeds is extracted, with the speaker the article gives it (no overrides)', () => {
  const found = base.quotes.filter(q => !q.overridden);
  let right = 0;
  const wrong = [];
  for (const [src, line, speaker, opening] of QUOTES) {
    const q = found.find(x => x.cite.source.includes(`/${src}_`) && x.cite.line === line && x.text.startsWith(opening));
    if (q && speakerOf(q) === speaker) right++;
    else wrong.push(`${src}:${line} "${opening}" → ${q ? speakerOf(q) : 'not extracted'} (want ${speaker})`);
  }
  console.log(`quotation extraction without overrides: ${right}/${QUOTES.length} right`);
  assert.deepEqual(wrong, []);
  assert.equal(base.quotes.length, QUOTES.length, 'no quotation invented');
});

test('every dated or placed event of the seeds is in the base', () => {
  const want = {
    'geneva-summit': ['2021-6-16', 'geneva', ['biden', 'putin']],
    'moscow-2011': ['2011-3-10', 'moscow', ['biden', 'putin']],
    'helsinki-2018': ['2018-7-', 'helsinki', ['putin', 'trump']],
    'reykjavik-2021': ['2021-5-19', 'harpa', ['blinken', 'lavrov']],
    'sullivan-patrushev': [undefined, undefined, ['sullivan', 'patrushev']],
    spief: [undefined, 'st-petersburg', ['putin']],
    'january-call': ['2021-1-26', undefined, ['biden', 'putin']],
    'april-call': ['2021-4-', undefined, ['biden', 'putin']],
    g7: [undefined, 'uk', ['biden']],
    'nato-summit': [undefined, 'brussels', ['biden']],
    'climate-summit': ['2021-4-22', undefined, ['putin']],
    'kiev-rally': ['2021-5-23', 'kiev', ['protasevich']],
    'new-start-extension': ['2021-2-', undefined, []],
    'new-start-expiry': ['2026-2-', undefined, []],
    'novichok-attack': ['2020-8-', undefined, ['navalny']],
  };
  for (const [id, [date, place, participants]] of Object.entries(want)) {
    const e = base.events.find(x => x.id === id);
    assert.ok(e, id);
    const d = e.date ? `${e.date.year}-${e.date.month ?? ''}-${e.date.day ?? ''}` : undefined;
    assert.equal(d, date, `${id} date`);
    assert.equal(e.place, place, `${id} place`);
    assert.deepEqual(e.participants, participants, `${id} participants`);
    assert.ok(e.cite.length >= 1, `${id} cited`);
  }
  assert.equal(base.events.find(e => e.id === 'spief').edition, 24);
});

test('people, spellings and roles, including the roles of 2011', () => {
  const roles = id => base.people.find(p => p.id === id).roles.map(r => `${r.title}${r.period ? `@${r.period}` : ''}`);
  assert.ok(roles('peskov').includes('spokesman'));
  assert.ok(roles('psaki').includes('press secretary'));
  assert.ok(roles('lavrov').includes('Foreign Minister'));
  assert.ok(roles('blinken').includes('Secretary of State'));
  assert.ok(roles('sullivan').includes('National Security Advisor'));
  assert.ok(roles('biden').includes('Vice President@2011'));
  assert.ok(roles('putin').includes('Prime Minister@2011'));
  const lavrov = base.people.find(p => p.id === 'lavrov');
  assert.ok(lavrov.aliases.includes('Sergei Lavrov') && lavrov.aliases.includes('Sergey Lavrov'));
});

test('numbers and agenda items', () => {
  const n = id => base.numbers.find(x => x.id === id)?.value;
  assert.equal(n('sputnik-countries'), 67);
  assert.equal(n('hacked-agencies'), 9);
  assert.equal(n('new-start-years'), 5);
  assert.equal(n('spief-edition'), 24);
  assert.equal(n('sanctions-round'), 2);
  assert.equal(n('first-months'), 3);
  for (const topic of ['bilateral relations', 'strategic nuclear stability', 'Ukraine', 'Belarus', 'the New START treaty', 'the situation in Iran', 'countering terrorism', 'arms control treaties'])
    assert.ok(base.agenda.some(a => a.topic === topic), topic);
  assert.ok(base.claims.some(c => c.id === 'ema-not-approved' && c.negated));
});

// The articles the facts come from, checked as drafts themselves, state nothing the facts contradict: any finding on
// them is a false alarm (a caption's "PHOTO/AP - Russian President Vladimir Putin" read as a 2011 photograph, the
// articles' own "…", Peskov suggested." read as a proposal).
test('the source articles, checked as drafts, raise no finding', () => {
  const base = seedBase();
  const dir = join(root, 'seeds');
  const found = [];
  for (const f of readdirSync(dir).filter(f => f.endsWith('.txt'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const x of service.checkDocument(text, base).findings) found.push(`${f}:${text.slice(0, x.span.start).split('\n').length} ${x.code}: ${x.message}`);
  }
  assert.deepEqual(found, []);
});
