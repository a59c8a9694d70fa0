// Which kind of records a table holds, read from its header row.
import type { Table } from "../../model/table.js";
import { classifyHeaderRow, type TableKind } from "../swedish/headers.js";
import { buildGrid, type Grid, rowTexts } from "./grid.js";

export interface ClassifiedTable {
  kind: TableKind;
  grid: Grid;
  /** Row index of the header row. */
  headerRow: number;
  /** Field per column (null: not used). */
  columns: (string | null)[];
}

/** Rows above the header a table may have (a title row spanning the table). */
const MAX_HEADER_ROW = 2;

export function classifyTable(table: Table): ClassifiedTable | null {
  const grid = buildGrid(table);
  for (let r = 0; r <= Math.min(MAX_HEADER_ROW, table.rows - 1); r++) {
    const { kind, columns } = classifyHeaderRow(rowTexts(grid, r));
    if (kind) return { kind, grid, headerRow: r, columns };
  }
  return null;
}

/** Index of the column holding a field, or -1. */
export function columnOf(columns: readonly (string | null)[], field: string): number {
  return columns.indexOf(field);
}

/** True when a data row repeats the header (a header repeated after a page break). */
export function isRepeatedHeader(grid: Grid, row: number, headerRow: number): boolean {
  const header = rowTexts(grid, headerRow).map((t) => t.toLocaleLowerCase("sv-SE"));
  const texts = rowTexts(grid, row).map((t) => t.toLocaleLowerCase("sv-SE"));
  if (texts.every((t, i) => t === header[i])) return true;
  const { kind, columns } = classifyHeaderRow(rowTexts(grid, row));
  const original = classifyHeaderRow(rowTexts(grid, headerRow));
  return (
    kind !== null && kind === original.kind && columns.join("|") === original.columns.join("|")
  );
}
