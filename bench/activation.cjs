// Extension activation outside VS Code: loads dist/client.js with a stand-in `vscode` module (every
// property a no-op) and calls activate(), timing the load and the call. It measures our code's
// share of activation (what VS Code's Running Extensions adds to its own overhead); prints JSON.
const Module = require('node:module');
const { join } = require('node:path');

const stub = new Proxy(function () {}, {
  get: (_t, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : stub),
  apply: () => stub,
  construct: () => stub,
  set: () => true,
});
// The namespaces the client reads, each a stand-in (the bundle copies a module's own properties).
const api = Object.fromEntries(['window', 'workspace', 'commands', 'languages', 'env', 'Uri', 'StatusBarAlignment', 'ProgressLocation', 'ThemeColor', 'Disposable', 'EventEmitter'].map(k => [k, stub]));
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? api : load.call(this, request, ...rest); };

const t0 = performance.now();
const extension = require(join(__dirname, '..', 'dist', 'client.js'));
const t1 = performance.now();
extension.activate({ subscriptions: [], asAbsolutePath: p => p, extensionPath: '.', extensionUri: stub, globalState: stub, workspaceState: stub, environmentVariableCollection: stub });
const t2 = performance.now();
process.stdout.write(JSON.stringify({ load: t1 - t0, activate: t2 - t1 }) + '\n');
// The language client starts after activate returns; that is not part of activation.
process.exit(0);
