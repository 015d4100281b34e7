/**
 * A V8 code cache for a bundle node/bundle.ts runs (dist/server-main.js, dist/cli-main.js): the
 * bytecode of every function that ran during a first check, written once, so a later start neither
 * parses the 1 MB bundle nor compiles the checker's functions again (~45 ms of the server's ~280 ms
 * start here).
 *
 * The cache is tied to this build and to the Node that runs it (its file name holds both); V8
 * checks the rest (its version, flags, the source) and rejects a cache that does not fit, and a
 * rejected, unreadable or corrupt file only means the bundle is compiled as without one. It lives
 * in a per-user folder under the system's temporary folder, as Node's own compile cache does;
 * `SFC_CACHE_DIR` names another folder, and `SFC_CACHE_DIR=off` turns the cache off.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** Set by build.mjs, different for every build. */
declare const SFC_BUILD_ID: string | undefined;
const BUILD_ID = typeof SFC_BUILD_ID === 'string' ? SFC_BUILD_ID : 'unbuilt';

export interface Compiled {
  /** The bundle's module function, as Node's CommonJS wrapper would make it. */
  run: (exports: unknown, require: NodeRequire, module: { exports: unknown }, filename: string, dirname: string) => void;
  /** Writes the cache if the start did not use one; call once the code has done its first piece of work. */
  save(): void;
}

const PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname'];

export function compileWithCache(file: string, source: string): Compiled {
  const cacheFile = cacheFileFor(file);
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const script = new vm.Script(`(function (${PARAMETERS.join(', ')}) {${source}\n})`, { filename: file, cachedData });
  const used = cachedData !== undefined && !script.cachedDataRejected;
  const run = script.runInThisContext() as Compiled['run'];
  let saved = used;
  return {
    run,
    save() {
      if (saved || !cacheFile) return;
      saved = true;
      try {
        fs.mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
        // Written aside and renamed: a process starting meanwhile reads the old file or the new one, never half of one.
        const partial = `${cacheFile}.${process.pid}.partial`;
        fs.writeFileSync(partial, script.createCachedData());
        fs.renameSync(partial, cacheFile);
        removeStale(cacheFile, path.basename(file, '.js'));
      } catch { /* a read-only or full disk: start without a cache next time */ }
    },
  };
}

/** The cache's file for this bundle, build and Node, or undefined when caching is off. */
function cacheFileFor(file: string): string | undefined {
  const dir = process.env.SFC_CACHE_DIR;
  if (dir === 'off' || dir === '0') return undefined;
  let user = 'user';
  try { const info = os.userInfo(); user = String(info.uid >= 0 ? info.uid : info.username); } catch { /* keep the default */ }
  const folder = dir || path.join(os.tmpdir(), `summit-fact-check-${user}`);
  const name = `${path.basename(file, '.js')}-${BUILD_ID}-${process.version}-${process.arch}.cache`;
  return path.join(folder, name.replace(/[^\w.-]/g, '_'));
}

/** Each build writes its own cache: those of this bundle that other builds (or Nodes) wrote more than a day ago go. */
function removeStale(cacheFile: string, bundle: string): void {
  const dir = path.dirname(cacheFile);
  const prefix = `${bundle}-`;
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const f of fs.readdirSync(dir)) {
    const other = path.join(dir, f);
    if (other === cacheFile || !f.startsWith(prefix) || !/\.(?:cache|partial)$/.test(f)) continue;
    try { if (fs.statSync(other).mtimeMs < dayAgo) fs.unlinkSync(other); } catch { /* gone already */ }
  }
}

/** A cache is about as large as its bundle: a file far larger is not one. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

function readCache(file: string): Buffer | undefined {
  try { return fs.statSync(file).size <= MAX_CACHE_BYTES ? fs.readFileSync(file) : undefined; } catch { return undefined; }
}
