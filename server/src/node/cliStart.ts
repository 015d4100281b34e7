#!/usr/bin/env node
/**
 * summit-fact-check (dist/cli.js): runs the command line, dist/cli-main.js (bundled from cli/main.ts),
 * through node/bundle.ts, so a run after the first starts from a code cache (~50 ms of a 10 KB
 * draft's ~350 ms run here). Worker threads start here too (cli/pool.ts) and use the same cache;
 * the main thread writes it as it exits, with the functions the run compiled.
 */
import './engineFlags';
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { runBundle } from './bundle';

const cli = runBundle(path.join(__dirname, 'cli-main.js'));
if (isMainThread) process.once('exit', () => cli.saveCache());
