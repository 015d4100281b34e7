// Loads the built client (dist/client.js) with a stand-in `vscode` module and a `child_process` that records how the
// language client would start the server, calls activate(), and prints that start as JSON (then exits). Used by
// client-server-start.test.mjs: the extension must start the server as package.json says (serverNodeArgs, serverEnv).
const Module = require('node:module');
const { join } = require('node:path');

const stub = new Proxy(function () {}, {
  get: (_t, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : stub),
  apply: () => stub,
  construct: () => stub,
  set: () => true,
});
const output = { appendLine: line => process.stderr.write(`${line}\n`), append: text => process.stderr.write(text), show() {}, dispose() {} };
// (The language client checks the editor's version and extends some of its classes: any other name is a stand-in.)
// (The namespaces our own code reads are the module's own properties: the bundle copies those.)
const known = {
  ...Object.fromEntries(['workspace', 'commands', 'languages', 'env', 'Uri', 'StatusBarAlignment', 'ProgressLocation', 'ThemeColor', 'Disposable', 'EventEmitter'].map(k => [k, stub])),
  version: '1.90.0',
  window: new Proxy({}, { get: (_t, key) => (key === 'createOutputChannel' ? () => output : stub) }),
};
const vscode = new Proxy(known, { get: (t, key) => (key in t ? t[key] : key === '__esModule' ? false : stub) });

const childProcess = require('node:child_process');
const record = kind => (module, args, options) => {
  const env = options?.env ?? {};
  process.stdout.write(`${JSON.stringify({ kind, module, args, execArgv: options?.execArgv, env: { MALLOC_MMAP_THRESHOLD_: env.MALLOC_MMAP_THRESHOLD_, PATH: env.PATH } })}\n`);
  process.exit(0);
};
const recording = { ...childProcess, fork: record('fork'), spawn: record('spawn') };
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'vscode') return vscode;
  if (request === 'child_process' || request === 'node:child_process') return recording;
  return load.call(this, request, ...rest);
};

const extension = require(join(__dirname, '..', '..', 'dist', 'client.js'));
extension.activate({ subscriptions: [], asAbsolutePath: p => p, extensionPath: '.', extensionUri: stub, globalState: stub, workspaceState: stub, environmentVariableCollection: stub });
setTimeout(() => { process.stderr.write('the client started no server\n'); process.exit(1); }, 5000);
