// Bundles the client, the server and the CLI with esbuild: one file each, with sourcemaps.
// `--watch` rebuilds on change; `--if-needed` skips the build when the bundles are newer than the sources.
// After bundling, dist/prepare.js parses the seed pack into dist/seed-base.bin, so the server and the
// CLI start without parsing it; the file is tied to this build by SFC_BUILD_ID (see server/src/node/packs.ts).
import * as esbuild from 'esbuild';
import { statSync, readdirSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

const entries = {
  client: 'client/src/extension.ts',
  // dist/server.js reads and runs dist/server-main.js (see server/src/node/start.ts for why).
  server: 'server/src/node/start.ts',
  'server-main': 'server/src/server.ts',
  // dist/cli.js reads and runs dist/cli-main.js (see server/src/node/cliStart.ts for why).
  cli: 'server/src/node/cliStart.ts',
  'cli-main': 'server/src/cli/main.ts',
  // The pure service as a library, for the in-process tests and the bench (not shipped in the .vsix).
  service: 'server/src/service/index.ts',
  // Writes dist/seed-base.bin at build time (not shipped).
  prepare: 'server/src/node/prepare.ts',
};
const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: true, minifyWhitespace: true, outdir: 'dist', logLevel: 'warning' };
const PREPARED = 'dist/seed-base.bin';
/** After each build: the seed pack parsed by this build's code. A failed build or preparation leaves no stale file. */
const prepareSeeds = {
  name: 'prepare-seeds',
  setup(build) {
    build.onStart(() => { rmSync(PREPARED, { force: true }); });
    build.onEnd(result => {
      if (result.errors.length) return;
      asciiOnly();
      try { execFileSync(process.execPath, ['dist/prepare.js'], { stdio: 'inherit' }); } catch (e) { console.error(`seed pack not prepared: ${e.message}`); }
    });
  },
};
/**
 * A script with one character beyond ASCII is held by V8 as two bytes per character: the server's
 * 1.3 MB bundle would take 2.6 MB. esbuild escapes such characters in strings but not in regular
 * expression literals, so the few left (quotation marks and dashes in patterns, all in literals,
 * template patterns given to new RegExp, and comments) become \u escapes, which mean the same there.
 */
function asciiOnly() {
  for (const f of readdirSync('dist').filter(f => f.endsWith('.js'))) {
    const text = readFileSync(join('dist', f), 'utf8');
    if (/[^\x00-\x7f]/.test(text)) writeFileSync(join('dist', f), text.replace(/[^\x00-\x7f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  }
}

const options = {
  ...common, entryPoints: entries, external: ['vscode'], plugins: [prepareSeeds],
  define: { SFC_BUILD_ID: JSON.stringify(randomUUID()) },
};

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function upToDate() {
  try {
    const built = Math.min(...Object.keys(entries).map(k => statSync(`dist/${k}.js`).mtimeMs), statSync(PREPARED).mtimeMs);
    return built > Math.max(newest('server/src'), newest('client/src'), newest('seeds'));
  } catch { return false; }
}

if (process.argv.includes('--watch')) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  console.log('watching…');
} else if (!(process.argv.includes('--if-needed') && upToDate())) {
  await esbuild.build(options);
}
