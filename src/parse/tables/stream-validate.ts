// Things that line up like a table but are text: prose set in columns, lists with their
// markers in a column of their own, tables of contents with dot leaders.
import type { Table } from "../../model/table.js";
import type { ChunkLine } from "./chunks.js";
import { chunkColumns, type Gap } from "./stream-columns.js";

const LIST_MARKER = /^([•·▪■◦‣●○–—\-*]|\(?\d{1,2}[.)]?|\(?[a-zA-Z][.)]|[ivx]{1,4}[.)])$/;
const DOT_LEADER = /(\.\s?){4,}|…{2,}/;

/** Share of a column's lines whose text runs (nearly) to the column's right edge. */
function fillShare(
  region: readonly ChunkLine[],
  gaps: readonly Gap[],
  col: number,
): { lines: number; share: number } {
  const spans: Array<[number, number]> = [];
  for (const line of region) {
    // Justified text may split a line into several chunks; the line's extent is what counts.
    let x0 = Number.POSITIVE_INFINITY;
    let x1 = Number.NEGATIVE_INFINITY;
    for (const c of line.chunks) {
      const [first, last] = chunkColumns(c, gaps);
      if (first !== col || last !== col) continue;
      x0 = Math.min(x0, c.x0);
      x1 = Math.max(x1, c.x1);
    }
    if (x1 > x0) spans.push([x0, x1]);
  }
  if (spans.length === 0) return { lines: 0, share: 0 };
  const left = Math.min(...spans.map((s) => s[0]));
  const right = Math.max(...spans.map((s) => s[1]));
  const width = right - left;
  const full = spans.filter((s) => s[1] >= right - 0.12 * width).length;
  return { lines: spans.length, share: full / spans.length };
}

/** Whether every text in the key column is a list marker (bullets, "1.", "a)"). */
function markerColumn(region: readonly ChunkLine[], gaps: readonly Gap[]): boolean {
  const texts = region.flatMap((l) =>
    l.chunks.filter((c) => chunkColumns(c, gaps)[0] === 0).map((c) => c.text.trim()),
  );
  return texts.length > 0 && texts.every((t) => LIST_MARKER.test(t));
}

/**
 * A table of contents: page numbers in the last column, rising, from the first row on (a table
 * has a header there), or entries drawn out with dot leaders.
 */
function isContents(table: Table): boolean {
  const last = table.cells
    .filter((c) => c.col + c.colSpan === table.cols && c.text !== "")
    .sort((a, b) => a.row - b.row);
  const pages = last.map((c) => (/^\d{1,3}$/.test(c.text.trim()) ? Number(c.text) : Number.NaN));
  if (pages.length < 3 || pages.some(Number.isNaN)) return false;
  if (pages.some((p, i) => i > 0 && p < (pages[i - 1] as number))) return false;
  const leaders = new Set(table.cells.filter((c) => DOT_LEADER.test(c.text)).map((c) => c.row));
  return last[0]?.row === 0 || leaders.size >= 0.3 * table.rows;
}

export function looksLikeText(
  table: Table,
  region: readonly ChunkLine[],
  gaps: readonly Gap[],
): boolean {
  if (markerColumn(region, gaps)) return true;
  if (isContents(table)) return true;
  // Every column filled edge to edge, line after line, is running text in columns.
  let proseColumns = 0;
  for (let col = 0; col < table.cols; col++) {
    const { lines, share } = fillShare(region, gaps, col);
    if (lines >= 4 && share >= 0.6) proseColumns++;
  }
  return proseColumns === table.cols;
}

/** Mean number of words per line in one column. */
function wordsPerLine(region: readonly ChunkLine[], gaps: readonly Gap[], col: number): number {
  let words = 0;
  let lines = 0;
  for (const line of region) {
    const inCol = line.chunks.filter((c) => {
      const [first, last] = chunkColumns(c, gaps);
      return first === col && last === col;
    });
    if (inCol.length === 0) continue;
    lines++;
    words += inCol.reduce((n, c) => n + c.text.split(/\s+/).length, 0);
  }
  return lines === 0 ? 0 : words / lines;
}

/**
 * A column of running text at the left or right edge of a region (body text set beside a
 * table): its lines are long and fill the column edge to edge, unlike the other columns'.
 */
export function proseEdgeColumn(region: readonly ChunkLine[], gaps: readonly Gap[]): number | null {
  const cols = gaps.length + 1;
  if (cols < 3) return null;
  // A table's own column of long text has a header; text beside the table has none: on the
  // region's first line it is missing or already running text.
  const first = region[0]?.chunks ?? [];
  const startsAsText = (col: number) => {
    const head = first.filter((c) => chunkColumns(c, gaps)[0] === col);
    return head.length === 0 || head.some((c) => c.text.split(/\s+/).length >= 4);
  };
  const prose = (col: number) => {
    const { lines, share } = fillShare(region, gaps, col);
    return lines >= 3 && share >= 0.5 && wordsPerLine(region, gaps, col) >= 5 && startsAsText(col);
  };
  const inner = Array.from({ length: cols - 2 }, (_, i) => i + 1);
  if (inner.some(prose)) return null;
  if (prose(0) && !prose(cols - 1)) return 0;
  if (prose(cols - 1) && !prose(0)) return cols - 1;
  return null;
}
