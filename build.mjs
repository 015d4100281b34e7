// Bundles the client, the server and the CLI with esbuild: one file each, with sourcemaps.
// `--watch` rebuilds on change; `--if-needed` skips the build when the bundles are newer than the sources.
import * as esbuild from 'esbuild';
import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const entries = {
  client: 'client/src/extension.ts',
  server: 'server/src/server.ts',
  cli: 'server/src/cli/main.ts',
  // The pure service as a library, for the in-process tests and the bench (not shipped in the .vsix).
  service: 'server/src/service/index.ts',
};
const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: true, outdir: 'dist', logLevel: 'warning' };
const options = { ...common, entryPoints: entries, external: ['vscode'] };

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
    const built = Math.min(...Object.keys(entries).map(k => statSync(`dist/${k}.js`).mtimeMs));
    return built > Math.max(newest('server/src'), newest('client/src'), statSync('seeds/fact-pack.schema.json').mtimeMs);
  } catch { return false; }
}

if (process.argv.includes('--watch')) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  console.log('watching…');
} else if (!(process.argv.includes('--if-needed') && upToDate())) {
  await esbuild.build(options);
}
