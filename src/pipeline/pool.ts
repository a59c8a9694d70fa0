// Worker threads for the expensive part (extraction and parsing), through piscina. Each task
// has a time limit (an AbortSignal: piscina terminates the thread running it) and each thread
// a heap limit (resourceLimits: V8 stops the thread when it is reached); either way the file
// becomes a failed document and the pool starts a fresh thread for the rest.
//
// Which worker file: from dist/ this module is pool.js and runs ./worker.js directly. From the
// TypeScript source (vitest, `node --import tsx`), the module is pool.ts; a worker thread does
// not inherit the parent's in-process transpiler, so it gets tsx's loader through execArgv
// (`--import <tsx>`) and imports ./worker.ts. tsx is a devDependency, so production never
// touches it.
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import { type Analysis, failedAnalysis } from "./analyse.js";
import type { LoadLimits } from "./load-content.js";
import { problem } from "./problems.js";
import type { WorkerTask } from "./worker.js";

const STARTUP_ALLOWANCE_MS = 60_000;

export interface PoolOptions {
  /** Worker threads (and files read at once). */
  workers: number;
  /** Per file; the thread reading it is stopped after this long. */
  timeoutMs: number;
  /** Per worker thread: V8 old-generation heap limit. */
  maxMemoryMb: number;
  limits?: LoadLimits;
}

export interface WorkerEntry {
  filename: string;
  execArgv: string[] | undefined;
}

/** The worker module next to this one, and how a thread can load it. */
export function workerEntry(self: string = import.meta.url): WorkerEntry {
  return taskEntry("worker", self);
}

/**
 * A task module in this folder (`stem`.js from dist/, `stem`.ts from source) and how a thread
 * can load it: a thread started from source gets tsx's loader.
 */
export function taskEntry(stem: string, self: string = import.meta.url): WorkerEntry {
  const file = new URL(`./${stem}${self.endsWith(".ts") ? ".ts" : ".js"}`, self);
  if (!file.pathname.endsWith(".ts")) return { filename: fileURLToPath(file), execArgv: undefined };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  return { filename: fileURLToPath(file), execArgv: ["--import", tsx] };
}

export class AnalysisPool {
  private readonly piscina: Piscina;

  constructor(private readonly options: PoolOptions) {
    const entry = workerEntry(import.meta.url);
    const threads = Math.max(1, options.workers);
    this.piscina = new Piscina({
      filename: entry.filename,
      execArgv: entry.execArgv,
      minThreads: threads,
      maxThreads: threads,
      // Threads live for the whole run; a fresh one is started after a timeout or crash.
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb },
    });
  }

  /** Never throws: a timeout, exhausted memory or a crashed thread become a failed analysis. */
  async analyse(bytes: Uint8Array, id: string): Promise<Analysis> {
    // The head stays here for the failure path; the buffer itself moves to the worker.
    const head = bytes.slice(0, 1024);
    // The time limit starts when a thread takes the file (the worker says so on `started`),
    // so a thread's own start-up (loading pdf.js, after a restart too) is not held against it.
    const { port1, port2 } = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    port1.once("message", () => {
      timer = setTimeout(() => abort.abort(), this.options.timeoutMs);
    });
    // In case a thread never starts at all.
    const cap = setTimeout(() => abort.abort(), this.options.timeoutMs + STARTUP_ALLOWANCE_MS);
    const task: WorkerTask = { bytes, id, limits: this.options.limits ?? {}, started: port2 };
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    try {
      return (await this.piscina.run(task, {
        signal: abort.signal,
        transferList: whole ? [port2, bytes.buffer as ArrayBuffer] : [port2],
      })) as Analysis;
    } catch (error) {
      return failedAnalysis(head, id, workerProblem(error, this.options));
    } finally {
      clearTimeout(timer);
      clearTimeout(cap);
      port1.close();
    }
  }

  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}

function workerProblem(error: unknown, options: PoolOptions) {
  const e = error as { name?: string; code?: string; message?: string };
  if (e?.name === "AbortError") {
    return problem("timeout", `${formatSeconds(options.timeoutMs)} s`);
  }
  if (e?.code === "ERR_WORKER_OUT_OF_MEMORY") {
    return problem("out-of-memory", `${options.maxMemoryMb} MB`);
  }
  return problem("parse-error", e?.message ?? String(error));
}

function formatSeconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}
