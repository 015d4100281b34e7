// The server over JSON-RPC under attack: malformed bytes on stdin, unknown methods, documents never opened or
// already closed, edits faster than checks, cancelled requests, and a client that vanishes. After each attack
// the server still answers a diagnostics + hover round trip (or, for a vanished client, exits cleanly).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startServer, open } from './lspClient.mjs';

const DRAFT = '# Preview\n\nThe Biden–Putin summit is set for June 17 in Geneva.\n';
let n = 0;

/** Opens a fresh document, waits for its wrong-date diagnostic and hovers it. */
async function roundTrip(c) {
  const uri = `file:///tmp/robust-${process.pid}-${++n}.md`;
  const wait = c.waitFor(uri, p => p.diagnostics.some(d => d.code === 'wrong-date'));
  open(c, uri, DRAFT);
  const { diagnostics } = await wait;
  const d = diagnostics.find(x => x.code === 'wrong-date');
  const hover = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start });
  assert.match(hover.contents.value, /Contradicted/);
  assert.equal(c.child.exitCode, null, 'server still running');
}

/** When startServer itself fails its child is out of reach: end the server processes this test process started, by pid. */
function killOurServers() {
  for (const pid of readdirSync('/proc').filter(d => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('dist/server.js')) process.kill(Number(pid), 'SIGKILL');
    } catch { /* gone */ }
  }
}

const frame = body => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** Writes raw bytes to the server's stdin between two well-formed messages. */
function raw(c, bytes) {
  return new Promise(resolve => c.child.stdin.write(bytes, resolve));
}

async function withServer(fn, opts) {
  const c = await startServer(opts);
  try { await fn(c); } finally { await stopSafely(c); }
}

const MALFORMED = {
  'invalid JSON in a well-framed message': frame('{"jsonrpc":"2.0","id":'),
  'valid JSON that is not JSON-RPC': frame('[1,2,3]') + frame('"hello"') + frame('null') + frame('{"jsonrpc":"2.0"}'),
  'a request with the wrong params shape': frame(JSON.stringify({ jsonrpc: '2.0', id: 9001, method: 'textDocument/hover', params: 'nope' })) + frame(JSON.stringify({ jsonrpc: '2.0', id: 9002, method: 'textDocument/hover', params: { textDocument: null, position: 7 } })),
  'notifications with bad params': frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 42 } } })) + frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: {} })) + frame(JSON.stringify({ jsonrpc: '2.0', method: 'workspace/didChangeConfiguration', params: { settings: { summitFactCheck: { rules: 7, factPacks: 'x', debounce: -1 } } } })),
  'a response to a request never made': frame(JSON.stringify({ jsonrpc: '2.0', id: 424242, result: {} })),
  'a multi-byte body with a byte-exact Content-Length': frame(JSON.stringify({ jsonrpc: '2.0', method: 'no/such', params: { s: '😀“”\u0000' } })),
};

for (const [name, bytes] of Object.entries(MALFORMED)) {
  test(`stdin attack: ${name}; the server still answers`, async () => {
    await withServer(async c => {
      await roundTrip(c);
      await raw(c, bytes);
      await roundTrip(c);
    });
  });
}

/** Stops the server; kills it when it does not answer `shutdown` (lspClient's stop waits forever then). */
async function stopSafely(c) {
  const done = c.stop();
  const t = setTimeout(() => { try { c.child.kill('SIGKILL'); } catch { /* gone */ } }, 5000);
  await Promise.race([done, new Promise(r => c.child.once('exit', r))]);
  clearTimeout(t);
  c.conn.dispose();
}


// Framing attacks: a bad header. The server must go on answering, or exit by itself (no deaf process).
const FRAMING = {
  'a header without Content-Length': { bytes: 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n', },
  'a non-numeric Content-Length': { bytes: 'Content-Length: abc\r\n\r\n{}', },
};
for (const [name, { bytes, todo }] of Object.entries(FRAMING)) {
  test(`stdin attack: ${name}; the server still answers or exits cleanly`, { todo }, async () => {
    const c = await startServer();
    try {
      await roundTrip(c);
      await raw(c, bytes);
      const exited = new Promise(r => c.child.once('exit', code => r({ exited: true, code })));
      const outcome = await Promise.race([roundTrip(c).then(() => ({ answered: true }), e => ({ error: e })), exited]);
      if (outcome.exited) {
        assert.ok(!existsSync(`/proc/${c.child.pid}/status`) || !/State:\s+Z/.test(readFileSync(`/proc/${c.child.pid}/status`, 'utf8')), 'no zombie');
      } else {
        assert.ok(outcome.answered, `neither answered nor exited: ${outcome.error?.message}`);
      }
    } finally {
      await stopSafely(c);
    }
  });
}

test('after a corrupt frame, closing stdin still makes the server exit', async () => {
  const c = await startServer();
  await roundTrip(c);
  await raw(c, 'Content-Length: abc\r\n\r\n{}');
  const exited = new Promise(r => c.child.once('exit', (code, signal) => r({ code, signal })));
  const timer = setTimeout(() => c.child.kill('SIGKILL'), 10000);
  c.child.stdin.destroy();
  const { signal } = await exited;
  clearTimeout(timer);
  assert.equal(signal, null, 'exited by itself');
  c.conn.dispose();
});

test('unknown methods: requests get MethodNotFound, notifications are ignored', async () => {
  await withServer(async c => {
    await assert.rejects(c.conn.sendRequest('no/suchMethod', {}), e => e.code === -32601);
    await assert.rejects(c.conn.sendRequest('$/noSuchInternal', {}));
    c.conn.sendNotification('no/suchNotification', { x: 1 });
    c.conn.sendNotification('$/setTrace', { value: 'verbose' });
    c.conn.sendNotification('summitFactCheck/trust', null);
    await roundTrip(c);
  });
});

test('requests for documents never opened or already closed answer empty', async () => {
  await withServer(async c => {
    const uri = 'file:///tmp/robust-closed.md';
    const w = c.waitFor(uri, p => p.diagnostics.length > 0);
    open(c, uri, DRAFT);
    await w;
    const cleared = c.waitFor(uri, p => p.diagnostics.length === 0);
    c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await cleared;
    for (const u of [uri, 'file:///never-opened.md', 'untitled:Untitled-1', 'not a uri']) {
      const pos = { line: 2, character: 36 };
      assert.equal(await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: pos }), null);
      assert.equal(await c.conn.sendRequest('textDocument/definition', { textDocument: { uri: u }, position: pos }), null);
      assert.deepEqual(await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: { start: pos, end: pos }, context: { diagnostics: [] } }), []);
      await c.conn.sendRequest('workspace/executeCommand', { command: 'summitFactCheck.server.fixAll', arguments: [u] });
      // Edits and closes for documents that are not open are dropped.
      c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 5 }, contentChanges: [{ range: { start: pos, end: pos }, text: 'x' }] });
      c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
    }
    // Positions far outside an open document.
    const far = `file:///tmp/robust-far-${process.pid}.md`;
    const w2 = c.waitFor(far, p => p.diagnostics.length > 0);
    open(c, far, DRAFT);
    await w2;
    for (const position of [{ line: 9999, character: 0 }, { line: 0, character: 99999 }, { line: -1, character: -1 }]) {
      await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: far }, position });
    }
    await roundTrip(c);
  });
});

test('edits faster than checks: incremental bursts publish only the latest version, matching its text', async () => {
  await withServer(async c => {
    const uri = 'file:///tmp/robust-fast.md';
    const first = c.waitFor(uri, p => p.version === 1);
    open(c, uri, DRAFT);
    await first;
    const published = [];
    // Toggle "June 17" ↔ "June 16" 300 times; odd versions say 17 (a finding), even ones 16.
    let v = 1;
    // The server holds back a finding at the spot being typed until the typing pauses (QUIET_MS), then republishes.
    const final = c.waitFor(uri, p => { published.push(p.version); return p.version === 301 && p.diagnostics.length > 0; }, 20000);
    for (let i = 0; i < 300; i++) {
      v++;
      c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 2, character: 39 }, end: { line: 2, character: 41 } }, text: v % 2 ? '17' : '16' }] });
    }
    const last = await final;
    assert.equal(last.version, 301);
    assert.equal(last.diagnostics.filter(d => d.code === 'wrong-date').length, 1, 'version 301 says June 17');
    assert.ok(published.every((x, i) => i === 0 || x >= published[i - 1]), `versions published in order: ${published}`);
    await roundTrip(c);
  });
});

test('cancelled requests: the server answers or reports RequestCancelled, and keeps serving', async () => {
  await withServer(async c => {
    const uri = 'file:///tmp/robust-cancel.md';
    const big = DRAFT.repeat(2000);
    const w = c.waitFor(uri, p => p.version === 1, 30000);
    open(c, uri, big);
    await w;
    const { CancellationTokenSource } = await import('vscode-jsonrpc/node.js');
    const outcomes = [];
    for (let i = 0; i < 20; i++) {
      const src = new CancellationTokenSource();
      const pos = { line: 2 + (i % 100) * 3, character: 36 };
      const p = c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: pos }, src.token).then(() => 'answered', e => (e.code === -32800 ? 'cancelled' : `error ${e.code} ${e.message}`));
      src.cancel();
      outcomes.push(p);
      // Also a raw $/cancelRequest for an id that does not exist.
      c.conn.sendNotification('$/cancelRequest', { id: 987654 + i });
    }
    for (const o of await Promise.all(outcomes)) assert.ok(o === 'answered' || o === 'cancelled', o);
    await roundTrip(c);
  });
});

test('a pack that makes parsePack throw does not take the server down', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'sfc-robust-'));
  writeFileSync(join(ws, 'bomb.facts.yaml'), 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n');
  let c;
  try {
    c = await startServer({ rootPath: ws, initializationOptions: { settings: { factPacks: ['bomb.facts.yaml'] } } });
    await roundTrip(c);
  } finally {
    if (c) await stopSafely(c);
    else killOurServers();
    rmSync(ws, { recursive: true, force: true });
  }
});

test('a client that vanishes (stdin closed abruptly): the server exits by itself, no zombie', async () => {
  const c = await startServer();
  await roundTrip(c);
  const pid = c.child.pid;
  const exited = new Promise(r => c.child.once('exit', (code, signal) => r({ code, signal })));
  const timer = setTimeout(() => c.child.kill('SIGKILL'), 10000);
  c.child.stdin.destroy();
  const { code, signal } = await exited;
  clearTimeout(timer);
  assert.equal(signal, null, 'exited by itself, not killed');
  assert.ok(code === 0 || code === 1, `exit code ${code}`);
  await new Promise(r => setTimeout(r, 100));
  const status = existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
  assert.ok(!/State:\s+Z/.test(status), 'no zombie');
  c.conn.dispose();
});

test('a client that vanishes mid-burst (edits queued, stdout unread): the server exits by itself', async () => {
  const c = await startServer();
  const uri = 'file:///tmp/robust-vanish.md';
  open(c, uri, DRAFT.repeat(200));
  const sent = [];
  for (let v = 2; v < 200; v++) sent.push(c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: DRAFT.repeat(200 + v) }] }));
  // Let the client's writer flush (every edit written: on a slow host a fixed pause was not always enough, and a write
  // still queued failed when the client vanished), then vanish without a word.
  await Promise.all(sent);
  await new Promise(r => setTimeout(r, 100));
  const exited = new Promise(r => c.child.once('exit', (code, signal) => r({ code, signal })));
  const timer = setTimeout(() => c.child.kill('SIGKILL'), 20000);
  try {
    c.conn.dispose();
    c.child.stdout.destroy();
    c.child.stdin.destroy();
    const { signal } = await exited;
    assert.equal(signal, null, 'exited by itself, not killed');
  } finally {
    clearTimeout(timer);
  }
});

// These tests make servers vanish on purpose. Once every test here has finished, nothing a vanished server's pipes leave
// behind may keep this file's process, and with it the whole run, waiting: seen once in a full run (all tests passed,
// the process never exited). The timer does not itself keep the process alive.
after(() => { setTimeout(() => process.exit(process.exitCode ?? 0), 5000).unref(); });
