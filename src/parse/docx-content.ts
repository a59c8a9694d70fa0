// DocxLayout -> DocumentContent: the DOCX side of the common content model. Tables get grid
// positions from their row/column spans, in the `tables --json` shape.
import type { DocxBlock, DocxCell, DocxLayout } from "../extract/layout.js";
import type { Block, DocumentContent } from "../model/content.js";
import type { Cell, Table } from "../model/table.js";

export function docxToContent(layout: DocxLayout): DocumentContent {
  const blocks: Block[] = [];
  for (const block of layout.blocks) {
    const converted = convertBlock(block);
    if (converted) blocks.push(converted);
  }
  return {
    format: "docx",
    pageCount: null,
    blocks,
    runningTexts: runningTexts([...layout.headers, ...layout.footers]),
    metadataTitle: layout.metadata.title,
  };
}

function convertBlock(block: DocxBlock): Block | null {
  const where = { page: null, bbox: null };
  switch (block.kind) {
    case "heading":
      return { kind: "heading", level: block.level, text: block.text, ...where };
    case "paragraph":
      return { kind: "paragraph", text: block.text, ...where };
    case "table": {
      const table = gridTable(block.rows);
      return table.rows > 0 && table.cols > 0 ? { kind: "table", table, ...where } : null;
    }
  }
}

/** One entry per header/footer paragraph, without repeats (first-page and default parts). */
function runningTexts(parts: string[]): string[] {
  const seen = new Set<string>();
  for (const part of parts) {
    for (const line of part.split("\n")) {
      const text = line.trim();
      if (text !== "") seen.add(text);
    }
  }
  return [...seen];
}

/**
 * Places HTML-style rows (each lists only the cells that start in it) on a grid: a cell takes the
 * first column not covered by a row-spanning cell above. Row spans are clipped to the table.
 */
export function gridTable(rows: DocxCell[][]): Table {
  const covered: boolean[][] = rows.map(() => []);
  const cells: Cell[] = [];
  let cols = 0;
  rows.forEach((row, r) => {
    const taken = covered[r] ?? [];
    let col = 0;
    for (const cell of row) {
      while (taken[col]) col++;
      const rowSpan = Math.min(cell.rowSpan, rows.length - r);
      for (let rr = r; rr < r + rowSpan; rr++) {
        const line = covered[rr] ?? [];
        for (let cc = col; cc < col + cell.colSpan; cc++) line[cc] = true;
      }
      cells.push({
        row: r,
        col,
        rowSpan,
        colSpan: cell.colSpan,
        text: cell.text,
        paragraphs: [...cell.lines],
      });
      col += cell.colSpan;
      cols = Math.max(cols, col);
    }
  });
  widenSectionRows(cells, covered, cols);
  return {
    page: null,
    bbox: null,
    method: "docx",
    rows: rows.length,
    cols,
    cells,
    rowPages: rows.map(() => null),
    rowBoxes: rows.map(() => null),
  };
}

/**
 * A row holding a single cell and nothing from above is a section row ("Fokusområde 2: ..."):
 * it spans the whole table even when the file gave it fewer grid columns (a short row, or a
 * gridSpan that stops short of the last column).
 */
function widenSectionRows(cells: Cell[], covered: boolean[][], cols: number): void {
  const byRow = new Map<number, Cell[]>();
  for (const cell of cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  for (const [row, inRow] of byRow) {
    const only = inRow[0];
    if (inRow.length !== 1 || !only || only.col !== 0 || only.rowSpan !== 1) continue;
    const fromAbove = (covered[row] ?? []).some((taken, c) => taken && c >= only.colSpan);
    if (!fromAbove && only.colSpan < cols) only.colSpan = cols;
  }
}
