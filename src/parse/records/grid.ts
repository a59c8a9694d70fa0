// A table as a full rows × cols grid, so that a cell merged over several rows or columns is
// seen from every position it covers. Record parsers read rows through this view.
import type { BBox, Cell, Table } from "../../model/table.js";
import { collapseWhitespace, removeSoftHyphens } from "../swedish/text.js";

export interface GridSlot {
  cell: Cell;
  /** True at the cell's top-left position, false where the position is covered by a span. */
  origin: boolean;
}

export type Grid = (GridSlot | null)[][];

export function buildGrid(table: Table): Grid {
  const grid: Grid = Array.from({ length: table.rows }, () =>
    Array.from({ length: table.cols }, () => null),
  );
  for (const cell of table.cells) {
    const rowEnd = Math.min(table.rows, cell.row + Math.max(1, cell.rowSpan));
    const colEnd = Math.min(table.cols, cell.col + Math.max(1, cell.colSpan));
    for (let r = cell.row; r < rowEnd; r++) {
      const gridRow = grid[r];
      if (!gridRow) continue;
      for (let c = cell.col; c < colEnd; c++) {
        // First writer wins: a malformed table with overlapping cells keeps the earlier cell.
        if (gridRow[c] == null) gridRow[c] = { cell, origin: r === cell.row && c === cell.col };
      }
    }
  }
  return grid;
}

export function cellText(cell: Cell | null | undefined): string {
  return cell ? collapseWhitespace(removeSoftHyphens(cell.text)) : "";
}

/** Text at a position (a merged cell's text shows at every position it covers). */
export function textAt(grid: Grid, row: number, col: number): string {
  return cellText(grid[row]?.[col]?.cell);
}

export function slotAt(grid: Grid, row: number, col: number): GridSlot | null {
  return grid[row]?.[col] ?? null;
}

/** One text per column of a row, merged cells repeated. */
export function rowTexts(grid: Grid, row: number): string[] {
  return (grid[row] ?? []).map((slot) => cellText(slot?.cell));
}

/** The distinct cells of a row, left to right, each once. */
export function rowCells(grid: Grid, row: number): GridSlot[] {
  const seen = new Set<Cell>();
  const out: GridSlot[] = [];
  for (const slot of grid[row] ?? []) {
    if (!slot || seen.has(slot.cell)) continue;
    seen.add(slot.cell);
    out.push({ cell: slot.cell, origin: slot.cell.row === row });
  }
  return out;
}

export function isEmptyRow(grid: Grid, row: number): boolean {
  return rowTexts(grid, row).every((t) => t === "");
}

export interface RowProvenance {
  page: number | null;
  bbox: BBox | null;
}

/** Where a table row is: the row's own page/box, else the table block's. */
export function rowProvenance(
  table: Table,
  row: number,
  fallback: { page: number | null; bbox: BBox | null },
): RowProvenance {
  return {
    page: table.rowPages[row] ?? fallback.page ?? table.page,
    bbox: table.rowBoxes[row] ?? null,
  };
}
