/** Maps the service's findings to LSP diagnostics, hovers and edits. Only this folder knows LSP. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range, type TextEdit, MarkupKind, type MarkupContent } from 'vscode-languageserver';
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

/**
 * Parts shared by every diagnostic that names the same rule page or cites the same passage: a large
 * document has thousands of diagnostics citing a few dozen passages, and the server keeps them.
 */
const ruleLinks = new Map<string, { href: string }>();
const relatedByCitation = new WeakMap<Citation, { root: string; info: DiagnosticRelatedInformation }>();

function ruleLink(docsRoot: string, code: string): { href: string } {
  const file = path.join(docsRoot, 'rules', `${code}.md`);
  let link = ruleLinks.get(file);
  if (!link) { link = { href: fileUri(file) }; ruleLinks.set(file, link); }
  return link;
}

function related(root: SourceRoot, c: Citation): DiagnosticRelatedInformation {
  const folder = root(c.source);
  const seen = relatedByCitation.get(c);
  if (seen && seen.root === folder) return seen.info;
  const info = {
    location: { uri: fileUri(path.join(folder, c.source)), range: { start: { line: c.line - 1, character: c.column }, end: { line: c.line - 1, character: c.column + c.excerpt.length } } },
    message: `${c.outlet ?? 'source'}: ${c.excerpt}`,
  };
  relatedByCitation.set(c, { root: folder, info });
  return info;
}

/** A finding's citations as related information: findings that cite the same passages (an event's) share one list. */
const relatedLists = new WeakMap<Citation[], DiagnosticRelatedInformation[]>();
function relatedOf(root: SourceRoot, citations: Citation[]): DiagnosticRelatedInformation[] {
  const list = citations.map(c => related(root, c));
  const seen = relatedLists.get(citations);
  if (seen && seen.length === list.length && seen.every((x, i) => x === list[i])) return seen;
  relatedLists.set(citations, list);
  return list;
}

/** The finding as a diagnostic; its spans are offsets in the document from `shift` on (a piece's findings). */
export function toDiagnostic(f: Finding, idx: LineIndex, severity: Severity, docsRoot: string, sourcesRoot: SourceRoot, shift = 0): Diagnostic {
  return {
    range: { start: idx.position(f.span.start + shift), end: idx.position(f.span.end + shift) },
    severity: SEVERITY[severity],
    source: 'summit-fact-check',
    code: f.code,
    codeDescription: ruleLink(docsRoot, f.code),
    message: f.message,
    relatedInformation: relatedOf(sourcesRoot, f.citations),
  };
}

/** A diagnostic of a piece that moved down (or up) by `lines`: everything but its range is shared. */
export function movedDiagnostic(d: Diagnostic, lines: number): Diagnostic {
  const { start, end } = d.range;
  return { ...d, range: { start: { line: start.line + lines, character: start.character }, end: { line: end.line + lines, character: end.character } } };
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
