// The reading process of the pool (pool.ts, reader-process.ts): a child process that reads
// one document's bytes at a time and sends back its analysis. Runs as compiled JS from dist/
// in production and as TypeScript through tsx's loader from source (tests, scripts).
import type { Analysis } from "./analyse.js";
import { analyseDocument } from "./analyse-document.js";
import type { LoadLimits } from "./load-content.js";

export interface WorkerTask {
  bytes: Uint8Array;
  id: string;
  limits: LoadLimits;
}

/** What the child tells the pool: that it has started on the file (the clock starts), then the result. */
export type ReaderMessage =
  | { type: "started" }
  | {
      type: "done";
      analysis: Analysis /** this process's peak RSS so far, in KB */;
      maxRssKb: number;
    };

function send(message: ReaderMessage): void {
  process.send?.(message);
}

process.on("message", async (task: WorkerTask) => {
  send({ type: "started" });
  const analysis = await analyseDocument(task.bytes, task.id, task.limits);
  send({ type: "done", analysis, maxRssKb: process.resourceUsage().maxRSS });
});
// The pool closed the channel (or the run died): nothing more will come.
process.on("disconnect", () => process.exit(0));
