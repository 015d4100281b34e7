/**
 * The VS Code side: starts the language server and adds what only an editor has — commands,
 * a status bar item, workspace trust. All checking happens in the server.
 *
 * Activation only registers the commands and the status bar item: the language client library
 * is loaded and the server started after `activate` returns, so opening a markdown file does not
 * wait for them (the library's loading alone is most of an activation's time).
 */
import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { StatusItem } from './status';
import { serverNodeArgs as SERVER_NODE_ARGS, serverEnv as SERVER_ENV } from '../../package.json';

let client: LanguageClient | undefined;
let stopping = false;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Summit Fact Check');
  const status = new StatusItem(context);
  const started = startClient(context, output, status).catch(e => {
    output.appendLine(`The language server did not start: ${(e as Error).stack ?? e}`);
    return undefined;
  });
  // Commands wait for the client (a request is answered once the server runs, as before).
  registerCommands(context, () => started);
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void started.then(c => c?.sendNotification('summitFactCheck/trust', { trusted: true }))));
}

async function startClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, status: StatusItem): Promise<LanguageClient> {
  const { LanguageClient, TransportKind, State } = await import('vscode-languageclient/node');
  const module = context.asAbsolutePath('dist/server.js');
  // (With the environment package.json gives, serverEnv: a fixed malloc threshold returns the memory of a large check's
  // temporary buffers to the system instead of keeping it in the process's heap; see docs/performance.md.)
  const env = { ...process.env, ...SERVER_ENV };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { execArgv: SERVER_NODE_ARGS, env } },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6011'], env } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }],
    synchronize: { configurationSection: 'summitFactCheck', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.facts.{yaml,yml,json}') },
    initializationOptions: { trusted: vscode.workspace.isTrusted, settings: vscode.workspace.getConfiguration('summitFactCheck') },
    outputChannel: output,
    // Restart a crashed server a few times, telling the user once rather than in a loop.
    connectionOptions: { maxRestartCount: 4 },
  };
  client = new LanguageClient('summitFactCheck', 'Summit Fact Check', serverOptions, clientOptions);
  let crashNoticeShown = false;
  context.subscriptions.push(client.onDidChangeState(e => {
    if (e.newState === State.Stopped && !crashNoticeShown && !stopping) {
      crashNoticeShown = true;
      void vscode.window.showWarningMessage('Summit Fact Check: the language server stopped; see the "Summit Fact Check" output for details.');
    }
  }));
  // Listen before starting: the server reports its packs during initialization.
  context.subscriptions.push(client.onNotification('summitFactCheck/status', (s: { packs: string[]; problems: number; trusted: boolean }) => status.setPacks(s)));
  if (stopping) return client;
  await client.start();
  return client;
}

export function deactivate(): Thenable<void> | undefined {
  // At once, as VS Code shuts the extension host down: requests made from here on are refused quietly.
  stopping = true;
  return client?.stop();
}
