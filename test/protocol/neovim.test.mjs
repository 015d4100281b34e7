// Neovim as the editor: headless `nvim --clean` runs test/neovim/init.lua, which attaches
// `node dist/server.js --stdio` to a markdown buffer with a wrong date and writes the
// diagnostics Neovim received (vim.diagnostic) as JSON. Needs Neovim 0.7+ (Debian: apt-get install -y neovim).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './lspClient.mjs';

const INSTALL_HINT = 'Neovim (nvim) is not installed; install it with `apt-get install -y neovim` (Debian/Ubuntu)';
const LINE = 'The Biden–Putin summit is set for June 17 in Geneva.';
const DRAFT = `# Neovim draft\n\n${LINE}\n`;

function nvimVersion() {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (r.error?.code === 'ENOENT') return undefined;
  assert.equal(r.status, 0, `nvim --version failed: ${r.stderr || r.error}`);
  return r.stdout.split('\n')[0];
}

test('Neovim shows the wrong-date diagnostic from the language server', (t) => {
  const version = nvimVersion();
  assert.ok(version, INSTALL_HINT);
  const server = join(root, 'dist', 'server.js');
  assert.ok(existsSync(server), `${server} is missing: run \`npm run build\` first`);

  const dir = mkdtempSync(join(tmpdir(), 'sfc-nvim-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'draft.md');
  const out = join(dir, 'diagnostics.json');
  writeFileSync(file, DRAFT);
  const r = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(root, 'test', 'neovim', 'init.lua')}`], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SFC_NODE: process.execPath, SFC_SERVER: server, SFC_FILE: file, SFC_OUT: out, SFC_TIMEOUT_MS: '30000' },
  });
  const log = `${version}\nexit ${r.status}${r.signal ? ` (${r.signal})` : ''}${r.error ? ` (${r.error.message})` : ''}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
  assert.ok(existsSync(out), `nvim wrote no result file\n${log}`);
  const result = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(result.error, undefined, `the Lua script failed: ${result.error}\n${log}`);
  assert.equal(r.status, 0, log);
  assert.equal(result.timed_out, false, `no diagnostics within 30s\n${JSON.stringify(result)}`);
  // client.server_info exists on Neovim 0.8+ only.
  if (result.server) assert.equal(result.server.name, 'summit-fact-check-ls');

  const wrongDate = result.diagnostics.filter((d) => d.code === 'wrong-date');
  assert.equal(wrongDate.length, 1, `one wrong-date diagnostic expected: ${JSON.stringify(result.diagnostics)}`);
  const [d] = wrongDate;
  // vim.diagnostic columns are byte offsets: Neovim converted the server's UTF-16 columns
  // (the en dash before the date is 1 UTF-16 unit, 3 bytes).
  const start = Buffer.byteLength(LINE.slice(0, LINE.indexOf('June 17')));
  assert.deepEqual({ lnum: d.lnum, col: d.col, end_lnum: d.end_lnum, end_col: d.end_col },
    { lnum: 2, col: start, end_lnum: 2, end_col: start + Buffer.byteLength('June 17') }, JSON.stringify(d));
  assert.equal(d.severity, 1, 'error severity');
  assert.equal(d.source, 'summit-fact-check');
  assert.match(d.message, /"June 17".*16 June 2021/);
  t.diagnostic(`${version}, ${result.api}: ${JSON.stringify(d)}`);
});
