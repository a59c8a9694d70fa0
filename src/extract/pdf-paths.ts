// Turns a pdf.js operator list into table rulings and filled rectangles, in displayed-page
// coordinates (top-left origin, points). Pure: the caller fetches the operator list.
//
// pdf.js ≥ 5.1 hands paths over as `constructPath [paintOp, [pathData], minMax]`, where
// pathData is a flat Float32Array of DrawOPS; rectangles (`re`) arrive already expanded into
// moveTo/lineTo/closePath, so a rectangle is recognised by its shape, not by an operator.
import { OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { FilledRect, Ruling } from "./layout.js";
import { applyMatrix, type Box, intersectBoxes, type Matrix, matrixScale } from "./pdf-geometry.js";
import { stepGraphicsState } from "./pdf-graphics-state.js";

/** pdf.js's internal DrawOPS enum (not exported by the package; values checked against 5.6). */
const DrawOp = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** A filled rectangle no thicker than this is a line, not a shaded area. */
export const THIN_RECT_MAX = 2;
/** Shorter segments are caps, joints or dots, not rulings. */
const MIN_RULING_LENGTH = 1;
/** How far from horizontal/vertical a segment may lean and still count as a ruling. */
const AXIS_TOLERANCE = 0.5;

export interface OperatorListLike {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

export interface PageGraphics {
  rulings: Ruling[];
  rects: FilledRect[];
}

type Point = [number, number];

interface SubPath {
  points: Point[];
  /** straight[i]: the segment points[i] → points[i+1] is a line (not a curve). */
  straight: boolean[];
  closed: boolean;
}

interface GraphicsState {
  ctm: Matrix;
  lineWidth: number;
  fill: string | null;
  fillAlpha: number;
  strokeAlpha: number;
  /** Bounding box of the current clip region. */
  clip: Box;
}

const EMPTY_BOX: Box = { x0: 0, y0: 0, x1: 0, y1: 0 };

const STROKE_OPS: ReadonlySet<number> = new Set([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const FILL_OPS: ReadonlySet<number> = new Set([
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);

/**
 * Walks the operator list of one page. `viewportTransform` maps PDF user space to the displayed
 * page (pdf.js `viewport.transform` at scale 1); width/height are the displayed page size.
 */
export function extractGraphics(
  opList: OperatorListLike,
  viewportTransform: Matrix,
  pageWidth: number,
  pageHeight: number,
): PageGraphics {
  const rulings: Ruling[] = [];
  const rects: FilledRect[] = [];
  const pageBox: Box = { x0: 0, y0: 0, x1: pageWidth, y1: pageHeight };
  let state: GraphicsState = {
    ctm: viewportTransform,
    lineWidth: 1,
    fill: "#000000",
    fillAlpha: 1,
    strokeAlpha: 1,
    clip: pageBox,
  };
  const stack: GraphicsState[] = [];
  let pendingClip = false;

  const { fnArray, argsArray } = opList;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null | undefined;
    const next = stepGraphicsState(fn, args, state, stack);
    if (next) {
      // A clip pending at restore belonged to the state just dropped.
      if (fn === OPS.restore) pendingClip = false;
      state = next;
      continue;
    }
    switch (fn) {
      case OPS.setLineWidth:
        if (typeof args?.[0] === "number") state.lineWidth = Math.abs(args[0]);
        break;
      case OPS.setGState:
        applyGState(state, args?.[0]);
        break;
      case OPS.setFillRGBColor:
        state.fill = colourToHex(args);
        break;
      case OPS.setFillTransparent:
      case OPS.setFillColorN:
        // Patterns and shadings: no single colour to report.
        state.fill = null;
        break;
      case OPS.clip:
      case OPS.eoClip:
        pendingClip = true;
        break;
      case OPS.constructPath: {
        const paintOp = args?.[0];
        const data = (args?.[1] as unknown[] | undefined)?.[0];
        if (typeof paintOp !== "number" || !isNumberArrayLike(data)) {
          pendingClip = false;
          break;
        }
        const subPaths = parsePath(data, state.ctm);
        if (paintOp !== OPS.endPath) {
          paintPath(subPaths, paintOp, state, pageBox, rulings, rects);
        }
        if (pendingClip) {
          // The bounding box over-approximates any clip shape, and is exact for rectangles.
          const bbox = boundingBox(subPaths.flatMap((s) => s.points));
          if (bbox) state.clip = intersectBoxes(state.clip, bbox) ?? EMPTY_BOX;
          pendingClip = false;
        }
        break;
      }
      default:
        break;
    }
  }
  // Some producers paint the same thing twice (LibreOffice fills cell backgrounds twice).
  return {
    rulings: uniqueBy(rulings, (r) => key(r.orientation, r.x0, r.y0, r.x1, r.y1, r.thickness)),
    rects: uniqueBy(rects, (r) => key(r.fill ?? "", r.x, r.y, r.width, r.height)),
  };
}

function key(...parts: Array<string | number>): string {
  return parts.map((p) => (typeof p === "number" ? p.toFixed(2) : p)).join("|");
}

function uniqueBy<T>(values: T[], keyOf: (v: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = keyOf(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function paintPath(
  subPaths: SubPath[],
  paintOp: number,
  state: GraphicsState,
  pageBox: Box,
  rulings: Ruling[],
  rects: FilledRect[],
): void {
  const clip = state.clip;
  if (clip.x1 - clip.x0 <= 0 || clip.y1 - clip.y0 <= 0) return;
  const filled = FILL_OPS.has(paintOp) && state.fillAlpha > 0;
  const stroked = STROKE_OPS.has(paintOp) && state.strokeAlpha > 0;
  const closesOnStroke =
    paintOp === OPS.closeStroke ||
    paintOp === OPS.closeFillStroke ||
    paintOp === OPS.closeEOFillStroke;
  const lineWidth = state.lineWidth * matrixScale(state.ctm);

  for (const sub of subPaths) {
    const rect = filled || stroked ? asRectangle(sub) : null;
    if (filled && rect) {
      const w = rect.x1 - rect.x0;
      const h = rect.y1 - rect.y0;
      if (Math.min(w, h) <= THIN_RECT_MAX) {
        if (Math.max(w, h) > THIN_RECT_MAX) pushRuling(rulings, rectAsRuling(rect, 0), clip);
      } else if (!isPageBackground(rect, state.fill, pageBox)) {
        const clipped = intersectBoxes(rect, clip);
        if (clipped && clipped.x1 > clipped.x0 && clipped.y1 > clipped.y0) {
          rects.push({
            x: clipped.x0,
            y: clipped.y0,
            width: clipped.x1 - clipped.x0,
            height: clipped.y1 - clipped.y0,
            fill: state.fill,
          });
        }
      }
    }
    if (!stroked) continue;
    if (rect && Math.min(rect.x1 - rect.x0, rect.y1 - rect.y0) <= THIN_RECT_MAX) {
      // A stroked sliver draws as one line, not as two parallel ones plus stubs.
      if (Math.max(rect.x1 - rect.x0, rect.y1 - rect.y0) > THIN_RECT_MAX) {
        pushRuling(rulings, rectAsRuling(rect, lineWidth), clip);
      }
      continue;
    }
    for (const seg of segments(sub, closesOnStroke)) {
      const ruling = segmentAsRuling(seg[0], seg[1], lineWidth);
      if (ruling) pushRuling(rulings, ruling, clip);
    }
  }
}

function applyGState(state: GraphicsState, entries: unknown): void {
  if (!Array.isArray(entries)) return;
  for (const entry of entries) {
    if (!Array.isArray(entry)) continue;
    const [key, value] = entry as [unknown, unknown];
    if (typeof value !== "number") continue;
    if (key === "LW") state.lineWidth = Math.abs(value);
    else if (key === "ca") state.fillAlpha = value;
    else if (key === "CA") state.strokeAlpha = value;
  }
}

/** pdf.js 5 passes fill colours as "#rrggbb"; older builds passed r, g, b numbers (0–255). */
export function colourToHex(args: unknown[] | null | undefined): string | null {
  const first = args?.[0];
  if (typeof first === "string") return /^#[0-9a-f]{6}$/i.test(first) ? first.toLowerCase() : null;
  if (args && args.length >= 3 && args.slice(0, 3).every((n) => typeof n === "number")) {
    const hex = (args.slice(0, 3) as number[])
      .map((n) =>
        Math.max(0, Math.min(255, Math.round(n)))
          .toString(16)
          .padStart(2, "0"),
      )
      .join("");
    return `#${hex}`;
  }
  return null;
}

function isNumberArrayLike(value: unknown): value is ArrayLike<number> {
  return (
    value instanceof Float32Array ||
    value instanceof Float64Array ||
    (Array.isArray(value) && value.every((n) => typeof n === "number"))
  );
}

/** Splits the flat DrawOPS buffer into subpaths, transformed to the displayed page. */
export function parsePath(data: ArrayLike<number>, ctm: Matrix): SubPath[] {
  const subPaths: SubPath[] = [];
  let current: SubPath | null = null;
  const start = (p: Point): SubPath => {
    const sub: SubPath = { points: [p], straight: [], closed: false };
    subPaths.push(sub);
    return sub;
  };

  let k = 0;
  while (k < data.length) {
    const op = data[k++];
    switch (op) {
      case DrawOp.moveTo: {
        current = start(applyMatrix(ctm, data[k] ?? 0, data[k + 1] ?? 0));
        k += 2;
        break;
      }
      case DrawOp.lineTo: {
        const p = applyMatrix(ctm, data[k] ?? 0, data[k + 1] ?? 0);
        k += 2;
        if (!current) current = start(p);
        else {
          current.points.push(p);
          current.straight.push(true);
        }
        break;
      }
      case DrawOp.curveTo:
      case DrawOp.quadraticCurveTo: {
        const n = op === DrawOp.curveTo ? 6 : 4;
        const p = applyMatrix(ctm, data[k + n - 2] ?? 0, data[k + n - 1] ?? 0);
        k += n;
        if (!current) current = start(p);
        else {
          current.points.push(p);
          current.straight.push(false);
        }
        break;
      }
      case DrawOp.closePath: {
        if (current) {
          current.closed = true;
          // Drawing continues from the subpath's start after a close.
          const first: Point | undefined = current.points[0];
          current = first ? start(first) : null;
        }
        break;
      }
      default:
        // Unknown op: the buffer layout is no longer known, stop rather than misread.
        k = data.length;
        break;
    }
  }
  // Drop the empty subpaths a closePath (or a lone moveTo) leaves behind.
  return subPaths.filter((s) => s.points.length > 1);
}

function* segments(sub: SubPath, forceClose: boolean): Generator<[Point, Point]> {
  const { points, straight } = sub;
  for (let i = 0; i + 1 < points.length; i++) {
    if (straight[i]) yield [points[i] as Point, points[i + 1] as Point];
  }
  const first = points[0];
  const last = points[points.length - 1];
  if ((sub.closed || forceClose) && first && last && !samePoint(first, last)) yield [last, first];
}

function samePoint(a: Point, b: Point): boolean {
  return Math.abs(a[0] - b[0]) < 0.01 && Math.abs(a[1] - b[1]) < 0.01;
}

/** The subpath as an axis-aligned rectangle (in displayed coordinates), or null. */
export function asRectangle(sub: SubPath): Box | null {
  if (sub.straight.some((s) => !s)) return null;
  const pts: Point[] = [];
  for (const p of sub.points) {
    const prev = pts[pts.length - 1];
    if (!prev || !samePoint(prev, p)) pts.push(p);
  }
  const first = pts[0];
  if (first && pts.length > 1 && samePoint(first, pts[pts.length - 1] as Point)) pts.pop();
  // Drop points in the middle of a straight run so extra vertices don't hide a rectangle.
  const corners = pts.filter((p, i) => {
    const prev = pts[(i - 1 + pts.length) % pts.length] as Point;
    const next = pts[(i + 1) % pts.length] as Point;
    const cross = (p[0] - prev[0]) * (next[1] - p[1]) - (p[1] - prev[1]) * (next[0] - p[0]);
    return Math.abs(cross) > 1e-3;
  });
  if (corners.length !== 4) return null;
  for (let i = 0; i < 4; i++) {
    const a = corners[i] as Point;
    const b = corners[(i + 1) % 4] as Point;
    const horizontal = Math.abs(a[1] - b[1]) <= AXIS_TOLERANCE;
    const vertical = Math.abs(a[0] - b[0]) <= AXIS_TOLERANCE;
    if (!horizontal && !vertical) return null;
  }
  return boundingBox(corners);
}

function boundingBox(points: Point[]): Box | null {
  if (points.length === 0) return null;
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return { x0, y0, x1, y1 };
}

/** A thin rectangle as a line along its centre; the stroke width adds to its thickness. */
function rectAsRuling(rect: Box, lineWidth: number): Ruling {
  const w = rect.x1 - rect.x0;
  const h = rect.y1 - rect.y0;
  if (w >= h) {
    const y = (rect.y0 + rect.y1) / 2;
    return { x0: rect.x0, y0: y, x1: rect.x1, y1: y, thickness: h + lineWidth, orientation: "h" };
  }
  const x = (rect.x0 + rect.x1) / 2;
  return { x0: x, y0: rect.y0, x1: x, y1: rect.y1, thickness: w + lineWidth, orientation: "v" };
}

function segmentAsRuling(a: Point, b: Point, thickness: number): Ruling | null {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy <= AXIS_TOLERANCE && dx >= MIN_RULING_LENGTH) {
    const y = (a[1] + b[1]) / 2;
    const [x0, x1] = a[0] <= b[0] ? [a[0], b[0]] : [b[0], a[0]];
    return { x0, y0: y, x1, y1: y, thickness, orientation: "h" };
  }
  if (dx <= AXIS_TOLERANCE && dy >= MIN_RULING_LENGTH) {
    const x = (a[0] + b[0]) / 2;
    const [y0, y1] = a[1] <= b[1] ? [a[1], b[1]] : [b[1], a[1]];
    return { x0: x, y0, x1: x, y1, thickness, orientation: "v" };
  }
  return null;
}

/** Keeps the part of a ruling inside the clip; a line lying on the clip's edge still counts. */
function pushRuling(out: Ruling[], r: Ruling, clip: Box): void {
  const slack = r.thickness / 2 + 0.5;
  if (r.orientation === "h") {
    if (r.y0 < clip.y0 - slack || r.y0 > clip.y1 + slack) return;
    const x0 = Math.max(r.x0, clip.x0);
    const x1 = Math.min(r.x1, clip.x1);
    if (x1 - x0 < MIN_RULING_LENGTH) return;
    out.push({ ...r, x0, x1 });
  } else {
    if (r.x0 < clip.x0 - slack || r.x0 > clip.x1 + slack) return;
    const y0 = Math.max(r.y0, clip.y0);
    const y1 = Math.min(r.y1, clip.y1);
    if (y1 - y0 < MIN_RULING_LENGTH) return;
    out.push({ ...r, y0, y1 });
  }
}

/** A white (or unknown-colour-free) fill covering nearly the whole page is paper, not content. */
function isPageBackground(rect: Box, fill: string | null, page: Box): boolean {
  if (fill !== "#ffffff") return false;
  const area = (rect.x1 - rect.x0) * (rect.y1 - rect.y0);
  const pageArea = (page.x1 - page.x0) * (page.y1 - page.y0);
  return pageArea > 0 && area >= 0.9 * pageArea;
}
