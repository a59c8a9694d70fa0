// One reading process of the pool (pool.ts): a child process that reads one file at a time
// (worker.ts is its entry). The parent side here sends a file, starts the file's clock when the
// child says it has started on it, and turns the child's death into the file's problem: killed
// at the time limit, out of memory (V8 aborts at --max-old-space-size), or crashed otherwise.
import { type ChildProcess, fork } from "node:child_process";
import { setTimeout as delay } from "node:timers/promises";
import type { Problem } from "../model/records.js";
import type { Analysis } from "./analyse.js";
import { problem } from "./problems.js";
import type { ReaderMessage, WorkerTask } from "./worker.js";

/** How much of a child's stderr is kept to tell why it died. */
const STDERR_TAIL = 4096;
/** A child that has not started on its file after this long (plus the time limit) is stuck. */
const STARTUP_ALLOWANCE_MS = 60_000;
/** How long to wait for the rest of a dead child's stderr. */
const STDERR_WAIT_MS = 1_000;
/** After a disconnect, how long a child may take to exit before it is killed. */
const EXIT_GRACE_MS = 2_000;

export interface ReaderOptions {
  filename: string;
  execArgv: string[];
  timeoutMs: number;
  maxMemoryMb: number;
}

// The peak memory of this process and its readers together, for the run's summary. Each
// reader reports its own peak with every file; the sum of this process's peak so far and the
// peaks of the readers alive is an upper bound of the memory in use until then (the peaks
// need not coincide). The largest such sum, or this process's own peak if larger (the outputs
// are written after the readers have gone), is the run's peak.
const livePeaksKb = new Map<ReaderProcess, number>();
let combinedPeakKb = 0;

/** Peak resident memory of this process and its reading processes so far, in KB. */
export function peakRssWithReadersKb(): number {
  return Math.max(combinedPeakKb, process.resourceUsage().maxRSS);
}

function notePeak(reader: ReaderProcess, kb: number | undefined): void {
  if (kb === undefined) {
    livePeaksKb.delete(reader);
    return;
  }
  livePeaksKb.set(reader, kb);
  let sum = process.resourceUsage().maxRSS;
  for (const v of livePeaksKb.values()) sum += v;
  combinedPeakKb = Math.max(combinedPeakKb, sum);
}

export type ReadOutcome = { analysis: Analysis } | { problem: Problem };

export class ReaderProcess {
  private readonly child: ChildProcess;
  private stderrTail = "";
  private readonly exited: Promise<void>;
  private readonly stderrRead: Promise<void>;
  /** False once the child has died or been stopped: the pool starts another. */
  alive = true;

  constructor(private readonly options: ReaderOptions) {
    this.child = fork(options.filename, [], {
      execArgv: options.execArgv,
      serialization: "advanced", // structured clone: bytes go as bytes, not as JSON
      // stdout is the run's progress stream; a reader has nothing to say there. stderr is kept
      // (a tail of it) to tell an out-of-memory abort from another crash.
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    this.child.stderr?.setEncoding("utf8");
    this.child.stderr?.on("data", (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_TAIL);
    });
    // A failed send or spawn shows up here as well as on `exit`; `exit` decides.
    this.child.on("error", () => undefined);
    this.stderrRead = new Promise((resolve) => {
      if (this.child.stderr) this.child.stderr.once("close", resolve);
      else resolve();
    });
    // `exit`, not `close`: a child the pool disconnects exits without `close` (Node 20-24).
    this.exited = new Promise((resolve) => {
      this.child.once("exit", () => {
        this.alive = false;
        notePeak(this, undefined);
        resolve();
      });
    });
  }

  /** Reads one file. Never rejects: a killed or crashed child becomes the file's problem. */
  read(task: WorkerTask): Promise<ReadOutcome> {
    const { timeoutMs, maxMemoryMb } = this.options;
    return new Promise((resolve) => {
      let timedOut = false;
      let timer: NodeJS.Timeout | undefined;
      const stop = () => {
        timedOut = true;
        this.child.kill("SIGKILL");
      };
      // In case the child never starts on the file at all.
      const cap = setTimeout(stop, timeoutMs + STARTUP_ALLOWANCE_MS);
      const finish = (outcome: ReadOutcome) => {
        clearTimeout(timer);
        clearTimeout(cap);
        this.child.off("message", onMessage);
        this.child.off("exit", onExit);
        resolve(outcome);
      };
      const onMessage = (message: ReaderMessage) => {
        if (message.type === "started") {
          // The clock starts when the child takes the file, so its own start-up (loading pdf.js)
          // is not held against the file.
          timer = setTimeout(stop, timeoutMs);
        } else {
          notePeak(this, message.maxRssKb);
          finish({ analysis: message.analysis });
        }
      };
      const onExit = async (code: number | null, signal: NodeJS.Signals | null) => {
        // V8's last words on stderr may arrive after `exit`.
        await Promise.race([this.stderrRead, delay(STDERR_WAIT_MS, undefined, { ref: false })]);
        if (timedOut) {
          finish({ problem: problem("timeout", `${formatSeconds(timeoutMs)} s`) });
        } else if (isOutOfMemory(code, signal, this.stderrTail)) {
          finish({ problem: problem("out-of-memory", `${maxMemoryMb} MB`) });
        } else {
          finish({ problem: problem("parse-error", crashDetail(code, signal)) });
        }
      };
      this.child.on("message", onMessage);
      this.child.once("exit", onExit);
      // A child that died meanwhile fails the send; its `exit` event settles the file.
      this.child.send(task, (error) => {
        if (error && this.child.exitCode === null && this.child.signalCode === null) stop();
      });
    });
  }

  /** Lets the child finish and exit (it exits when the channel closes); kills it if it hangs. */
  async stop(): Promise<void> {
    if (!this.alive) return;
    this.alive = false;
    if (this.child.connected) this.child.disconnect();
    const grace = setTimeout(() => this.child.kill("SIGKILL"), EXIT_GRACE_MS);
    await this.exited;
    clearTimeout(grace);
  }
}

/**
 * V8 aborts a process that reaches its heap limit, saying so on stderr; an abort without those
 * words is most likely the same (other aborts are internal assertions, far rarer).
 */
export function isOutOfMemory(
  code: number | null,
  signal: NodeJS.Signals | null,
  stderr: string,
): boolean {
  if (/heap out of memory|Allocation failed/i.test(stderr)) return true;
  return signal === "SIGABRT" || code === 134;
}

function crashDetail(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `reader process killed by ${signal}` : `reader process exited with code ${code}`;
}

function formatSeconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}
