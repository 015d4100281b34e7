// The CLI's JSON diagnostics equal the language server's publishDiagnostics for the same text:
// ranges, severities, codes, messages and citations, with default rules and with rule settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { startServer, open, root } from './lspClient.mjs';
import { draft } from '../../bench/corpus.mjs';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function corpus() {
  const docs = {};
  for (const sub of ['devset', 'forms']) {
    const dir = join(root, 'test', 'fixtures', sub);
    for (const f of readdirSync(dir).filter(f => f.endsWith('.md')).sort()) docs[`${sub}-${f}`] = readFileSync(join(dir, f), 'utf8');
  }
  docs['example-draft.md'] = readFileSync(join(root, 'examples', 'draft.md'), 'utf8');
  docs['generated.md'] = draft(12 * 1024, 42);
  return docs;
}

function cliDiagnostics(dir, names, config) {
  if (config) writeFileSync(join(dir, '.summit-fact-check.json'), JSON.stringify(config));
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--format', 'json', ...(config ? [] : ['--no-config']), ...names], { cwd: dir, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return new Map(JSON.parse(r.stdout).files.map(f => [f.path, f.diagnostics]));
}

const fromCli = d => ({ range: d.range, severity: d.severity, code: d.code, message: d.message, citations: d.citations.map(c => `${c.source}:${c.line}:${c.excerpt}`) });
const fromServer = d => ({
  range: d.range, severity: SEVERITY[d.severity], code: d.code, message: d.message,
  citations: d.relatedInformation.map(r => `${fileURLToPath(r.location.uri).slice(root.length + 1).split('\\').join('/')}:${r.location.range.start.line + 1}:${r.message.replace(/^[^:]*: /, '')}`),
});

async function serverDiagnostics(dir, names, settings) {
  const c = await startServer({ rootPath: dir });
  try {
    if (settings) {
      c.conn.onRequest('workspace/configuration', p => p.items.map(() => settings));
      c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { summitFactCheck: settings } });
    }
    const out = new Map();
    for (const name of names) {
      const uri = pathToFileURL(join(dir, name)).toString();
      const wait = c.waitFor(uri);
      open(c, uri, readFileSync(join(dir, name), 'utf8'));
      out.set(name, (await wait).diagnostics);
    }
    return out;
  } finally {
    await c.stop();
  }
}

async function compare(config) {
  const docs = corpus();
  const dir = mkdtempSync(join(tmpdir(), 'sfc-parity-'));
  try {
    for (const [name, text] of Object.entries(docs)) writeFileSync(join(dir, name), text);
    const names = Object.keys(docs);
    const cli = cliDiagnostics(dir, names, config);
    const server = await serverDiagnostics(dir, names, config && { rules: config.rules });
    let total = 0;
    for (const name of names) {
      assert.deepEqual(server.get(name).map(fromServer), cli.get(name).map(fromCli), name);
      total += cli.get(name).length;
    }
    return total;
  } finally { rmSync(dir, { recursive: true }); }
}

test('CLI JSON diagnostics equal the server\'s publishDiagnostics (default rules)', async () => {
  const total = await compare(undefined);
  assert.ok(total > 20, `compared ${total} diagnostics`);
});

test('CLI with .summit-fact-check.json rules equals the server with summitFactCheck.rules', async () => {
  const total = await compare({ rules: { 'wrong-date': 'warning', 'quote-not-found': 'off', 'wrong-role': 'hint' } });
  assert.ok(total > 10, `compared ${total} diagnostics`);
});
