/**
 * The server's view of open documents: the latest check result per document version, checks
 * scheduled with a debounce, and results thrown away when a newer version arrived meanwhile.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, checkIncrementally, LineIndex, type CheckResult, type FactBase, type PieceCache } from '../service';

/** Documents this large are checked piece by piece, re-checking only what an edit touched. */
const INCREMENTAL_MIN = 32 * 1024;

export interface Checked { version: number; text: string; result: CheckResult; index: LineIndex }

export class DocumentChecks {
  private readonly results = new Map<string, Checked>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Per document, the results of its pieces: a large document is re-checked only where it changed. */
  private readonly pieces = new Map<string, PieceCache>();

  constructor(private readonly publish: (uri: string, checked: Checked) => void, private base: () => FactBase, private readonly log: (m: string) => void) {}

  /** Checks after `delay` ms unless another edit comes first; only the newest version is ever published. */
  schedule(doc: TextDocument, delay: number, latest: (uri: string) => TextDocument | undefined): void {
    clearTimeout(this.timers.get(doc.uri));
    this.timers.set(doc.uri, setTimeout(() => {
      this.timers.delete(doc.uri);
      const current = latest(doc.uri);
      if (!current) return;
      const checked = this.checkNow(current);
      if (checked && latest(doc.uri)?.version === checked.version) this.publish(doc.uri, checked);
    }, delay));
  }

  checkNow(doc: TextDocument): Checked | undefined {
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const text = doc.getText();
    try {
      const result = text.length >= INCREMENTAL_MIN
        ? checkIncrementally(text, this.base(), this.pieceCache(doc.uri))
        : checkDocument(text, this.base());
      const checked = { version: doc.version, text, result, index: new LineIndex(text) };
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

  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.results.delete(uri);
    this.pieces.delete(uri);
  }

  /** Facts or settings changed: every cached result is stale. */
  invalidateAll(): void { this.results.clear(); this.pieces.clear(); }
}
