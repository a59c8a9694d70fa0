// Cells of a lattice grid: grid positions not separated by a border merge into spanning
// cells. Where the grid comes from shading alone, a missing border proves nothing (an unshaded
// row or a rowspan the shading leaves out draws none), so there the text decides as well.
import type { TextItem } from "../../extract/layout.js";

export interface GridCell {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * Texts further apart than this (in font sizes) are two cells, not a cell's wrapped lines.
 * Line gaps in a cell are about a fifth of that; rows stand further apart by their padding.
 */
const CONTINUED_GAP_EM = 0.8;

interface Text {
  items: TextItem[];
}

export function itemCentre(item: TextItem): { x: number; y: number } {
  return { x: item.x + item.width / 2, y: item.y + item.height / 2 };
}

/** Index of the interval [edges[i], edges[i+1]) holding v, or -1. */
export function intervalOf(edges: readonly number[], v: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  if (hi < 0 || v < (edges[0] as number) || v >= (edges[edges.length - 1] as number)) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((edges[mid] as number) <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Text on both sides of a column edge, none of it across it: two cells. */
function apartAcross(a: Text, b: Text, x: number): boolean {
  const crosses = (it: TextItem) => it.x < x - 1 && it.x + it.width > x + 1;
  return !a.items.some(crosses) && !b.items.some(crosses);
}

/** Text above and below a row edge that does not read on (a line's gap) from one to the other. */
function apartDown(upper: Text, lower: Text, y: number): boolean {
  const crosses = (it: TextItem) => it.y < y - 1 && it.y + it.height > y + 1;
  if (upper.items.some(crosses) || lower.items.some(crosses)) return false;
  const bottom = Math.max(...upper.items.map((it) => it.y + it.height));
  const top = Math.min(...lower.items.map((it) => it.y));
  const em = Math.max(...lower.items.map((it) => it.fontSize));
  return top - bottom > CONTINUED_GAP_EM * em;
}

/**
 * Merges grid positions. `separated(r, c, "h")` says whether a border runs between (r, c) and
 * (r, c + 1), `"v"` between (r, c) and (r + 1, c). With `items` (a grid of shading alone), two
 * positions that both hold text merge only where that text runs across the edge or reads on
 * from one to the other.
 */
export function spanningCells(
  xs: readonly number[],
  ys: readonly number[],
  separated: (r: number, c: number, dir: "h" | "v") => boolean,
  items?: readonly TextItem[],
): GridCell[] {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const id = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const texts: Text[] = parent.map(() => ({ items: [] }));
  for (const it of items ?? []) {
    const { x, y } = itemCentre(it);
    const c = intervalOf(xs, x);
    const r = intervalOf(ys, y);
    if (c >= 0 && r >= 0) texts[id(r, c)]?.items.push(it);
  }
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    parent[i] = r;
    return r;
  };
  const union = (a: number, b: number, apart: (p: Text, q: Text) => boolean) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const [ta, tb] = [texts[ra] as Text, texts[rb] as Text];
    if (items && ta.items.length > 0 && tb.items.length > 0 && apart(ta, tb)) return;
    parent[ra] = rb;
    tb.items.push(...ta.items);
  };
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const x = xs[c + 1] as number;
      const y = ys[r + 1] as number;
      if (c + 1 < cols && !separated(r, c, "h"))
        union(id(r, c), id(r, c + 1), (p, q) => apartAcross(p, q, x));
      if (r + 1 < rows && !separated(r, c, "v"))
        union(id(r, c), id(r + 1, c), (p, q) => apartDown(p, q, y));
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
