// The worker-thread side of the pool (pool.ts): one document's bytes in, its analysis out.
// Runs as compiled JS from dist/ in production and as TypeScript through tsx's loader from
// source (tests, scripts); see pool.ts.
import type { MessagePort } from "node:worker_threads";
import type { Analysis } from "./analyse.js";
import { analyseDocument } from "./analyse-document.js";
import type { LoadLimits } from "./load-content.js";

export interface WorkerTask {
  bytes: Uint8Array;
  id: string;
  limits: LoadLimits;
  /** Told when this thread starts on the file: the time limit counts from here. */
  started?: MessagePort;
}

export default async function analyse(task: WorkerTask): Promise<Analysis> {
  task.started?.postMessage("started"); // the pool closes the channel when the task ends
  return analyseDocument(task.bytes, task.id, task.limits);
}
