// `planpipe run`: scan the folder, read every file (from the cache when its bytes are known,
// else in a worker thread), check, and write the outputs atomically.
import { createHash } from "node:crypto";
import { mkdir, readFile, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import PQueue from "p-queue";
import type { DraftFinding } from "../check/index.js";
import {
  type FileRecords,
  type RecordsFile,
  type RunLogFile,
  recordsFile,
} from "../model/records.js";
import { writeFileAtomic } from "../report/atomic-write.js";
import type { Locale } from "../report/labels.js";
import { serialiseRecords, serialiseRunLog } from "../report/records-json.js";
import {
  type Analysis,
  documentId,
  failedAnalysis,
  finalise,
  isCacheable,
  tooLargeAnalysis,
  triage,
} from "./analyse.js";
import { cacheKey, type FileStamp, outputCodeHash, ResultCache } from "./cache.js";
import { DashboardThread } from "./dashboard-thread.js";
import { KindPools, readingOrder } from "./kind-pools.js";
import { acquireRunLock, removeStaleTempFiles } from "./lock.js";
import { problem } from "./problems.js";
import type { FileResult } from "./process-file.js";
import { markRenditions } from "./renditions.js";
import { type ScannedFile, scanDocuments } from "./scan.js";
import { PLANPIPE_VERSION } from "./version.js";

export const DEFAULT_TIMEOUT_MS = 120_000;
/**
 * Heap per reading thread. Not lower: V8 sizes its garbage collector by this limit, and below
 * 2 GB it lets the heap grow less between collections (a growing factor of 1.4 at 512 MB, 4 from
 * 2 GB on), which made reading 10-15 % slower on the bench corpus at 512 MB. A document rarely
 * needs more than a few hundred MB; the limit is there for the one that runs away.
 */
export const DEFAULT_MAX_MEMORY_MB = 2048;
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
/** Record ids start with this many characters of their document's id (parse/records). */
const RECORD_ID_PREFIX = 12;

export interface RunOptions {
  inputFolder: string;
  outFolder: string;
  /** Worker threads, i.e. documents read at the same time. */
  concurrency: number;
  /** Language of the workbook, the dashboard and finding messages. */
  locale?: Locale;
  /** Per file: a file still being read after this long is stopped and reported. */
  timeoutMs?: number;
  /** Per worker thread: heap limit; a file needing more is stopped and reported. */
  maxMemoryMb?: number;
  /** Files larger than this are refused unread. */
  maxBytes?: number;
  /** PDFs with more pages are refused. */
  maxPages?: number;
  /** false: read every file again (the cache is rebuilt). Default true. */
  cache?: boolean;
  /** The version in the cache key; tests use it to stand for a new release. */
  version?: string;
  /** Called once the folder is scanned. */
  onStart?: (total: number) => void;
  /** Called after each file, for progress output. */
  onFile?: (file: string, result: FileResult, done: number, total: number) => void;
}

export interface RunSummary {
  records: RecordsFile;
  runLog: RunLogFile;
  outputs: { records: string; runLog: string; workbook: string; dashboard: string | null };
  stats: {
    /** Files whose records came from the cache. */
    cached: number;
    /** Files read (in a worker, or rejected without one). */
    read: number;
    pages: number;
    /** Cache entries removed because no file has those bytes any more. */
    evicted: number;
    /** Nothing had changed: the outputs were left as they were, only the run log written. */
    upToDate: boolean;
  };
}

export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const startedAt = new Date();
  const inputFolder = resolve(options.inputFolder);
  const outFolder = resolve(options.outFolder);
  await mkdir(outFolder, { recursive: true });
  const lock = await acquireRunLock(outFolder);
  try {
    await removeStaleTempFiles(outFolder);
    return await runLocked(options, inputFolder, outFolder, startedAt);
  } finally {
    await lock.release();
  }
}

async function runLocked(
  options: RunOptions,
  inputFolder: string,
  outFolder: string,
  startedAt: Date,
): Promise<RunSummary> {
  const workers = Math.max(1, options.concurrency);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const files = await scanDocuments(inputFolder, { exclude: [outFolder] });
  options.onStart?.(files.length);

  const cache = await ResultCache.open(outFolder, await cacheKey(options.version));
  const useCache = options.cache !== false;
  const usedIds = new Set<string>();
  // Reads and cache look-ups overlap freely; only `workers` files are in the threads at once,
  // so a file's time limit starts when a thread takes it, not while it waits. Threads are
  // split between PDF and Word files (kind-pools.ts).
  // (At most `workers + 2` files are held in memory at once.)
  const io = new PQueue({ concurrency: workers + 2 });
  const pools = new KindPools(
    files.map((f) => f.file),
    {
      workers,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxMemoryMb: options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB,
      limits: { maxPages: options.maxPages },
    },
    // Something will change, so the outputs will be written: load the check and report code
    // now, and start the dashboard's thread, while the reading threads load their own modules.
    () => {
      preloadOutputModules();
      dashboardThread ??= new DashboardThread();
    },
  );
  let dashboardThread: DashboardThread | undefined;

  async function readOne(entry: ScannedFile): Promise<FileResult | null> {
    const started = performance.now();
    const result = (analysis: Analysis, cached: boolean, waited = 0): FileResult => ({
      records: finalise(analysis, entry.file, options.locale),
      durationMs: Math.round(performance.now() - started - waited),
      cached,
    });
    if (entry.size > maxBytes) return result(tooLargeAnalysis(entry.file, entry.size), false);
    const known = useCache ? cache.knownId(entry.file, entry) : null;
    if (known !== null) {
      const hit = await cache.get(known);
      if (hit) {
        cache.remember(entry.file, entry, known);
        usedIds.add(known);
        return result(hit, true);
      }
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(join(inputFolder, entry.file)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return null; // removed since the scan: not part of this run
      const id = documentId(new TextEncoder().encode(`${entry.file}:${code}`));
      const p = problem("io-error", code ?? String(error));
      return result(failedAnalysis(null, id, p), false);
    }
    const id = documentId(bytes);
    cache.remember(entry.file, entry, id);
    usedIds.add(id);
    const hit = useCache ? await cache.get(id) : null;
    if (hit) return result(hit, true);
    const quick = triage(bytes, id, entry.file);
    if (quick) return result(quick, false);
    const [analysis, waited] = await pools.analyse(entry.file, bytes, id);
    if (isCacheable(analysis)) await cache.put(id, analysis);
    return result(analysis, false, waited);
  }

  const results = new Map<string, FileResult>();
  // Per-document findings of each file read, made while other files are still being read
  // (this thread is idle then), by the records they were made from: a copy that distinctIds
  // renumbers gets other records and is checked again at the end.
  const findingsOf = new Map<FileRecords, DraftFinding[]>();
  let done = 0;
  try {
    // Largest first (a big file started last would finish alone while the other threads
    // idle), PDF and Word files interleaved so that the threads of each kind have work.
    // Outputs keep the scan order; only the order of reading changes.
    await Promise.all(
      readingOrder(files).map((entry) =>
        io.add(async () => {
          const r = await readOne(entry).finally(() => pools.finished(entry.file));
          if (r === null) return;
          results.set(entry.file, r);
          if (!r.cached) findingsOf.set(r.records, await documentFindings(r.records, options));
          done += 1;
          options.onFile?.(entry.file, r, done, files.length);
        }),
      ),
    );
    // Before the outputs: the reading threads' heaps are gone when the workbook is built.
    await pools.close();
    return await finishRun(options, inputFolder, outFolder, startedAt, files, results, cache, {
      usedIds,
      findingsOf,
      useCache,
      dashboardThread,
    });
  } finally {
    await pools.close();
    await dashboardThread?.close();
  }
}

async function finishRun(
  options: RunOptions,
  inputFolder: string,
  outFolder: string,
  startedAt: Date,
  files: ScannedFile[],
  results: Map<string, FileResult>,
  cache: ResultCache,
  state: {
    usedIds: Set<string>;
    useCache: boolean;
    findingsOf: ReadonlyMap<FileRecords, DraftFinding[]>;
    /** Started when the first file went to a thread; else started here if needed. */
    dashboardThread: DashboardThread | undefined;
  },
): Promise<RunSummary> {
  const { usedIds, useCache, findingsOf } = state;
  const read = files.map((f) => results.get(f.file)).filter((r): r is FileResult => !!r);
  const { files: distinct, copyOf } = distinctIds(read.map((r) => r.records));
  const ordered = read.map((r, i) => ({ ...r, records: distinct[i] ?? r.records }));
  const stats = (upToDate: boolean, evicted: number): RunSummary["stats"] => ({
    cached: ordered.filter((r) => r.cached).length,
    read: ordered.filter((r) => !r.cached).length,
    pages: ordered.reduce((n, r) => n + (r.records.document.pageCount ?? 0), 0),
    evicted,
    upToDate,
  });

  const fingerprint = await outputsFingerprint(cache.key, options.locale, ordered);
  const previous = useCache ? await upToDateOutputs(cache, fingerprint, outFolder) : null;
  if (previous) {
    // Nothing that the outputs are made from has changed since the last complete run: they
    // stay as they are; only the run log tells of this run.
    const runLog = buildRunLog(ordered, previous.records, inputFolder, startedAt, new Date());
    await writeFileAtomic(previous.outputs.runLog, serialiseRunLog(runLog));
    const { removed } = await cache.commit(usedIds);
    return {
      records: previous.records,
      runLog,
      outputs: previous.outputs,
      stats: stats(true, removed),
    };
  }

  await cache.dropManifest(); // the outputs are about to change
  // Started now if no file was read, so that it loads its code while the checks run.
  const dashboardThread = state.dashboardThread ?? new DashboardThread();
  try {
    return await writeRun(options, inputFolder, outFolder, startedAt, ordered, copyOf, {
      findingsOf,
      fingerprint,
      cache,
      usedIds,
      dashboardThread,
      stats,
    });
  } finally {
    await dashboardThread.close();
  }
}

async function writeRun(
  options: RunOptions,
  inputFolder: string,
  outFolder: string,
  startedAt: Date,
  ordered: FileResult[],
  copyOf: Map<string, string>,
  state: {
    findingsOf: ReadonlyMap<FileRecords, DraftFinding[]>;
    fingerprint: string;
    cache: ResultCache;
    usedIds: Set<string>;
    dashboardThread: DashboardThread;
    stats: (upToDate: boolean, evicted: number) => RunSummary["stats"];
  },
): Promise<RunSummary> {
  const { findingsOf, fingerprint, cache, usedIds, dashboardThread, stats } = state;
  const perDocument = new Map<string, DraftFinding[]>();
  for (const { records: r } of ordered) {
    const drafts = findingsOf.get(r);
    if (drafts) perDocument.set(r.document.id, drafts);
  }
  const records = await assembleRecords(
    ordered.map((r) => r.records),
    options.locale,
    copyOf,
    perDocument,
  );
  const finishedAt = new Date();
  const runLog = buildRunLog(ordered, records, inputFolder, startedAt, finishedAt);
  const outputs = await writeOutputs(
    records,
    runLog,
    inputFolder,
    outFolder,
    options.locale,
    dashboardThread,
  );
  await cache.writeManifest({ fingerprint, outputs: await stampsOf(outputs) });
  // Only after the outputs are in place: a run killed earlier keeps every entry it may need.
  const { removed } = await cache.commit(usedIds);
  return { records, runLog, outputs, stats: stats(false, removed) };
}

/**
 * Everything the outputs (except the run log) are made from: every document record as this
 * run sees it (path, id, status, problems, in file order; the rest of a file's records follows
 * from its id under the cache key), the language, and the check and report code.
 */
async function outputsFingerprint(
  key: string,
  locale: Locale | undefined,
  results: FileResult[],
): Promise<string> {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ key, locale: locale ?? "sv", code: await outputCodeHash() }));
  for (const r of results) hash.update(JSON.stringify(r.records.document));
  return hash.digest("hex");
}

/** The previous outputs, if they were made from exactly this and are still as written. */
async function upToDateOutputs(
  cache: ResultCache,
  fingerprint: string,
  outFolder: string,
): Promise<{ records: RecordsFile; outputs: RunSummary["outputs"] } | null> {
  const manifest = await cache.readManifest();
  if (manifest?.fingerprint !== fingerprint) return null;
  for (const [name, stamp] of Object.entries(manifest.outputs)) {
    const now = await stat(join(outFolder, name)).catch(() => null);
    if (!now || now.size !== stamp.size || now.mtimeMs !== stamp.mtimeMs) return null;
  }
  try {
    const text = await readFile(join(outFolder, "records.json"), "utf8");
    const records = recordsFile.parse(JSON.parse(text));
    const outputs = outputPaths(outFolder);
    if ("oversikt.html" in manifest.outputs) outputs.dashboard = join(outFolder, "oversikt.html");
    return { records, outputs };
  } catch {
    return null;
  }
}

function outputPaths(outFolder: string): RunSummary["outputs"] {
  return {
    records: join(outFolder, "records.json"),
    runLog: join(outFolder, "run-log.json"),
    workbook: join(outFolder, "oversikt.xlsx"),
    dashboard: null,
  };
}

/** Size and mtime of each output but the run log, which every run rewrites. */
async function stampsOf(outputs: RunSummary["outputs"]): Promise<Record<string, FileStamp>> {
  const stamps: Record<string, FileStamp> = {};
  for (const path of [outputs.records, outputs.workbook, outputs.dashboard]) {
    if (path === null) continue;
    const s = await stat(path);
    stamps[basename(path)] = { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
  }
  return stamps;
}

async function writeOutputs(
  records: RecordsFile,
  runLog: RunLogFile,
  inputFolder: string,
  outFolder: string,
  locale: Locale | undefined,
  dashboardThread: DashboardThread,
): Promise<RunSummary["outputs"]> {
  const outputs = outputPaths(outFolder);
  // The dashboard thread renders while this thread builds the workbook; if that fails, it is
  // rendered here afterwards. Settled into
  // a value, so that an error thrown here first leaves no rejection unhandled.
  const dashboardInThread = dashboardThread
    .render({ records, runLog, locale })
    .catch(() => renderDashboard(records, runLog, locale))
    .then(
      (html) => ({ html }),
      (error: unknown) => ({ error }),
    );
  // Serialise (and so validate) everything before the first rename: an invalid run replaces
  // nothing.
  const recordsJson = serialiseRecords(records);
  const runLogJson = serialiseRunLog(runLog);
  // The report layer is loaded only when there is something to write (not on an up-to-date run).
  const { buildWorkbook, workbookBuffer } = await import("../report/workbook.js");
  const workbook = buildWorkbook(records, runLog, { inputFolder, outFolder, locale });
  const workbookBytes = await workbookBuffer(workbook);
  const rendered = await dashboardInThread;
  if ("error" in rendered) throw rendered.error;
  const dashboard = rendered.html;

  await writeFileAtomic(outputs.workbook, workbookBytes);
  await writeFileAtomic(outputs.records, recordsJson);
  await writeFileAtomic(outputs.runLog, runLogJson);
  outputs.dashboard = join(outFolder, "oversikt.html");
  await writeFileAtomic(outputs.dashboard, dashboard);
  return outputs;
}

async function renderDashboard(
  records: RecordsFile,
  runLog: RunLogFile,
  locale: Locale | undefined,
): Promise<string> {
  const { buildDashboard } = await import("../report/dashboard.js");
  return buildDashboard(records, runLog, { locale });
}

/** The per-document findings of one file's records (see checkAll's `perDocument`). */
async function documentFindings(
  records: FileRecords,
  options: RunOptions,
): Promise<DraftFinding[]> {
  const { checkDocument } = await import("../check/index.js");
  return checkDocument(records, { lang: options.locale ?? "sv" });
}

let outputModulesLoading = false;

function preloadOutputModules(): void {
  if (outputModulesLoading) return;
  outputModulesLoading = true;
  // Errors surface where the modules are used.
  // (Not the dashboard: a worker thread renders it, see writeOutputs.)
  Promise.all([import("../report/workbook.js"), import("../check/index.js")]).catch(
    () => undefined,
  );
}

/**
 * Byte-identical files (one document dropped into two folders) would share one id. The first
 * in path order keeps it; each copy gets an id made from that id and its own path, with its
 * records renumbered to match, and `copyOf` says whose copy it is.
 */
export function distinctIds(perFile: FileRecords[]): {
  files: FileRecords[];
  copyOf: Map<string, string>;
} {
  const seen = new Set<string>();
  const copyOf = new Map<string, string>();
  const files = perFile.map((r) => {
    const id = r.document.id;
    if (!seen.has(id)) {
      seen.add(id);
      return r;
    }
    const copyId = createHash("sha256").update(`${id}\n${r.document.file}`).digest("hex");
    copyOf.set(copyId, id);
    return reidentify(r, copyId);
  });
  return { files, copyOf };
}

/** The records under another document id; record ids carry the id's first characters. */
function reidentify(r: FileRecords, id: string): FileRecords {
  const from = r.document.id.slice(0, RECORD_ID_PREFIX);
  const to = id.slice(0, RECORD_ID_PREFIX);
  const re = (x: string) => (x.startsWith(from) ? to + x.slice(from.length) : x);
  return {
    ...r,
    document: { ...r.document, id },
    activities: r.activities.map((a) => ({ ...a, id: re(a.id), documentId: id })),
    risks: r.risks.map((k) => ({
      ...k,
      id: re(k.id),
      documentId: id,
      measures: k.measures.map((m) => ({ ...m, id: re(m.id) })),
    })),
    statistics: r.statistics.map((x) => ({ ...x, id: re(x.id), documentId: id })),
  };
}

/** Per-file records to one records.json: renditions and copies marked, checks run. */
export async function assembleRecords(
  perFile: FileRecords[],
  locale: Locale = "sv",
  copyOf: ReadonlyMap<string, string> = new Map(),
  perDocument: ReadonlyMap<string, DraftFinding[]> = new Map(),
): Promise<RecordsFile> {
  const { checkAll } = await import("../check/index.js");
  const marked = markRenditions(perFile.map((r) => r.document));
  const byId = new Map(marked.map((d) => [d.id, d]));
  const documents = marked.map((d) => {
    const original = byId.get(copyOf.get(d.id) ?? "");
    return original ? { ...d, renditionOf: original.renditionOf ?? original.id } : d;
  });
  const { findings, followUp } = checkAll(perFile, documents, { lang: locale }, perDocument);
  return {
    schemaVersion: 1,
    generatedAt: new Date().toISOString(),
    documents,
    activities: perFile.flatMap((r) => r.activities),
    risks: perFile.flatMap((r) => r.risks),
    statistics: perFile.flatMap((r) => r.statistics),
    findings,
    followUp,
  };
}

function buildRunLog(
  results: FileResult[],
  records: RecordsFile,
  inputFolder: string,
  startedAt: Date,
  finishedAt: Date,
): RunLogFile {
  const files = results.map(({ records: r, durationMs }) => ({
    file: r.document.file,
    documentId: r.document.id,
    status: r.document.status,
    durationMs,
    pageCount: r.document.pageCount,
    problems: r.document.problems,
  }));
  const count = (s: string) => files.filter((f) => f.status === s).length;
  return {
    schemaVersion: 1,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    inputFolder,
    planpipeVersion: PLANPIPE_VERSION,
    files,
    totals: {
      files: files.length,
      ok: count("ok"),
      warning: count("warning"),
      failed: count("failed"),
      activities: records.activities.length,
      risks: records.risks.length,
      measures: records.risks.reduce((n, r) => n + r.measures.length, 0),
      statistics: records.statistics.length,
      findings: records.findings.length,
      durationMs: finishedAt.getTime() - startedAt.getTime(),
    },
  };
}
