/**
 * Loads fact packs from disk for the server and the CLI: the seed pack shipped beside the
 * bundles, then any extra packs. Source paths are shown relative to `root` (the project or
 * workspace folder) so citations read `seeds/001_….txt`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePack, mergeFactBases, MAX_PACK_BYTES, type FactBase, type PackProblem } from '../service';

export const SEED_PACK = 'summit.facts.yaml';

export interface LoadedPacks { base: FactBase; problems: { file: string; problem: PackProblem }[]; packs: string[] }

/** The folder holding the shipped seeds: `../seeds` from the bundle in `dist/`. */
export function seedsDir(): string {
  const candidates = [path.join(__dirname, '..', 'seeds'), path.join(__dirname, '..', '..', 'seeds'), path.join(__dirname, '..', '..', '..', 'seeds')];
  return candidates.find(d => fs.existsSync(path.join(d, SEED_PACK))) ?? candidates[0];
}

export function loadPack(file: string, root: string): { base?: FactBase; problems: PackProblem[] } {
  let text: string;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_PACK_BYTES) return { problems: [{ message: `fact pack is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_PACK_BYTES / 1048576} MB`, line: 1, column: 1, path: '' }] };
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { problems: [{ message: `cannot read fact pack: ${(e as Error).message}`, line: 1, column: 1, path: '' }] };
  }
  const dir = path.dirname(path.resolve(file));
  const result = parsePack(text, rel => {
    const abs = path.resolve(dir, rel);
    if (path.relative(dir, abs).startsWith('..')) return undefined;
    try {
      const real = fs.realpathSync(abs);
      if (path.relative(fs.realpathSync(dir), real).startsWith('..')) return undefined;
      return { text: fs.readFileSync(real, 'utf8'), label: path.relative(root, abs).split(path.sep).join('/') };
    } catch { return undefined; }
  });
  return { base: result.base, problems: result.problems };
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
  const seed = path.join(seedsDir(), SEED_PACK);
  for (const [file, r] of [[seed, seedRoot] as const, ...extra.map(f => [path.resolve(root, f), root] as const)]) {
    const { base, problems: p } = loadPack(file, r);
    for (const problem of p) problems.push({ file, problem });
    if (base && base.sources.length) { bases.push(base); packs.push(file); }
  }
  return { base: mergeFactBases(bases), problems, packs };
}
