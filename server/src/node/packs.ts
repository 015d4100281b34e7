/**
 * Loads fact packs from disk for the server and the CLI: the seed pack shipped beside the
 * bundles, then any extra packs. Source paths are shown relative to `root` (the project or
 * workspace folder) so citations read `seeds/001_….txt`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { createHash } from 'node:crypto';
import { parsePack, mergeFactBases, MAX_PACK_BYTES, type FactBase, type PackProblem, type PackResult, type SourceReader } from '../service';

/** Set by build.mjs, different for every build: a prepared pack is only used by the build that made it. */
declare const SFC_BUILD_ID: string | undefined;
const BUILD_ID = typeof SFC_BUILD_ID === 'string' ? SFC_BUILD_ID : 'unbuilt';

export const SEED_PACK = 'summit.facts.yaml';

export interface LoadedPacks {
  base: FactBase; problems: { file: string; problem: PackProblem }[]; packs: string[];
  /** Equal keys mean equal results: a reload that read the same texts changed nothing. */
  key: string;
}

/** The folder holding the shipped seeds: `../seeds` from the bundle in `dist/`. */
export function seedsDir(): string {
  const candidates = [path.join(__dirname, '..', 'seeds'), path.join(__dirname, '..', '..', 'seeds'), path.join(__dirname, '..', '..', '..', 'seeds')];
  return candidates.find(d => fs.existsSync(path.join(d, SEED_PACK))) ?? candidates[0];
}

export interface LoadedPack { base?: FactBase; problems: PackProblem[]; /** A digest of everything the result depends on. */ key: string }

export function loadPack(file: string, root: string, usePrepared = false): LoadedPack {
  const read = readPackText(file);
  if (typeof read !== 'string') return { problems: read, key: `unread\0${file}\0${read[0].message}` };
  const reader = sourceReader(file, root);
  // The seed pack was parsed at build time: when it and every source it read are byte for byte
  // what they were then, that result is this one (parsing, schema validation, citation checks and
  // quotation extraction are all functions of these texts), and start-up skips ~100 ms of work.
  const prepared = usePrepared ? preparedPack() : undefined;
  if (prepared && prepared.key === packKey(read, prepared.reads, reader)) {
    try { return { ...(v8.deserialize(prepared.result) as PackResult), key: prepared.key }; } catch { /* parse it instead */ }
  }
  const reads: string[] = [];
  const result = parsePack(read, rel => { reads.push(rel); return reader(rel); });
  return { base: result.base, problems: result.problems, key: packKey(read, reads, reader) };
}

function readPackText(file: string): string | PackProblem[] {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_PACK_BYTES) return [{ message: `fact pack is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_PACK_BYTES / 1048576} MB`, line: 1, column: 1, path: '' }];
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    return [{ message: `cannot read fact pack: ${(e as Error).message}`, line: 1, column: 1, path: '' }];
  }
}

/** Reads a pack's sources: only files inside the pack's folder (symbolic links resolved), labelled relative to `root`. */
function sourceReader(file: string, root: string): SourceReader {
  const dir = path.dirname(path.resolve(file));
  return rel => {
    const abs = path.resolve(dir, rel);
    if (path.relative(dir, abs).startsWith('..')) return undefined;
    try {
      const real = fs.realpathSync(abs);
      if (path.relative(fs.realpathSync(dir), real).startsWith('..')) return undefined;
      return { text: fs.readFileSync(real, 'utf8'), label: path.relative(root, abs).split(path.sep).join('/') };
    } catch { return undefined; }
  };
}

/** The seed pack parsed by the build, kept beside the bundles (dist/). */
export const PREPARED_FILE = 'seed-base.bin';
/** `result` is serialised apart, so it is only read (as a fresh copy the caller owns) when the key matches. */
interface Prepared { key: string; reads: string[]; result: Buffer }

function preparedPack(): Prepared | undefined {
  try {
    const p = v8.deserialize(fs.readFileSync(path.join(__dirname, PREPARED_FILE))) as Prepared;
    return typeof p?.key === 'string' && Array.isArray(p.reads) && p.result instanceof Uint8Array ? p : undefined;
  } catch { return undefined; }
}

/** What a pack's result depends on: this build, the pack's text and each source read (its name, label and text). */
function packKey(text: string, reads: string[], reader: SourceReader): string {
  const h = createHash('sha256').update(BUILD_ID).update('\0').update(text);
  for (const rel of reads) {
    const r = reader(rel);
    h.update(`\0${rel}\0`).update(r ? `${r.label}\0${r.text}` : '\u0001');
  }
  return h.digest('hex');
}

/** Parses a pack and serialises the result with its key, for `loadPack` to use later (the build does this for the seed pack). */
export function preparePack(file: string, root: string): Buffer {
  const text = readPackText(file);
  if (typeof text !== 'string') throw new Error(text[0].message);
  const reader = sourceReader(file, root);
  const reads: string[] = [];
  const result = parsePack(text, rel => { reads.push(rel); return reader(rel); });
  const prepared: Prepared = { key: packKey(text, reads, reader), reads, result: v8.serialize(result) };
  return v8.serialize(prepared);
}

/** Fact packs a workspace holds by convention: `*.facts.yaml`, `*.facts.yml` or `*.facts.json` in its root folder. */
export function workspacePacks(root: string): string[] {
  try {
    return fs.readdirSync(root).filter(f => /\.facts\.(?:ya?ml|json)$/.test(f)).sort().map(f => path.join(root, f));
  } catch { return []; }
}

/** The seed pack, then each extra pack; a broken pack reports its problems and the rest still loads. */
export function loadPacks(extra: string[], root: string, seedRoot = path.dirname(seedsDir())): LoadedPacks {
  const problems: LoadedPacks['problems'] = [];
  const bases: FactBase[] = [];
  const packs: string[] = [];
  const keys: string[] = [];
  const seed = path.join(seedsDir(), SEED_PACK);
  for (const [file, r] of [[seed, seedRoot] as const, ...extra.map(f => [path.resolve(root, f), root] as const)]) {
    const { base, problems: p, key } = loadPack(file, r, file === seed);
    for (const problem of p) problems.push({ file, problem });
    if (base && base.sources.length) { bases.push(base); packs.push(file); }
    keys.push(`${file}\0${key}`);
  }
  return { base: mergeFactBases(bases), problems, packs, key: keys.join('\0') };
}
