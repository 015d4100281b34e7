/** Offsets to LSP positions (0-based line, UTF-16 character) and back. */
import { computeLineStarts } from './markdown/prose';

export interface Position { line: number; character: number }

export class LineIndex {
  private readonly starts: number[];
  constructor(private readonly text: string) { this.starts = computeLineStarts(text); }
  position(offset: number): Position {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) { const m = (lo + hi + 1) >> 1; if (this.starts[m] <= offset) lo = m; else hi = m - 1; }
    return { line: lo, character: offset - this.starts[lo] };
  }
  offset(p: Position): number {
    const start = this.starts[Math.min(Math.max(p.line, 0), this.starts.length - 1)] ?? 0;
    return Math.min(start + Math.max(0, p.character), this.text.length);
  }
}
