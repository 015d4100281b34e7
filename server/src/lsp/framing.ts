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

/** A message's JSON as pieces to write one after another, and its length in UTF-8 bytes. */
interface Frame { parts: string[]; bytes: number }

/**
 * The JSON of diagnostics already written, with its UTF-8 length. After an edit, a document's diagnostics are
 * mostly the very objects of the last version (the server keeps them per piece), so only the few the edit
 * touched are serialised again. A diagnostic is remembered the second time it is written: the diagnostics of a
 * document only opened are written once, and keep no copy of their JSON alive while they are held.
 */
const seen = new WeakSet<object>();
const written = new WeakMap<object, { json: string; bytes: number }>();

function jsonOf(d: object): { json: string; bytes: number } {
  const kept = written.get(d);
  if (kept) return kept;
  const json = JSON.stringify(d);
  const piece = { json, bytes: Buffer.byteLength(json, 'utf8') };
  if (seen.has(d)) written.set(d, piece);
  else seen.add(d);
  return piece;
}

const DIAGNOSTICS_KEY = '"diagnostics":[';

/** The message's JSON: the same text as JSON.stringify(msg), a publishDiagnostics message's built from each diagnostic's. */
export function frameOf(msg: Message): Frame {
  const params = (msg as { method?: unknown; params?: { diagnostics?: unknown } }).params;
  const list = (msg as { method?: unknown }).method === 'textDocument/publishDiagnostics' ? params?.diagnostics : undefined;
  if (!Array.isArray(list) || list.length === 0 || !list.every(d => d !== null && typeof d === 'object' && typeof (d as { toJSON?: unknown }).toJSON !== 'function')) {
    const json = JSON.stringify(msg);
    return { parts: [json], bytes: Buffer.byteLength(json, 'utf8') };
  }
  // The message around an empty list; the key is found from the end, since "diagnostics" is the last key the server
  // writes, and a quotation mark inside a string is always escaped, so no string's text can look like the key.
  const outer = JSON.stringify({ ...msg, params: { ...params, diagnostics: [] } });
  const at = outer.lastIndexOf(DIAGNOSTICS_KEY + ']') + DIAGNOSTICS_KEY.length;
  const head = outer.slice(0, at);
  const tail = outer.slice(at);
  const parts = [head];
  let bytes = Buffer.byteLength(head, 'utf8') + Buffer.byteLength(tail, 'utf8') + list.length - 1;
  for (let i = 0; i < list.length; i++) {
    const piece = jsonOf(list[i] as object);
    parts.push(i ? `,${piece.json}` : piece.json);
    bytes += piece.bytes;
  }
  parts.push(tail);
  return { parts, bytes };
}

/** The parts joined into slices of about SLICE characters, none split inside a surrogate pair. */
function* slices(parts: string[]): Generator<string> {
  let group: string[] = [];
  let size = 0;
  for (const part of parts) {
    if (size + part.length > SLICE && group.length) { yield group.join(''); group = []; size = 0; }
    if (part.length <= SLICE) { group.push(part); size += part.length; continue; }
    for (let at = 0; at < part.length;) {
      let end = Math.min(at + SLICE, part.length);
      // Never between the two halves of a surrogate pair: each half alone would be written as U+FFFD.
      if (end < part.length && (part.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
      yield part.slice(at, end);
      at = end;
    }
  }
  if (group.length) yield group.join('');
}

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
    const frame = frameOf(msg);
    return new Promise((resolve, reject) => {
      const done = (e?: Error | null) => {
        if (!e) { resolve(); return; }
        this.errorCount++;
        this.fireError(e, msg, this.errorCount);
        reject(e);
      };
      const header = `Content-Length: ${frame.bytes}\r\n\r\n`;
      // A message that fits one slice goes out in one write with its header: one system call, not two.
      let chars = 0;
      for (const part of frame.parts) chars += part.length;
      if (chars <= SLICE) { this.out.write(header + frame.parts.join(''), 'utf8', done); return; }
      this.out.write(header, 'ascii');
      let last: string | undefined;
      for (const slice of slices(frame.parts)) {
        if (last !== undefined) this.out.write(last, 'utf8');
        last = slice;
      }
      this.out.write(last ?? '', 'utf8', done);
    });
  }

  end(): void { this.out.end(); }
}
