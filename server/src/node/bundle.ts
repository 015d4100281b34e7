/**
 * Runs a bundle of dist/ as Node's CommonJS loader would, with two differences: the file is read in
 * 64 KB pieces, and it is compiled with a code cache (node/codeCache.ts). dist/server.js runs the
 * language server this way, dist/cli.js the command line.
 *
 * Node's loader reads a file into a buffer that doubles as it fills: 2 MB for the 1.3 MB bundle.
 * Freeing a block that large makes glibc raise its mmap and trim thresholds for the rest of the
 * process, and every thread's heap then keeps megabytes it has freed (some ten after a large
 * document was checked). Read in pieces, no block ever passes the initial 128 KB threshold.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import { compileWithCache } from './codeCache';

export interface RunBundle<E> {
  /** The bundle's `module.exports`. */
  exports: E;
  /** Writes the code cache if this start did not use one (see codeCache.ts). */
  saveCache(): void;
}

export function runBundle<E>(file: string): RunBundle<E> {
  // (A bundle's "#!" line, allowed only at a script's very start, is a comment inside the wrapper.)
  const compiled = compileWithCache(file, readInPieces(file).replace(/^#!/, '//'));
  const module = { exports: {} as E };
  compiled.run(module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, saveCache: compiled.save };
}

function readInPieces(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const piece = Buffer.allocUnsafe(64 * 1024);
    const decoder = new StringDecoder('utf8');
    const parts: string[] = [];
    for (let n; (n = fs.readSync(fd, piece, 0, piece.length, null)) > 0;) parts.push(decoder.write(piece.subarray(0, n)));
    parts.push(decoder.end());
    return parts.join('');
  } finally {
    fs.closeSync(fd);
  }
}
