// One file to its records, in this thread. Never throws: whatever goes wrong becomes a problem
// on a failed document, so one bad file costs one row, not the run. `planpipe run` does the
// same through the worker pool and the cache (run.ts); this is the direct path.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { FileRecords } from "../model/records.js";
import { type Analysis, documentId, finalise, tooLargeAnalysis, triage } from "./analyse.js";
import { analyseDocument } from "./analyse-document.js";

export { documentId, failedDocument } from "./analyse.js";

export interface FileResult {
  records: FileRecords;
  durationMs: number;
  /** True when the records came from the cache instead of reading the file. */
  cached: boolean;
}

export interface ProcessOptions {
  /** Files larger than this are refused unread. */
  maxBytes: number;
  /** PDFs with more pages are refused. */
  maxPages?: number;
}

export const DEFAULT_PROCESS_OPTIONS: ProcessOptions = { maxBytes: 200 * 1024 * 1024 };

export async function processFile(
  root: string,
  file: string,
  options: ProcessOptions = DEFAULT_PROCESS_OPTIONS,
): Promise<FileResult> {
  const started = performance.now();
  const done = (analysis: Analysis): FileResult => ({
    records: finalise(analysis, file),
    durationMs: Math.round(performance.now() - started),
    cached: false,
  });
  const path = join(root, file);
  const size = (await stat(path)).size;
  if (size > options.maxBytes) return done(tooLargeAnalysis(file, size));
  const bytes = new Uint8Array(await readFile(path));
  const id = documentId(bytes);
  return done(
    triage(bytes, id, file) ?? (await analyseDocument(bytes, id, { maxPages: options.maxPages })),
  );
}
