#!/usr/bin/env node
/**
 * summit-fact-check-ls (dist/server.js): loads and runs the language server, dist/server-main.js
 * (bundled from server.ts), as Node's CommonJS loader would, but reads it in 64 KB pieces and
 * compiles it with a code cache (node/codeCache.ts).
 *
 * Node's loader reads a file into a buffer that doubles as it fills: 2 MB for the 1.3 MB bundle.
 * Freeing a block that large makes glibc raise its mmap and trim thresholds for the rest of the
 * process, and every thread's heap then keeps megabytes it has freed (some ten after a large
 * document was checked). Read in pieces, no block ever passes the initial 128 KB threshold.
 */
import './engineFlags';
import './serverFlags';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import { compileWithCache } from './codeCache';

const file = path.join(__dirname, 'server-main.js');
const fd = fs.openSync(file, 'r');
const piece = Buffer.allocUnsafe(64 * 1024);
const decoder = new StringDecoder('utf8');
const parts: string[] = [];
for (let n; (n = fs.readSync(fd, piece, 0, piece.length, null)) > 0;) parts.push(decoder.write(piece.subarray(0, n)));
parts.push(decoder.end());
fs.closeSync(fd);
const compiled = compileWithCache(file, parts.join(''));
const main: { exports: { whenWarm?: (listener: () => void) => void } } = { exports: {} };
compiled.run(main.exports, createRequire(file), main, file, __dirname);
// Once the first document has been checked, the functions that check it have been compiled: the cache
// written then holds them too. (A moment later, off the path of that first result, or as the server exits.)
main.exports.whenWarm?.(() => {
  setTimeout(() => compiled.save(), 200).unref();
  process.once('exit', () => compiled.save());
});
