/** The CLI's output formats. `json` is a contract other tools parse: keep it stable. */
import { LineIndex, type Finding, type Citation } from '../service';

export interface FileResult { path: string; text: string; findings: Finding[] }

export function toJsonDiagnostic(f: Finding, idx: LineIndex) {
  const range = (s: { start: number; end: number }) => ({ start: idx.position(s.start), end: idx.position(s.end) });
  return {
    range: range(f.span),
    severity: f.severity,
    code: f.code,
    message: f.message,
    citations: f.citations.map(c => ({ source: c.source, line: c.line, excerpt: c.excerpt })),
    fixes: f.fixes.map(x => ({ title: x.title, edits: x.edits.map(e => ({ range: range(e.span), newText: e.newText })) })),
  };
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify({
    version: 1,
    files: results.map(r => {
      const idx = new LineIndex(r.text);
      return { path: r.path, diagnostics: r.findings.map(f => toJsonDiagnostic(f, idx)) };
    }),
  });
}

const COLOURS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m' };

export function formatText(results: FileResult[], colour: boolean): string {
  const lines: string[] = [];
  for (const r of results) {
    const idx = new LineIndex(r.text);
    for (const f of r.findings) {
      const p = idx.position(f.span.start);
      const sev = colour ? `${COLOURS[f.severity]}${f.severity}\x1b[0m` : f.severity;
      lines.push(`${r.path}:${p.line + 1}:${p.character + 1}: ${sev}: ${f.message} [${f.code}]`);
      for (const c of f.citations.slice(0, 3)) lines.push(`    ${citeLine(c)}`);
      if (f.citations.length > 3) lines.push(`    … and ${f.citations.length - 3} more sources`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

export function citeLine(c: Citation): string {
  return `source: ${c.source}:${c.line}${c.outlet ? ` (${c.outlet})` : ''}: "${c.excerpt}"`;
}
