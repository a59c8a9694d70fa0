// The auditors' workbook (oversikt.xlsx). Built in two steps: records -> plain sheet specs
// (sheets.ts: pure, every decision about content, order, formats and widths), then specs ->
// exceljs here, through its streaming writer: each row is serialised as soon as it is
// written, instead of every cell of the workbook living as objects until the end. (With 1,000
// documents the in-memory workbook took 2.5 s and 450 MB; streamed, 0.7 s and a few MB.)
// The streaming writer makes no Excel tables and no print titles: workbookBuffer hands their
// definitions to finishXlsx, which adds them to the package (see xlsx-package.ts).
import { PassThrough } from "node:stream";
import type ExcelJS from "exceljs";
import WorkbookWriter from "exceljs/lib/stream/xlsx/workbook-writer.js";
import type { RecordsFile, RunLogFile } from "../model/records.js";
import {
  buildSheetSpecs,
  type CellSpec,
  type SheetSpec,
  type TableSpec,
  type WorkbookOptions,
} from "./sheets.js";
import { EXCEL_TONE } from "./tones.js";
import { finishXlsx, type SheetExtras, type TableDefinition } from "./xlsx-package.js";

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

/** What the workbook will hold: sheet specs and the timestamp it carries. Plain data. */
export interface Workbook {
  sheets: SheetSpec[];
  /** The run's own timestamp rather than "now", so the same records give the same workbook. */
  modified: Date | null;
}

export function buildWorkbook(
  records: RecordsFile,
  runLog: RunLogFile,
  opts: WorkbookOptions,
): Workbook {
  const generated = new Date(records.generatedAt);
  return {
    sheets: buildSheetSpecs(records, runLog, opts),
    modified: Number.isNaN(generated.getTime()) ? null : generated,
  };
}

/**
 * The workbook as .xlsx bytes. Internal links are rewritten to Excel's own form and the zip is
 * written with fixed timestamps, so the same workbook gives the same bytes.
 */
export async function workbookBuffer(wb: Workbook): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const modified = wb.modified ?? new Date();
  const writer = new WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
    // Stored, not deflated: finishXlsx unpacks every part and deflates it again anyway.
    zip: { store: true },
    creator: "planpipe",
    lastModifiedBy: "planpipe",
    created: modified,
    modified,
  } as ConstructorParameters<typeof WorkbookWriter>[0]);
  const styles = styleCache();
  const extras = wb.sheets.map((spec) => renderSheet(writer, spec, styles));
  await writer.commit();
  return finishXlsx(new Uint8Array(Buffer.concat(chunks)), modified, extras);
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

type StreamWriter = InstanceType<typeof WorkbookWriter>;

/** One sheet, its rows written top to bottom; returns what the package must add for it. */
function renderSheet(wb: StreamWriter, spec: SheetSpec, styles: StyleCache): SheetExtras {
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
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&L&A&R&P / &N" },
  });
  ws.columns = spec.widths.map((width) => ({ width }));

  // A streamed row cannot be gone back to: every write is collected by row, then each row is
  // written once, in order.
  const writes = new Map<number, ((row: ExcelJS.Row) => void)[]>();
  const at = (r: number, write: (row: ExcelJS.Row) => void) => {
    const list = writes.get(r);
    if (list) list.push(write);
    else writes.set(r, [write]);
  };
  spec.preamble.forEach((cells, r) => {
    at(r + 1, (row) =>
      cells.forEach((cellSpec, c) => {
        writeCell(row.getCell(c + 1), cellSpec, false, styles);
      }),
    );
  });
  const tables = spec.tables.map((table) => tableRows(table, spec.widths, styles, at));
  for (const r of [...writes.keys()].sort((a, b) => a - b)) {
    const row = ws.getRow(r);
    for (const write of writes.get(r) ?? []) write(row);
    row.commit();
  }
  ws.commit();
  return { name: spec.name, tables, printTitlesRow: spec.frozenRows };
}

/** A table's title, header and rows, handed to `at` by sheet row; returns its definition. */
function tableRows(
  spec: TableSpec,
  widths: number[],
  styles: StyleCache,
  at: (r: number, write: (row: ExcelJS.Row) => void) => void,
): TableDefinition {
  if (spec.title !== null) {
    const title = spec.title;
    at(spec.headerRow - 1, (row) =>
      writeCell(row.getCell(1), { value: title, heading: { size: 12 } }, false, styles),
    );
  }
  // Excel wants at least one data row in a table; an empty one gets a blank row.
  const rows =
    spec.rows.length > 0 ? spec.rows : [spec.columns.map((): CellSpec => ({ value: null }))];
  at(spec.headerRow, (header) =>
    spec.columns.forEach((column, c) => {
      const cell = header.getCell(c + 1);
      cell.value = column.header;
      cell.style = HEADER_STYLE;
    }),
  );
  rows.forEach((cells, r) => {
    at(spec.headerRow + 1 + r, (row) => {
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
  });
  return {
    name: spec.id,
    headerRow: spec.headerRow,
    lastRow: spec.headerRow + rows.length,
    columns: spec.columns.map((c) => c.header),
    style: TABLE_STYLE,
  };
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
