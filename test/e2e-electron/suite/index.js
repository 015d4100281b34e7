// Runs inside the VS Code extension host (loaded by @vscode/test-electron).
// Same scenario as test/e2e-codeserver: diagnostic, hover, quick fix.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');

const SOURCE = 'summit-fact-check';
const WRONG = 'June 17';
const RIGHT = 'June 16';
const DIAG_TIMEOUT_MS = 120_000;

/** Resolves with our diagnostics for `uri` once there are any (event-driven, no polling). */
function waitForDiagnostics(uri, predicate, what) {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
  return new Promise((resolve, reject) => {
    const now = ours();
    if (predicate(now)) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${DIAG_TIMEOUT_MS / 1000}s waiting for ${what}; have: ${JSON.stringify(ours().map((d) => d.message))}`));
    }, DIAG_TIMEOUT_MS);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = ours();
      if (predicate(d)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      }
    });
  });
}

const codeOf = (d) => (d.code && typeof d.code === 'object' ? d.code.value : d.code);
const hoverText = (hovers) => hovers
  .flatMap((h) => h.contents)
  .map((c) => (typeof c === 'string' ? c : c.value))
  .join('\n');

const results = [];
async function step(name, fn) {
  try {
    const v = await fn();
    results.push(true);
    console.log(`PASS ${name}`);
    return v;
  } catch (e) {
    results.push(false);
    console.log(`FAIL ${name}: ${e && e.message}`);
    throw e;
  }
}

async function run() {
  try {
    await scenario();
  } finally {
    const passed = results.filter(Boolean).length;
    console.log(`${passed} passed, ${results.length - passed} failed`);
  }
}

async function scenario() {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  assert.ok(folder, 'no workspace folder open');
  const uri = vscode.Uri.joinPath(folder.uri, process.env.SFC_E2E_DRAFT || 'draft.md');

  const hasWrongDate = (ds) => ds.some((d) => codeOf(d) === 'wrong-date');
  const diagnostics = waitForDiagnostics(uri, hasWrongDate, `a ${SOURCE} "wrong-date" diagnostic on ${uri.fsPath}`);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);

  const diag = await step(`diagnostic for "${WRONG}"`, async () => {
    const d = (await diagnostics).find((x) => codeOf(x) === 'wrong-date');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error, 'severity is not Error');
    assert.equal(doc.getText(d.range), WRONG, 'range does not cover exactly the wrong date');
    assert.ok(d.message.includes(WRONG), `message lacks "${WRONG}": ${d.message}`);
    assert.ok(d.message.includes('16 June 2021'), `message lacks "16 June 2021": ${d.message}`);
    return d;
  });

  await step(`hover over "${WRONG}" cites seeds/`, async () => {
    const pos = diag.range.start.translate(0, 1);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, pos);
    const text = hoverText(hovers || []);
    assert.ok(text.includes('seeds/'), `hover lacks a seeds/ citation: ${JSON.stringify(text)}`);
  });

  const fix = await step('quick fix "Replace…" offered and preferred', async () => {
    const actions = await vscode.commands.executeCommand(
      'vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const a = (actions || []).find((x) => typeof x.title === 'string' && x.title.startsWith('Replace'));
    assert.ok(a, `no "Replace…" quick fix; got ${JSON.stringify((actions || []).map((x) => x.title))}`);
    assert.equal(a.isPreferred, true, 'the Replace quick fix is not marked preferred');
    return a;
  });

  await step(`apply the quick fix: the text says "${RIGHT}"`, async () => {
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit returned false');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments || []));
    const line = doc.lineAt(diag.range.start.line).text;
    assert.ok(line.includes(`set for ${RIGHT} in Geneva.`), `line after the fix: ${line}`);
    assert.ok(!doc.getText().includes(WRONG), `document still contains "${WRONG}"`);
  });

  await step('the finding disappears after the fix', async () => {
    await waitForDiagnostics(uri, (ds) => !hasWrongDate(ds), 'the wrong-date diagnostic to clear');
  });

  await doc.save();
}

module.exports = { run };
