// Security properties, through the real language server and CLI:
// - hover markdown built from fact-pack text (statements, excerpts, outlet, headline) is escaped: no command
//   links, no raw HTML, no live markdown links;
// - untrusted workspaces (initializationOptions.trusted: false) load no workspace fact packs;
// - nothing touches the network (a --require preload makes net/http/https/tls/dns/fetch throw and records tries);
// - fact packs are data: YAML tags like !!js/function are not executed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { root } from './seedBase.mjs';
import { startServer, open } from '../protocol/lspClient.mjs';

const packs = join(root, 'test', 'fixtures', 'packs');
let ws;
const MARKER = '/tmp/summit-fact-check-pwned';

before(() => {
  ws = mkdtempSync(join(tmpdir(), 'sfc-sec-'));
  for (const f of ['good.facts.yaml', 'source.txt', 'code-tags.facts.yaml']) copyFileSync(join(packs, f), join(ws, f));
  // The preload: every way out to the network throws and leaves a line in a log.
  writeFileSync(join(ws, 'no-network.cjs'), `
const fs = require('fs');
const log = process.env.SFC_NET_LOG;
const deny = name => function () { fs.appendFileSync(log, name + '\\n'); throw new Error('network access denied in test: ' + name); };
const net = require('net'), http = require('http'), https = require('https'), tls = require('tls'), dns = require('dns'), dgram = require('dgram');
net.connect = net.createConnection = deny('net.connect');
http.request = http.get = deny('http.request');
https.request = https.get = deny('https.request');
tls.connect = deny('tls.connect');
dgram.createSocket = deny('dgram.createSocket');
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'lookupService']) dns[k] = deny('dns.' + k);
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns.promises[k] = deny('dns.promises.' + k);
globalThis.fetch = deny('fetch');
fs.appendFileSync(log + '.loaded', process.pid + ' ' + process.argv.slice(1).join(' ') + '\\n');
`);
  rmSync(MARKER, { force: true });
});
after(() => { if (ws) rmSync(ws, { recursive: true, force: true }); });

/** Starts the server on the temp workspace; the client answers workspace/configuration with `config`. */
async function serve({ trusted = true, config = { factPacks: ['good.facts.yaml'] } } = {}) {
  const c = await startServer({ rootPath: ws, initializationOptions: { trusted, settings: config } });
  // Registered before the server's configuration request can arrive (no I/O turn has passed since `initialized`).
  c.conn.onRequest('workspace/configuration', p => p.items.map(() => config));
  c.status = [];
  c.conn.onNotification('summitFactCheck/status', s => c.status.push(s));
  return c;
}

const ZORBLAX = 'The Biden–Putin summit is set for June 17 in Geneva.\n\nThe Zorblax treaty was ratified.\n';
const BAD = ['](command:', 'command:workbench', '<img', '<b>', '](https://evil', '[x](', '[click](', '[the notes](', '[docs](', '[a link]('];

function assertSafe(markdown) {
  for (const b of BAD) assert.ok(!markdown.includes(b), `hover contains ${JSON.stringify(b)}:\n${markdown}`);
  // Every link left is to a file: URI (the citation), never a command or web address.
  for (const m of markdown.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) assert.match(m[1], /^file:\/\//, `link target ${m[1]}`);
}

test('hover text from a fact pack is escaped: no command links, raw HTML or live links', async () => {
  const c = await serve();
  const uri = 'file:///tmp/sfc-sec-draft.md';
  try {
    const wait = c.waitFor(uri, p => p.diagnostics.some(d => d.code === 'contradicted-claim'));
    open(c, uri, ZORBLAX);
    const { diagnostics } = await wait;
    const d = diagnostics.find(x => x.code === 'contradicted-claim');
    assert.ok(d.relatedInformation.some(r => r.location.uri.endsWith('/source.txt')), 'the finding cites the workspace pack');
    const hover = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start });
    assert.ok(hover, 'a hover');
    const md = hover.contents.value;
    assert.match(md, /Zorblax/);
    assert.match(md, /img src=x onerror=alert\\\(1\\\)|&lt;img/, 'the text is shown, escaped');
    assertSafe(md);

    // A supported claim hovers with the same escaped statement.
    const v = c.waitFor(uri, p => p.version === 2);
    c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'The Zorblax treaty was not ratified.\n' }] });
    await v;
    const ok = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } });
    assert.ok(ok, 'a confirmation hover');
    assert.match(ok.contents.value, /Supported/);
    assertSafe(ok.contents.value);
  } finally {
    await c.stop();
  }
});

test('an untrusted workspace loads no workspace fact packs (seed facts still check)', async () => {
  const c = await serve({ trusted: false });
  const uri = 'file:///tmp/sfc-untrusted.md';
  try {
    const wait = c.waitFor(uri, p => p.diagnostics.some(d => d.code === 'wrong-date'));
    open(c, uri, ZORBLAX);
    const { diagnostics } = await wait;
    assert.deepEqual(diagnostics.filter(d => d.code === 'contradicted-claim').map(d => d.message), []);
    const sheet = await c.conn.sendRequest('summitFactCheck/factSheet');
    assert.ok(!JSON.stringify(sheet).includes('Zorblax'), 'the fact sheet has no workspace facts');
    assert.ok(c.status.length && c.status.every(s => s.trusted === false && s.packs.every(p => p === 'summit.facts.yaml')), JSON.stringify(c.status));
  } finally {
    await c.stop();
  }
});

test('the trusted control: the same workspace pack is loaded when trusted', async () => {
  const c = await serve({ trusted: true });
  try {
    const sheet = await c.conn.sendRequest('summitFactCheck/factSheet');
    assert.ok(JSON.stringify(sheet).includes('Zorblax'));
  } finally {
    await c.stop();
  }
});

test('no network access: the server and the CLI run with net/http/dns/fetch denied, and nothing tried', async () => {
  const log = join(ws, 'net.log');
  writeFileSync(log, '');
  const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, SFC_NET_LOG: process.env.SFC_NET_LOG };
  process.env.NODE_OPTIONS = `${saved.NODE_OPTIONS ?? ''} --require ${join(ws, 'no-network.cjs')}`.trim();
  process.env.SFC_NET_LOG = log;
  let c;
  try {
    c = await serve({ config: { factPacks: ['good.facts.yaml', 'code-tags.facts.yaml', 'http://example.com/x.facts.yaml'] } });
    const uri = 'file:///tmp/sfc-net.md';
    const wait = c.waitFor(uri, p => p.diagnostics.some(d => d.code === 'contradicted-claim'));
    open(c, uri, ZORBLAX + '\nSee [the source](https://example.com/a) and <https://example.org>.\n');
    const { diagnostics } = await wait;
    await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: diagnostics[0].range.start });
    await c.conn.sendRequest('textDocument/definition', { textDocument: { uri }, position: diagnostics[0].range.start });
    await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
    await c.conn.sendRequest('summitFactCheck/factSheet');
  } finally {
    if (c) await c.stop();
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  }
  writeFileSync(join(ws, 'draft.md'), ZORBLAX);
  const r = spawnSync(process.execPath, ['--require', join(ws, 'no-network.cjs'), join(root, 'dist', 'cli.js'), '--facts', join(ws, 'good.facts.yaml'), '--facts', 'https://example.com/p.facts.yaml', join(ws, 'draft.md')],
    { encoding: 'utf8', env: { ...process.env, SFC_NET_LOG: log }, timeout: 30000 });
  assert.match(r.stdout, /\[wrong-date\]/);
  assert.match(r.stdout, /\[contradicted-claim\]/);
  assert.match(r.stderr, /p\.facts\.yaml:1:1: error: cannot read fact pack/);
  const loaded = readFileSync(`${log}.loaded`, 'utf8');
  assert.match(loaded, /server\.js/, 'the preload ran in the server');
  assert.match(loaded, /cli\.js/, 'the preload ran in the CLI');
  assert.equal(readFileSync(log, 'utf8'), '', 'nothing tried to reach the network');
});

test('YAML tags like !!js/function in a workspace pack are not executed by the server', async () => {
  const c = await serve({ config: { factPacks: ['code-tags.facts.yaml'] } });
  try {
    const sheet = await c.conn.sendRequest('summitFactCheck/factSheet');
    assert.ok(Array.isArray(sheet.facts));
    assert.equal(existsSync(MARKER), false);
  } finally {
    await c.stop();
  }
});
