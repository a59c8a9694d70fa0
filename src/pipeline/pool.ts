// Child processes for the expensive part (extraction and parsing), one file at a time each.
// Processes, not worker threads: V8 enforces a thread's heap limit only on a best-effort basis,
// and a PDF whose drawing operators fill one huge array aborted the whole run on Node 24
// ("Reached heap limit", nodejs/node#47224) instead of stopping its thread. A process that runs
// out of memory dies alone. Each file has a time limit (its process is killed) and each
// process a heap limit (--max-old-space-size); either way the file becomes a failed document
// and a fresh process reads the next file.
//
// Which entry: from dist/ this module is pool.js and runs ./worker.js directly. From the
// TypeScript source (vitest, `node --import tsx`), the module is pool.ts; a child (process or
// thread) does not inherit the parent's in-process transpiler, so it gets tsx's loader through
// execArgv (`--import <tsx>`) and runs ./worker.ts. tsx is a devDependency, so production
// never touches it.
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Analysis, failedAnalysis } from "./analyse.js";
import { batchJitFlag } from "./jit.js";
import type { LoadLimits } from "./load-content.js";
import { ReaderProcess } from "./reader-process.js";

export interface PoolOptions {
  /** Reading processes (and files read at once). */
  workers: number;
  /** Per file; the process reading it is killed after this long. */
  timeoutMs: number;
  /** Per reading process: V8 old-generation heap limit. */
  maxMemoryMb: number;
  limits?: LoadLimits;
}

export interface WorkerEntry {
  filename: string;
  execArgv: string[] | undefined;
}

/** The worker module next to this one, and how a child can load it. */
export function workerEntry(self: string = import.meta.url): WorkerEntry {
  return taskEntry("worker", self);
}

/**
 * A task module in this folder (`stem`.js from dist/, `stem`.ts from source) and how a child
 * can load it: a child started from source gets tsx's loader.
 */
export function taskEntry(stem: string, self: string = import.meta.url): WorkerEntry {
  const file = new URL(`./${stem}${self.endsWith(".ts") ? ".ts" : ".js"}`, self);
  if (!file.pathname.endsWith(".ts")) return { filename: fileURLToPath(file), execArgv: undefined };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  return { filename: fileURLToPath(file), execArgv: ["--import", tsx] };
}

/** How a reading process is started: its entry, heap limit and the run's JIT tuning (jit.ts). */
export function readerExecArgv(entry: WorkerEntry, maxMemoryMb: number, v8 = process.versions.v8) {
  const jit = batchJitFlag(v8);
  return [...(entry.execArgv ?? []), `--max-old-space-size=${maxMemoryMb}`, ...(jit ? [jit] : [])];
}

export class AnalysisPool {
  private readonly idle: ReaderProcess[] = [];
  private readonly waiting: ((reader: ReaderProcess) => void)[] = [];
  /** Processes started and not yet dead or stopped. */
  private running = 0;
  private closed = false;
  private readonly entry = workerEntry(import.meta.url);

  constructor(private readonly options: PoolOptions) {}

  /** Never throws: a timeout, exhausted memory or a crashed process become a failed analysis. */
  async analyse(bytes: Uint8Array, id: string): Promise<Analysis> {
    // The head stays here for the failure path.
    const head = bytes.slice(0, 1024);
    const reader = await this.acquire();
    try {
      const outcome = await reader.read({ bytes, id, limits: this.options.limits ?? {} });
      return "analysis" in outcome ? outcome.analysis : failedAnalysis(head, id, outcome.problem);
    } finally {
      this.release(reader);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const idle = this.idle.splice(0);
    this.running -= idle.length;
    await Promise.all(idle.map((r) => r.stop()));
  }

  private acquire(): Promise<ReaderProcess> {
    const reader = this.idle.pop();
    if (reader) return Promise.resolve(reader);
    if (this.running < Math.max(1, this.options.workers)) {
      this.running += 1;
      return Promise.resolve(this.start());
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(reader: ReaderProcess): void {
    let next: ReaderProcess | undefined = reader;
    if (!reader.alive) {
      // Killed or crashed: a fresh process takes its place if a file is waiting for one.
      next = this.waiting.length > 0 && !this.closed ? this.start() : undefined;
      if (!next) this.running -= 1;
    }
    if (!next) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter(next);
    else if (this.closed) {
      this.running -= 1;
      void next.stop();
    } else this.idle.push(next);
  }

  private start(): ReaderProcess {
    return new ReaderProcess({
      filename: this.entry.filename,
      execArgv: readerExecArgv(this.entry, this.options.maxMemoryMb),
      timeoutMs: this.options.timeoutMs,
      maxMemoryMb: this.options.maxMemoryMb,
    });
  }
}
