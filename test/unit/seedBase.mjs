// Loads the shipped seed fact pack in-process through the service bundle (the same code the CLI runs).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
export const service = require(join(root, 'dist', 'service.js'));

export function loadSeedPack() {
  const dir = join(root, 'seeds');
  return service.parsePack(readFileSync(join(dir, 'summit.facts.yaml'), 'utf8'), f => {
    try { return { text: readFileSync(join(dir, f), 'utf8'), label: `seeds/${f}` }; } catch { return undefined; }
  });
}

let cached;
export function seedBase() {
  if (!cached) {
    const r = loadSeedPack();
    if (r.problems.length) throw new Error(`seed pack problems: ${JSON.stringify(r.problems)}`);
    cached = r.base;
  }
  return cached;
}
