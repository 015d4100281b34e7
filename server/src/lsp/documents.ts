/**
 * The server's view of open documents: the latest check result per document version, checks
 * scheduled with a debounce, and results thrown away when a newer version arrived meanwhile.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, checkInPieces, joinPieces, shiftFindings, LineIndex, type CheckResult, type FactBase, type Finding, type Piece, type PieceCache, type Span } from '../service';

/** Documents this large are checked piece by piece, re-checking only what an edit touched. */
const INCREMENTAL_MIN = 32 * 1024;
/** A check that read this much new text is followed by `reclaim` (a compacting collection, ~50 ms for a megabyte). */
const RECLAIM_MIN = 256 * 1024;

export interface Checked {
  version: number; text: string; result: CheckResult; index: LineIndex;
  /**
   * A document checked piece by piece: its pieces, in order. A piece whose text did not change is
   * the same object from version to version, so what is derived from it (diagnostics) can be kept.
   */
  pieces?: Piece[];
  /** The document was checked before (this is an edit of it): what is derived from its pieces is worth keeping. */
  edited?: boolean;
}

export class DocumentChecks {
  private readonly results = new Map<string, Checked>();
  /** Pending checks: a timer, or an immediate for a check without delay (a timer waits at least 1 ms). */
  private readonly timers = new Map<string, () => void>();
  /** Per document, the results of its pieces: a large document is re-checked only where it changed. */
  private readonly pieces = new Map<string, PieceCache>();

  /** Set by a check of much new text: memory is reclaimed once its result is published. */
  private reclaimDue = false;

  constructor(
    private readonly publish: (uri: string, checked: Checked) => void | Promise<void>, private base: () => FactBase, private readonly log: (m: string) => void,
    private readonly reclaim: () => void = () => {},
  ) {}

  /** Checks after `delay` ms unless another edit comes first; only the newest version is ever published. */
  schedule(doc: TextDocument, delay: number, latest: (uri: string) => TextDocument | undefined): void {
    this.cancel(doc.uri);
    const run = () => {
      this.timers.delete(doc.uri);
      const current = latest(doc.uri);
      if (!current) return;
      const checked = this.checkNow(current);
      const sent = checked && latest(doc.uri)?.version === checked.version ? this.publish(doc.uri, checked) : undefined;
      // After the diagnostics were written: until then their message (megabytes for a large document) is still held.
      if (this.reclaimDue) { this.reclaimDue = false; void Promise.resolve(sent).catch(() => {}).then(() => setImmediate(this.reclaim)); }
    };
    if (delay > 0) {
      const t = setTimeout(run, delay);
      this.timers.set(doc.uri, () => clearTimeout(t));
    } else {
      const i = setImmediate(run);
      this.timers.set(doc.uri, () => clearImmediate(i));
    }
  }

  checkNow(doc: TextDocument): Checked | undefined {
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const text = doc.getText();
    try {
      let result: CheckResult;
      const strings = new Map<string, string>();
      const base = this.base();
      let pieces: Piece[] | undefined;
      let edited = false;
      if (text.length >= INCREMENTAL_MIN) {
        let fresh = 0;
        const cache = this.pieceCache(doc.uri);
        edited = cache.size > 0;
        pieces = checkInPieces(text, base, cache, r => { fresh++; return compact(r, strings); });
        if (text.length >= RECLAIM_MIN && fresh * 2 > pieces.length) this.reclaimDue = true;
        result = joinedLazily(pieces);
      } else {
        result = compact(checkDocument(text, base), strings);
      }
      const checked: Checked = { version: doc.version, text, result, index: new LineIndex(text), ...(pieces && { pieces, edited }) };
      this.results.set(doc.uri, checked);
      return checked;
    } catch (e) {
      // A bug in a check must not take the server down: report it and show nothing for this version.
      this.log(`check failed for ${doc.uri}: ${(e as Error).stack ?? e}`);
      return undefined;
    }
  }

  get(uri: string): Checked | undefined { return this.results.get(uri); }

  private pieceCache(uri: string): PieceCache {
    let cache = this.pieces.get(uri);
    if (!cache) { cache = new Map(); this.pieces.set(uri, cache); }
    return cache;
  }

  private cancel(uri: string): void {
    this.timers.get(uri)?.();
    this.timers.delete(uri);
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.results.delete(uri);
    this.pieces.delete(uri);
  }

  /** Facts or settings changed: every cached result is stale. */
  invalidateAll(): void { this.results.clear(); this.pieces.clear(); }
}

/**
 * The pieces' results in the document's offsets, joined only when asked for: publishing reads the
 * pieces, and only hovers and code actions need the whole list. The findings are kept once joined;
 * the confirmations (only a hover reads them) are joined again each time rather than kept twice.
 */
function joinedLazily(pieces: Piece[]): CheckResult {
  let findings: Finding[] | undefined;
  return {
    get findings() { return (findings ??= pieces.flatMap(p => shiftFindings(p.result.findings, p.offset))); },
    get confirmations() { return joinPieces(pieces).confirmations; },
  };
}

/**
 * The result as the server keeps it: every span reduced to its bounds, and equal texts stored once.
 * A checker's span is often the mention it found (a date, a name, a quotation, with their parts),
 * which the server never reads, and the same fact is confirmed in words built anew each time; kept
 * for every finding and confirmation of a large document, that was most of the server's memory.
 */
function compact(r: CheckResult, strings: Map<string, string>): CheckResult {
  const one = (s: string): string => {
    const seen = strings.get(s);
    if (seen !== undefined) return seen;
    strings.set(s, s);
    return s;
  };
  const out: CheckResult = {
    findings: r.findings.map(f => ({
      ...f, span: bounds(f.span), message: one(f.message), claim: one(f.claim), fact: one(f.fact), ...(f.related && { related: f.related.map(bounds) }),
      fixes: f.fixes.map(x => ({ ...x, title: one(x.title), edits: x.edits.map(e => ({ ...e, span: bounds(e.span), newText: one(e.newText) })) })),
    })),
    confirmations: r.confirmations.map(c => ({ ...c, span: bounds(c.span), fact: one(c.fact) })),
  };
  return out;
}

function bounds(s: Span): Span {
  return { start: s.start, end: s.end };
}
