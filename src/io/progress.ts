// Progress of a long batch on stderr: files done / total, findings so far, time elapsed. On a terminal one line that
// rewrites itself; elsewhere (--progress into a log) a plain line now and then. stdout never sees it.

export interface ProgressOptions {
  write: (s: string) => void;
  /** stderr is a terminal: rewrite one line in place. */
  tty: boolean;
  /** Clock in ms (tests pass their own). */
  now?: () => number;
  /** Least time between two lines (ms): 100 on a terminal, 1,000 in a log by default. */
  every?: number;
  /** Stay silent for batches of fewer files than this. */
  minFiles?: number;
}

export function elapsed(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

export class Progress {
  private readonly now: () => number;
  private readonly started: number;
  private readonly every: number;
  private last = -Infinity;
  private shown = false;
  private total = 0;
  private done = 0;
  private findings = 0;

  constructor(private readonly o: ProgressOptions) {
    this.now = o.now ?? Date.now;
    this.started = this.now();
    this.every = o.every ?? (o.tty ? 100 : 1000);
  }

  private active = true;
  private finished = false;

  start(total: number): void {
    this.total = total;
    this.active = total >= (this.o.minFiles ?? 0);
  }

  /** One more file done, with its number of findings. */
  file(findings: number): void {
    this.done++;
    this.findings += findings;
    if (!this.active) return;
    const t = this.now();
    if (this.done < this.total && t - this.last < this.every) return;
    this.last = t;
    this.draw();
  }

  private line(): string {
    return `${this.done}/${this.total} files · ${this.findings} finding${this.findings === 1 ? '' : 's'} · ${elapsed(this.now() - this.started)}`;
  }

  private draw(): void {
    if (this.o.tty) { this.o.write(`\r\u001b[K${this.line()}`); this.shown = true; }
    else this.o.write(`tenderlint: ${this.line()}\n`);
  }

  /** Clears the terminal line before something else is written to the same terminal. */
  clear(): void {
    if (this.o.tty && this.shown && !this.finished) { this.o.write('\r\u001b[K'); this.shown = false; }
  }

  /** Puts the line back after a clear. */
  redraw(): void {
    if (this.o.tty && this.active && this.done && !this.finished) this.draw();
  }

  /** The last state stays on the terminal, ended with a newline. */
  end(): void {
    if (this.o.tty && this.shown) this.o.write('\n');
    this.finished = true;
  }
}
