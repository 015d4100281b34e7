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

/** Maps the service's severities to SARIF levels and GitHub workflow commands. */
const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const GITHUB_COMMAND: Record<string, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

export interface SarifOptions {
  /** file: URI of the folder output paths are relative to (the working folder), ending in `/`. */
  srcRoot: string;
  /** file: URI of the folder holding docs/rules/ (the installed package), ending in `/`. */
  docsRoot: string;
  /** Where a citation's source label is relative to: a file: URI ending in `/`. */
  sourceRoot: (source: string) => string;
  rules: readonly { code: string; severity: string; description: string }[];
  version: string;
}

const uriPath = (p: string) => p.split(/[\\/]/).map(encodeURIComponent).join('/');

/** SARIF 2.1.0: one run, the rules from the rule table, each citation a related location. */
export function formatSarif(results: FileResult[], o: SarifOptions): string {
  const ruleIndex = new Map(o.rules.map((r, i) => [r.code, i]));
  const artifact = (p: string) => (p.startsWith('/') ? { uri: `file://${uriPath(p)}` } : { uri: uriPath(p === '<stdin>' ? 'stdin' : p), uriBaseId: '%SRCROOT%' });
  const region = (idx: LineIndex, s: { start: number; end: number }) => {
    const a = idx.position(s.start), b = idx.position(s.end);
    return { startLine: a.line + 1, startColumn: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
  };
  const bases = new Map<string, string>();
  const baseId = (source: string) => {
    const root = o.sourceRoot(source);
    if (root === o.srcRoot) return '%SRCROOT%';
    if (!bases.has(root)) bases.set(root, `FACTS${bases.size || ''}`);
    return bases.get(root)!;
  };
  const sarifResults = [];
  for (const r of results) {
    const idx = new LineIndex(r.text);
    for (const f of r.findings) {
      sarifResults.push({
        ruleId: f.code,
        ...(ruleIndex.has(f.code) ? { ruleIndex: ruleIndex.get(f.code) } : {}),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: artifact(r.path), region: region(idx, f.span) } }],
        relatedLocations: f.citations.map((c, i) => ({
          id: i + 1,
          message: { text: `${c.outlet ?? 'source'}: ${c.excerpt}` },
          physicalLocation: {
            artifactLocation: { uri: uriPath(c.source), uriBaseId: baseId(c.source) },
            region: { startLine: c.line, startColumn: c.column + 1, endLine: c.line, endColumn: c.column + c.excerpt.length + 1, snippet: { text: c.excerpt } },
          },
        })),
        ...(f.fixes.length ? {
          fixes: f.fixes.map(x => ({
            description: { text: x.title },
            artifactChanges: [{ artifactLocation: artifact(r.path), replacements: x.edits.map(e => ({ deletedRegion: region(idx, e.span), insertedContent: { text: e.newText } })) }],
          })),
        } : {}),
      });
    }
  }
  const originalUriBaseIds: Record<string, { uri: string }> = { '%SRCROOT%': { uri: o.srcRoot } };
  for (const [uri, id] of bases) originalUriBaseIds[id] = { uri };
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'summit-fact-check',
          version: o.version,
          informationUri: `${o.docsRoot}docs/rules/`,
          rules: o.rules.map(r => ({
            id: r.code,
            name: r.code.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
            shortDescription: { text: r.description },
            fullDescription: { text: r.description },
            helpUri: `${o.docsRoot}docs/rules/${r.code}.md`,
            help: { text: `${r.description} See docs/rules/${r.code}.md.` },
            defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      originalUriBaseIds,
      results: sarifResults,
    }],
  });
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per finding, the citations in its message. */
export function formatGithub(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const idx = new LineIndex(r.text);
    for (const f of r.findings) {
      const a = idx.position(f.span.start), b = idx.position(f.span.end);
      const props = [`file=${escapeProperty(r.path)}`, `line=${a.line + 1}`, `col=${a.character + 1}`, `endLine=${b.line + 1}`, `endColumn=${Math.max(1, b.character)}`, `title=${escapeProperty(`${f.code} (summit-fact-check)`)}`];
      const message = [f.message, ...f.citations.map(citeLine)].join('\n');
      lines.push(`::${GITHUB_COMMAND[f.severity]} ${props.join(',')}::${escapeData(message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
