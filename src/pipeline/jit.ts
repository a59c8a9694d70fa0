// A run is a short batch job: much of its code (module set-up, each file's first pages, the
// outputs) runs a few hundred times and is then done. V8 11 (Node 20) hands such code to its
// optimising compiler early, and that compiling, on background threads, took about a third
// of a cold run's CPU time. Asking for four times as much use before optimising cut a cold
// run's CPU time by about 15 % and its wall time by 5–8 % (`npm run bench`, 2026-11-24).
// V8 12 and later (Node 22, 24) have a mid tier (Maglev) and gained nothing, so they are
// left as they are.
import { setFlagsFromString } from "node:v8";

/** V8's default interrupt budget in V8 11, and the multiple a run uses. */
const V8_11_INTERRUPT_BUDGET = 67_584;
const BUDGET_FACTOR = 4;

/** The V8 flag a run sets on this V8 version, or null for none. */
export function batchJitFlag(v8Version: string): string | null {
  const major = Number.parseInt(v8Version, 10);
  if (major !== 11) return null;
  return `--interrupt-budget=${V8_11_INTERRUPT_BUDGET * BUDGET_FACTOR}`;
}

/**
 * Tunes V8 for a batch run. Call before the pipeline's modules load; V8 flags are per process,
 * so the threads started later have it too (the reading processes get it on their command
 * line: pool.ts).
 */
export function tuneJitForBatch(v8Version = process.versions.v8): void {
  const flag = batchJitFlag(v8Version);
  if (flag) setFlagsFromString(flag);
}
