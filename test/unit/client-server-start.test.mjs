// The extension starts the language server as package.json says: node with serverNodeArgs, and with serverEnv added to
// the editor's environment (a fixed malloc threshold that returns a large check's buffers to the system).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(join(here, '..', '..', 'package.json'), 'utf8'));

test('the client starts the server with serverNodeArgs and serverEnv, keeping the editor\'s environment', () => {
  const out = execFileSync(process.execPath, [join(here, 'clientProbe.cjs')], { encoding: 'utf8', env: { ...process.env, PATH: process.env.PATH ?? '/usr/bin' } });
  const start = JSON.parse(out.trim().split('\n').pop());
  assert.match(start.module, /dist[\\/]server\.js$/);
  assert.deepEqual(start.execArgv, pkg.serverNodeArgs);
  assert.equal(start.env.MALLOC_MMAP_THRESHOLD_, pkg.serverEnv.MALLOC_MMAP_THRESHOLD_);
  assert.equal(start.env.PATH, process.env.PATH ?? '/usr/bin');
});
