// `planpipe run`: scan the folder, read every file, check, and write the three outputs.
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import PQueue from "p-queue";
import { checkAll } from "../check/index.js";
import type { FileRecords, RecordsFile, RunLogFile } from "../model/records.js";
import { writeFileAtomic } from "../report/atomic-write.js";
import { serialiseRecords, serialiseRunLog } from "../report/records-json.js";
import { buildWorkbook, workbookBuffer } from "../report/workbook.js";
import { type FileResult, processFile } from "./process-file.js";
import { markRenditions } from "./renditions.js";
import { scanFolder } from "./scan.js";
import { PLANPIPE_VERSION } from "./version.js";

export interface RunOptions {
  inputFolder: string;
  outFolder: string;
  concurrency: number;
  /** Called after each file, for progress output. */
  onFile?: (file: string, result: FileResult, done: number, total: number) => void;
}

export interface RunSummary {
  records: RecordsFile;
  runLog: RunLogFile;
  outputs: { records: string; runLog: string; workbook: string };
}

export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const startedAt = new Date();
  const inputFolder = resolve(options.inputFolder);
  const outFolder = resolve(options.outFolder);
  await mkdir(outFolder, { recursive: true });

  const files = await scanFolder(inputFolder);
  const queue = new PQueue({ concurrency: Math.max(1, options.concurrency) });
  const results = new Map<string, FileResult>();
  let done = 0;
  await Promise.all(
    files.map((file) =>
      queue.add(async () => {
        const result = await processFile(inputFolder, file);
        results.set(file, result);
        done += 1;
        options.onFile?.(file, result, done, files.length);
      }),
    ),
  );
  const ordered = files.map((f) => results.get(f)).filter((r): r is FileResult => !!r);
  const records = assembleRecords(ordered.map((r) => r.records));
  const finishedAt = new Date();
  const runLog = buildRunLog(ordered, records, inputFolder, startedAt, finishedAt);

  const outputs = {
    records: join(outFolder, "records.json"),
    runLog: join(outFolder, "run-log.json"),
    workbook: join(outFolder, "oversikt.xlsx"),
  };
  const workbook = buildWorkbook(records, runLog, { inputFolder, outFolder });
  await writeFileAtomic(outputs.workbook, await workbookBuffer(workbook));
  await writeFileAtomic(outputs.records, serialiseRecords(records));
  await writeFileAtomic(outputs.runLog, serialiseRunLog(runLog));
  return { records, runLog, outputs };
}

/** Per-file records to one records.json: renditions marked, checks run. */
export function assembleRecords(perFile: FileRecords[]): RecordsFile {
  const documents = markRenditions(perFile.map((r) => r.document));
  const { findings, followUp } = checkAll(perFile, documents);
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
