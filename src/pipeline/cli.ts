// The command line: run, watch, extract, tables. Exit code 0 whenever the run completed.
import { mkdir, readFile, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { ExtractError } from "../extract/errors.js";
import { writeFileAtomic } from "../report/atomic-write.js";
import { LOCALES, type Locale, parseLocale } from "../report/labels.js";
import { createReporter, progressMode, type Reporter } from "./progress.js";
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS, type RunOptions, runPipeline } from "./run.js";
import { sniffFormat } from "./sniff.js";
import { tableCsv, tablesJson, tablesOf } from "./tables-output.js";
import { PLANPIPE_VERSION } from "./version.js";

function positiveInt(value: string): number {
  const n = Number.parseInt(value, 10);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError("måste vara ett heltal ≥ 1");
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value.replace(",", "."));
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("måste vara ett tal > 0");
  return n;
}

function locale(value: string): Locale {
  try {
    return parseLocale(value);
  } catch {
    throw new InvalidArgumentError(`okänt språk (kända: ${LOCALES.join(", ")})`);
  }
}

interface RunCliOptions {
  out: string;
  workers: number;
  timeout: number;
  maxMemory: number;
  cache: boolean;
  lang: Locale;
  quiet?: boolean;
  verbose?: boolean;
}

function runOptions(input: string, opts: RunCliOptions, reporter: Reporter): RunOptions {
  return {
    inputFolder: input,
    outFolder: opts.out,
    concurrency: opts.workers,
    timeoutMs: Math.round(opts.timeout * 1000),
    maxMemoryMb: opts.maxMemory,
    cache: opts.cache,
    locale: opts.lang,
    onStart: (total) => reporter.start(total),
    onFile: (file, result, done, total) => reporter.file(file, result, done, total),
  };
}

function reporterFor(opts: RunCliOptions): Promise<Reporter> {
  return createReporter({ mode: progressMode(!!opts.quiet), verbose: !!opts.verbose });
}

async function runCommand(input: string, opts: RunCliOptions) {
  await assertFolder(input);
  const reporter = await reporterFor(opts);
  const summary = await runPipeline(runOptions(input, opts, reporter));
  reporter.finish(summary);
}

async function watchCommand(input: string, opts: RunCliOptions & { settle: number }) {
  await assertFolder(input);
  const reporter = await reporterFor(opts);
  const { watchFolder } = await import("./watch.js"); // chokidar only when watching
  const watcher = await watchFolder({
    ...runOptions(input, opts, reporter),
    settleMs: Math.round(opts.settle * 1000),
    onRunStart: (reason, changed) => {
      if (reason !== "change") return;
      const shown = changed.slice(0, 5).join(", ") + (changed.length > 5 ? " …" : "");
      reporter.note("change", `Ändrat: ${shown}`, { changed });
    },
    onRunDone: (summary) => {
      reporter.finish(summary);
      reporter.note("watching", `Bevakar ${input} (avsluta med Ctrl+C)`);
    },
    onRunError: (error) => {
      process.stderr.write(`planpipe: körningen misslyckades: ${errorText(error)}\n`);
    },
  });
  // Runs until SIGINT/SIGTERM; a run in progress is finished first, so outputs stay whole.
  await new Promise<void>((stop) => {
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await watcher.close();
}

async function assertFolder(path: string): Promise<void> {
  const s = await stat(path).catch(() => null);
  if (!s?.isDirectory()) throw new Error(`${path} är ingen mapp`);
}

function addRunOptions(command: Command): Command {
  return command
    .option("-o, --out <folder>", "utmapp", "out")
    .option(
      "-w, --workers <n>",
      "antal filer som läses samtidigt, var och en i en egen tråd",
      positiveInt,
      availableParallelism(),
    )
    .option(
      "--timeout <seconds>",
      "längsta tid per fil; en fil som tar längre avbryts och rapporteras",
      positiveNumber,
      DEFAULT_TIMEOUT_MS / 1000,
    )
    .option(
      "--max-memory <mb>",
      "största minne (heap) per tråd; en fil som behöver mer avbryts och rapporteras",
      positiveInt,
      DEFAULT_MAX_MEMORY_MB,
    )
    .option("--no-cache", "läs alla filer på nytt (cachen i utmappen byggs om)")
    .option("--lang <sv|en>", "språk i arbetsboken, översikten och kontrollfynden", locale, "sv")
    .option("-q, --quiet", "skriv ingenting utom fel")
    .option("-v, --verbose", "skriv mer: varje fil med detaljer, minnesanvändning");
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function extractCommand(file: string) {
  // The readers are imported on use: `run` reads in child processes and never needs them here.
  const { extractDocx } = await import("../extract/docx.js");
  const { extractPdf } = await import("../extract/pdf.js");
  const bytes = new Uint8Array(await readFile(file));
  const layout = sniffFormat(bytes) === "pdf" ? await extractPdf(bytes) : await extractDocx(bytes);
  process.stdout.write(`${JSON.stringify(layout, null, 2)}\n`);
}

async function tablesCommand(file: string, opts: { json?: boolean; csv?: string }) {
  const { loadDocument } = await import("./load-content.js");
  const bytes = new Uint8Array(await readFile(file));
  const { content } = await loadDocument(bytes, file);
  if (opts.csv) {
    await mkdir(opts.csv, { recursive: true });
    const stem = basename(file).replace(/\.[^.]+$/, "");
    const tables = tablesOf(content);
    // Zero-padded numbers so that a file listing shows the tables in document order.
    const width = String(tables.length).length;
    for (const [i, table] of tables.entries()) {
      const n = String(i + 1).padStart(width, "0");
      const page = table.page === null ? "" : `-s${table.page}`;
      await writeFileAtomic(join(opts.csv, `${stem}-tabell${n}${page}.csv`), tableCsv(table));
    }
    process.stderr.write(`${tables.length} tabeller skrivna till ${opts.csv}\n`);
  }
  if (opts.json || !opts.csv)
    process.stdout.write(`${JSON.stringify(tablesJson(file, content), null, 2)}\n`);
}

export function buildProgram(): Command {
  const program = new Command()
    .name("planpipe")
    .description(
      "Läser kommunala planer och rapporter (Word och PDF) och skriver poster, kontroller och en samlad arbetsbok.",
    )
    .version(PLANPIPE_VERSION)
    .showHelpAfterError();
  addRunOptions(
    program
      .command("run")
      .description(
        "läs alla dokument i en mapp och skriv oversikt.xlsx, records.json och run-log.json",
      )
      .argument("<input-folder>", "mapp med dokument (.pdf, .docx), läses rekursivt"),
  ).action(runCommand);
  addRunOptions(
    program
      .command("watch")
      .description("kör som run, och igen varje gång filer i mappen har ändrats")
      .argument("<input-folder>", "mapp med dokument (.pdf, .docx), läses rekursivt"),
  )
    .option(
      "--settle <seconds>",
      "en fil räknas som färdigskriven när den inte har ändrats på så här länge",
      positiveNumber,
      2,
    )
    .action(watchCommand);
  program
    .command("extract")
    .description(
      "skriv ut layoutmodellen för en fil (text med position, linjer, rubriker, tabeller)",
    )
    .argument("<file>", "en .pdf eller .docx")
    .option("--json", "JSON-utdata (standard)")
    .action(extractCommand);
  program
    .command("tables")
    .description("skriv ut alla tabeller som hittas i en fil")
    .argument("<file>", "en .pdf eller .docx")
    .option("--json", "JSON enligt CONTRACT.md till standard ut")
    .option("--csv <dir>", "en CSV-fil per tabell i mappen")
    .action(tablesCommand);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    const message =
      error instanceof ExtractError
        ? `Filen kunde inte läsas (${error.code}): ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`planpipe: ${message}\n`);
    return 1;
  }
}
