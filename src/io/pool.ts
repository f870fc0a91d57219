// A small pool of worker threads (node:worker_threads) for --concurrency: each worker lints one file at a time with
// the next one already queued, results by promise. The caller decides the order in which results are used; the pool only runs them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lazyRequire } from '../lazy-require.js';
import { PKG_ROOT } from '../paths.js';
import type { FileResult } from '../model/finding.js';
import type { LintFilesOptions } from './options.js';

export interface WorkerData {
  /** The lint options (data only: callbacks are dropped). */
  options: LintFilesOptions;
  /** Send the parsed document back too (the HTML report and --fix need it). */
  keepDoc: boolean;
}
export interface WorkerTask { id: number; file: string }
export type WorkerReply = { id: number; result: FileResult; error?: undefined } | { id: number; error: string; result?: undefined };

/**
 * The worker's entry: the bundled one (dist/worker.bundle.cjs, one file to load) when it was built, else the
 * compiled module (dist/io/worker.js). Tests that run the TypeScript sources use the latter, so they need a build.
 */
export function workerEntry(): string {
  const bundled = join(PKG_ROOT, 'dist', 'worker.bundle.cjs');
  return existsSync(bundled) ? bundled : join(PKG_ROOT, 'dist', 'io', 'worker.js');
}

/** Data only: functions cannot cross to a worker, and they do not change a result. */
function plainOptions(options: LintFilesOptions): LintFilesOptions {
  return JSON.parse(JSON.stringify(options, (_k, v: unknown) => (typeof v === 'function' ? undefined : v))) as LintFilesOptions;
}

type Pending = { resolve: (r: FileResult) => void; reject: (e: Error) => void };
type Slot = { worker: import('node:worker_threads').Worker; tasks: Array<WorkerTask & Pending> };

/**
 * Tasks sent to a worker ahead of time: the next file waits in the worker's queue while it lints the current one, so
 * a worker does not idle while the main thread, busy writing the report, gets round to sending it more work.
 */
const IN_FLIGHT = 2;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<WorkerTask & Pending> = [];
  private failure: Error | undefined;
  private nextId = 0;

  private readonly entry: string;
  private readonly workerData: WorkerData;

  /** Workers start on demand, up to `size`: a batch served from the cache starts none. */
  constructor(private readonly size: number, options: LintFilesOptions, keepDoc: boolean) {
    this.entry = workerEntry();
    if (!existsSync(this.entry)) throw new Error(`the worker ${this.entry} is missing; run "npm run build"`);
    this.workerData = { options: plainOptions(options), keepDoc };
  }

  private spawn(): void {
    const { Worker } = lazyRequire('node:worker_threads') as typeof import('node:worker_threads');
    const slot: Slot = { worker: new Worker(this.entry, { workerData: this.workerData }), tasks: [] };
    slot.worker.on('message', (m: WorkerReply) => this.settle(slot, m));
    slot.worker.on('error', (e) => this.fail(slot, e));
    slot.worker.on('exit', (code) => { if (!this.closed) this.fail(slot, new Error(`a worker thread stopped (exit code ${code})`)); });
    this.slots.push(slot);
  }

  /** Worker threads started so far. */
  get started(): number { return this.slots.length; }

  private closed = false;

  /** Lints one file on the next free worker. */
  run(file: string): Promise<FileResult> {
    return new Promise((resolve, reject) => {
      if (this.failure) { reject(this.failure); return; }
      this.queue.push({ id: this.nextId++, file, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    // A new worker only while no started one is idle: a small batch keeps to the threads it needs.
    const idle = this.slots.filter((s) => !s.tasks.length).length;
    for (let i = idle; i < this.queue.length && this.slots.length < this.size; i++) this.spawn();
    // First one task each, then the queued next ones, so that every worker starts before any gets a second file.
    for (let depth = 1; depth <= IN_FLIGHT; depth++) {
      for (const slot of this.slots) {
        if (slot.tasks.length >= depth || !this.queue.length) continue;
        const task = this.queue.shift()!;
        slot.tasks.push(task);
        slot.worker.postMessage({ id: task.id, file: task.file } satisfies WorkerTask);
      }
    }
  }

  private settle(slot: Slot, m: WorkerReply): void {
    const i = slot.tasks.findIndex((t) => t.id === m.id);
    if (i < 0) return;
    const [task] = slot.tasks.splice(i, 1);
    if (m.error !== undefined) task!.reject(new Error(m.error));
    else task!.resolve(m.result);
    this.pump();
  }

  /** A worker that crashed (out of memory, a native fault) fails its tasks and every later one. */
  private fail(slot: Slot, e: Error): void {
    this.failure ??= e;
    for (const t of slot.tasks.splice(0)) t.reject(e);
    for (const t of this.queue.splice(0)) t.reject(e);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
