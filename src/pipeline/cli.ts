// The command line: run, extract, tables. Exit code 0 whenever the run completed.
import { mkdir, readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { extractDocx } from "../extract/docx.js";
import { ExtractError } from "../extract/errors.js";
import { extractPdf } from "../extract/pdf.js";
import { writeFileAtomic } from "../report/atomic-write.js";
import { loadDocument } from "./load-content.js";
import { runPipeline } from "./run.js";
import { sniffFormat } from "./sniff.js";
import { tableCsv, tablesJson, tablesOf } from "./tables-output.js";
import { PLANPIPE_VERSION } from "./version.js";

function positiveInt(value: string): number {
  const n = Number.parseInt(value, 10);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("måste vara ett heltal ≥ 1");
  return n;
}

async function runCommand(input: string, opts: { out: string; workers: number; quiet?: boolean }) {
  const summary = await runPipeline({
    inputFolder: input,
    outFolder: opts.out,
    concurrency: opts.workers,
    onFile: opts.quiet
      ? undefined
      : (file, result, done, total) => {
          const d = result.records.document;
          const note = d.problems.map((p) => p.code).join(", ");
          process.stderr.write(
            `[${done}/${total}] ${d.status.padEnd(7)} ${file}${note ? ` (${note})` : ""}\n`,
          );
        },
  });
  const t = summary.runLog.totals;
  if (!opts.quiet) {
    process.stderr.write(
      `Klart: ${t.files} filer (${t.ok} ok, ${t.warning} med varningar, ${t.failed} misslyckade), ` +
        `${t.activities} aktiviteter, ${t.risks} risker, ${t.measures} åtgärder, ${t.statistics} nyckeltal, ` +
        `${t.findings} kontrollfynd. Skrev ${summary.outputs.workbook}, ${summary.outputs.records}, ${summary.outputs.runLog}\n`,
    );
  }
}

async function extractCommand(file: string) {
  const bytes = new Uint8Array(await readFile(file));
  const layout = sniffFormat(bytes) === "pdf" ? await extractPdf(bytes) : await extractDocx(bytes);
  process.stdout.write(`${JSON.stringify(layout, null, 2)}\n`);
}

async function tablesCommand(file: string, opts: { json?: boolean; csv?: string }) {
  const bytes = new Uint8Array(await readFile(file));
  const { content } = await loadDocument(bytes, file);
  if (opts.csv) {
    await mkdir(opts.csv, { recursive: true });
    const stem = basename(file).replace(/\.[^.]+$/, "");
    const tables = tablesOf(content);
    for (const [i, table] of tables.entries()) {
      const page = table.page === null ? "" : `-s${table.page}`;
      await writeFileAtomic(join(opts.csv, `${stem}-tabell${i + 1}${page}.csv`), tableCsv(table));
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
  program
    .command("run")
    .description(
      "läs alla dokument i en mapp och skriv oversikt.xlsx, records.json och run-log.json",
    )
    .argument("<input-folder>", "mapp med dokument (.pdf, .docx), läses rekursivt")
    .option("-o, --out <folder>", "utmapp", "out")
    .option(
      "-w, --workers <n>",
      "antal filer som läses samtidigt",
      positiveInt,
      availableParallelism(),
    )
    .option("-q, --quiet", "skriv ingenting utom fel")
    .action(runCommand);
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
