/**
 * Checks many files on worker threads. Each worker is this same bundle (dist/cli.js) started
 * with `workerData.summitFactCheckWorker`. The workers start while the main thread loads the
 * fact packs (once: the prepared seed pack, or any other pack parsed and verified); each worker then gets
 * its own copy of the parsed fact base (structured clone, well under a millisecond) and reads
 * and checks the files it is handed one at a time. Results are put back in argument order, so
 * the output is the same as a sequential run's.
 */
import * as fs from 'node:fs';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { checkDocument, checkChunk, type Chunk, type Finding } from '../service';
import type { FactBase } from '../service';

export interface WorkerInit { summitFactCheckWorker: true }

/**
 * A job: a file to read, or text already read (stdin), or one piece of a large file (`piece`):
 * the text from the piece's context start, its bounds in that text, and where that text starts in the file.
 */
export interface Job { index: number; abs: string; text?: string; piece?: { chunk: Chunk; offset: number; draftDate?: string } }

export type Outcome =
  | { index: number; ok: true; findings: Finding[]; text: string; offset?: number }
  | { index: number; ok: false; code: string };

type ToWorker = { type: 'base'; base: FactBase } | ({ type: 'job' } & Job);
type FromWorker = { type: 'done' } & Outcome;

/** Reads and checks one file; the text comes back only when there are findings to place. */
export function runJob(job: Job, base: FactBase): Outcome {
  let text: string;
  try { text = job.text ?? fs.readFileSync(job.abs, 'utf8'); } catch (e) {
    return { index: job.index, ok: false, code: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
  if (job.piece) {
    const { chunk, offset, draftDate } = job.piece;
    // Offsets come back in the piece's text; the main thread shifts them into the file's.
    return { index: job.index, ok: true, findings: checkChunk(text, base, chunk, draftDate), text: '', offset };
  }
  const findings = checkDocument(text, base).findings;
  return { index: job.index, ok: true, findings, text: findings.length ? text : '' };
}

export function isWorker(): boolean {
  return !!parentPort && !!(workerData as Partial<WorkerInit> | undefined)?.summitFactCheckWorker;
}

/** The worker's side: take the fact base, then answer jobs until the port closes. */
export function workerMain(): void {
  const port = parentPort!;
  let base: FactBase | undefined;
  port.on('message', (m: ToWorker) => {
    if (m.type === 'base') base = m.base;
    else port.postMessage({ type: 'done', ...runJob(m, base!) } satisfies FromWorker);
  });
}

/**
 * Runs `jobs` on up to `threads` workers. The workers are started first, then `loadBase` runs
 * on this thread while they boot; `onDone` gets each outcome as it arrives (any order). Two jobs
 * are kept in flight per worker so a worker never waits for the next file. Stops handing out
 * work after a read error.
 */
export function runPool(script: string, jobs: Job[], threads: number, loadBase: () => FactBase, onDone: (o: Outcome) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let finished = 0;
    let failed = false;
    let settled = false;
    const workers: Worker[] = [];
    const stopAll = () => { for (const w of workers) void w.terminate(); };
    const fail = (e: Error) => { if (!settled) { settled = true; stopAll(); reject(e); } };
    const feed = (w: Worker) => {
      if (!failed && next < jobs.length) w.postMessage({ type: 'job', ...jobs[next++] } satisfies ToWorker);
    };
    const count = Math.max(1, Math.min(threads, jobs.length));
    for (let i = 0; i < count; i++) {
      const w = new Worker(script, { workerData: { summitFactCheckWorker: true } satisfies WorkerInit });
      workers.push(w);
      w.on('message', (m: FromWorker) => {
        finished++;
        if (!m.ok) failed = true;
        onDone(m);
        if (finished === jobs.length || (failed && finished === next)) { if (!settled) { settled = true; stopAll(); resolve(); } return; }
        feed(w);
      });
      w.on('error', fail);
      w.on('exit', () => { if (!settled) fail(new Error('a worker stopped before finishing its files')); });
    }
    let base: FactBase;
    try { base = loadBase(); } catch (e) { fail(e as Error); return; }
    for (const w of workers) { w.postMessage({ type: 'base', base } satisfies ToWorker); feed(w); feed(w); }
  });
}
