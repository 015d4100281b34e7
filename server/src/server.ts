/**
 * summit-fact-check-ls: the language server. `--stdio` speaks LSP on stdin/stdout.
 * This file wires LSP requests to the service; scheduling lives in lsp/documents.ts and
 * conversions in lsp/convert.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import './node/serverFlags';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, CodeActionKind,
  type Diagnostic, type InitializeParams, type InitializeResult, type Hover, type Location,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describeFacts, RULE_BY_CODE, type CheckResult, type FactBase, type Finding, type Piece } from './service';
import { loadPacks, seedsDir, workspacePacks } from './node/packs';
import { DocumentChecks, type Checked } from './lsp/documents';
import { toDiagnostic, movedDiagnostic, hoverMarkdown, citationUri } from './lsp/convert';
import { codeActions, fixAllEdits, FIX_ALL_KIND } from './lsp/actions';
import { readSettings, DEFAULT_SETTINGS, type Settings } from './lsp/settings';
import { FrameReader, SlicedMessageWriter } from './lsp/framing';
import { reclaimMemory } from './node/memory';

const otherTransport = process.argv.some(a => a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'));
// On stdio, our own reader and writer: a malformed header would stop the library's reader for good,
// and both keep large messages out of single large buffers (see lsp/framing.ts).
const connection = otherTransport
  ? createConnection(ProposedFeatures.all)
  : createConnection(ProposedFeatures.all, new FrameReader(process.stdin), new SlicedMessageWriter(process.stdout));
process.stdin.on('end', () => process.exit(0));
const documents = new TextDocuments(TextDocument);
const seedRoot = path.dirname(seedsDir());
const docsRoot = path.join(seedRoot, 'docs');
/** Seed sources are labelled relative to the install folder, workspace packs' sources to the workspace folder. */
const sourceRoots = new Map<string, string>();
const sourceRoot = (source: string): string => {
  let root = sourceRoots.get(source);
  if (!root) {
    root = workspaceRoot && fs.existsSync(path.join(workspaceRoot, source)) && !fs.existsSync(path.join(seedRoot, source)) ? workspaceRoot : seedRoot;
    sourceRoots.set(source, root);
  }
  return root;
};
let settings: Settings = DEFAULT_SETTINGS;
let workspaceRoot: string | undefined;
let trusted = true;
let base: FactBase;
let packErrors = new Map<string, number>();
let canConfigure = false;
/** What the fact base was loaded from (see LoadedPacks.key). */
let factsKey: string | undefined;

const log = (m: string) => connection.console.log(m);

/** Reads the packs again and reports them; false when they read exactly as before, so the fact base and every result still hold. */
function reloadFacts(): boolean {
  // Untrusted workspaces get the embedded seed facts only: no pack from the workspace is read.
  const extra = trusted && workspaceRoot ? [...new Set([...workspacePacks(workspaceRoot), ...settings.factPacks.map(p => path.resolve(workspaceRoot!, p))])] : [];
  const loaded = loadPacks(extra, workspaceRoot ?? process.cwd(), seedRoot);
  const changed = loaded.key !== factsKey;
  if (changed) { factsKey = loaded.key; base = loaded.base; }
  const byFile = new Map<string, typeof loaded.problems>();
  for (const p of loaded.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  for (const file of packErrors.keys()) if (!byFile.has(file)) connection.sendDiagnostics({ uri: pathToFileURL(file).toString(), diagnostics: [] });
  packErrors = new Map();
  for (const [file, problems] of byFile) {
    packErrors.set(file, problems.length);
    connection.sendDiagnostics({
      uri: pathToFileURL(file).toString(),
      diagnostics: problems.map(({ problem }) => ({
        range: { start: { line: problem.line - 1, character: problem.column - 1 }, end: { line: problem.line - 1, character: problem.column + 20 } },
        severity: 1, source: 'summit-fact-check', code: 'fact-pack', message: problem.message,
      })),
    });
    log(`fact pack ${file}: ${problems.length} problem(s)`);
  }
  log(`loaded ${loaded.packs.length} fact pack(s): ${base.events.length} events, ${base.people.length} people, ${base.quotes.length} quotations`);
  connection.sendNotification('summitFactCheck/status', { packs: loaded.packs.map(p => path.basename(p)), problems: loaded.problems.length, trusted });
  return changed;
}

const checks = new DocumentChecks(publish, () => base, log, reclaimMemory);

function visible(f: Finding): boolean {
  return settings.rules[f.code] !== 'off';
}

/** Where each document was last edited, so a finding on a half-typed word waits until the writer pauses. */
const lastEdits = new Map<string, { offsets: number[]; at: number }>();
const QUIET_MS = 1200;
const quietTimers = new Map<string, NodeJS.Timeout>();

/** Offsets of the document's last edit while the writer is still typing there, else undefined. */
function typingOffsets(uri: string): number[] | undefined {
  const e = lastEdits.get(uri);
  return e && Date.now() - e.at < QUIET_MS ? e.offsets : undefined;
}

function covers(offsets: number[] | undefined, start: number, end: number): boolean {
  return !!offsets && offsets.some(o => start <= o && o <= end);
}

function severityOf(f: Finding): Finding['severity'] {
  return (settings.rules[f.code] as Finding['severity']) ?? f.severity;
}

/**
 * Diagnostics of a piece of a large document, by the piece's result: after an edit, every piece but
 * the one edited is the same object as before, and its diagnostics are reused (moved when lines
 * were added or removed above it). `shownWith` is the settings they were made with. They are kept
 * from a document's first edit on: a document only read would hold them for nothing (~1 MB a megabyte).
 */
const pieceDiagnostics = new WeakMap<CheckResult, { shownWith: Settings; line: number; diagnostics: Diagnostic[] }>();

function diagnosticsOfPiece(p: Piece, checked: Checked): Diagnostic[] {
  // A piece starts at a line start, so moving it moves its diagnostics by whole lines.
  const line = checked.index.position(p.offset).line;
  const kept = pieceDiagnostics.get(p.result);
  if (kept && kept.shownWith === settings) {
    if (kept.line === line) return kept.diagnostics;
    const diagnostics = kept.diagnostics.map(d => movedDiagnostic(d, line - kept.line));
    pieceDiagnostics.set(p.result, { shownWith: settings, line, diagnostics });
    return diagnostics;
  }
  const diagnostics = p.result.findings.filter(visible).map(f => toDiagnostic(f, checked.index, severityOf(f), docsRoot, sourceRoot, p.offset));
  if (checked.edited) pieceDiagnostics.set(p.result, { shownWith: settings, line, diagnostics });
  return diagnostics;
}

/** Listeners told once, after the first diagnostics were written (node/start.ts saves its code cache then). */
const warmListeners: (() => void)[] = [];
let warm = false;

/** Calls `listener` once the server has checked a document and published the result. */
export function whenWarm(listener: () => void): void {
  if (warm) listener();
  else warmListeners.push(listener);
}

function warmedUp(): void {
  if (warm) return;
  warm = true;
  for (const l of warmListeners.splice(0)) l();
}

/** Resolves once the diagnostics were written. */
function publish(uri: string, checked: Checked): Promise<void> {
  // A finding on a half-typed word waits until the writer pauses there.
  const typing = typingOffsets(uri);
  let held = false;
  const diagnostics: Diagnostic[] = [];
  const add = (f: Finding, shift: number) => {
    if (covers(typing, f.span.start + shift, f.span.end + shift)) held = true;
    else if (visible(f)) diagnostics.push(toDiagnostic(f, checked.index, severityOf(f), docsRoot, sourceRoot, shift));
  };
  if (checked.pieces) {
    for (const p of checked.pieces) {
      if (typing && p.result.findings.some(f => covers(typing, f.span.start + p.offset, f.span.end + p.offset))) for (const f of p.result.findings) add(f, p.offset);
      else if (settings.enable) for (const d of diagnosticsOfPiece(p, checked)) diagnostics.push(d);
    }
  } else {
    for (const f of checked.result.findings) add(f, 0);
  }
  if (held) {
    clearTimeout(quietTimers.get(uri));
    quietTimers.set(uri, setTimeout(() => {
      quietTimers.delete(uri);
      const doc = documents.get(uri);
      const now = doc && checks.get(uri);
      if (doc && now && now.version === doc.version) void publish(uri, now);
    }, QUIET_MS - (Date.now() - lastEdits.get(uri)!.at) + 10));
  }
  const sent = connection.sendDiagnostics({ uri, version: checked.version, diagnostics: settings.enable ? diagnostics : [] });
  if (!warm) void sent.then(warmedUp, () => {});
  return sent;
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  if (folder?.startsWith('file:')) workspaceRoot = fileURLToPath(folder);
  const init = (params.initializationOptions ?? {}) as { trusted?: boolean; settings?: unknown };
  trusted = init.trusted !== false;
  if (init.settings) settings = readSettings(init.settings);
  canConfigure = !!params.capabilities.workspace?.configuration;
  reloadFacts();
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: ['summitFactCheck.server.fixAll'] },
    },
    serverInfo: { name: 'summit-fact-check-ls', version: '0.1.0' },
  };
});

connection.onInitialized(() => { void refreshSettings(); });

async function refreshSettings(): Promise<void> {
  if (canConfigure) {
    try {
      // A client without settings for this section answers null: keep what initialization gave.
      const raw = await connection.workspace.getConfiguration('summitFactCheck');
      if (raw) settings = readSettings(raw);
    } catch { /* keep the last good settings */ }
  }
  sourceRoots.clear();
  // Settings may change what is shown (rules, enable) but only new facts change what is found.
  if (reloadFacts()) checks.invalidateAll();
  for (const d of documents.all()) checks.schedule(d, 0, uri => documents.get(uri));
}

connection.onDidChangeConfiguration(change => {
  const s = (change.settings as { summitFactCheck?: unknown } | undefined)?.summitFactCheck;
  if (s) settings = readSettings(s);
  void refreshSettings();
});

connection.onNotification('summitFactCheck/trust', (p: { trusted: boolean }) => { trusted = !!p?.trusted; void refreshSettings(); });

connection.onDidChangeWatchedFiles(() => { void refreshSettings(); });

documents.onDidOpen(e => checks.schedule(e.document, 0, uri => documents.get(uri)));
const lastTexts = new Map<string, string>();
documents.onDidChangeContent(e => {
  const text = e.document.getText();
  const before = lastTexts.get(e.document.uri);
  lastTexts.set(e.document.uri, text);
  // The first content is the open itself (fired right after onDidOpen): it is checked at once, not after the typing debounce.
  if (before === undefined) return;
  if (text.length < 2_000_000) lastEdits.set(e.document.uri, { offsets: [editEnd(before, text)], at: Date.now() });
  checks.schedule(e.document, settings.debounce, uri => documents.get(uri));
});

/** Where an edit ends in the new text: everything after it is the old text's tail. */
function editEnd(before: string, after: string): number {
  const max = Math.min(before.length, after.length);
  // The common head and tail are measured by halving: each comparison runs in the engine, which
  // is several times faster than comparing character by character here.
  const head = longest(max, n => before.slice(0, n) === after.slice(0, n));
  const tail = longest(max - head, n => before.slice(before.length - n) === after.slice(after.length - n));
  return after.length - tail;
}

/** The largest n in [0, max] for which `holds(n)` is true, given that it holds for every smaller n. */
function longest(max: number, holds: (n: number) => boolean): number {
  let lo = 0, hi = max;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (holds(mid)) lo = mid; else hi = mid - 1; }
  return lo;
}
documents.onDidClose(e => { checks.forget(e.document.uri); lastEdits.delete(e.document.uri); lastTexts.delete(e.document.uri); clearTimeout(quietTimers.get(e.document.uri)); connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }); });

function currentChecked(uri: string): Checked | undefined {
  const doc = documents.get(uri);
  return doc ? checks.checkNow(doc) : undefined;
}

function itemAt(checked: Checked, line: number, character: number) {
  const at = checked.index.offset({ line, character });
  const hit = (s: { start: number; end: number }) => s.start <= at && at <= s.end;
  return checked.result.findings.find(f => visible(f) && (hit(f.span) || f.related?.some(hit))) ?? checked.result.confirmations.find(c => hit(c.span));
}

connection.onHover((p): Hover | null => {
  const checked = currentChecked(p.textDocument.uri);
  if (!checked) return null;
  const item = itemAt(checked, p.position.line, p.position.character);
  if (!item) return null;
  const span = 'code' in item ? item.span : item.span;
  return { contents: hoverMarkdown(item, sourceRoot), range: { start: checked.index.position(span.start), end: checked.index.position(span.end) } };
});

connection.onDefinition((p): Location[] | null => {
  const checked = currentChecked(p.textDocument.uri);
  const item = checked && itemAt(checked, p.position.line, p.position.character);
  if (!item) return null;
  return item.citations.map(c => ({ uri: citationUri(sourceRoot, c), range: { start: { line: c.line - 1, character: c.column }, end: { line: c.line - 1, character: c.column + c.excerpt.length } } }));
});

connection.onCodeAction(p => {
  const checked = currentChecked(p.textDocument.uri);
  return checked ? codeActions(p, checked, visible) : [];
});

connection.onExecuteCommand(async p => {
  if (p.command !== 'summitFactCheck.server.fixAll') return;
  const uri = (p.arguments?.[0] as string | undefined) ?? '';
  const checked = currentChecked(uri);
  const doc = documents.get(uri);
  if (!checked || !doc) return;
  await connection.workspace.applyEdit({ documentChanges: [{ textDocument: { uri, version: doc.version }, edits: fixAllEdits(checked, visible) }] });
});

connection.onRequest('summitFactCheck/factSheet', () => ({
  facts: describeFacts(base).map(e => ({ ...e, citations: e.citations.map(c => ({ ...c, uri: citationUri(sourceRoot, c) })) })),
  rules: [...RULE_BY_CODE.values()],
}));

connection.onRequest('summitFactCheck/checkText', (p: { uri: string; text: string }) => {
  // Used by the client's "check workspace" command. An open document keeps the state of its editor.
  const opened = documents.get(p.uri);
  if (opened) {
    const checked = checks.checkNow(opened);
    if (checked) void publish(p.uri, checked);
    return { findings: checked?.result.findings.filter(visible).length ?? 0 };
  }
  const doc = TextDocument.create(p.uri, 'markdown', 0, p.text);
  const checked = checks.checkNow(doc);
  checks.forget(p.uri);
  if (checked) void publish(p.uri, checked);
  return { findings: checked?.result.findings.filter(visible).length ?? 0 };
});

process.on('uncaughtException', e => log(`uncaught: ${e.stack ?? e}`));
documents.listen(connection);
connection.listen();
