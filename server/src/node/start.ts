#!/usr/bin/env node
/**
 * summit-fact-check-ls (dist/server.js): runs the language server, dist/server-main.js (bundled from
 * server.ts), through node/bundle.ts: read in pieces, compiled with a code cache.
 */
import './engineFlags';
import './serverFlags';
import * as path from 'node:path';
import { runBundle } from './bundle';

const server = runBundle<{ whenWarm?: (listener: () => void) => void }>(path.join(__dirname, 'server-main.js'));
// Once the first document has been checked, the functions that check it have been compiled: the cache
// written then holds them too. (A moment later, off the path of that first result, or as the server exits.)
server.exports.whenWarm?.(() => {
  setTimeout(() => server.saveCache(), 200).unref();
  process.once('exit', () => server.saveCache());
});
