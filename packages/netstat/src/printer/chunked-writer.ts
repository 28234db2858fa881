// netstat's output, handed to the process in chunks as it is produced (a report of a million
// routes is never held whole).
/** Output is handed to the process in chunks of about this many characters. */
const CHUNK = 64 * 1024;

/** Collects lines and hands them to `out` in chunks (never the whole report at once). */
export class ChunkedWriter {
  private chunk = '';

  constructor(private readonly out: (text: string) => void) {}

  write(text: string): void {
    this.chunk += text;
    if (this.chunk.length >= CHUNK) this.flush();
  }

  line(text: string): void {
    this.chunk += text;
    this.chunk += '\n';
    if (this.chunk.length >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.chunk) {
      this.out(this.chunk);
      this.chunk = '';
    }
  }
}
