// Rows of an unruled table whose cells are centred vertically (HTML's default for table
// cells). A short cell sits halfway down its row, after the first lines of the row's tall
// cells, so neither the key column nor the gaps between lines say where a row starts. What
// does: every cell of a row has the same vertical centre. Each column's lines are grouped into
// cell blocks (lines a line apart), and blocks whose centres meet are one row. The layout is
// taken as centred only when rows of cells with different numbers of lines line up by their
// centres, which top-aligned cells never do.
import type { RowLine } from "./stream-rows.js";

/** Block centres closer than this (in font sizes) are one row. */
const CENTRE_TOLERANCE = 0.35;
/** Lines of one column closer than this (in line pitches) are one cell block. */
const BLOCK_PITCH = 1.35;

interface Block {
  /** [line, chunk] of each of the block's chunks. */
  members: Array<[number, number]>;
  top: number;
  bottom: number;
  lines: number;
  spanning: boolean;
  /** Its columns. */
  first: number;
  last: number;
  centre: number;
}

/**
 * The row of each chunk of each line when the table's cells are centred vertically, or null
 * when they are not (or it cannot be told). Needs the chunks' extents (`spans` with bottoms).
 */
export function centredRows(lines: readonly RowLine[]): number[][] | null {
  const blocks = cellBlocks(lines);
  if (blocks === null || blocks.length < 4) return null;
  const fontSize = median(lines.map((l) => l.fontSize));
  const tolerance = CENTRE_TOLERANCE * fontSize;
  const sorted = [...blocks].sort((a, b) => a.centre - b.centre);
  const clusters: Block[][] = [];
  for (const b of sorted) {
    const last = clusters.at(-1);
    if (
      last &&
      b.centre - (last[0] as Block).centre <= tolerance &&
      !b.spanning &&
      !last[0]?.spanning
    )
      last.push(b);
    else clusters.push([b]);
  }
  // Evidence: cells with different numbers of lines yet one centre.
  const mixed = clusters.filter((c) => new Set(c.map((b) => b.lines)).size > 1).length;
  // Against: cells side by side, some of several lines, that share a centre only when they
  // have as many lines (top-aligned cells do that). A lone block tells nothing.
  const tall = clusters.filter((c) => c.length > 1 && c.some((b) => b.lines > 1)).length;
  if (mixed < 2 || mixed < 0.6 * tall) return null;
  const extent = (c: Block[]): [number, number] => [
    Math.min(...c.map((b) => b.top)),
    Math.max(...c.map((b) => b.bottom)),
  ];
  const centre = (c: Block[]) => (c[0] as Block).centre;
  const full = (c: Block[]) => c.length > 1 || c[0]?.spanning === true;
  // A lone block that reaches into one row of several cells, and no other, is part of one of
  // its cells (a paragraph or list item set apart): it goes with that row.
  const home = new Map<Block[], Block[]>();
  for (const c of clusters) {
    if (full(c)) continue;
    const [top, bottom] = extent(c);
    const reached = clusters.filter((o) => {
      if (!full(o)) return false;
      const [a, b] = extent(o);
      return a < bottom + tolerance && b > top - tolerance;
    });
    if (reached.length === 1) home.set(c, reached[0] as Block[]);
  }
  // Rows do not overlap: a cluster over the centre of a row of several cells, or of one that
  // reaches out of it, is cells merged over rows (a risk and its level beside their
  // measures), centred across the rows they span.
  const isMerged = (c: Block[]) => {
    if (home.has(c)) return false;
    const [top, bottom] = extent(c);
    return clusters.some((o) => {
      if (o === c || home.has(o) || centre(o) <= top || centre(o) >= bottom) return false;
      const [a, b] = extent(o);
      return full(o) || a < top - tolerance || b > bottom + tolerance;
    });
  };
  const merged = clusters.filter((c) => !home.has(c) && isMerged(c));
  // A piece inside merged cells is no part of them: a row of its own.
  for (const [c, r] of home) if (merged.includes(r)) home.delete(c);
  const rows = clusters.filter((c) => !home.has(c) && !merged.includes(c));
  const extents = rows.map(extent);
  const rowOf = lines.map((l) => (l.spans ?? []).map(() => 0));
  rows.forEach((c, r) => {
    for (const b of c) for (const [i, k] of b.members) (rowOf[i] as number[])[k] = r;
  });
  for (const [c, r] of home) {
    const at = rows.indexOf(r);
    for (const b of c) for (const [i, k] of b.members) (rowOf[i] as number[])[k] = Math.max(0, at);
  }
  let unplaced = 0;
  // Rows already spanned by merged cells, per column: the next group's cell cannot span them.
  const taken = new Set<string>();
  for (const c of merged) {
    // Its text goes to the first row it spans (over empty cells, as for other merged cells).
    const span = spannedRows(c, rows, extents, taken, tolerance * 2);
    if (span)
      for (let r = span[0]; r <= span[1]; r++)
        for (const b of c) for (let col = b.first; col <= b.last; col++) taken.add(`${r}:${col}`);
    const r = span ? span[0] : null;
    if (r === null) unplaced++;
    for (const b of c)
      for (const [i, k] of b.members) (rowOf[i] as number[])[k] = r ?? firstReached(b, extents);
  }
  if (unplaced > 0.25 * rows.length) return null;
  return rowOf;
}

/**
 * The rows these merged cells span: the most successive rows that share their centre, hold
 * them, and have nothing else in their columns (nor another merged cell); null if none do.
 */
function spannedRows(
  cells: readonly Block[],
  rows: ReadonlyArray<readonly Block[]>,
  extents: ReadonlyArray<[number, number]>,
  taken: ReadonlySet<string>,
  tolerance: number,
): [number, number] | null {
  const top = Math.min(...cells.map((b) => b.top));
  const bottom = Math.max(...cells.map((b) => b.bottom));
  const centre = (cells[0] as Block).centre;
  const first = Math.min(...cells.map((b) => b.first));
  const last = Math.max(...cells.map((b) => b.last));
  const free = rows.map(
    (r, i) =>
      r.every((b) => b.last < first || b.first > last) &&
      cells.every((b) => !taken.has(`${i}:${b.first}`)),
  );
  let best: [number, number] | null = null;
  for (let i = 0; i < extents.length; i++) {
    const [a] = extents[i] as [number, number];
    if (a > top + tolerance) break;
    for (let j = i; j < extents.length && free[j]; j++) {
      const [, b] = extents[j] as [number, number];
      if ((a + b) / 2 > centre + tolerance) break;
      const symmetric = Math.abs((a + b) / 2 - centre) <= tolerance;
      if (symmetric && b >= bottom - tolerance && free[i] && (!best || j - i > best[1] - best[0]))
        best = [i, j];
    }
  }
  return best;
}

/** The first row a block reaches into. */
function firstReached(b: Block, extents: ReadonlyArray<[number, number]>): number {
  const r = extents.findIndex(([top, bottom]) => b.bottom > top && b.top < bottom);
  return r < 0 ? 0 : r;
}

/**
 * Each column's chunks grouped into cell blocks. A chunk spanning columns (a section label,
 * text merged over columns) starts a block of its own, and the wrapped rest of it below (over
 * the same columns, or in its first column) joins it.
 */
function cellBlocks(lines: readonly RowLine[]): Block[] | null {
  type Entry = { i: number; k: number; top: number; bottom: number; last: number };
  const byColumn = new Map<number, Entry[]>();
  for (const [i, line] of lines.entries()) {
    for (const [k, sp] of (line.spans ?? []).entries()) {
      if (sp.bottom === undefined) return null;
      const list = byColumn.get(sp.first) ?? [];
      list.push({ i, k, top: sp.top, bottom: sp.bottom, last: sp.last });
      byColumn.set(sp.first, list);
    }
  }
  const pitches: number[] = [];
  for (const list of byColumn.values()) {
    list.sort((a, b) => a.top - b.top);
    for (let j = 1; j < list.length; j++) {
      const a = list[j - 1] as Entry;
      const p = (list[j] as Entry).top - a.top;
      if (p > 0.5 * (a.bottom - a.top)) pitches.push(p);
    }
  }
  if (pitches.length === 0) return null;
  const pitch = Math.min(...pitches);
  const blocks: Block[] = [];
  for (const [col, list] of byColumn) {
    let current: Entry[] = [];
    const flush = () => {
      const head = current[0];
      if (head === undefined) return;
      blocks.push({
        members: current.map((c) => [c.i, c.k]),
        top: head.top,
        bottom: Math.max(...current.map((c) => c.bottom)),
        lines: current.length,
        spanning: head.last > col,
        first: col,
        last: head.last,
        centre: (head.top + Math.max(...current.map((c) => c.bottom))) / 2,
      });
      current = [];
    };
    for (const c of list) {
      const prev = current.at(-1);
      // A chunk over columns starts a block, unless it goes on from one over the same columns.
      const apart = prev !== undefined && c.top - prev.top > BLOCK_PITCH * pitch;
      const startsSpan = c.last > col && (prev === undefined || prev.last !== c.last);
      if (apart || startsSpan) flush();
      current.push(c);
    }
    flush();
  }
  return blocks;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 10;
}
