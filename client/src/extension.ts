/**
 * The VS Code side: starts the language server and adds what only an editor has — commands,
 * a status bar item, workspace trust. All checking happens in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, State, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { StatusItem } from './status';

let client: LanguageClient | undefined;
let stopping = false;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const output = vscode.window.createOutputChannel('Summit Fact Check');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }],
    synchronize: { configurationSection: 'summitFactCheck', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.facts.{yaml,yml,json}') },
    initializationOptions: { trusted: vscode.workspace.isTrusted, settings: vscode.workspace.getConfiguration('summitFactCheck') },
    outputChannel: output,
    // Restart a crashed server a few times, telling the user once rather than in a loop.
    connectionOptions: { maxRestartCount: 4 },
  };
  client = new LanguageClient('summitFactCheck', 'Summit Fact Check', serverOptions, clientOptions);
  const status = new StatusItem(context);
  let crashNoticeShown = false;
  context.subscriptions.push(client.onDidChangeState(e => {
    if (e.newState === State.Stopped && !crashNoticeShown && !stopping) {
      crashNoticeShown = true;
      void vscode.window.showWarningMessage('Summit Fact Check: the language server stopped; see the "Summit Fact Check" output for details.');
    }
  }));
  registerCommands(context, () => client);
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => client?.sendNotification('summitFactCheck/trust', { trusted: true })));
  // Listen before starting: the server reports its packs during initialization.
  context.subscriptions.push(client.onNotification('summitFactCheck/status', (s: { packs: string[]; problems: number; trusted: boolean }) => status.setPacks(s)));
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  stopping = true;
  return client?.stop();
}
