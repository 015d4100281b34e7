#!/usr/bin/env node
/**
 * summit-fact-check: checks markdown drafts against the summit's fact packs.
 *   summit-fact-check [--format text|json] [--facts PACK]... FILE...
 *   summit-fact-check facts [--format text|json] [--facts PACK]...
 * Exit status: 0 no error-severity finding, 1 at least one, 2 usage or I/O error.
 */
import * as fs from 'node:fs';
import { checkDocument, describeFacts } from '../service';
import { loadPacks } from '../node/packs';
import { formatJson, formatText, citeLine, type FileResult } from './format';

const USAGE = 'usage: summit-fact-check [--format text|json] [--facts PACK]... FILE... | summit-fact-check facts [--format text|json]';

class UsageError extends Error {}

interface Options { format: 'text' | 'json'; facts: string[]; files: string[]; command: 'check' | 'facts' }

export function parseArgs(argv: string[]): Options {
  const o: Options = { format: 'text', facts: [], files: [], command: 'check' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => { const v = argv[++i]; if (v === undefined) throw new UsageError(`${a} needs a value`); return v; };
    if (a === '--format' || a === '-f') { const v = value(); if (v !== 'text' && v !== 'json') throw new UsageError(`unknown format "${v}" (text or json)`); o.format = v; }
    else if (a.startsWith('--format=')) { const v = a.slice(9); if (v !== 'text' && v !== 'json') throw new UsageError(`unknown format "${v}" (text or json)`); o.format = v; }
    else if (a === '--facts') o.facts.push(value());
    else if (a === '--help' || a === '-h') { process.stdout.write(USAGE + '\n'); process.exit(0); }
    else if (a === '--') o.files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else if (a === 'facts' && !o.files.length && o.command === 'check') o.command = 'facts';
    else o.files.push(a);
  }
  if (o.command === 'check' && !o.files.length) throw new UsageError('no files given');
  return o;
}

function main(): number {
  let opts: Options;
  try { opts = parseArgs(process.argv.slice(2)); } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`summit-fact-check: ${e.message}\n${USAGE}\n`); return 2; }
    throw e;
  }
  const loaded = loadPacks(opts.facts, process.cwd());
  for (const { file, problem } of loaded.problems) process.stderr.write(`${file}:${problem.line}:${problem.column}: error: ${problem.message}\n`);
  if (opts.command === 'facts') {
    const entries = describeFacts(loaded.base);
    if (opts.format === 'json') process.stdout.write(JSON.stringify({ version: 1, facts: entries.map(e => ({ ...e, citations: e.citations.map(c => ({ source: c.source, line: c.line, excerpt: c.excerpt })) })) }) + '\n');
    else for (const e of entries) process.stdout.write(`[${e.kind}] ${e.statement}\n${e.citations.map(c => `    ${citeLine(c)}\n`).join('')}`);
    return loaded.problems.length ? 2 : 0;
  }
  const results: FileResult[] = [];
  for (const file of opts.files) {
    let text: string;
    try { text = file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8'); } catch (e) {
      process.stderr.write(`summit-fact-check: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
    results.push({ path: file === '-' ? '<stdin>' : file, text, findings: checkDocument(text, loaded.base).findings });
  }
  const out = opts.format === 'json' ? formatJson(results) + '\n' : formatText(results, !!process.stdout.isTTY && !process.env.NO_COLOR);
  process.stdout.write(out);
  return results.some(r => r.findings.some(f => f.severity === 'error')) ? 1 : 0;
}

process.exitCode = main();
