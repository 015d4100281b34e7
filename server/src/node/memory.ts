/**
 * Gives memory back after a large document was checked. Checking a megabyte of markdown makes
 * some hundred megabytes of short-lived objects; many survive long enough to reach the old
 * generation, and V8 keeps those pages, half empty, long after. One full collection that also
 * compacts (moves the survivors together and releases the emptied pages) takes the server back
 * to about what it holds. Node gives a program no `gc()` unless started with --expose-gc, and
 * the server is started as `node server.js`, so the function is taken from a fresh context once.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

let gc: (() => void) | null | undefined;

export function reclaimMemory(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch { gc = null; } finally { v8.setFlagsFromString('--no-expose-gc'); }
  }
  if (!gc) return;
  v8.setFlagsFromString('--compact-on-every-full-gc');
  try { gc(); } finally { v8.setFlagsFromString('--no-compact-on-every-full-gc'); }
}
