/** Text past this size is turned into a Blob, which the browser may keep out of the JS heap. */
const FLUSH_CHARS = 1024 * 1024;

/**
 * Collects lines of text to write later as one file, in Blobs rather than one growing string:
 * annotations.jsonl of 50,000 highlights (tens of MB) is written after the articles, and the
 * browser keeps large Blobs outside the page's memory (on disk past its own limits).
 */
export class LineSpool {
  private readonly parts: Blob[] = [];
  private pending: string[] = [];
  private pendingChars = 0;

  /** Appends one line (a newline is added). */
  add(line: string): void {
    this.pending.push(line, '\n');
    this.pendingChars += line.length + 1;
    if (this.pendingChars >= FLUSH_CHARS) this.flush();
  }

  /** Everything added so far, as one Blob. */
  blob(): Blob {
    this.flush();
    return new Blob(this.parts, { type: 'application/x-ndjson' });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending));
    this.pending = [];
    this.pendingChars = 0;
  }
}
