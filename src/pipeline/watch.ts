// `planpipe watch`: one run at start, then another whenever the folder has changed and the
// changed files have stopped growing (chokidar's awaitWriteFinish), debounced so that a
// hundred files dropped at once cause one run. Changes during a run cause one more run after
// it. The cache makes each of these runs cost only the files that changed.
import { resolve, sep } from "node:path";
import { watch as chokidarWatch, type FSWatcher } from "chokidar";
import { type RunOptions, type RunSummary, runPipeline } from "./run.js";
import { hasDocumentExtension, isIgnoredName } from "./scan.js";

export interface WatchOptions extends RunOptions {
  /** A file counts as written when its size has not changed for this long. */
  settleMs?: number;
  /** Quiet time after the last change before a run starts. */
  debounceMs?: number;
  /** Chokidar polls instead of using fs events (network shares). */
  usePolling?: boolean;
  onRunStart?: (reason: "start" | "change", changed: string[]) => void;
  onRunDone?: (summary: RunSummary) => void;
  onRunError?: (error: unknown) => void;
}

export interface FolderWatcher {
  /** Resolves when no run is going on or waiting. */
  idle(): Promise<void>;
  /** Stops watching; waits for a run in progress to finish. */
  close(): Promise<void>;
}

export async function watchFolder(options: WatchOptions): Promise<FolderWatcher> {
  const input = resolve(options.inputFolder);
  const out = resolve(options.outFolder);
  let running: Promise<void> | null = null;
  let pending: string[] = [];
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  let idleWaiters: (() => void)[] = [];

  const isIdle = () => running === null && timer === null && pending.length === 0;
  const settleIdle = () => {
    if (!isIdle()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  };

  const runOnce = (reason: "start" | "change", changed: string[]) => {
    running = (async () => {
      options.onRunStart?.(reason, changed);
      try {
        options.onRunDone?.(await runPipeline(options));
      } catch (error) {
        // A failed run (output not writable, another run holding the folder) is reported;
        // the watcher keeps going and tries again on the next change.
        options.onRunError?.(error);
      }
    })().finally(() => {
      running = null;
      if (pending.length > 0 && !closed) schedule();
      settleIdle();
    });
  };

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (closed) return settleIdle();
      if (running) return; // runs again when the current run ends
      const changed = pending;
      pending = [];
      runOnce("change", changed);
    }, options.debounceMs ?? 1000);
  }

  const ignored = (path: string): boolean => {
    const full = resolve(path);
    if (full === out || full.startsWith(out + sep)) return true;
    if (full === input) return false;
    const name = full.slice(full.lastIndexOf(sep) + 1);
    return isIgnoredName(name);
  };

  const watcher: FSWatcher = chokidarWatch(input, {
    ignoreInitial: true,
    ignored,
    usePolling: options.usePolling,
    awaitWriteFinish: { stabilityThreshold: options.settleMs ?? 2000, pollInterval: 100 },
  });
  const onChange = (path: string) => {
    if (closed) return;
    pending.push(
      resolve(path)
        .slice(input.length + 1)
        .split(sep)
        .join("/"),
    );
    schedule();
  };
  for (const event of ["add", "change", "unlink"] as const) {
    watcher.on(event, (path: string) => {
      if (hasDocumentExtension(path)) onChange(path);
    });
  }
  // A folder removed takes its documents along. (A folder added needs no event of its own:
  // its files are reported one by one, each once it has settled.)
  watcher.on("unlinkDir", onChange);
  watcher.on("error", (error) => options.onRunError?.(error));
  await new Promise<void>((ready) => watcher.once("ready", () => ready()));

  runOnce("start", []);

  return {
    idle: () =>
      new Promise<void>((done) => {
        idleWaiters.push(done);
        settleIdle();
      }),
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      pending = [];
      await watcher.close();
      await running;
      settleIdle();
    },
  };
}
