// A small LSP client for tests: starts the built server as a child process and speaks JSON-RPC over stdio.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PACKAGE = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const SERVER_NODE_ARGS = PACKAGE.serverNodeArgs ?? [];
export const SERVER_ENV = PACKAGE.serverEnv ?? {};

export async function startServer({ initializationOptions = {}, rootPath = root, env = process.env } = {}) {
  // Started as the extension starts it: node with the flags and environment package.json gives (serverNodeArgs, serverEnv).
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...env, ...SERVER_ENV } });
  const stderr = [];
  child.stderr.on('data', d => stderr.push(String(d)));
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnostics = new Map();
  const waiters = [];
  conn.onNotification('textDocument/publishDiagnostics', p => {
    diagnostics.set(p.uri, p);
    for (const w of [...waiters]) if (w.test(p)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(p); }
  });
  conn.onNotification('window/logMessage', () => {});
  conn.onNotification('summitFactCheck/status', () => {});
  conn.onRequest('workspace/configuration', p => p.items.map(() => null));
  conn.onRequest('workspace/applyEdit', p => { client.appliedEdits.push(p.edit); return { applied: true }; });
  conn.listen();
  const client = {
    child, conn, diagnostics, stderr, appliedEdits: [],
    /** Resolves with the next publishDiagnostics for `uri` that passes `test` (waits on the event, not a timer). */
    waitFor(uri, test = () => true, ms = 10000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${ms} ms`)), ms);
        waiters.push({ test: p => p.uri === uri && test(p), resolve: p => { clearTimeout(timer); resolve(p); } });
      });
    },
    async stop() {
      const exited = new Promise(r => (child.exitCode !== null ? r() : child.once('exit', r)));
      try { await conn.sendRequest('shutdown'); await conn.sendNotification('exit'); } catch { /* already gone */ }
      const timer = setTimeout(() => child.kill(), 3000);
      await exited;
      clearTimeout(timer);
      conn.dispose();
    },
  };
  await conn.sendRequest('initialize', {
    processId: process.pid, rootUri: pathToFileURL(rootPath).toString(), capabilities: { workspace: { configuration: true } },
    initializationOptions, workspaceFolders: [{ uri: pathToFileURL(rootPath).toString(), name: 'ws' }],
  });
  conn.sendNotification('initialized', {});
  return client;
}

export function open(client, uri, text, version = 1) {
  client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
}
