// Tables that run over a page break: the part on the next page is joined to the part before
// it, a repeated header row is dropped, a merged cell is continued and a row split by the
// break is put back together.
import type { Cell, Table } from "../../model/table.js";
import { joinAtLineBreak } from "../pdf/join-lines.js";
import { readsOn } from "./stream-rows.js";

/** Horizontal tolerance (points) when comparing the two parts' left and right edges. */
const EDGE_TOLERANCE = 4;

function norm(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

function rowCells(table: Table, row: number): Cell[] {
  return table.cells.filter((c) => c.row === row).sort((a, b) => a.col - b.col);
}

function rowText(table: Table, row: number): string {
  return rowCells(table, row)
    .map((c) => `${c.col}:${norm(c.text)}`)
    .join("|");
}

/**
 * Whether `next` (the first table on the following page) looks like the rest of `prev`, which
 * may already run over several pages: the page after its last row's.
 */
export function continues(prev: Table, next: Table): boolean {
  const lastPage = prev.rowPages[prev.rowPages.length - 1] ?? prev.page;
  if (lastPage === null || next.page !== lastPage + 1) return false;
  if (prev.cols !== next.cols || prev.method !== next.method) return false;
  if (!prev.bbox || !next.bbox) return false;
  const left = Math.abs(prev.bbox[0] - next.bbox[0]) <= EDGE_TOLERANCE;
  // A stream table's right edge is where its longest text ends, which differs page to page.
  if (prev.method === "stream") return left;
  return left && Math.abs(prev.bbox[2] - next.bbox[2]) <= EDGE_TOLERANCE;
}

/** The cell in column `col` that covers the last row of `table`. */
function coveringCell(table: Table, col: number): Cell | undefined {
  const last = table.rows - 1;
  return table.cells.find(
    (c) => c.col <= col && col < c.col + c.colSpan && c.row <= last && last < c.row + c.rowSpan,
  );
}

export function joinTables(prev: Table, next: Table): Table {
  let skip = 0;
  if (next.rows > 0 && rowText(next, 0) === rowText(prev, 0)) skip = 1; // repeated header
  const cells = prev.cells.map((c) => ({ ...c }));
  const rowPages = [...prev.rowPages];
  const rowBoxes = [...prev.rowBoxes];
  const lastRow = prev.rows - 1;

  // A row split by the break: its anchor (first) column is empty on the new page. Unless
  // several of its cells each start anew under complete ones: then it is the next row beside
  // a merged anchor cell (a risk over several measures, each with its owner and date).
  const firstNext = rowCells(next, skip);
  const anchor = firstNext.find((c) => c.col === 0);
  const prevAnchor = coveringCell(prev, 0);
  const filled = firstNext.filter((c) => c.text !== "");
  const startsAnew = (c: Cell) => {
    const above = coveringCell(prev, c.col)?.text ?? "";
    return above !== "" && !readsOn(above, c.text);
  };
  const splitRow =
    anchor !== undefined &&
    anchor.text === "" &&
    prevAnchor !== undefined &&
    prevAnchor.rowSpan === 1 &&
    prevAnchor.text !== "" &&
    filled.length > 0 &&
    !(filled.length >= 2 && filled.every(startsAnew));
  let start = skip;
  if (splitRow) {
    for (const c of firstNext) {
      const target = cells.find((p) => p.row === lastRow && p.col === c.col && p.rowSpan === 1);
      if (target && c.text !== "") {
        target.text = joinAtLineBreak(target.text, c.text);
        target.paragraphs = [...(target.paragraphs ?? []), ...(c.paragraphs ?? [c.text])];
      }
    }
    start = skip + 1;
  }

  const offset = prev.rows - start;

  // Merged cells that continue: an empty single cell under a cell that spans down to the break.
  const extended = new Set<number>();
  for (let col = 0; col < prev.cols; col++) {
    const cover = coveringCell(prev, col);
    if (!cover || cover.rowSpan < 2 || cover.col !== col) continue;
    const target = cells.find((c) => c.row === cover.row && c.col === cover.col);
    if (!target) continue;
    for (let r = start; r < next.rows; r++) {
      const c = next.cells.find((x) => x.row === r && x.col === col);
      if (c?.text !== "" || c.colSpan !== cover.colSpan) break;
      target.rowSpan += c.rowSpan;
      extended.add(r * 1000 + col);
    }
  }

  for (const c of next.cells) {
    if (c.row < start || extended.has(c.row * 1000 + c.col)) continue;
    cells.push({ ...c, row: c.row + offset });
  }
  for (let r = start; r < next.rows; r++) {
    rowPages.push(next.rowPages[r] ?? next.page);
    rowBoxes.push(next.rowBoxes[r] ?? null);
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { ...prev, rows: prev.rows + next.rows - start, cells, rowPages, rowBoxes };
}
