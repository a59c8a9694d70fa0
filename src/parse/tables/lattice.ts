// Lattice tables: where ruling lines are drawn, they define the cells. Connected groups of
// horizontal and vertical lines become tables; a missing internal line makes a spanning cell.
import type { PdfPage, TextItem } from "../../extract/layout.js";
import type { BBox, Cell, Table } from "../../model/table.js";
import { joinLines } from "../pdf/join-lines.js";
import { groupLines } from "../pdf/lines.js";
import { clusterPositions, coverage, mergeSegments, type Segment, toSegments } from "./segments.js";

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

interface GridCell {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** Merge grid positions not separated by a drawn line into spanning cells. */
function spanningCells(xs: number[], ys: number[], comp: Component): GridCell[] {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const id = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    parent[i] = r;
    return r;
  };
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && coverage(comp.v, xs[c + 1]!, ys[r]!, ys[r + 1]!, SNAP) < MIN_COVERAGE)
        union(id(r, c), id(r, c + 1));
      if (r + 1 < rows && coverage(comp.h, ys[r + 1]!, xs[c]!, xs[c + 1]!, SNAP) < MIN_COVERAGE)
        union(id(r, c), id(r + 1, c));
    }
  const boxes = new Map<number, GridCell>();
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const root = find(id(r, c));
      const b = boxes.get(root);
      if (!b) boxes.set(root, { r0: r, c0: c, r1: r, c1: c });
      else {
        b.r0 = Math.min(b.r0, r);
        b.c0 = Math.min(b.c0, c);
        b.r1 = Math.max(b.r1, r);
        b.c1 = Math.max(b.c1, c);
      }
    }
  return [...boxes.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

function itemCentre(item: TextItem): { x: number; y: number } {
  return { x: item.x + item.width / 2, y: item.y + item.height / 2 };
}

/** Text of one cell: its items as lines, hyphenation joined, hard breaks as paragraphs. */
export function cellText(
  items: TextItem[],
  left: number,
  right: number,
): { text: string; paragraphs: string[] } {
  if (items.length === 0) return { text: "", paragraphs: [] };
  const lines = groupLines(items, false);
  const padding = Math.max(0, Math.min(...lines.map((l) => l.x0)) - left);
  return joinLines(lines, right - padding);
}

export interface LatticeTable {
  table: Table;
  /** Items used by the table, so that the page's prose excludes them. */
  items: Set<TextItem>;
}

export function latticeTables(page: PdfPage): LatticeTable[] {
  const h = mergeSegments(toSegments(page.rulings, "h"), SNAP);
  const v = mergeSegments(toSegments(page.rulings, "v"), SNAP);
  const tables: LatticeTable[] = [];
  for (const comp of lineComponents(h, v)) {
    const xs = clusterPositions(
      comp.v.map((s) => s.pos),
      SNAP,
    );
    const ys = clusterPositions(
      comp.h.map((s) => s.pos),
      SNAP,
    );
    if (xs.length < 2 || ys.length < 2) continue;
    const bbox: BBox = [xs[0]!, ys[0]!, xs[xs.length - 1]!, ys[ys.length - 1]!];
    const grid = spanningCells(xs, ys, comp);
    if (grid.length < 2) continue; // a framed paragraph is not a table
    const inside = page.items.filter((it) => {
      const c = itemCentre(it);
      return c.x >= bbox[0] && c.x <= bbox[2] && c.y >= bbox[1] && c.y <= bbox[3];
    });
    const used = new Set<TextItem>();
    const cells: Cell[] = grid.map((g) => {
      const [x0, x1, y0, y1] = [xs[g.c0]!, xs[g.c1 + 1]!, ys[g.r0]!, ys[g.r1 + 1]!];
      const own = inside.filter((it) => {
        const c = itemCentre(it);
        return c.x >= x0 && c.x < x1 && c.y >= y0 && c.y < y1;
      });
      for (const it of own) used.add(it);
      const { text, paragraphs } = cellText(own, x0, x1);
      return {
        row: g.r0,
        col: g.c0,
        rowSpan: g.r1 - g.r0 + 1,
        colSpan: g.c1 - g.c0 + 1,
        text,
        paragraphs,
      };
    });
    if (cells.every((c) => c.text === "")) continue;
    const rows = ys.length - 1;
    tables.push({
      table: {
        page: page.number,
        bbox,
        method: "lattice",
        rows,
        cols: xs.length - 1,
        cells,
        rowPages: Array.from({ length: rows }, () => page.number),
        rowBoxes: Array.from(
          { length: rows },
          (_, r): BBox => [bbox[0], ys[r]!, bbox[2], ys[r + 1]!],
        ),
      },
      items: used,
    });
  }
  return tables.sort((a, b) => (a.table.bbox?.[1] ?? 0) - (b.table.bbox?.[1] ?? 0));
}
