// `npm run bench`: the CLI against markdownlint-cli2 and cspell on generated corpora, and the
// language server's latency and memory. Prints a markdown report and writes docs/bench.md.
//   node bench/run.mjs [--quick]   (--quick: 10 KB, 100 KB, 1 MB and 50 drafts, one run each)
//   node bench/run.mjs --server-only   (the language server's figures only; printed, docs/bench.md untouched)
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir, cpus, totalmem, availableParallelism, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { ROOT, CORPUS, SINGLES, FOLDER, ensureCorpus, corpusBytes } from './corpus.mjs';
import { startServer, open } from '../test/protocol/lspClient.mjs';

const QUICK = process.argv.includes('--quick');
const SERVER_ONLY = process.argv.includes('--server-only');
const RUNS = QUICK ? 1 : 3;
const SLOW_MS = 30_000;
/** Drafts a server checks before its steady-state figures are taken (about an hour of a writer's saves). */
const WARM_DRAFTS = 100;
/** Edits made in the 100 KB draft before the timed ones (even: each pair inserts a letter and removes it). */
const WARM_EDITS = 400;
const TIMEOUT_MS = 600_000;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const tmp = mkdtempSync(join(tmpdir(), 'sfc-bench-'));
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const log = m => process.stderr.write(m + '\n');

const TOOLS = {
  'summit-fact-check': target => [join(ROOT, 'dist', 'cli.js'), '--no-progress', '--no-config', target.path],
  'markdownlint-cli2': target => [join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), target.glob ?? target.path],
  cspell: target => [join(ROOT, 'node_modules', 'cspell', 'bin.mjs'), '--no-progress', '--no-summary', '--no-must-find-files', target.glob ?? target.path],
};

/** One run: wall time from spawn to exit, peak RSS of the process (/usr/bin/time, else a --require hook). */
function once(args) {
  return new Promise((resolve, reject) => {
    const rss = join(tmp, `rss-${Math.random().toString(36).slice(2)}`);
    const cmd = TIME ?? process.execPath;
    const argv = TIME ? ['-f', '%M', '-o', rss, process.execPath, ...args] : ['--require', join(ROOT, 'bench', 'maxrss.cjs'), ...args];
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, SFC_MAXRSS_FILE: rss, NO_COLOR: '1' } });
    let err = '';
    child.stderr.on('data', d => { if (err.length < 4000) err += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const ms = performance.now() - t0;
      clearTimeout(timer);
      if (signal || code === null || code > 1) { reject(new Error(`${args[0]} exited ${code ?? signal}: ${err.split('\n').filter(l => !/^Command exited/.test(l)).slice(0, 3).join(' | ')}`)); return; }
      let kb = NaN;
      try { kb = Number(readFileSync(rss, 'utf8').trim().split('\n').pop()); } catch { /* no figure */ }
      resolve({ ms, kb });
    });
  });
}

async function measure(tool, target, big) {
  const times = [], mems = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await once(TOOLS[tool](target));
    times.push(r.ms); mems.push(r.kb);
    if (big && r.ms > SLOW_MS) break;
  }
  return { runs: times.length, ms: median(times), mb: Math.max(...mems) / 1024 };
}

// ---- CLI against peers --------------------------------------------------------------------
async function cliBench() {
  const targets = [
    ...SINGLES.filter(s => !QUICK || s.bytes <= 1048576).map(s => ({ name: s.name, path: join('bench', 'corpus', s.file), big: s.bytes >= 10 * 1048576 })),
    QUICK
      ? { name: '50 × 10 KB', path: `bench/corpus/${FOLDER.dir}/draft-0[0-4]*.md`, glob: `bench/corpus/${FOLDER.dir}/draft-0[0-4]*.md`, bytes: 50 * corpusBytes(join(CORPUS, FOLDER.dir, 'draft-000.md')), big: false }
      : { name: FOLDER.name, path: join('bench', 'corpus', FOLDER.dir), glob: `bench/corpus/${FOLDER.dir}/*.md`, big: false },
  ];
  const rows = [];
  for (const t of targets) {
    const bytes = t.bytes ?? corpusBytes(join(ROOT, t.path));
    const row = { name: t.name, bytes, tools: {} };
    for (const tool of Object.keys(TOOLS)) {
      log(`bench: ${tool} on ${t.name}…`);
      try { row.tools[tool] = await measure(tool, t, t.big); } catch (e) { row.tools[tool] = { error: e.message }; log(`  failed: ${e.message}`); }
    }
    rows.push(row);
  }
  return rows;
}

// ---- the language server -------------------------------------------------------------------
const service = createRequire(import.meta.url)(join(ROOT, 'dist', 'service.js'));

function inProcess(text, n) {
  const dir = join(ROOT, 'seeds');
  const { base } = service.parsePack(readFileSync(join(dir, 'summit.facts.yaml'), 'utf8'), f => ({ text: readFileSync(join(dir, f), 'utf8'), label: `seeds/${f}` }));
  // Warm, as in the server after a session: other drafts first, then the text itself a few times.
  for (const f of readdirSync(join(CORPUS, FOLDER.dir)).slice(0, WARM_DRAFTS)) service.checkDocument(readFileSync(join(CORPUS, FOLDER.dir, f), 'utf8'), base);
  for (let i = 0; i < 3; i++) service.checkDocument(text, base);
  const t = [];
  for (let i = 0; i < n; i++) { const t0 = performance.now(); service.checkDocument(text, base); t.push(performance.now() - t0); }
  return median(t);
}

async function withServer(fn) {
  const c = await startServer({ rootPath: tmp });
  try {
    // Debounce 0, so the time to publishDiagnostics is the check and the round trip.
    const settings = { debounce: 0 };
    let statusSeen;
    const status = new Promise(r => { statusSeen = r; });
    c.conn.onNotification('summitFactCheck/status', () => statusSeen());
    c.conn.onRequest('workspace/configuration', p => p.items.map(() => settings));
    c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { summitFactCheck: settings } });
    await Promise.race([status, new Promise(r => setTimeout(r, 3000))]);
    await new Promise(r => setTimeout(r, 300));
    return await fn(c);
  } finally { await c.stop(); }
}

async function timed(c, uri, version, send) {
  const wait = c.waitFor(uri, p => p.version === version, 120000);
  const t0 = performance.now();
  send();
  await wait;
  return performance.now() - t0;
}

/** CPU time (user and system, every thread) a process has used so far, in ms. */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
  } catch { return NaN; }
}
const CLOCK_TICKS = (() => { try { return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100; } catch { return 100; } })();

function rssKb(pid) {
  try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]); } catch { return NaN; }
}

async function serverBench() {
  const read = f => readFileSync(join(CORPUS, f), 'utf8');
  const out = {};
  // Spawn to first diagnostics (a small draft opened as soon as the server is initialized).
  const starts = [];
  for (let i = 0; i < RUNS; i++) {
    const uri = pathToFileURL(join(tmp, `start-${i}.md`)).toString();
    const t0 = performance.now();
    const c = await startServer({ rootPath: tmp });
    const wait = c.waitFor(uri);
    open(c, uri, '# Preview\n\nThe Biden–Putin summit is set for June 17 in Geneva.\n');
    await wait;
    starts.push(performance.now() - t0);
    await c.stop();
  }
  out.start = median(starts);
  await withServer(async c => {
    // Cold: the first 10 KB and 100 KB drafts a fresh server checks (its code not yet compiled by the JIT).
    for (const [key, file] of [['10k', 'doc-10k.md'], ['100k', 'doc-100k.md']]) {
      const uri = pathToFileURL(join(tmp, file)).toString();
      out[`open${key}`] = await timed(c, uri, 1, () => open(c, uri, read(file)));
    }
    // Then a writing session's worth of other drafts (opened, checked, closed), as an editor's server
    // has seen by the time a writer works on a draft: the steady state the targets speak of.
    const session = readdirSync(join(CORPUS, FOLDER.dir)).slice(0, WARM_DRAFTS);
    for (const [i, f] of session.entries()) {
      const uri = pathToFileURL(join(tmp, `session-${i}.md`)).toString();
      await timed(c, uri, 1, () => open(c, uri, readFileSync(join(CORPUS, FOLDER.dir, f), 'utf8')));
      c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    for (const [key, file] of [['10k', 'doc-10k.md'], ['100k', 'doc-100k.md']]) {
      const text = read(file);
      // A full check: the same text opened as a new document each time, so no piece of an earlier check can be reused.
      const t = [];
      for (let i = 0; i < (QUICK ? 3 : 9); i++) {
        const fresh = pathToFileURL(join(tmp, `full-${key}-${i}.md`)).toString();
        t.push(await timed(c, fresh, 1, () => open(c, fresh, text)));
        c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: fresh } });
      }
      out[`full${key}`] = median(t);
    }
    // A one-character edit in the 100 KB draft (incremental sync): insert a letter, then remove it.
    const uri = pathToFileURL(join(tmp, 'doc-100k.md')).toString();
    const line = Math.floor(read('doc-100k.md').split('\n').length / 2);
    // A writing session's worth of edits first, all through the draft (the edit path warmed as the check is by the
    // drafts above: the first edits of a session run while the JIT compiles it), then the timed edits in its middle.
    const lines = read('doc-100k.md').split('\n').length;
    const warm = QUICK ? 20 : WARM_EDITS;
    for (let v = 2; v < 2 + warm; v++) {
      const at = { line: Math.floor((lines * ((v >> 1) % 97)) / 97), character: 0 };
      const change = v % 2 ? { range: { start: at, end: { line: at.line, character: 1 } }, text: '' } : { range: { start: at, end: at }, text: 'x' };
      await timed(c, uri, v, () => c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] }));
    }
    const e = [];
    const edits = QUICK ? 10 : 40;
    const cpu0 = cpuMs(c.child.pid);
    for (let v = 2 + warm; v < 2 + warm + edits; v++) {
      const change = v % 2 ? { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' } : { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' };
      e.push(await timed(c, uri, v, () => c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] })));
    }
    out.edit100k = median(e);
    // The server's own work per edit: its CPU time (all its threads) over the edits, per edit.
    out.edit100kCpu = (cpuMs(c.child.pid) - cpu0) / edits;
    // Memory with a 1 MB draft open.
    const big = pathToFileURL(join(tmp, 'doc-1m.md')).toString();
    out.open1m = await timed(c, big, 1, () => open(c, big, read('doc-1m.md')));
    await new Promise(r => setTimeout(r, 200));
    out.rss1m = rssKb(c.child.pid) / 1024;
  });
  // Extension activation: the client bundle loaded and activate() called with a stand-in vscode API, in fresh processes.
  const act = [];
  for (let i = 0; i < Math.max(RUNS, 5); i++) {
    const r = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bench', 'activation.cjs')], { encoding: 'utf8' }));
    act.push(r.load + r.activate);
  }
  out.activation = median(act);
  out.inproc10k = inProcess(read('doc-10k.md'), QUICK ? 5 : 21);
  out.inproc100k = inProcess(read('doc-100k.md'), QUICK ? 3 : 9);
  return out;
}

// ---- report ------------------------------------------------------------------------------------
const f1 = x => (Number.isFinite(x) ? x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2) : '–');
const ratio = (a, b) => (a && b && !a.error && !b.error ? (a.ms / b.ms).toFixed(2) : '–');

function report(rows, srv, started) {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [];
  lines.push('# Benchmarks', '');
  lines.push(`Generated by \`npm run bench\` (bench/run.mjs) on ${new Date(started).toISOString().slice(0, 10)}.`, '');
  lines.push(`Machine: ${cpu}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, ${process.platform}/${process.arch}. Load average (1 min) ${loadBefore.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end: on a shared machine the figures move with it.`, '');
  lines.push(`Corpora: deterministic news-like drafts generated by bench/corpus.mjs (seeded PRNG, sentences and quotations from seeds/*.txt and templates stating facts rightly or wrongly; headings, lists, tables, block quotes, code fences) in bench/corpus/ (gitignored). Each figure is the median of ${RUNS} run${RUNS > 1 ? 's' : ''} of a fresh process (wall time from spawn to exit, so Node start-up is included for every tool); peak memory is the process's maximum resident set (${TIME ? '/usr/bin/time' : 'process.resourceUsage().maxRSS through a --require hook'}), worker threads included.${QUICK ? ' **Quick run (--quick): one run each, smaller corpora.**' : ''}`, '');
  lines.push('## Command line against markdownlint-cli2 and cspell', '');
  lines.push('| corpus | MB | tool | runs | median s | MB/s | peak MB | ours / peer (time) |', '|---|---:|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const mb = r.bytes / 1048576;
    for (const [tool, m] of Object.entries(r.tools)) {
      if (m.error) { lines.push(`| ${r.name} | ${mb.toFixed(2)} | ${tool} | – | failed: ${m.error.replace(/\|/g, '/')} | | | |`); continue; }
      const ours = r.tools['summit-fact-check'];
      lines.push(`| ${r.name} | ${mb.toFixed(2)} | ${tool} | ${m.runs}${m.runs < RUNS ? ' (over 30 s: one run)' : ''} | ${f1(m.ms / 1000)} | ${f1(mb / (m.ms / 1000))} | ${f1(m.mb)} | ${tool === 'summit-fact-check' ? '' : ratio(ours, m)} |`);
    }
  }
  lines.push('', '## Language server', '');
  lines.push('| measurement | value |', '|---|---:|');
  lines.push(`| spawn → first publishDiagnostics (small draft opened right after initialize) | ${f1(srv.start)} ms |`);
  lines.push(`| open 10 KB draft → diagnostics (first check in a fresh server, cold JIT) | ${f1(srv.open10k)} ms |`);
  lines.push(`| open 100 KB draft → diagnostics (second check in a fresh server) | ${f1(srv.open100k)} ms |`);
  lines.push(`| full check of a 10 KB draft after ${WARM_DRAFTS} other drafts (didOpen of a new document → publishDiagnostics, median) | ${f1(srv.full10k)} ms |`);
  lines.push(`| full check of a 100 KB draft (same) | ${f1(srv.full100k)} ms |`);
  lines.push(`| one-character edit in the 100 KB draft after ${WARM_EDITS} others through it (incremental didChange → publishDiagnostics received and parsed by the client, median) | ${f1(srv.edit100k)} ms |`);
  lines.push(`| the server's work for that edit (its CPU time over the edits, per edit) | ${f1(srv.edit100kCpu)} ms |`);
  lines.push(`| checkDocument in-process, 10 KB (after ${WARM_DRAFTS} other drafts, median) | ${f1(srv.inproc10k)} ms |`);
  lines.push(`| checkDocument in-process, 100 KB (same) | ${f1(srv.inproc100k)} ms |`);
  lines.push(`| open 1 MB draft → diagnostics | ${f1(srv.open1m)} ms |`);
  lines.push(`| server resident memory with the 1 MB draft open | ${f1(srv.rss1m)} MB |`);
  lines.push(`| extension activation: client bundle loaded and activate() run, stand-in vscode API (bench/activation.cjs; VS Code's own share is in the e2e log) | ${f1(srv.activation)} ms |`);
  const t = r => rows.find(x => x.name === r)?.tools ?? {};
  const ok = v => (v === undefined ? 'not measured' : v ? '**pass**' : '**FAIL**');
  const folder = t(FOLDER.name), ten = t('10 MB'), one = t('1 MB');
  const sfc = x => x['summit-fact-check'], good = x => x && !x.error;
  const targets = [
    ['500-file folder ≤ ½ markdownlint-cli2\'s time', good(sfc(folder)) && good(folder['markdownlint-cli2']) ? sfc(folder).ms <= folder['markdownlint-cli2'].ms / 2 : undefined, `${f1(sfc(folder)?.ms / 1000)} s vs ${f1(folder['markdownlint-cli2']?.ms / 1000)} s`],
    ['10 MB ≤ ½ cspell\'s time', good(sfc(ten)) && good(ten.cspell) ? sfc(ten).ms <= ten.cspell.ms / 2 : undefined, `${f1(sfc(ten)?.ms / 1000)} s vs ${f1(ten.cspell?.ms / 1000)} s`],
    ['10 MB within 12× of 1 MB', good(sfc(ten)) && good(sfc(one)) ? sfc(ten).ms <= 12 * sfc(one).ms : undefined, `${f1(sfc(ten)?.ms / sfc(one)?.ms)}×`],
    ['10 KB check ≤ 5 ms (server)', Number.isFinite(srv.full10k) ? srv.full10k <= 5 : undefined, `${f1(srv.full10k)} ms`],
    ['100 KB check ≤ 30 ms (server)', Number.isFinite(srv.full100k) ? srv.full100k <= 30 : undefined, `${f1(srv.full100k)} ms`],
    ['one-character edit in 100 KB ≤ 10 ms of server work', Number.isFinite(srv.edit100kCpu) ? srv.edit100kCpu <= 10 : undefined, `${f1(srv.edit100kCpu)} ms (${f1(srv.edit100k)} ms end to end)`],
    ['server start → first diagnostics ≤ 300 ms', Number.isFinite(srv.start) ? srv.start <= 300 : undefined, `${f1(srv.start)} ms`],
    ['server memory ≤ 80 MB with 1 MB open', Number.isFinite(srv.rss1m) ? srv.rss1m <= 80 : undefined, `${f1(srv.rss1m)} MB`],
    ['extension activation ≤ 50 ms', Number.isFinite(srv.activation) ? srv.activation <= 50 : undefined, `${f1(srv.activation)} ms`],
  ];
  lines.push('', '## Targets', '', '| target | measured | result |', '|---|---:|---|');
  for (const [name, pass, value] of targets) lines.push(`| ${name} | ${value} | ${ok(pass)} |`);
  lines.push('', `Profile the CLI with \`node bench/profile.mjs [FILE]\` (node --cpu-prof, self time per source function).`, '');
  return lines.join('\n');
}

const started = Date.now();
const loadBefore = loadavg()[0];
try {
  ensureCorpus();
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `node build.mjs`');
  log(`bench: corpus in ${CORPUS} (${readdirSync(join(CORPUS, FOLDER.dir)).length} drafts)`);
  const rows = SERVER_ONLY ? [] : await cliBench();
  log('bench: language server…');
  const srv = await serverBench();
  const md = report(rows, srv, started);
  process.stdout.write(md);
  if (!QUICK && !SERVER_ONLY) writeFileSync(join(ROOT, 'docs', 'bench.md'), md);
  log(`bench: done in ${((Date.now() - started) / 1000).toFixed(0)} s${QUICK || SERVER_ONLY ? '' : '; written to docs/bench.md'}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
