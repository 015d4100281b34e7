/**
 * Turns the command line's FILE|FOLDER|GLOB|- arguments into the list of files to check, in a
 * stable order: arguments in the order given, a folder's files sorted by path, each file once.
 *   - a file is checked whatever its name, unless the config's `exclude` names it;
 *   - a folder is walked for the config's `include` globs (*.md, *.markdown), skipping `exclude`,
 *     what `.gitignore` files say (those in the folders walked and above, up to the repository
 *     root; only those inside it when the folder itself is ignored), and `.git` and
 *     `node_modules` folders;
 *   - a glob (an argument that is no path on disk and has * ? [ or {) is walked the same way
 *     from its folder part, keeping the files it matches that `include` also matches.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { minimatch } from 'minimatch';
import type { Config } from './config';

export interface Target { /** As shown in output. */ display: string; /** Absolute path; `-` for stdin. */ abs: string }

export class FilesError extends Error {}

const SKIP_DIRS = new Set(['.git', 'node_modules']);
const MAGIC = /[*?[\]{}]/;

interface Layer { dir: string; ig: Ignore }

const toPosix = (p: string) => p.split(path.sep).join('/');

class Matcher {
  constructor(private readonly config: Config) {}
  private rel(abs: string): string { return toPosix(path.relative(this.config.dir, abs)); }
  private test(globs: string[], abs: string): boolean {
    const rel = this.rel(abs);
    // A file outside the config's folder is matched by its path from the nearest common point:
    // only patterns that do not depend on the folder (`**/x`, `*.md`) can match it.
    const subject = rel.startsWith('../') ? toPosix(abs).replace(/^\/+/, '') : rel;
    return globs.some(g => minimatch(subject, g, { dot: true, matchBase: !g.includes('/') }));
  }
  included(abs: string): boolean { return this.test(this.config.include, abs); }
  excluded(abs: string): boolean { return this.test(this.config.exclude, abs); }
  excludedDir(abs: string): boolean { return this.config.exclude.length > 0 && this.test(this.config.exclude, path.join(abs, '\0probe')); }
}

function readIgnore(dir: string): Layer | undefined {
  let text: string;
  try { text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'); } catch { return undefined; }
  return { dir, ig: ignore().add(text) };
}

/**
 * `.gitignore` files above `dir` up to the repository root (the folder holding `.git`), outermost
 * first. A folder named on the command line is walked even when those files ignore it (as a file
 * named there is checked): then only the `.gitignore` files inside it apply.
 */
function ancestorLayers(dir: string): Layer[] {
  const layers: Layer[] = [];
  if (fs.existsSync(path.join(dir, '.git'))) return layers;
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    const l = readIgnore(d);
    if (l) layers.unshift(l);
    if (fs.existsSync(path.join(d, '.git')) || path.dirname(d) === d) break;
  }
  return gitIgnored(layers, dir, true) ? [] : layers;
}

/** The deepest `.gitignore` with a verdict on the path wins (so a nested file can re-include). */
function gitIgnored(layers: Layer[], abs: string, isDir: boolean): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const rel = toPosix(path.relative(layers[i].dir, abs));
    if (!rel || rel.startsWith('..')) continue;
    const r = layers[i].ig.test(isDir ? rel + '/' : rel);
    if (r.ignored) return true;
    if (r.unignored) return false;
  }
  return false;
}

function walk(root: string, layers: Layer[], m: Matcher, keep: (abs: string) => boolean, out: string[], descend: (abs: string) => boolean = () => true): void {
  const own = readIgnore(root);
  const here = own ? [...layers, own] : layers;
  let entries: fs.Dirent[];
  try { entries = fs.readdirSync(root, { withFileTypes: true }); } catch (e) {
    throw new FilesError(`cannot read ${root}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = path.join(root, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      // Follow links to files; never links to folders (no cycles, as git does).
      try { isFile = fs.statSync(abs).isFile(); } catch { isFile = false; }
      isDir = false;
    }
    if (isDir) {
      if (SKIP_DIRS.has(e.name) || !descend(abs) || gitIgnored(here, abs, true) || m.excludedDir(abs)) continue;
      walk(abs, here, m, keep, out, descend);
    } else if (isFile && !gitIgnored(here, abs, false) && m.included(abs) && !m.excluded(abs) && keep(abs)) {
      out.push(abs);
    }
  }
}

function display(arg: string, base: string, abs: string): string {
  const rel = path.relative(base, abs);
  return arg === '.' || arg === './' ? rel : path.join(arg, rel);
}

export function expandTargets(args: string[], cwd: string, config: Config): Target[] {
  const m = new Matcher(config);
  const out: Target[] = [];
  const seen = new Set<string>();
  const add = (t: Target) => { if (t.abs === '-' || !seen.has(t.abs)) { seen.add(t.abs); out.push(t); } };
  for (const arg of args) {
    if (arg === '-') { add({ display: '<stdin>', abs: '-' }); continue; }
    const abs = path.resolve(cwd, arg);
    let stat: fs.Stats | undefined;
    try { stat = fs.statSync(abs); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' || !MAGIC.test(arg)) throw new FilesError(`cannot read ${arg}: ${code ?? (e as Error).message}`);
    }
    if (stat?.isDirectory()) {
      const found: string[] = [];
      walk(abs, ancestorLayers(abs), m, () => true, found);
      for (const f of found) add({ display: display(arg, abs, f), abs: f });
    } else if (stat) {
      if (!m.excluded(abs)) add({ display: arg, abs });
    } else {
      // A glob: walk from its longest folder prefix without magic, keep what it matches.
      const parts = toPosix(arg).split('/');
      const first = parts.findIndex(p => MAGIC.test(p));
      const prefix = parts.slice(0, first).join('/');
      const baseAbs = path.resolve(cwd, prefix || '.');
      if (!fs.existsSync(baseAbs)) throw new FilesError(`no files match ${arg}`);
      const pattern = toPosix(path.resolve(cwd, arg));
      const found: string[] = [];
      walk(baseAbs, ancestorLayers(baseAbs), m, f => minimatch(toPosix(f), pattern, { dot: true }), found,
        d => minimatch(toPosix(d), pattern, { dot: true, partial: true }));
      if (!found.length) throw new FilesError(`no files match ${arg}`);
      for (const f of found) add({ display: prefix ? path.join(prefix, path.relative(baseAbs, f)) : path.relative(cwd, f), abs: f });
    }
  }
  return out;
}
