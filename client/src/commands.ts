/** The palette commands: check the workspace, fix all, show the fact sheet, open a source. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface FactSheet { facts: { kind: string; id: string; statement: string; citations: { source: string; line: number; excerpt: string; uri: string }[] }[] }

/** `client` resolves once the language server runs (undefined if it could not start). */
export function registerCommands(context: vscode.ExtensionContext, client: () => Promise<LanguageClient | undefined>): void {
  const reg = (id: string, fn: (...a: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  reg('summitFactCheck.checkWorkspace', async () => {
    const c = await client();
    if (!c) return;
    const cfg = vscode.workspace.getConfiguration('summitFactCheck');
    const files = await vscode.workspace.findFiles(cfg.get<string>('include') ?? '**/*.md', cfg.get<string>('exclude') ?? '**/node_modules/**');
    let findings = 0;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Summit Fact Check', cancellable: true }, async (progress, token) => {
      for (const [i, uri] of files.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
        // An open document is checked as the writer has it, unsaved edits included.
        const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
        const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        const r = await c.sendRequest<{ findings: number }>('summitFactCheck/checkText', { uri: uri.toString(), text });
        findings += r.findings;
      }
    });
    void vscode.window.showInformationMessage(`Summit Fact Check: ${findings} finding(s) in ${files.length} markdown file(s).`);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  });

  reg('summitFactCheck.fixAll', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') return;
    await (await client())?.sendRequest('workspace/executeCommand', { command: 'summitFactCheck.server.fixAll', arguments: [editor.document.uri.toString()] });
  });

  reg('summitFactCheck.showFactSheet', async () => {
    const sheet = await (await client())?.sendRequest<FactSheet>('summitFactCheck/factSheet');
    if (!sheet) return;
    const lines = ['# Summit Fact Check — fact sheet', ''];
    for (const kind of [...new Set(sheet.facts.map(f => f.kind))]) {
      lines.push(`## ${kind}`, '');
      for (const f of sheet.facts.filter(x => x.kind === kind)) {
        lines.push(`- ${f.statement}`);
        for (const c of f.citations) lines.push(`  - ${c.source}:${c.line} — “${c.excerpt}”`);
      }
      lines.push('');
    }
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: lines.join('\n') });
    await vscode.window.showTextDocument(doc, { preview: true });
  });

  reg('summitFactCheck.openSource', async (arg?: unknown) => {
    const folder = vscode.Uri.joinPath(context.extensionUri, 'seeds');
    let target = typeof arg === 'string' ? vscode.Uri.joinPath(context.extensionUri, arg) : undefined;
    if (!target) {
      const entries = (await vscode.workspace.fs.readDirectory(folder)).filter(([n]) => n.endsWith('.txt'));
      const pick = await vscode.window.showQuickPick(entries.map(([n]) => n), { placeHolder: 'Open a source article' });
      if (!pick) return;
      target = vscode.Uri.joinPath(folder, pick);
    }
    await vscode.window.showTextDocument(target, { preview: true });
  });
}
