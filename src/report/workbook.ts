// The auditors' workbook (oversikt.xlsx). Built in two steps: records -> plain sheet specs
// (sheets.ts: pure, every decision about content, order, formats and widths), then specs ->
// exceljs here. workbookBuffer finishes the file (see xlsx-package.ts).
import ExcelJS from "exceljs";
import type { RecordsFile, RunLogFile } from "../model/records.js";
import {
  buildSheetSpecs,
  type CellSpec,
  type SheetSpec,
  type TableSpec,
  type WorkbookOptions,
} from "./sheets.js";
import { EXCEL_TONE } from "./tones.js";
import { finishXlsx } from "./xlsx-package.js";

export type { CellSpec, ColumnSpec, SheetSpec, TableSpec, WorkbookOptions } from "./sheets.js";
export { buildSheetSpecs, decimalsOfRaw, fileHref, internalLink } from "./sheets.js";

/** Excel refuses longer cell text. */
const MAX_CELL_CHARS = 32_767;
const LINK_COLOUR = "FF0563C1";
const MUTED_COLOUR = "FF7F7F7F";
const HEADER_FILL = "FFDCE6F1";
const HEADER_BORDER = "FF8EA9C8";
/** Minimal table style: the header is styled explicitly, so it looks the same in LibreOffice. */
const TABLE_STYLE = "TableStyleLight1";
/** Every font written names its face: a font without one falls back to a serif in LibreOffice. */
const BASE_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2 };
/** Excel's default row height (points) and its maximum. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

/**
 * Cells with the same style share one frozen style object (see writeCell): to restyle a cell
 * afterwards, give it a new one (`cell.style = { ...cell.style, font }`).
 */
export function buildWorkbook(
  records: RecordsFile,
  runLog: RunLogFile,
  opts: WorkbookOptions,
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "planpipe";
  wb.lastModifiedBy = "planpipe";
  // The run's own timestamp rather than "now", so the same records give the same workbook.
  const generated = new Date(records.generatedAt);
  if (!Number.isNaN(generated.getTime())) {
    wb.created = generated;
    wb.modified = generated;
  }
  const styles = styleCache();
  for (const spec of buildSheetSpecs(records, runLog, opts)) renderSheet(wb, spec, styles);
  return wb;
}

/**
 * The workbook as .xlsx bytes. Internal links are rewritten to Excel's own form and the zip is
 * written with fixed timestamps, so the same workbook gives the same bytes.
 */
export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  // Stored, not deflated: finishXlsx unpacks every part and deflates it again anyway, and
  // JSZip's deflate (pako, in JavaScript) was the slowest step of writing the workbook.
  const buffer: ArrayBuffer | Uint8Array = await wb.xlsx.writeBuffer({
    zip: { compression: "STORE" },
  });
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  return finishXlsx(bytes, wb.modified ?? new Date(0));
}

/**
 * Text exactly as the document had it. Excel (and exceljs on reading) decodes "_xHHHH_" in stored
 * text as an escaped character, so a literal one is escaped; over-long text is cut to Excel's limit;
 * characters XML cannot hold become U+FFFD (exceljs itself drops control characters).
 */
export function excelText(value: string): string {
  let t = value;
  if (t.length > MAX_CELL_CHARS) {
    let end = MAX_CELL_CHARS - 1;
    const last = t.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end -= 1; // do not split a surrogate pair
    t = `${t.slice(0, end)}…`;
  }
  return (
    t
      .replace(/_x[0-9a-f]{4}_/gi, (m) => `_x005F${m}`)
      // Not allowed in XML at all: a half surrogate pair (a broken PDF text layer), U+FFFE/FFFF.
      .replace(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g,
        "\uFFFD",
      )
  );
}

// ---------------------------------------------------------------------------------------------
// Specs -> exceljs

function renderSheet(wb: ExcelJS.Workbook, spec: SheetSpec, styles: StyleCache): void {
  const ws = wb.addWorksheet(spec.name, {
    views: [
      {
        state: "frozen",
        xSplit: 0,
        ySplit: spec.frozenRows,
        topLeftCell: `A${spec.frozenRows + 1}`,
      },
    ],
    pageSetup: {
      orientation: "landscape",
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${spec.frozenRows}:${spec.frozenRows}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&L&A&R&P / &N" },
  });
  ws.columns = spec.widths.map((width) => ({ width }));

  spec.preamble.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((cellSpec, c) => {
      writeCell(row.getCell(c + 1), cellSpec, false, styles);
    });
  });
  for (const table of spec.tables) renderTable(ws, table, spec.widths, styles);
}

function renderTable(
  ws: ExcelJS.Worksheet,
  spec: TableSpec,
  widths: number[],
  styles: StyleCache,
): void {
  if (spec.title !== null) {
    const cell = ws.getRow(spec.headerRow - 1).getCell(1);
    writeCell(cell, { value: spec.title, heading: { size: 12 } }, false, styles);
  }
  // Excel wants at least one data row in a table; an empty one gets a blank row.
  const rows =
    spec.rows.length > 0 ? spec.rows : [spec.columns.map((): CellSpec => ({ value: null }))];
  ws.addTable({
    name: spec.id,
    ref: `A${spec.headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    // Values are written below, with their styles; the table only needs the shape here.
    rows: rows.map((r) => r.map(() => null)),
  });
  const header = ws.getRow(spec.headerRow);
  spec.columns.forEach((_, c) => {
    header.getCell(c + 1).style = HEADER_STYLE;
  });
  rows.forEach((cells, r) => {
    const row = ws.getRow(spec.headerRow + 1 + r);
    cells.forEach((cellSpec, c) => {
      writeCell(row.getCell(c + 1), cellSpec, spec.columns[c]?.wrap ?? false, styles);
    });
    const lines = Math.max(
      1,
      ...cells.map((cell, c) =>
        spec.columns[c]?.wrap ? wrappedLines(cell.value, widths[c] ?? 10) : 1,
      ),
    );
    // Not every reader fits rows to wrapped text on opening (LibreOffice does not).
    if (lines > 1) row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);
  });
}

/** Lines a text takes in a wrapped column `width` characters wide (Calibri 11, estimated). */
export function wrappedLines(value: CellSpec["value"], width: number): number {
  if (typeof value !== "string") return 1;
  const perLine = Math.max(1, Math.floor(width * 1.2) - 1);
  return value
    .split("\n")
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/**
 * One style object per distinct style, shared by every cell that has it. exceljs serialises a
 * cell's style to XML to find its id, unless it has seen that very object before (a WeakMap);
 * with an object per cell that serialising was most of the time spent writing the workbook.
 * Shared objects are never changed after they are made.
 */
type StyleCache = Map<string, Partial<ExcelJS.Style>>;

function styleCache(): StyleCache {
  return new Map();
}

/** Header cells of every table: their text comes from the table itself. */
const HEADER_STYLE: Partial<ExcelJS.Style> = Object.freeze<Partial<ExcelJS.Style>>({
  font: { ...BASE_FONT, bold: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } },
  border: { bottom: { style: "thin", color: { argb: HEADER_BORDER } } },
  alignment: { vertical: "top", wrapText: true },
});

function writeCell(cell: ExcelJS.Cell, spec: CellSpec, wrap: boolean, styles: StyleCache): void {
  const value = typeof spec.value === "string" ? excelText(spec.value) : spec.value;
  const link = spec.link !== undefined && typeof value === "string";
  cell.value = link ? { text: value, hyperlink: spec.link! } : value;
  // exceljs remembers the id of a style object whatever the cell holds, but without a number
  // format the id depends on the kind of value (a number gets "General"): part of the key.
  const kind = spec.numFmt !== undefined ? "" : value instanceof Date ? "date" : typeof value;
  const key = `${link}|${spec.link !== undefined}|${spec.numFmt}|${spec.tone}|${spec.muted}|${
    spec.heading?.size
  }|${wrap}|${kind}`;
  let style = styles.get(key);
  if (style === undefined) {
    style = cellStyle(spec, link, wrap);
    styles.set(key, style);
  }
  cell.style = style;
}

/** The style of a cell as the spec asks for it (see writeCell for the cache). */
function cellStyle(spec: CellSpec, link: boolean, wrap: boolean): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = { ...BASE_FONT };
  if (link) {
    font.color = { argb: LINK_COLOUR };
    font.underline = true;
  }
  if (spec.numFmt !== undefined) style.numFmt = spec.numFmt;
  if (spec.tone !== undefined) {
    const tone = EXCEL_TONE[spec.tone];
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: tone.fill } };
    if (spec.link === undefined) font.color = { argb: tone.font };
  }
  if (spec.muted) {
    font.italic = true;
    if (spec.link === undefined && spec.tone === undefined) font.color = { argb: MUTED_COLOUR };
  }
  if (spec.heading) {
    font.bold = true;
    font.size = spec.heading.size;
  }
  style.font = font;
  style.alignment = { vertical: "top", wrapText: wrap };
  return Object.freeze(style);
}
