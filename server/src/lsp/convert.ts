/** Maps the service's findings to LSP diagnostics, hovers and edits. Only this folder knows LSP. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit, MarkupKind, type MarkupContent } from 'vscode-languageserver';
import { LineIndex, type Citation, type Finding, type Confirmation, type Severity, type Span } from '../service';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

export function toRange(idx: LineIndex, s: Span): Range {
  return { start: idx.position(s.start), end: idx.position(s.end) };
}

/** Finds the folder a citation's source label is relative to (the seeds' folder, or a workspace's). */
export type SourceRoot = (source: string) => string;

/** File URIs by path: a diagnostic names a few sources and rule pages many times, and pathToFileURL is slow. */
const fileUris = new Map<string, string>();
function fileUri(file: string): string {
  let uri = fileUris.get(file);
  if (uri === undefined) {
    uri = pathToFileURL(file).toString();
    if (fileUris.size > 1000) fileUris.clear();
    fileUris.set(file, uri);
  }
  return uri;
}

export function citationUri(root: SourceRoot, c: Citation): string {
  return fileUri(path.join(root(c.source), c.source));
}

export function toDiagnostic(f: Finding, idx: LineIndex, severity: Severity, docsRoot: string, sourcesRoot: SourceRoot, key: string): Diagnostic {
  return {
    range: toRange(idx, f.span),
    severity: SEVERITY[severity],
    source: 'summit-fact-check',
    code: f.code,
    codeDescription: { href: fileUri(path.join(docsRoot, 'rules', `${f.code}.md`)) },
    message: f.message,
    relatedInformation: f.citations.map(c => ({
      location: { uri: citationUri(sourcesRoot, c), range: { start: { line: c.line - 1, character: c.column }, end: { line: c.line - 1, character: c.column + c.excerpt.length } } },
      message: `${c.outlet ?? 'source'}: ${c.excerpt}`,
    })),
    data: { key },
  };
}

export function toEdits(idx: LineIndex, f: Finding, which = 0): TextEdit[] {
  return (f.fixes[which]?.edits ?? []).map(e => ({ range: toRange(idx, e.span), newText: e.newText }));
}

/** Markdown for a hover. Every piece of source or document text is escaped: nothing in it can become a link, HTML or a command. */
export function hoverMarkdown(item: Finding | Confirmation, sourcesRoot: SourceRoot): MarkupContent {
  const lines: string[] = [];
  if ('code' in item) {
    lines.push(`**✗ Contradicted by the sources** (${escape(item.code)})`, '', escape(item.message), '', `**Sources say:** ${escape(item.fact)}`);
  } else {
    lines.push('**✓ Supported by the sources**', '', escape(item.fact));
  }
  for (const c of item.citations) {
    const where = `${c.source}:${c.line}`;
    const uri = `${citationUri(sourcesRoot, c)}#L${c.line}`;
    const head = [c.outlet, c.headline].filter(Boolean).map(x => escape(x!)).join(' — ');
    lines.push('', `${head ? `${head} · ` : ''}[${escape(where)}](${uri})`, '', `> ${emphasise(c.excerpt, item)}`);
  }
  return { kind: MarkupKind.Markdown, value: lines.join('\n') };
}

const COMMON = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'was', 'were', 'are', 'has', 'have', 'will', 'their', 'his', 'her', 'its', 'our', 'not', 'but', 'who', 'which']);

/** The excerpt with the words it shares with the claim in bold. */
function emphasise(excerpt: string, item: Finding | Confirmation): string {
  const fact = 'fact' in item ? item.fact : '';
  const keys = new Set((fact.match(/[\p{L}\p{N}]{3,}/gu) ?? []).map(w => w.toLowerCase()).filter(w => !COMMON.has(w)));
  return excerpt.split(/([\p{L}\p{N}]+)/u).map(part => (keys.has(part.toLowerCase()) ? `**${escape(part)}**` : escape(part))).join('');
}

/** Escapes markdown and HTML so text is shown as text. */
export function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~&"':]/g, c => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`)).replace(/\r?\n/g, ' ');
}
