/** Code actions: a quick fix per finding, fix-all, and a disable comment for the line. */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { Finding } from '../service';
import type { Checked } from './documents';
import { toEdits } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.summitFactCheck`;

export function codeActions(params: CodeActionParams, checked: Checked, visible: (f: Finding) => boolean): CodeAction[] {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const out: CodeAction[] = [];
  const wants = (kind: string) => !only || only.some(k => kind === k || kind.startsWith(`${k}.`));
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      const f = findingFor(checked, d);
      if (!f) continue;
      f.fixes.forEach((fix, i) => out.push({
        title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.preferred && i === 0,
        edit: { changes: { [uri]: toEdits(checked.index, f, i) } },
      }));
      const line = d.range.start.line;
      out.push({
        title: `Disable ${f.code} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [d],
        edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `<!-- fact-check-disable-next-line ${f.code} -->\n` }] } },
      });
    }
  }
  if (wants(FIX_ALL_KIND) && (only || params.context.diagnostics.length)) {
    const edits = fixAllEdits(checked, visible);
    if (edits.length) out.push({ title: 'Fix all summit fact-check findings', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } });
  }
  return out;
}

/** Every certain fix in the document, skipping any that would overlap one already taken. */
export function fixAllEdits(checked: Checked, visible: (f: Finding) => boolean): TextEdit[] {
  const taken: { start: number; end: number }[] = [];
  const edits: TextEdit[] = [];
  for (const f of checked.result.findings) {
    const fix = f.fixes[0];
    if (!visible(f) || !fix?.preferred) continue;
    if (fix.edits.some(e => taken.some(t => e.span.start < t.end && t.start < e.span.end || (e.span.start === t.start && e.span.end === t.end)))) continue;
    taken.push(...fix.edits.map(e => e.span));
    edits.push(...toEdits(checked.index, f, 0));
  }
  return edits;
}

/** The finding a diagnostic was made from: the one of its rule at its range. */
export function findingFor(checked: Checked, d: Diagnostic): Finding | undefined {
  const start = checked.index.offset(d.range.start), end = checked.index.offset(d.range.end);
  return checked.result.findings.find(f => f.code === d.code && f.span.start === start && f.span.end === end);
}
