// Deterministic news-like markdown corpora for the bench, built from the seed articles.
// A seeded PRNG picks sentences from seeds/*.txt (true claims, real quotations) and templates
// that state facts rightly or wrongly (dates, weekdays, places, roles, numbers, speakers),
// arranged as drafts with front matter, headings, lists, tables, block quotes and code fences.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync, statSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = join(ROOT, 'bench', 'corpus');
const VERSION = 'corpus-v1';

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedMaterial() {
  const dir = join(ROOT, 'seeds');
  const sentences = [];
  const quotes = [];
  for (const f of readdirSync(dir).filter(f => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const line of text.split('\n')) {
      for (const s of line.split(/(?<=[.!?])\s+(?=[A-Z“"])/)) {
        const t = s.trim();
        if (t.length >= 40 && t.length <= 320 && /[.!?”"]$/.test(t) && !/PHOTO|©|Subscribe/.test(t)) sentences.push(t);
      }
      for (const m of line.matchAll(/[“"]([^“”"]{12,200})[”"]/g)) quotes.push(m[1].replace(/[,.]$/, ''));
    }
  }
  return { sentences, quotes };
}

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

const SPEAKERS = ['Vladimir Putin', 'Putin', 'Joe Biden', 'Biden', 'Dmitry Peskov', 'Sergei Lavrov', 'Jen Psaki', 'Antony Blinken'];
const DATES_OK = ['June 16', '16 June', 'June 16, 2021', 'Wednesday, June 16'];
const DATES_BAD = ['June 17', '15 June', 'June 16, 2020', 'Tuesday, June 16', 'July 16'];
const PLACES_OK = ['Geneva', 'Geneva, Switzerland'];
const PLACES_BAD = ['Vienna', 'Helsinki', 'Reykjavik', 'Geneva, Austria'];

const TEMPLATES = [
  r => `${pick(r, ['Joe Biden and Vladimir Putin', 'Putin and Biden', 'The two presidents'])} will meet in ${pick(r, r() < 0.5 ? PLACES_OK : PLACES_BAD)} on ${pick(r, r() < 0.5 ? DATES_OK : DATES_BAD)}.`,
  r => `The summit in ${pick(r, PLACES_OK)} is set for ${pick(r, r() < 0.6 ? DATES_OK : DATES_BAD)}, ${pick(r, ['officials said', 'the Kremlin said', 'the White House confirmed'])}.`,
  r => `${pick(r, ['Kremlin spokesman Dmitry Peskov', 'White House press secretary Dmitry Peskov', 'White House press secretary Jen Psaki', 'Kremlin spokesman Jen Psaki'])} said the talks would be ${pick(r, ['difficult', 'businesslike', 'long'])}.`,
  r => `Russia's Sputnik V vaccine is already being supplied to ${pick(r, ['67', '67', '76', '41'])} countries.`,
  r => `Putin last met a US president in ${pick(r, ['July 2018', 'June 2018', 'July 2019'])}, when he met Donald Trump in ${pick(r, ['Helsinki', 'Helsinki', 'Geneva'])}.`,
  r => `Foreign ministers ${pick(r, ['Antony Blinken and Sergei Lavrov', 'Sergei Lavrov and Antony Blinken'])} met in ${pick(r, ['Reykjavik', 'Reykjavik', 'Oslo'])} in May.`,
  r => `Biden travels to Geneva after the ${pick(r, ['G7', 'G7', 'G20'])} summit in Cornwall and a NATO summit in Brussels.`,
  r => `The meeting will take place on ${pick(r, ['Wednesday', 'Wednesday', 'Thursday'])}, ${pick(r, ['16 June', 'June 16'])}.`,
];

function quoteSentence(r, quotes) {
  let q = pick(r, quotes);
  if (r() < 0.25) { const w = q.split(' '); w[Math.floor(r() * w.length)] = pick(r, ['very', 'never', 'truly', 'not']); q = w.join(' '); }
  return r() < 0.5 ? `“${q},” ${pick(r, SPEAKERS)} said.` : `${pick(r, SPEAKERS)} said: "${q}."`;
}

function paragraph(r, m) {
  const n = 2 + Math.floor(r() * 4);
  const out = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    out.push(x < 0.45 ? pick(r, m.sentences) : x < 0.75 ? pick(r, TEMPLATES)(r) : quoteSentence(r, m.quotes));
  }
  return out.join(' ');
}

function block(r, m) {
  const x = r();
  if (x < 0.62) return paragraph(r, m);
  if (x < 0.72) return `${pick(r, ['##', '###'])} ${pick(r, ['What to expect', 'The agenda', 'Background', 'Reactions', 'The road to Geneva', 'Analysis'])}`;
  if (x < 0.82) return Array.from({ length: 2 + Math.floor(r() * 3) }, () => `- ${pick(r, TEMPLATES)(r)}`).join('\n');
  if (x < 0.88) return `| Date | Place | Event |\n|---|---|---|\n| ${pick(r, [...DATES_OK, ...DATES_BAD])} | ${pick(r, [...PLACES_OK, ...PLACES_BAD])} | Biden–Putin summit |\n| 19 May 2021 | Reykjavik | Arctic Council |`;
  if (x < 0.93) return `> ${quoteSentence(r, m.quotes)}`;
  return '```text\nnotes: summit June 17 in Vienna (unchecked, inside a code fence)\n```';
}

/** A draft of about `bytes` bytes (UTF-8), the same for the same seed. */
export function draft(bytes, seed, m = seedMaterial()) {
  const r = prng(seed);
  const parts = [`---\ntitle: "Draft ${seed}"\ndate: 2021-06-${10 + Math.floor(r() * 5)}\n---\n`, `# ${pick(r, ['Biden and Putin head for Geneva', 'Summit preview', 'What the Geneva summit means'])}\n`];
  let size = Buffer.byteLength(parts.join('\n'));
  while (size < bytes) {
    const b = block(r, m) + '\n';
    parts.push(b);
    size += Buffer.byteLength(b) + 1;
  }
  return parts.join('\n');
}

export const SINGLES = [
  { name: '10 KB', file: 'doc-10k.md', bytes: 10 * 1024 },
  { name: '100 KB', file: 'doc-100k.md', bytes: 100 * 1024 },
  { name: '1 MB', file: 'doc-1m.md', bytes: 1024 * 1024 },
  { name: '10 MB', file: 'doc-10m.md', bytes: 10 * 1024 * 1024 },
];
export const FOLDER = { name: '500 × 10 KB', dir: 'drafts', count: 500, bytes: 10 * 1024 };

/** Writes the corpora into bench/corpus/ unless the same version is already there. */
export function ensureCorpus() {
  const stamp = join(CORPUS, '.version');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === VERSION) return;
  rmSync(CORPUS, { recursive: true, force: true });
  mkdirSync(join(CORPUS, FOLDER.dir), { recursive: true });
  const m = seedMaterial();
  for (const [i, s] of SINGLES.entries()) writeFileSync(join(CORPUS, s.file), draft(s.bytes, 1000 + i, m));
  for (let i = 0; i < FOLDER.count; i++) writeFileSync(join(CORPUS, FOLDER.dir, `draft-${String(i).padStart(3, '0')}.md`), draft(FOLDER.bytes, 1 + i, m));
  writeFileSync(stamp, VERSION);
}

export function corpusBytes(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, f) => n + statSync(join(path, f)).size, 0);
}
