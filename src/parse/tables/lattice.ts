// Lattice tables: where ruling lines are drawn, they define the cells. Connected groups of
// horizontal and vertical lines become tables; a missing internal line makes a spanning cell.
import type { PdfPage, TextItem } from "../../extract/layout.js";
import type { BBox, Cell, Table } from "../../model/table.js";
import { joinLines } from "../pdf/join-lines.js";
import { groupLines } from "../pdf/lines.js";
import type { Vocabulary } from "../pdf/vocabulary.js";
import { type GridCell, intervalOf, itemCentre, spanningCells } from "./grid-cells.js";
import { splitAtEdges } from "./item-split.js";
import {
  clusterPositions,
  coverage,
  mergeSegments,
  rectEdges,
  type Segment,
  toSegments,
} from "./segments.js";
import { joinStripes } from "./stripes.js";

/** Lines closer than this (points) are the same line: doubled borders, rounding. */
const SNAP = 2.5;
/** A border must cover this share of a cell side to separate two cells. */
const MIN_COVERAGE = 0.6;

interface Component {
  h: Segment[];
  v: Segment[];
}

function intersects(h: Segment, v: Segment, tol: number): boolean {
  return v.pos >= h.a - tol && v.pos <= h.b + tol && h.pos >= v.a - tol && h.pos <= v.b + tol;
}

/** Groups of lines that touch each other; each group with a grid is one table. */
export function lineComponents(h: Segment[], v: Segment[]): Component[] {
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    parent[i] = r;
    return r;
  };
  for (let i = 0; i < h.length; i++)
    for (let j = 0; j < v.length; j++)
      if (intersects(h[i]!, v[j]!, SNAP)) parent[find(i)] = find(h.length + j);
  const groups = new Map<number, Component>();
  h.forEach((s, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    g.h.push(s);
    groups.set(find(i), g);
  });
  v.forEach((s, j) => {
    const g = groups.get(find(h.length + j)) ?? { h: [], v: [] };
    g.v.push(s);
    groups.set(find(h.length + j), g);
  });
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

/** Text of one cell: its items as lines, hyphenation joined, hard breaks as paragraphs. */
export function cellText(
  items: TextItem[],
  left: number,
  right: number,
  vocabulary?: Vocabulary,
): { text: string; paragraphs: string[] } {
  if (items.length === 0) return { text: "", paragraphs: [] };
  const lines = groupLines(items, false);
  const padding = Math.max(0, Math.min(...lines.map((l) => l.x0)) - left);
  return joinLines(lines, right - padding, vocabulary);
}

export interface LatticeTable {
  table: Table;
  /** Items used by the table, so that the page's prose excludes them. */
  items: Set<TextItem>;
}

/**
 * Where a table has no outer border, its rows' lines still run to its edges: the extent of the
 * lines closes the grid.
 */
function closeGrid(xs: number[], ys: number[], comp: Component): [number[], number[]] {
  const left = Math.min(...comp.h.map((s) => s.a));
  const right = Math.max(...comp.h.map((s) => s.b));
  const top = Math.min(...comp.v.map((s) => s.a));
  const bottom = Math.max(...comp.v.map((s) => s.b));
  const x = [...xs];
  const y = [...ys];
  if (left < (x[0] as number) - SNAP) x.unshift(left);
  if (right > (x[x.length - 1] as number) + SNAP) x.push(right);
  if (top < (y[0] as number) - SNAP) y.unshift(top);
  if (bottom > (y[y.length - 1] as number) + SNAP) y.push(bottom);
  return [x, y];
}

/**
 * Runs of grid rows that vertical lines pass through. A shaded header row over an unruled body
 * gives vertical edges in the header only: the body is no lattice.
 */
function ruledBands(xs: number[], ys: number[], comp: Component): Array<[number, number]> {
  const supported = ys.slice(0, -1).map((y0, r) => {
    const mid = (y0 + (ys[r + 1] as number)) / 2;
    return comp.v.some(
      (s) =>
        s.a <= mid &&
        s.b >= mid &&
        s.pos >= (xs[0] as number) - SNAP &&
        s.pos <= (xs[xs.length - 1] as number) + SNAP,
    );
  });
  const bands: Array<[number, number]> = [];
  supported.forEach((ok, r) => {
    const last = bands[bands.length - 1];
    if (!ok) return;
    if (last && last[1] === r - 1) last[1] = r;
    else bands.push([r, r]);
  });
  return bands;
}

/**
 * Two tables set one right under the other share a border and so one set of lines. Where the
 * inner column lines of one row and those of the next have none in common (and both rows
 * have some), a new table starts; a row across the table (one cell) or a header grouping
 * columns shares lines with its neighbours.
 */
function splitAtNewColumns(
  bands: Array<[number, number]>,
  xs: number[],
  ys: number[],
  comp: Component,
): Array<[number, number]> {
  const inner = xs.slice(1, -1);
  const columnLines = (r: number) => {
    const mid = ((ys[r] as number) + (ys[r + 1] as number)) / 2;
    return inner.filter((x) =>
      comp.v.some((s) => Math.abs(s.pos - x) <= SNAP && s.a <= mid && s.b >= mid),
    );
  };
  const out: Array<[number, number]> = [];
  for (const [r0, r1] of bands) {
    let start = r0;
    for (let r = r0 + 1; r <= r1; r++) {
      const above = columnLines(r - 1);
      const below = columnLines(r);
      const shared = above.some((x) => below.includes(x));
      if (above.length > 0 && below.length > 0 && !shared) {
        out.push([start, r - 1]);
        start = r;
      }
    }
    out.push([start, r1]);
  }
  return out;
}

/** Drops grid lines that no cell has as an edge (stray or partial lines). */
function compact(
  xs: number[],
  ys: number[],
  grid: GridCell[],
): { xs: number[]; ys: number[]; grid: GridCell[] } {
  const colStarts = new Set(grid.map((g) => g.c0));
  const rowStarts = new Set(grid.map((g) => g.r0));
  const keepX = xs.map((_, i) => i === 0 || i === xs.length - 1 || colStarts.has(i));
  const keepY = ys.map((_, i) => i === 0 || i === ys.length - 1 || rowStarts.has(i));
  const newIndex = (keep: boolean[]) => {
    const map: number[] = [];
    let n = -1;
    keep.forEach((k, i) => {
      if (k) n++;
      map[i] = n;
    });
    return map;
  };
  const mx = newIndex(keepX);
  const my = newIndex(keepY);
  return {
    xs: xs.filter((_, i) => keepX[i]),
    ys: ys.filter((_, i) => keepY[i]),
    grid: grid.map((g) => ({
      c0: mx[g.c0] as number,
      r0: my[g.r0] as number,
      c1: (mx[g.c1 + 1] as number) - 1,
      r1: (my[g.r1 + 1] as number) - 1,
    })),
  };
}

function buildLattice(
  page: PdfPage,
  xs: number[],
  ys: number[],
  comp: Component,
  drawn: boolean,
  vocabulary: Vocabulary | undefined,
): LatticeTable | null {
  const separated = (r: number, c: number, dir: "h" | "v"): boolean =>
    dir === "h"
      ? coverage(comp.v, xs[c + 1]!, ys[r]!, ys[r + 1]!, SNAP) >= MIN_COVERAGE
      : coverage(comp.h, ys[r + 1]!, xs[c]!, xs[c + 1]!, SNAP) >= MIN_COVERAGE;
  // Shading alone: the text decides where no border is drawn.
  const cellsOfGrid = spanningCells(xs, ys, separated, drawn ? undefined : page.items);
  const compacted = compact(xs, ys, cellsOfGrid);
  ({ xs, ys } = compacted);
  const grid = compacted.grid;
  if (grid.length < 2) return null; // a framed paragraph is not a table
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // Shading alone draws boxes of all kinds (bars, banners): a table needs a real grid of text.
  if (!drawn && (rows < 2 || cols < 2)) return null;
  const owner = new Map<number, number>();
  grid.forEach((g, i) => {
    for (let r = g.r0; r <= g.r1; r++)
      for (let c = g.c0; c <= g.c1; c++) owner.set(r * cols + c, i);
  });
  const own: TextItem[][] = grid.map(() => []);
  const used = new Set<TextItem>();
  // Inner borders drawn through a run: it holds the words of two cells.
  const bordersThrough = (it: TextItem): number[] =>
    drawn
      ? xs
          .slice(1, -1)
          .filter(
            (x) =>
              x > it.x + 2 &&
              x < it.x + it.width - 2 &&
              coverage(comp.v, x, it.y, it.y + it.height, SNAP) >= MIN_COVERAGE,
          )
      : [];
  for (const it of page.items) {
    for (const piece of splitAtEdges(it, bordersThrough(it))) {
      const centre = itemCentre(piece);
      const c = intervalOf(xs, centre.x);
      const r = intervalOf(ys, centre.y);
      if (c < 0 || r < 0) continue;
      const i = owner.get(r * cols + c);
      if (i === undefined) continue;
      own[i]?.push(piece);
      used.add(it);
    }
  }
  const cells: Cell[] = grid.map((g, i) => {
    const { text, paragraphs } = cellText(
      own[i] ?? [],
      xs[g.c0] as number,
      xs[g.c1 + 1] as number,
      vocabulary,
    );
    return {
      row: g.r0,
      col: g.c0,
      rowSpan: g.r1 - g.r0 + 1,
      colSpan: g.c1 - g.c0 + 1,
      text,
      paragraphs,
    };
  });
  const filled = cells.filter((c) => c.text !== "").length;
  if (filled === 0 || (!drawn && filled < 0.3 * cells.length)) return null;
  const bbox: BBox = [xs[0] as number, ys[0] as number, xs[cols] as number, ys[rows] as number];
  return {
    table: {
      page: page.number,
      bbox,
      method: "lattice",
      rows,
      cols,
      cells,
      rowPages: Array.from({ length: rows }, () => page.number),
      rowBoxes: Array.from(
        { length: rows },
        (_, r): BBox => [bbox[0], ys[r] as number, bbox[2], ys[r + 1] as number],
      ),
    },
    items: used,
  };
}

export function latticeTables(page: PdfPage, vocabulary?: Vocabulary): LatticeTable[] {
  // Cell backgrounds draw edges too, where a table has shading instead of lines.
  const edges = rectEdges(page.rects);
  const lines = (o: "h" | "v") => toSegments(page.rulings, o);
  const h = mergeSegments([...lines("h"), ...edges.h], SNAP);
  const v = mergeSegments([...lines("v"), ...edges.v], SNAP);
  const drawnH = mergeSegments(lines("h"), SNAP);
  const isDrawn = (comp: Component) =>
    comp.h.some((s) =>
      drawnH.some((d) => Math.abs(d.pos - s.pos) <= SNAP && d.b - d.a > 0.5 * (s.b - s.a)),
    );
  const tables: LatticeTable[] = [];
  const comps = joinStripes(lineComponents(h, v), isDrawn, page.items, SNAP);
  for (const comp of comps) {
    const [xs, ys] = closeGrid(
      clusterPositions(
        comp.v.map((s) => s.pos),
        SNAP,
      ),
      clusterPositions(
        comp.h.map((s) => s.pos),
        SNAP,
      ),
      comp,
    );
    if (xs.length < 2 || ys.length < 2) continue;
    const bands = splitAtNewColumns(ruledBands(xs, ys, comp), xs, ys, comp);
    const partial = bands.length !== 1 || bands[0]?.[0] !== 0 || bands[0]?.[1] !== ys.length - 2;
    const drawn = isDrawn(comp);
    for (const [r0, r1] of bands) {
      // Beside unruled rows, a lone ruled row is a header of a stream table, not a table.
      if (partial && r1 === r0) continue;
      const t = buildLattice(page, xs, ys.slice(r0, r1 + 2), comp, drawn, vocabulary);
      if (t) tables.push(t);
    }
  }
  return tables.sort((a, b) => (a.table.bbox?.[1] ?? 0) - (b.table.bbox?.[1] ?? 0));
}
