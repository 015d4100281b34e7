/** A one-line progress bar on stderr, redrawn at most every 100 ms and erased when done. */
export class Progress {
  private done = 0;
  private last = 0;
  private drawn = false;
  constructor(private readonly total: number, private readonly out: NodeJS.WriteStream | { write(s: string): unknown; columns?: number }, private readonly enabled: boolean) {}

  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100 && this.done < this.total) return;
    this.last = now;
    const width = Math.max(10, Math.min(40, ((this.out as { columns?: number }).columns ?? 80) - 40));
    const filled = Math.round((this.done / this.total) * width);
    this.out.write(`\r\x1b[Kchecking [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} files`);
    this.drawn = true;
  }

  end(): void {
    if (this.drawn) this.out.write('\r\x1b[K');
    this.drawn = false;
  }
}
