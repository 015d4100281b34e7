/**
 * Guards the server's stdin: passes on well-formed LSP frames and drops anything else (a header
 * without a numeric Content-Length, garbage between frames). The JSON-RPC reader stops for good on
 * a bad header; after this filter it never sees one, so the server keeps answering.
 */
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
const START = Buffer.from('Content-Length:');
/** A frame larger than this is refused (and skipped) rather than buffered. */
const MAX_FRAME = 64 * 1024 * 1024;

export class FrameFilter extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  /** Chunks of a frame still arriving, joined only once the frame is whole: joining on every chunk copies a large frame over and over. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes the frame at the start of the buffer needs in all, once its header was read. */
  private need = 0;
  private skip = 0;
  /** Frames dropped, for the log. */
  dropped = 0;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.need && this.buffer.length + this.pendingBytes + chunk.length < this.need) {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      done();
      return;
    }
    this.buffer = this.buffer.length || this.pending.length ? Buffer.concat([this.buffer, ...this.pending, chunk]) : chunk;
    this.pending = [];
    this.pendingBytes = 0;
    this.need = 0;
    for (;;) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, this.buffer.length);
        this.buffer = this.buffer.subarray(n);
        this.skip -= n;
        if (this.skip > 0) break;
      }
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) { if (this.buffer.length > 8192) this.resync(1); break; }
      const header = this.buffer.subarray(0, end).toString('ascii');
      const m = /^Content-Length:[ \t]*(\d+)[ \t]*$/im.exec(header);
      if (!m) {
        this.dropped++;
        this.resync(1);
        continue;
      }
      const length = Number(m[1]);
      const total = end + HEADER_END.length + length;
      if (length > MAX_FRAME) { this.dropped++; this.skip = total; continue; }
      if (this.buffer.length < total) { this.need = total; break; }
      this.push(Buffer.concat([Buffer.from(`Content-Length: ${length}\r\n\r\n`), this.buffer.subarray(end + HEADER_END.length, total)]));
      this.buffer = this.buffer.subarray(total);
    }
    // A short rest would otherwise keep the whole joined block (the frame just passed on) alive.
    if (this.buffer.length && this.buffer.length * 4 < this.buffer.buffer.byteLength && this.buffer.buffer.byteLength > 65536) this.buffer = Buffer.from(this.buffer);
    done();
  }

  /** Drops bytes up to the next "Content-Length:" after `from`. */
  private resync(from: number): void {
    const next = this.buffer.indexOf(START, from);
    this.buffer = next < 0 ? Buffer.alloc(0) : this.buffer.subarray(next);
  }
}
