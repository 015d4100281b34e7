/**
 * Checks many files on worker threads. Each worker is this same bundle (dist/cli.js) started
 * with `workerData.summitFactCheckWorker`; it loads the fact packs itself, then reads and checks
 * the files it is handed one at a time. Results are put back in argument order, so the output
 * is the same as a sequential run's.
 */
import * as fs from 'node:fs';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { checkDocument, type Finding } from '../service';
import { loadPacks, type LoadedPacks } from '../node/packs';

export interface WorkerInit { summitFactCheckWorker: true; packs: string[]; cwd: string }

/** A job: a file to read, or text already read (stdin). */
export interface Job { index: number; abs: string; text?: string }

export type Outcome =
  | { index: number; ok: true; findings: Finding[]; text: string }
  | { index: number; ok: false; code: string };

type FromWorker = { type: 'ready'; problems: LoadedPacks['problems'] } | ({ type: 'done' } & Outcome);

/** Reads and checks one file; the text comes back only when there are findings to place. */
export function runJob(job: Job, base: LoadedPacks['base']): Outcome {
  let text: string;
  try { text = job.text ?? fs.readFileSync(job.abs, 'utf8'); } catch (e) {
    return { index: job.index, ok: false, code: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
  const findings = checkDocument(text, base).findings;
  return { index: job.index, ok: true, findings, text: findings.length ? text : '' };
}

export function isWorker(): boolean {
  return !!parentPort && !!(workerData as Partial<WorkerInit> | undefined)?.summitFactCheckWorker;
}

/** The worker's side: load the packs, say ready, then answer jobs until the port closes. */
export function workerMain(): void {
  const init = workerData as WorkerInit;
  const loaded = loadPacks(init.packs, init.cwd);
  const port = parentPort!;
  port.on('message', (job: Job) => port.postMessage({ type: 'done', ...runJob(job, loaded.base) } satisfies FromWorker));
  port.postMessage({ type: 'ready', problems: loaded.problems } satisfies FromWorker);
}

/**
 * Runs `jobs` on `threads` workers; `onProblems` gets the first worker's pack problems, and
 * `onDone` each outcome as it arrives (any order). Stops handing out work after a read error.
 */
export function runPool(script: string, init: Omit<WorkerInit, 'summitFactCheckWorker'>, jobs: Job[], threads: number,
  onProblems: (p: LoadedPacks['problems']) => void, onDone: (o: Outcome) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let finished = 0;
    let failed = false;
    let problemsSeen = false;
    const workers: Worker[] = [];
    const stopAll = () => { for (const w of workers) void w.terminate(); };
    const feed = (w: Worker) => {
      if (!failed && next < jobs.length) w.postMessage(jobs[next++]);
      else w.unref();
    };
    const count = Math.max(1, Math.min(threads, jobs.length));
    let inFlight = 0;
    for (let i = 0; i < count; i++) {
      const w = new Worker(script, { workerData: { ...init, summitFactCheckWorker: true } satisfies WorkerInit });
      workers.push(w);
      inFlight++;
      w.on('message', (m: FromWorker) => {
        if (m.type === 'ready') {
          if (!problemsSeen) { problemsSeen = true; onProblems(m.problems); }
          feed(w);
          return;
        }
        finished++;
        if (!m.ok) failed = true;
        onDone(m);
        if (finished === jobs.length || (failed && finished === next)) { stopAll(); resolve(); return; }
        feed(w);
      });
      w.on('error', e => { stopAll(); reject(e); });
      w.on('exit', () => { inFlight--; if (inFlight === 0 && finished < next) reject(new Error('a worker stopped before finishing its file')); });
    }
  });
}
