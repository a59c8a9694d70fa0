// What a run tells the person (or the log) watching it. On a terminal: a progress bar on
// stderr with files, pages and time left. Elsewhere (cron, systemd, a pipe): one JSON line per
// file and one summary line on stdout, for log collectors and `jq`. --quiet: nothing.

import type { MultiBar, SingleBar } from "cli-progress";
import type { FileResult } from "./process-file.js";
import { peakRssWithReadersKb } from "./reader-process.js";
import type { RunSummary } from "./run.js";

export type ProgressMode = "bar" | "json" | "quiet";

export interface ReporterOptions {
  mode: ProgressMode;
  verbose: boolean;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
}

export interface Reporter {
  start(total: number): void;
  file(file: string, result: FileResult, done: number, total: number): void;
  finish(summary: RunSummary): void;
  /** A message outside the per-file flow (watch mode, warnings). */
  note(event: string, message: string, data?: Record<string, unknown>): void;
}

/** The mode for this process: a bar only when a person is looking at stderr. */
export function progressMode(
  quiet: boolean,
  stream: { isTTY?: boolean } = process.stderr,
): ProgressMode {
  if (quiet) return "quiet";
  return stream.isTTY ? "bar" : "json";
}

export function peakRssMb(): number {
  // This process's threads (the dashboard's) share its RSS; the reading processes report theirs.
  return Math.round(peakRssWithReadersKb() / 1024);
}

export async function createReporter(options: ReporterOptions): Promise<Reporter> {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  if (options.mode === "quiet") {
    return { start() {}, file() {}, finish() {}, note() {} };
  }
  if (options.mode === "json") return jsonReporter(stdout, options.verbose);
  // Loaded only for a terminal: cron runs never need it.
  const { MultiBar } = await import("cli-progress");
  return barReporter(MultiBar, stderr, options.verbose);
}

function jsonReporter(out: NodeJS.WritableStream, verbose: boolean): Reporter {
  const line = (value: Record<string, unknown>) => out.write(`${JSON.stringify(value)}\n`);
  return {
    start(total) {
      if (verbose) line({ event: "start", time: new Date().toISOString(), files: total });
    },
    file(file, result, done, total) {
      const d = result.records.document;
      line({
        event: "file",
        done,
        total,
        file,
        status: d.status,
        format: d.format,
        pages: d.pageCount,
        cached: result.cached,
        durationMs: result.durationMs,
        problems: verbose ? d.problems : d.problems.map((p) => p.code),
        ...(verbose
          ? {
              id: d.id,
              type: d.type,
              activities: result.records.activities.length,
              risks: result.records.risks.length,
              statistics: result.records.statistics.length,
            }
          : {}),
      });
    },
    finish(summary) {
      line({ event: "summary", time: new Date().toISOString(), ...summaryFields(summary) });
    },
    note(event, message, data) {
      line({ event, time: new Date().toISOString(), message, ...data });
    },
  };
}

function summaryFields(summary: RunSummary): Record<string, unknown> {
  const t = summary.runLog.totals;
  return {
    files: t.files,
    ok: t.ok,
    warning: t.warning,
    failed: t.failed,
    cached: summary.stats.cached,
    read: summary.stats.read,
    pages: summary.stats.pages,
    upToDate: summary.stats.upToDate,
    activities: t.activities,
    risks: t.risks,
    measures: t.measures,
    statistics: t.statistics,
    findings: t.findings,
    durationMs: t.durationMs,
    peakRssMb: peakRssMb(),
    outputs: summary.outputs,
  };
}

function barReporter(
  Bars: typeof MultiBar,
  err: NodeJS.WritableStream,
  verbose: boolean,
): Reporter {
  let multi: MultiBar | undefined;
  let bar: SingleBar | undefined;
  let pages = 0;
  let cached = 0;
  const log = (text: string) => {
    if (multi) multi.log(`${text}\n`);
    else err.write(`${text}\n`);
  };
  return {
    start(total) {
      pages = 0;
      cached = 0;
      multi = new Bars({
        stream: err,
        format:
          " {bar} {value}/{total} filer | {pages} sidor | {cached} oförändrade | {duration_formatted} | kvar {eta_formatted}",
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 20,
        barsize: 24,
      });
      bar = multi.create(total, 0, { pages, cached });
    },
    file(file, result, _done, _total) {
      const d = result.records.document;
      pages += d.pageCount ?? 0;
      if (result.cached) cached += 1;
      bar?.increment(1, { pages, cached });
      multi?.update(); // draw now: a run from the cache is over before the first timed redraw
      // Problems always; every file with --verbose.
      if (verbose || d.status !== "ok") {
        const note = d.problems.map((p) => (verbose ? `${p.code}: ${p.message}` : p.code));
        const how = result.cached ? "cache" : `${result.durationMs} ms`;
        log(
          `${statusLabel(d.status)} ${file} (${how})${note.length ? ` – ${note.join("; ")}` : ""}`,
        );
      }
    },
    finish(summary) {
      multi?.stop();
      multi = undefined;
      const t = summary.runLog.totals;
      const s = summary.stats;
      err.write(
        `Klart: ${t.files} filer (${t.ok} ok, ${t.warning} med varningar, ${t.failed} misslyckade; ` +
          `${s.cached} oförändrade, ${s.read} lästa), ${s.pages} sidor, ${t.activities} aktiviteter, ` +
          `${t.risks} risker, ${t.measures} åtgärder, ${t.statistics} nyckeltal, ${t.findings} kontrollfynd ` +
          `på ${(t.durationMs / 1000).toFixed(1).replace(".", ",")} s.\n`,
      );
      if (s.upToDate) {
        err.write(
          `Inget har ändrats sedan förra körningen: ${summary.outputs.workbook} är aktuell; skrev ${summary.outputs.runLog}\n`,
        );
      } else {
        const written = [summary.outputs.workbook, summary.outputs.records, summary.outputs.runLog];
        if (summary.outputs.dashboard) written.push(summary.outputs.dashboard);
        err.write(`Skrev ${written.join(", ")}\n`);
      }
      if (verbose) err.write(`Högsta minnesanvändning: ${peakRssMb()} MB\n`);
    },
    note(_event, message) {
      log(message);
    },
  };
}

function statusLabel(status: string): string {
  return status === "ok" ? "ok      " : status === "warning" ? "varning " : "MISSLYCK";
}
