// Ruling lines as 1-D segments, merged so that broken, doubled and slightly misaligned lines
// become one line each.
import type { FilledRect, Ruling } from "../../extract/layout.js";

/** A horizontal (pos = y, a..b = x) or vertical (pos = x, a..b = y) line. */
export interface Segment {
  pos: number;
  a: number;
  b: number;
}

export function toSegments(rulings: Ruling[], orientation: "h" | "v"): Segment[] {
  return rulings
    .filter((r) => r.orientation === orientation)
    .map((r) =>
      orientation === "h"
        ? { pos: (r.y0 + r.y1) / 2, a: Math.min(r.x0, r.x1), b: Math.max(r.x0, r.x1) }
        : { pos: (r.x0 + r.x1) / 2, a: Math.min(r.y0, r.y1), b: Math.max(r.y0, r.y1) },
    );
}

/** Cluster sorted values: values closer than `tol` to the previous one join its cluster. */
export function clusterPositions(values: number[], tol: number): number[] {
  const sorted = [...values].sort((x, y) => x - y);
  const clusters: number[][] = [];
  for (const v of sorted) {
    const last = clusters[clusters.length - 1];
    const lastValue = last?.[last.length - 1];
    if (last && lastValue !== undefined && v - lastValue <= tol) last.push(v);
    else clusters.push([v]);
  }
  return clusters.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

/** Merge segments on (nearly) the same line whose ranges touch or overlap. */
export function mergeSegments(segments: Segment[], tol: number): Segment[] {
  const positions = clusterPositions(
    segments.map((s) => s.pos),
    tol,
  );
  const byPos = new Map<number, Segment[]>();
  for (const s of segments) {
    let best = positions[0] ?? s.pos;
    for (const p of positions) if (Math.abs(p - s.pos) < Math.abs(best - s.pos)) best = p;
    const list = byPos.get(best) ?? [];
    list.push({ ...s, pos: best });
    byPos.set(best, list);
  }
  const merged: Segment[] = [];
  for (const [pos, list] of byPos) {
    list.sort((x, y) => x.a - y.a);
    let cur: Segment | undefined;
    for (const s of list) {
      if (cur && s.a <= cur.b + tol) cur.b = Math.max(cur.b, s.b);
      else {
        if (cur) merged.push(cur);
        cur = { pos, a: s.a, b: s.b };
      }
    }
    if (cur) merged.push(cur);
  }
  return merged.filter((s) => s.b - s.a > tol);
}

/** How much of [a, b] the segments at `pos` cover, 0..1. */
export function coverage(
  segments: Segment[],
  pos: number,
  a: number,
  b: number,
  tol: number,
): number {
  const len = b - a;
  if (len <= 0) return 1;
  let covered = 0;
  for (const s of segments) {
    if (Math.abs(s.pos - pos) > tol) continue;
    const lo = Math.max(a, s.a);
    const hi = Math.min(b, s.b);
    if (hi > lo) covered += hi - lo;
  }
  return Math.min(1, covered / len);
}

/** Fills that show nothing on paper. */
function invisible(fill: string | null): boolean {
  return fill === null || fill === "#ffffff";
}

/** The sides of coloured rectangles (cell shading) as lines. */
export function rectEdges(rects: readonly FilledRect[]): { h: Segment[]; v: Segment[] } {
  const h: Segment[] = [];
  const v: Segment[] = [];
  for (const r of rects) {
    if (invisible(r.fill)) continue;
    const x1 = r.x + r.width;
    const y1 = r.y + r.height;
    h.push({ pos: r.y, a: r.x, b: x1 }, { pos: y1, a: r.x, b: x1 });
    v.push({ pos: r.x, a: r.y, b: y1 }, { pos: x1, a: r.y, b: y1 });
  }
  return { h, v };
}
