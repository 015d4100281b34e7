/**
 * Reads LSP frames from the server's stdin. Well-formed frames are passed on; anything else (a
 * header without a numeric Content-Length, garbage between frames) is dropped, so a malformed
 * message never stops the reader (vscode-jsonrpc's own reader stops for good on a bad header).
 *
 * A body is decoded to text piece by piece as it arrives, never joined into one buffer: a buffer
 * of megabytes (a large document opened) makes glibc raise its mmap and trim thresholds for good,
 * and the process then keeps some ten megabytes it has freed.
 */
import { StringDecoder } from 'node:string_decoder';
import { AbstractMessageReader, AbstractMessageWriter, type DataCallback, type Disposable, type Message, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';

const HEADER_END = Buffer.from('\r\n\r\n');
const START = Buffer.from('Content-Length:');
/** A frame larger than this is refused (and skipped) rather than read. */
const MAX_FRAME = 64 * 1024 * 1024;
/** A header is never longer than this: past it, bytes without a header end are garbage. */
const MAX_HEADER = 8192;

export class FrameReader extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | undefined;
  /** Bytes of a header not yet complete (a few kilobytes at most). */
  private head: Buffer = Buffer.alloc(0);
  /** Bytes of the current body still to come; -1 while a header is read. */
  private body = -1;
  /** Bytes of a refused frame still to drop. */
  private skip = 0;
  private readonly decoder = new StringDecoder('utf8');
  private text: string[] = [];
  /** Frames dropped, for the log. */
  dropped = 0;

  constructor(private readonly input: NodeJS.ReadableStream) {
    super();
    input.on('error', (e: Error) => this.fireError(e));
    input.on('close', () => this.fireClose());
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer) => this.onData(chunk);
    this.input.on('data', onData);
    return { dispose: () => { this.input.off('data', onData); } };
  }

  private onData(chunk: Buffer): void {
    let buf = this.head.length ? Buffer.concat([this.head, chunk]) : chunk;
    this.head = Buffer.alloc(0);
    while (buf.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, buf.length);
        this.skip -= n;
        buf = buf.subarray(n);
      } else if (this.body >= 0) {
        const n = Math.min(this.body, buf.length);
        this.text.push(this.decoder.write(buf.subarray(0, n)));
        this.body -= n;
        buf = buf.subarray(n);
        if (this.body === 0) this.deliver();
      } else {
        const end = buf.indexOf(HEADER_END);
        if (end < 0) {
          // Copied: the rest of a header must not keep the whole chunk alive.
          this.head = Buffer.from(buf.length > MAX_HEADER ? resync(buf) : buf);
          break;
        }
        const m = /^Content-Length:[ \t]*(\d+)[ \t]*$/im.exec(buf.subarray(0, end).toString('ascii'));
        if (!m) {
          this.dropped++;
          buf = resync(buf);
          continue;
        }
        const length = Number(m[1]);
        buf = buf.subarray(end + HEADER_END.length);
        if (length > MAX_FRAME) { this.dropped++; this.skip = length; continue; }
        this.body = length;
        if (length === 0) this.deliver();
      }
    }
  }

  /** The body is complete: parse it and pass the message on (a body that is not JSON is reported, and reading goes on). */
  private deliver(): void {
    this.text.push(this.decoder.end());
    const json = this.text.join('');
    this.text = [];
    this.body = -1;
    let message: Message;
    try { message = JSON.parse(json) as Message; } catch (e) { this.fireError(e); return; }
    this.callback?.(message);
  }
}

/** The bytes from the next "Content-Length:" after the first byte on; none when there is none. */
function resync(buf: Buffer): Buffer {
  const next = buf.indexOf(START, 1);
  return next < 0 ? Buffer.alloc(0) : buf.subarray(next);
}

/** Characters of a message written at a time: at most 96 KB of UTF-8, below glibc's initial mmap threshold (128 KB). */
const SLICE = 32 * 1024;

/**
 * Writes messages as vscode-jsonrpc's stream writer does (a Content-Length header, then the JSON),
 * but a large message as slices of its text rather than one buffer (see FrameReader: the
 * diagnostics of a large document are megabytes).
 */
export class SlicedMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly out: NodeJS.WritableStream) {
    super();
    out.on('error', (e: Error) => this.fireError(e));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    const json = JSON.stringify(msg);
    return new Promise((resolve, reject) => {
      const done = (e?: Error | null) => {
        if (!e) { resolve(); return; }
        this.errorCount++;
        this.fireError(e, msg, this.errorCount);
        reject(e);
      };
      const header = `Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n`;
      // A message that fits one slice goes out in one write with its header: one system call, not two.
      if (json.length <= SLICE) { this.out.write(header + json, 'utf8', done); return; }
      this.out.write(header, 'ascii');
      for (let at = 0; at < json.length;) {
        let end = Math.min(at + SLICE, json.length);
        // Never between the two halves of a surrogate pair: each half alone would be written as U+FFFD.
        if (end < json.length && (json.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
        this.out.write(json.slice(at, end), 'utf8', end === json.length ? done : undefined);
        at = end;
      }
    });
  }

  end(): void { this.out.end(); }
}
