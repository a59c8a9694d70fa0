// Affine matrices in PDF order [a b c d e f]: a point (x, y) maps to (a·x + c·y + e, b·x + d·y + f).

export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `outer ∘ inner`: apply `inner` first, then `outer` (same as pdf.js `Util.transform(outer, inner)`). */
export function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

export function applyMatrix(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** How much the matrix scales lengths, averaged over directions (exact for uniform scale). */
export function matrixScale(m: Matrix): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}

/** Reads a 6-number array-like (pdf.js hands out plain arrays and Float32Arrays). */
export function toMatrix(value: unknown): Matrix | null {
  if (value === null || typeof value !== "object" || !("length" in value)) return null;
  const arr = value as ArrayLike<unknown>;
  if (arr.length !== 6) return null;
  const out: number[] = [];
  for (let i = 0; i < 6; i++) {
    const n = arr[i];
    if (typeof n !== "number" || !Number.isFinite(n)) return null;
    out.push(n);
  }
  return out as unknown as Matrix;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function intersectBoxes(a: Box, b: Box): Box | null {
  const x0 = Math.max(a.x0, b.x0);
  const y0 = Math.max(a.y0, b.y0);
  const x1 = Math.min(a.x1, b.x1);
  const y1 = Math.min(a.y1, b.y1);
  return x0 <= x1 && y0 <= y1 ? { x0, y0, x1, y1 } : null;
}
