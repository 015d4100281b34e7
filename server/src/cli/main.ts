/**
 * summit-fact-check: checks markdown drafts against the summit's fact packs.
 *   summit-fact-check [--format text|json|sarif|github] [--facts PACK]... FILE|FOLDER|GLOB|-...
 *   summit-fact-check facts [--format text|json] [--facts PACK]...
 * Exit status: 0 no error-severity finding, 1 at least one (or more warnings than
 * --max-warnings), 2 usage or I/O error (one line on stderr).
 */
import '../node/engineFlags';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareFindings, describeFacts, RULES, splitForParallel, frontMatterDate, shiftFindings, type Finding, type Severity } from '../service';
import { loadPacks, seedsDir, type LoadedPacks } from '../node/packs';
import { formatJson, formatText, formatSarif, formatGithub, citeLine, type FileResult } from './format';
import { parseArgs, UsageError, USAGE, type Options } from './args';
import { loadConfig, ConfigError, type Config } from './config';
import { expandTargets, FilesError, type Target } from './files';
import { isWorker, workerMain, runJob, runPool, type Job, type Outcome } from './pool';
import { Progress } from './progress';

const VERSION = '0.1.0';
/**
 * More files than this, of at least WORKER_MIN_BYTES together, are checked on worker threads
 * (when there is more than one core): a worker costs ~100 ms to start, which a few small
 * files do not pay back. `--jobs N` (N > 1) uses workers for any two files or more.
 */
export const WORKER_THRESHOLD = 8;
export const WORKER_MIN_BYTES = 256 * 1024;
/**
 * A file this large is split at block boundaries into pieces of about PIECE_BYTES, checked one
 * after another (or on the workers). Each piece's analysis is garbage as soon as it is checked:
 * measured on a 10 MB draft, garbage collection fell from ~900 to ~400 ms and the check from ~3.9
 * to ~3.2 s, with the same findings.
 */
export const SPLIT_MIN_BYTES = 256 * 1024;
export const PIECE_BYTES = 64 * 1024;

/**
 * Threads when `--jobs` is not given: one per core but one. Each worker is a V8 isolate that
 * compiles the checker again (~2 s of optimising-compiler work per isolate, seen with
 * --trace-opt), and that work runs on the other cores: with two cores a second thread took as
 * long as it saved (500 drafts: 2.2 s on one thread, 2.4 s on two; 10 MB: 4.1 s and 4.4 s).
 */
function defaultThreads(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, cores - 1);
}

class IoError extends Error {}

function reportPackProblems(problems: LoadedPacks['problems']): void {
  for (const { file, problem } of problems) process.stderr.write(`${file}:${problem.line}:${problem.column}: error: ${problem.message}\n`);
}

/** Applies the config's rules: a code set "off" is dropped, any other setting replaces the severity. */
function applyRules(findings: Finding[], rules: Config['rules'], quiet: boolean): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = rules[f.code];
    if (setting === 'off') continue;
    const severity = (setting ?? f.severity) as Severity;
    if (quiet && severity !== 'error') continue;
    out.push(severity === f.severity ? f : { ...f, severity });
  }
  return out;
}

function useColour(opts: Options): boolean {
  if (opts.color !== undefined) return opts.color;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return !!process.stdout.isTTY && !process.env.NO_COLOR;
}

async function checkTargets(targets: Target[], opts: Options, packs: string[]): Promise<(Outcome & { ok: true })[]> {
  const stdin = targets.some(t => t.abs === '-') ? readStdin() : undefined;
  const threads = opts.jobs ?? defaultThreads();
  const sizes = targets.map(t => { try { return t.abs === '-' ? 0 : fs.statSync(t.abs).size; } catch { return 0; } });
  const bytes = sizes.reduce((n, s) => n + s, 0);
  // Large files become pieces checked in parallel; the file's text is kept here to place the findings.
  const wholeTexts = new Map<number, string>();
  const jobs: Job[] = [];
  targets.forEach((t, index) => {
    if (t.abs !== '-' && sizes[index] >= SPLIT_MIN_BYTES) {
      let text: string;
      try { text = fs.readFileSync(t.abs, 'utf8'); } catch { jobs.push({ index, abs: t.abs }); return; }
      wholeTexts.set(index, text);
      const draftDate = frontMatterDate(text);
      for (const c of splitForParallel(text, Math.max(threads * 2, Math.ceil(text.length / PIECE_BYTES)))) {
        jobs.push({ index, abs: t.abs, text: text.slice(c.context, c.end), piece: { chunk: { start: c.start - c.context, end: c.end - c.context, context: 0 }, offset: c.context, draftDate } });
      }
      return;
    }
    jobs.push({ index, abs: t.abs, ...(t.abs === '-' ? { text: stdin } : {}) });
  });
  const parallel = threads > 1 && jobs.length > 1 && (opts.jobs !== undefined || wholeTexts.size > 0 || (jobs.length > WORKER_THRESHOLD && bytes >= WORKER_MIN_BYTES));
  const progress = new Progress(jobs.length, process.stderr, opts.progress ?? (!!process.stderr.isTTY && jobs.length > WORKER_THRESHOLD));
  const outcomes: Outcome[] = new Array(targets.length);
  const record = (o: Outcome) => {
    if (!o.ok || o.offset === undefined) { outcomes[o.index] = o; return; }
    // A piece of a large file: its findings shifted into the file; put in order once all pieces are in.
    const prev = outcomes[o.index];
    if (prev && prev.ok) prev.findings.push(...shiftFindings(o.findings, o.offset));
    else outcomes[o.index] = { index: o.index, ok: true, findings: shiftFindings(o.findings, o.offset), text: wholeTexts.get(o.index)! };
  };
  const started = performance.now();
  try {
    if (parallel) {
      // Workers start as the command does, from dist/cli.js beside this bundle (its code cache: node/cliStart.ts).
      await runPool(path.join(__dirname, 'cli.js'), jobs, threads, () => {
        const loaded = loadPacks(packs, process.cwd());
        reportPackProblems(loaded.problems);
        return loaded.base;
      }, o => { record(o); progress.tick(); });
    } else {
      const loaded = loadPacks(packs, process.cwd());
      reportPackProblems(loaded.problems);
      for (const job of jobs) {
        const o = runJob(job, loaded.base);
        record(o);
        progress.tick();
        if (!o.ok) break;
      }
    }
  } finally {
    progress.end();
  }
  for (const index of wholeTexts.keys()) { const o = outcomes[index]; if (o && o.ok) o.findings.sort(compareFindings); }
  if (opts.stats) process.stderr.write(`summit-fact-check: checked ${targets.length} file${targets.length === 1 ? "" : "s"} (${(bytes / 1048576).toFixed(2)} MB${jobs.length > targets.length ? `, ${jobs.length} pieces` : ""}) in ${Math.round(performance.now() - started)} ms on ${parallel ? `${Math.min(threads, jobs.length)} worker threads` : 'the main thread'}\n`);
  const failed = outcomes.find(o => o && !o.ok);
  if (failed && !failed.ok) throw new IoError(`cannot read ${targets[failed.index].display}: ${failed.code}`);
  return outcomes as (Outcome & { ok: true })[];
}

function readStdin(): string {
  try { return fs.readFileSync(0, 'utf8'); } catch (e) { throw new IoError(`cannot read <stdin>: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`); }
}

/** Where a citation's source label is relative to: the working folder for packs given there, else the installed seeds' folder. */
function sourceRoots(cwd: string): (source: string) => string {
  const seedRoot = path.dirname(seedsDir());
  const cwdUri = pathToFileURL(cwd + path.sep).toString();
  const seedUri = pathToFileURL(seedRoot + path.sep).toString();
  const cache = new Map<string, string>();
  return source => {
    if (!cache.has(source)) cache.set(source, fs.existsSync(path.join(cwd, source)) ? cwdUri : seedUri);
    return cache.get(source)!;
  };
}

async function main(): Promise<number> {
  let opts: Options;
  try { opts = parseArgs(process.argv.slice(2)); } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`summit-fact-check: ${e.message}\n${USAGE.split('\n')[0]}\n`); return 2; }
    throw e;
  }
  if (opts.help) { process.stdout.write(USAGE + '\n'); return 0; }
  const cwd = process.cwd();
  try {
    const config = loadConfig(cwd, opts.config);
    const packs = [...config.factPacks, ...opts.facts.map(f => path.resolve(cwd, f))];
    if (opts.command === 'facts') {
      const loaded = loadPacks(packs, cwd);
      reportPackProblems(loaded.problems);
      const entries = describeFacts(loaded.base);
      if (opts.format === 'json') process.stdout.write(JSON.stringify({ version: 1, facts: entries.map(e => ({ ...e, citations: e.citations.map(c => ({ source: c.source, line: c.line, excerpt: c.excerpt })) })) }) + '\n');
      else for (const e of entries) process.stdout.write(`[${e.kind}] ${e.statement}\n${e.citations.map(c => `    ${citeLine(c)}\n`).join('')}`);
      return loaded.problems.length ? 2 : 0;
    }
    const targets = expandTargets(opts.files, cwd, config);
    const outcomes = await checkTargets(targets, opts, packs);
    const all: FileResult[] = outcomes.map((o, i) => ({ path: targets[i].display, text: o.text, findings: applyRules(o.findings, config.rules, false) }));
    const warnings = all.reduce((n, r) => n + r.findings.filter(f => f.severity === 'warning').length, 0);
    const errors = all.some(r => r.findings.some(f => f.severity === 'error'));
    const shown = opts.quiet ? all.map(r => ({ ...r, findings: r.findings.filter(f => f.severity === 'error') })) : all;
    let out: string;
    switch (opts.format) {
      case 'json': out = formatJson(shown) + '\n'; break;
      case 'sarif': out = formatSarif(shown, {
        srcRoot: pathToFileURL(cwd + path.sep).toString(),
        docsRoot: pathToFileURL(path.dirname(seedsDir()) + path.sep).toString(),
        sourceRoot: sourceRoots(cwd), rules: RULES, version: VERSION,
      }) + '\n'; break;
      case 'github': out = formatGithub(shown); break;
      default: out = formatText(shown, useColour(opts));
    }
    process.stdout.write(out);
    const tooMany = opts.maxWarnings !== undefined && warnings > opts.maxWarnings;
    if (tooMany) process.stderr.write(`summit-fact-check: ${warnings} warning${warnings === 1 ? '' : 's'} found; --max-warnings is ${opts.maxWarnings}\n`);
    return errors || tooMany ? 1 : 0;
  } catch (e) {
    if (e instanceof ConfigError || e instanceof FilesError || e instanceof IoError) { process.stderr.write(`summit-fact-check: ${e.message}\n`); return 2; }
    throw e;
  }
}

/**
 * A reader that stops early (`summit-fact-check drafts | head`) closes the pipe: the rest of the
 * output has nowhere to go, which is not an error of the check. The exit status stays the one the
 * check decided.
 */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code !== 'EPIPE') throw e; });
}

if (isWorker()) workerMain();
else {
  quietOnClosedPipe();
  main().then(code => { process.exitCode = code; }, e => { process.stderr.write(`summit-fact-check: internal error: ${(e as Error).stack ?? e}\n`); process.exitCode = 2; });
}
