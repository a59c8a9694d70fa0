// `tables --json` and `--csv`: the contract's shape of every table found in one document.
import type { DocumentContent } from "../model/content.js";
import type { Table } from "../model/table.js";

export interface TablesJson {
  file: string;
  tables: {
    page: number | null;
    bbox: Table["bbox"];
    method: Table["method"];
    rows: number;
    cols: number;
    cells: { row: number; col: number; rowSpan: number; colSpan: number; text: string }[];
  }[];
}

export function tablesOf(content: DocumentContent): Table[] {
  return content.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
}

export function tablesJson(file: string, content: DocumentContent): TablesJson {
  return {
    file,
    tables: tablesOf(content).map((t) => ({
      page: t.page,
      bbox: t.bbox ? (t.bbox.map((v) => Math.round(v * 100) / 100) as Table["bbox"]) : null,
      method: t.method,
      rows: t.rows,
      cols: t.cols,
      cells: t.cells.map(({ row, col, rowSpan, colSpan, text }) => ({
        row,
        col,
        rowSpan,
        colSpan,
        text,
      })),
    })),
  };
}

function csvField(text: string): string {
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV: spanning cells written at their top-left position, covered positions empty. */
export function tableCsv(table: Table): string {
  const grid: string[][] = Array.from({ length: table.rows }, () => Array(table.cols).fill(""));
  for (const c of table.cells) {
    const row = grid[c.row];
    if (row) row[c.col] = c.text;
  }
  return `${grid.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}
