/** Status bar: findings in the active file and the fact packs loaded; a click opens the Problems panel. */
import * as vscode from 'vscode';

export class StatusItem {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  private packs: { packs: string[]; problems: number; trusted: boolean } = { packs: [], problems: 0, trusted: true };

  constructor(context: vscode.ExtensionContext) {
    this.item.command = 'workbench.actions.view.problems';
    this.item.name = 'Summit Fact Check';
    context.subscriptions.push(this.item,
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.update();
  }

  setPacks(p: { packs: string[]; problems: number; trusted: boolean }): void {
    this.packs = p;
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') { this.item.hide(); return; }
    const count = vscode.languages.getDiagnostics(editor.document.uri).filter(d => d.source === 'summit-fact-check').length;
    const restricted = this.packs.trusted ? '' : ' (restricted: seed facts only)';
    this.item.text = `$(law) ${count} fact finding${count === 1 ? '' : 's'}${this.packs.trusted ? '' : ' (restricted)'}`;
    this.item.tooltip = `Summit Fact Check: ${count} finding(s) in this file\nFact packs: ${this.packs.packs.join(', ') || 'none'}${this.packs.problems ? `\n${this.packs.problems} fact pack problem(s)` : ''}${restricted}`;
    this.item.show();
  }
}
