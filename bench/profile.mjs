// Profiles the CLI on a corpus file with `node --cpu-prof` and prints the hottest functions by
// self time, mapped back to their TypeScript source through dist/cli-main.js.map (dist/cli.js runs that bundle).
//   node bench/profile.mjs [FILE|FOLDER] [--top N] [-j N]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT, CORPUS, ensureCorpus } from './corpus.mjs';

const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1]) || 25;
const jobs = args.includes('-j') ? args[args.indexOf('-j') + 1] : '1';
const target = args.find((a, i) => !a.startsWith('-') && !['--top', '-j'].includes(args[i - 1])) ?? join(CORPUS, 'doc-100k.md');
ensureCorpus();

const dir = mkdtempSync(join(tmpdir(), 'sfc-prof-'));
const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, join(ROOT, 'dist', 'cli.js'), '-j', jobs, '--no-progress', target], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SFC_CACHE_DIR: 'off' } }); // (a profiled run's flags fit no code cache)
if (r.status === 2) process.exit(2);
const map = new SourceMap(JSON.parse(readFileSync(join(ROOT, 'dist', 'cli-main.js.map'), 'utf8')));
const self = new Map();
let total = 0;
for (const f of readdirSync(dir)) {
  const prof = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const byId = new Map(prof.nodes.map(n => [n.id, n]));
  const dt = new Map();
  for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
  for (const [id, us] of dt) {
    const n = byId.get(id);
    const cf = n.callFrame;
    let where = cf.url ? relative(ROOT, cf.url.replace(/^file:\/\//, '')) : '(native)';
    if (cf.url.endsWith('dist/cli-main.js') && cf.lineNumber >= 0) {
      const e = map.findEntry(cf.lineNumber, cf.columnNumber);
      if (e?.originalSource) where = `${relative(ROOT, e.originalSource.replace(/^file:\/\//, '')).replace(/^(\.\.\/)+/, '')}:${e.originalLine + 1}`;
    }
    const key = `${where} ${cf.functionName || '(anonymous)'}`;
    self.set(key, (self.get(key) ?? 0) + us);
    total += us;
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(`self time by function, ${target} (${(total / 1000).toFixed(0)} ms sampled):`);
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
