// Zebra tables: rows shaded in turn, with no lines. Each run of shaded rows draws a grid of its
// own, and the unshaded rows between them draw nothing, so the table would fall apart into its
// shaded rows. Runs stacked one above the other, as wide as each other, with only rows of
// their columns between them, are one table: the unshaded rows get the columns of the rows
// around them.
import type { TextItem } from "../../extract/layout.js";
import { clusterPositions, type Segment } from "./segments.js";

export interface Grid {
  h: Segment[];
  v: Segment[];
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function boxOf(g: Grid): Box {
  return {
    x0: Math.min(...g.v.map((s) => s.pos)),
    x1: Math.max(...g.v.map((s) => s.pos)),
    y0: Math.min(...g.h.map((s) => s.pos)),
    y1: Math.max(...g.h.map((s) => s.pos)),
  };
}

/** The grid's row edges, top to bottom. */
function rowEdges(g: Grid, snap: number): number[] {
  return clusterPositions(
    g.h.map((s) => s.pos),
    snap,
  );
}

/** The grid's column edges, left to right. */
function columnEdges(g: Grid, snap: number): number[] {
  return clusterPositions(
    g.v.map((s) => s.pos),
    snap,
  );
}

function rowCount(g: Grid, snap: number): number {
  return rowEdges(g, snap).length - 1;
}

/** The tallest row of a grid (points). */
function tallestRow(g: Grid, snap: number): number {
  const ys = rowEdges(g, snap);
  let tallest = 0;
  for (let i = 1; i < ys.length; i++) tallest = Math.max(tallest, ys[i]! - ys[i - 1]!);
  return tallest;
}

/** Whether the text between two grids reads as rows of these columns: none crosses a column edge. */
function rowsBetween(items: readonly TextItem[], box: Box, y0: number, y1: number, xs: number[]) {
  const inside = items.filter(
    (it) =>
      it.y + it.height / 2 > y0 &&
      it.y + it.height / 2 < y1 &&
      it.x < box.x1 &&
      it.x + it.width > box.x0,
  );
  return inside.every(
    (it) =>
      it.x >= box.x0 - 1 &&
      it.x + it.width <= box.x1 + 1 &&
      !xs.some((x) => x > it.x + 1 && x < it.x + it.width - 1),
  );
}

/**
 * Whether two grids have the same column edges where both stand; a grid of one column (a
 * title or section row across the table) goes with any.
 */
function sameColumns(a: Grid, b: Grid, snap: number): boolean {
  // Inside the narrower grid only: a stripe of cells merged from a later column has none of
  // the columns left of it.
  const x0 = Math.max(boxOf(a).x0, boxOf(b).x0) + snap;
  const x1 = Math.min(boxOf(a).x1, boxOf(b).x1) - snap;
  const inner = (g: Grid) => columnEdges(g, snap).filter((x) => x > x0 && x < x1);
  const xa = inner(a);
  const xb = inner(b);
  if (xa.length === 0 || xb.length === 0) return true;
  const covers = (p: number[], q: number[]) =>
    p.every((x) => q.some((y) => Math.abs(x - y) <= snap));
  return covers(xa, xb) && covers(xb, xa);
}

/**
 * Joins shading-only grids (not `drawn`) stacked with unshaded rows between them; the gap gets
 * the column edges of the grids on both sides. Other grids are returned as they are.
 */
export function joinStripes<G extends Grid>(
  grids: G[],
  drawn: (g: G) => boolean,
  items: readonly TextItem[],
  snap: number,
): G[] {
  const sorted = [...grids].sort((a, b) => boxOf(a).y0 - boxOf(b).y0);
  const out: G[] = [];
  const joined = new Set<number>();
  for (const g of sorted) {
    const prev = out[out.length - 1];
    if (prev && !drawn(prev) && !drawn(g)) {
      const a = boxOf(prev);
      const b = boxOf(g);
      const gap = b.y0 - a.y1;
      // As wide as the grid above, or a cell merged from one of its columns to its right
      // edge (an "Önskad effekt" row beside a rowspan the shading leaves unshaded).
      const sameWidth =
        Math.abs(a.x1 - b.x1) <= snap &&
        (Math.abs(a.x0 - b.x0) <= snap ||
          columnEdges(prev, snap).some((x) => x > a.x0 + snap && Math.abs(x - b.x0) <= snap));
      const rowHeight = Math.max(tallestRow(prev, snap), tallestRow(g, snap));
      const xs = columnEdges({ h: [], v: [...prev.v, ...g.v] }, snap);
      if (
        sameWidth &&
        sameColumns(prev, g, snap) &&
        gap > snap &&
        gap <= 2 * rowHeight &&
        rowsBetween(items, a, a.y1, b.y0, xs.slice(1, -1))
      ) {
        const bridge = xs.map((pos): Segment => ({ pos, a: a.y1, b: b.y0 }));
        out[out.length - 1] = {
          ...prev,
          h: [...prev.h, ...g.h],
          v: [...prev.v, ...g.v, ...bridge],
        };
        joined.add(out.length - 1);
        continue;
      }
    }
    out.push(g);
  }
  // Striped: joined above, or two shaded rows of different shades at least (header and row).
  return out.map((g, i) =>
    joined.has(i) || (!drawn(g) && rowCount(g, snap) >= 2) ? withLastRow(g, items, snap) : g,
  );
}

/**
 * A zebra table that ends on an unshaded row (a total under the last shaded one): the row
 * right under the grid, its text as far below the grid as row text is below its row's top,
 * and reading as a row of its columns, joins the grid.
 */
function withLastRow<G extends Grid>(g: G, items: readonly TextItem[], snap: number): G {
  const box = boxOf(g);
  const ys = rowEdges(g, snap);
  const xs = columnEdges(g, snap);
  const within = (it: TextItem) => it.x < box.x1 && it.x + it.width > box.x0;
  // How far below its row's top a row's text starts.
  const offsets: number[] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    const tops = items
      .filter((it) => within(it) && it.y >= ys[r]! - 1 && it.y < ys[r + 1]!)
      .map((it) => it.y);
    if (tops.length > 0) offsets.push(Math.min(...tops) - ys[r]!);
  }
  if (offsets.length === 0) return g;
  const pad = offsets.sort((a, b) => a - b)[Math.floor(offsets.length / 2)]!;
  const below = items.filter((it) => within(it) && it.y >= box.y1 - 1).sort((a, b) => a.y - b.y);
  const first = below[0];
  if (!first || Math.abs(first.y - box.y1 - pad) > 0.5 * first.fontSize) return g;
  // The row's lines: each starting within a line of the one above.
  let bottom = first.y + first.height;
  const row: TextItem[] = [];
  for (const it of below) {
    if (it.y > bottom + 0.5 * it.fontSize) break;
    bottom = Math.max(bottom, it.y + it.height);
    row.push(it);
  }
  // Not a caption under the table: those are set in italics or another size.
  const sizes = items
    .filter((it) => within(it) && it.y >= box.y0 && it.y < box.y1)
    .map((it) => it.fontSize)
    .sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)] ?? first.fontSize;
  if (row.every((it) => it.italic) || Math.abs(first.fontSize - size) > 0.05 * size) return g;
  const end = bottom + pad;
  if (!rowsBetween(items, box, box.y1, end, xs.slice(1, -1))) return g;
  return {
    ...g,
    h: [...g.h, { pos: end, a: box.x0, b: box.x1 }],
    v: [...g.v, ...xs.map((pos): Segment => ({ pos, a: box.y1, b: end }))],
  };
}
