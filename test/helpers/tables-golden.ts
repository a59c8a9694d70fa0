// Golden tables: every PDF with known tables, read with the real pipeline, as `tables --json`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractDocx } from "../../src/extract/docx.js";
import { extractPdf } from "../../src/extract/pdf.js";
import { docxToContent } from "../../src/parse/docx-content.js";
import { pdfToContent } from "../../src/parse/pdf-content.js";
import { type TablesJson, tablesJson } from "../../src/pipeline/tables-output.js";
import type { ScoredTable } from "./table-score.js";

export const ROOT = path.join(import.meta.dirname, "../..");
export const TABLE_FIXTURES = path.join(ROOT, "fixtures/tables");
export const SAMPLES = path.join(ROOT, "fixtures/samples");
export const RECORD_FIXTURES = path.join(ROOT, "fixtures/records");

export function pdfsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".pdf"))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Expected tables of a PDF: its .expected.json, else its truth file's `tables`. */
export function expectedTables(pdf: string): ScoredTable[] | null {
  const expected = pdf.replace(/\.pdf$/, ".expected.json");
  if (existsSync(expected)) return JSON.parse(readFileSync(expected, "utf8")).tables;
  const truth = `${pdf}.truth.json`;
  if (existsSync(truth)) return JSON.parse(readFileSync(truth, "utf8")).tables ?? null;
  return null;
}

export async function pdfTables(pdf: string): Promise<TablesJson["tables"]> {
  const layout = await extractPdf(new Uint8Array(readFileSync(pdf)));
  return tablesJson(path.basename(pdf), pdfToContent(layout)).tables;
}

export async function docxTables(docx: string): Promise<TablesJson["tables"]> {
  const layout = await extractDocx(new Uint8Array(readFileSync(docx)));
  return tablesJson(path.basename(docx), docxToContent(layout)).tables;
}

/** The contract's fields that a golden file fixes (bbox and method are checked elsewhere). */
export function comparable(tables: ScoredTable[]): ScoredTable[] {
  return tables.map((t) => ({
    page: t.page,
    rows: t.rows,
    cols: t.cols,
    cells: t.cells.map(({ row, col, rowSpan, colSpan, text }) => ({
      row,
      col,
      rowSpan,
      colSpan,
      text,
    })),
  }));
}
