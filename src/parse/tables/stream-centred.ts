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
  const tolerance = CENTRE_TOLERANCE * median(lines.map((l) => l.fontSize));
  const clusters = byCentre(blocks, tolerance);
  if (!looksCentred(clusters)) return null;
  const home = homeRows(clusters, tolerance);
  const merged = clusters.filter((c) => !home.has(c) && isMerged(c, clusters, home, tolerance));
  // A piece inside merged cells is no part of them: a row of its own.
  for (const [c, r] of home) if (merged.includes(r)) home.delete(c);
  const rows = clusters.filter((c) => !home.has(c) && !merged.includes(c));
  const extents = rows.map(extentOf);
  const rowOf = lines.map((l) => (l.spans ?? []).map(() => 0));
  const put = (c: readonly Block[], row: number) => {
    for (const b of c) for (const [i, k] of b.members) (rowOf[i] as number[])[k] = row;
  };
  for (const [r, c] of rows.entries()) put(c, r);
  for (const [c, r] of home) put(c, Math.max(0, rows.indexOf(r)));
  let unplaced = 0;
  // Rows already spanned by merged cells, per column: the next group's cell cannot span them.
  const taken = new Set<string>();
  for (const c of merged) {
    // Its text goes to the first row it spans (over empty cells, as for other merged cells).
    const span = spannedRows(c, rows, extents, taken, tolerance * 2);
    if (span === null) {
      unplaced++;
      for (const b of c) put([b], firstReached(b, extents));
      continue;
    }
    for (let r = span[0]; r <= span[1]; r++)
      for (const b of c) for (let col = b.first; col <= b.last; col++) taken.add(`${r}:${col}`);
    put(c, span[0]);
  }
  return unplaced > 0.25 * rows.length ? null : rowOf;
}

/** Blocks whose centres meet, in order down the page; a block over columns stands alone. */
function byCentre(blocks: readonly Block[], tolerance: number): Block[][] {
  const clusters: Block[][] = [];
  for (const b of [...blocks].sort((x, y) => x.centre - y.centre)) {
    const last = clusters.at(-1);
    const head = last?.[0];
    if (last && head && b.centre - head.centre <= tolerance && !b.spanning && !head.spanning)
      last.push(b);
    else clusters.push([b]);
  }
  return clusters;
}

/**
 * Cells side by side with different numbers of lines yet one centre, in most rows where some
 * have several lines. Top-aligned cells share a centre only when they have as many lines.
 */
function looksCentred(clusters: readonly Block[][]): boolean {
  const mixed = clusters.filter((c) => new Set(c.map((b) => b.lines)).size > 1).length;
  const tall = clusters.filter((c) => c.length > 1 && c.some((b) => b.lines > 1)).length;
  return mixed >= 2 && mixed >= 0.6 * tall;
}

function extentOf(c: readonly Block[]): [number, number] {
  return [Math.min(...c.map((b) => b.top)), Math.max(...c.map((b) => b.bottom))];
}

/** A row of several cells, or a label over columns: not a lone block. */
function isFull(c: readonly Block[]): boolean {
  return c.length > 1 || c[0]?.spanning === true;
}

/**
 * Lone blocks that reach into one full row, and no other: each is part of one of its cells (a
 * paragraph or list item set apart), and goes with that row.
 */
function homeRows(clusters: readonly Block[][], tolerance: number): Map<Block[], Block[]> {
  const home = new Map<Block[], Block[]>();
  for (const c of clusters) {
    if (isFull(c)) continue;
    const [top, bottom] = extentOf(c);
    const reached = clusters.filter((o) => {
      const [a, b] = extentOf(o);
      return isFull(o) && a < bottom + tolerance && b > top - tolerance;
    });
    if (reached.length === 1) home.set(c, reached[0] as Block[]);
  }
  return home;
}

/**
 * Rows do not overlap: a cluster over the centre of a full row, or of one that reaches out of
 * it, is cells merged over rows (a risk and its level beside their measures), centred across
 * the rows they span.
 */
function isMerged(
  c: readonly Block[],
  clusters: readonly Block[][],
  home: ReadonlyMap<Block[], Block[]>,
  tolerance: number,
): boolean {
  const [top, bottom] = extentOf(c);
  return clusters.some((o) => {
    const centre = (o[0] as Block).centre;
    if (o === c || home.has(o) || centre <= top || centre >= bottom) return false;
    const [a, b] = extentOf(o);
    return isFull(o) || a < top - tolerance || b > bottom + tolerance;
  });
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
  const free = rows.map((r, i) => {
    if (r.some((b) => b.last >= first && b.first <= last)) return false;
    for (let col = first; col <= last; col++) if (taken.has(`${i}:${col}`)) return false;
    return true;
  });
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
