/**
 * A progress bar on stderr, drawn only when stderr is a terminal and the input size is known;
 * never in pipes or logs, and off with --quiet. Redrawn at most ten times a second.
 */
export class Progress {
  private last = 0;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  static create(total: number | null, quiet: boolean): Progress | null {
    return !quiet && total !== null && total > 0 && process.stderr.isTTY === true ? new Progress(total) : null;
  }

  update(bytes: number): void {
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const share = Math.min(1, bytes / this.total);
    const width = 30;
    const filled = Math.round(share * width);
    const mb = (n: number) => (n / 1e6).toFixed(1);
    this.stream.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${mb(bytes)}/${mb(this.total)} MB`,
    );
  }

  done(): void {
    this.stream.write('\r\x1b[K');
  }
}
