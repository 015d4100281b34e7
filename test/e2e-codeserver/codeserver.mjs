// Starting and stopping code-server (in its own process group) for the e2e test.
import { spawn, spawnSync } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import net from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function csEnv(tools) {
  const env = { ...process.env };
  // Node 24 first on PATH: code-server's native modules were built for it.
  env.PATH = `${tools.node24.replace(/\/node$/, '')}:${env.PATH}`;
  // Keep the run hermetic: no password file, no gallery look-ups.
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  delete env.VSCODE_IPC_HOOK_CLI;
  env.CS_DISABLE_FILE_DOWNLOADS = '1';
  return env;
}

export function installExtension(tools, { extensionsDir, userDataDir }) {
  const r = spawnSync(tools.node24, [
    tools.csEntry,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--install-extension', tools.vsix,
    '--force',
  ], { env: csEnv(tools), encoding: 'utf8', timeout: 120_000 });
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  if (r.status !== 0 || !/success|installed/i.test(out)) {
    throw new Error(`code-server --install-extension failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${out}`);
  }
  return out.trim();
}

/**
 * Starts code-server detached (own process group). Returns { proc, port, url, stop(), logTail() }.
 * With workspaceTrust: true, VS Code's workspace trust is enabled (folders start untrusted).
 */
export async function startCodeServer(tools, { port, userDataDir, extensionsDir, workspace, logFile, workspaceTrust = false }) {
  const fd = openSync(logFile, 'a');
  const proc = spawn(tools.node24, [
    tools.csEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    // Workspace trust off, unless a scenario tests the untrusted (restricted) mode.
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    workspace,
  ], { env: csEnv(tools), detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  let exited = null;
  const exitPromise = new Promise((resolve) => proc.on('exit', (code, signal) => {
    exited = { code, signal };
    resolve(exited);
  }));
  proc.on('error', () => {});

  const logTail = (n = 40) => {
    try {
      return readFileSync(logFile, 'utf8').split('\n').slice(-n).join('\n');
    } catch {
      return '';
    }
  };

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (exited) return;
    const group = -proc.pid;
    try { process.kill(group, 'SIGTERM'); } catch { /* already gone */ }
    const t = setTimeout(() => { try { process.kill(group, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    await exitPromise;
    clearTimeout(t);
    // Make sure nothing of the group (extension host, language server) survives.
    try { process.kill(group, 'SIGKILL'); } catch { /* all gone */ }
  };
  // Also on a hard exit of this process.
  process.on('exit', () => { if (!exited) { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } } });

  const url = `http://127.0.0.1:${port}`;
  return { proc, port, url, stop, logTail, exited: () => exited };
}

/** Waits until code-server answers /healthz (event-driven retry on connection refusal). */
export async function waitForHttp(server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastErr;
  while (Date.now() < deadline) {
    if (server.exited()) {
      throw new Error(`code-server exited early (${JSON.stringify(server.exited())}):\n${server.logTail()}`);
    }
    try {
      const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return;
      lastErr = new Error(`HTTP ${res.status}`);
    } catch (e) {
      lastErr = e;
    }
    // back off before retrying the connection (this is a poll of a socket, not a UI sleep)
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer on ${server.url} within ${timeoutMs / 1000}s (${lastErr?.message}):\n${server.logTail()}`);
}
