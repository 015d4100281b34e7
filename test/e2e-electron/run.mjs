#!/usr/bin/env node
// The same scenario as test/e2e-codeserver, in VS Code desktop through
// @vscode/test-electron (for machines that have VS Code or can download it).
//
//   npm run build && node test/e2e-electron/run.mjs
//
// Environment:
//   VSCODE_EXECUTABLE_PATH  use this VS Code instead of downloading one
//   VSCODE_VERSION          version to download (default: stable)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const main = path.join(REPO_ROOT, pkg.main || 'dist/client.js');
if (!existsSync(main)) {
  console.log(`FAIL extension not built: ${path.relative(REPO_ROOT, main)} is missing (run \`npm run build\`)`);
  process.exit(1);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sfc-electron-'));
const workspace = path.join(tmp, 'workspace');
const userDataDir = path.join(tmp, 'user-data');
mkdirSync(userDataDir, { recursive: true });
cpSync(path.join(HERE, '..', 'e2e-codeserver', 'workspace'), workspace, { recursive: true });

let code = 0;
try {
  await runTests({
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: path.join(HERE, 'suite', 'index.js'),
    ...(process.env.VSCODE_EXECUTABLE_PATH ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH } : {}),
    ...(process.env.VSCODE_VERSION ? { version: process.env.VSCODE_VERSION } : {}),
    launchArgs: [
      workspace,
      '--disable-extensions', // other installed extensions; the one under development stays on
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-telemetry',
      '--user-data-dir', userDataDir,
    ],
    extensionTestsEnv: { SFC_E2E_DRAFT: 'draft.md' },
  });
  console.log('e2e-electron: PASS');
} catch (e) {
  console.log(`FAIL e2e-electron: ${e?.message || e}`);
  code = 1;
} finally {
  if (code === 0) rmSync(tmp, { recursive: true, force: true });
  else console.log(`artifacts kept in ${tmp}`);
}
process.exit(code);
