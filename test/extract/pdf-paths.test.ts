import { OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import type { Matrix } from "../../src/extract/pdf-geometry.js";
import { colourToHex, extractGraphics } from "../../src/extract/pdf-paths.js";

// DrawOPS codes as pdf.js 5.x packs them into constructPath's path buffer.
const M = 0;
const L = 1;
const C = 2;
const Z = 4;

/** An unrotated A4 page: user space y-up → displayed y-down. */
const A4: Matrix = [1, 0, 0, -1, 0, 842];

type Op = [number, unknown];
const path = (paintOp: number, ...data: number[]): Op => [
  OPS.constructPath,
  [paintOp, [new Float32Array(data)], [0, 0, 0, 0]],
];
const rect = (x: number, y: number, w: number, h: number): number[] => [
  M,
  x,
  y,
  L,
  x + w,
  y,
  L,
  x + w,
  y + h,
  L,
  x,
  y + h,
  Z,
];

function run(ops: Op[], transform: Matrix = A4, width = 595, height = 842) {
  return extractGraphics(
    { fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) },
    transform,
    width,
    height,
  );
}

describe("extractGraphics", () => {
  it("turns stroked axis-aligned segments into rulings in top-left coordinates", () => {
    const { rulings, rects } = run([
      [OPS.setLineWidth, [0.5]],
      path(OPS.stroke, M, 50, 700, L, 300, 700),
      path(OPS.stroke, M, 100, 700, L, 100, 600),
      path(OPS.stroke, M, 0, 0, L, 40, 30), // diagonal: not a ruling
    ]);
    expect(rulings).toEqual([
      { x0: 50, y0: 142, x1: 300, y1: 142, thickness: 0.5, orientation: "h" },
      { x0: 100, y0: 142, x1: 100, y1: 242, thickness: 0.5, orientation: "v" },
    ]);
    expect(rects).toEqual([]);
  });

  it("applies transforms, save/restore and the scale of the line width", () => {
    const { rulings } = run([
      [OPS.save, null],
      [OPS.transform, [2, 0, 0, 2, 10, 0]],
      [OPS.setLineWidth, [0.5]],
      path(OPS.stroke, M, 0, 100, L, 50, 100),
      [OPS.restore, null],
      path(OPS.stroke, M, 0, 100, L, 50, 100),
    ]);
    expect(rulings).toEqual([
      { x0: 10, y0: 642, x1: 110, y1: 642, thickness: 1, orientation: "h" },
      { x0: 0, y0: 742, x1: 50, y1: 742, thickness: 1, orientation: "h" },
    ]);
  });

  it("splits filled rectangles into thin rulings and shaded areas, with colours", () => {
    const { rulings, rects } = run([
      [OPS.setFillRGBColor, ["#7F7F7F"]],
      path(OPS.fill, ...rect(50, 500, 200, 0.75)),
      path(OPS.fill, ...rect(50, 400, 1, 100)),
      [OPS.setFillRGBColor, ["#dce6f1"]],
      path(OPS.eoFill, ...rect(60, 400, 100, 20)),
      path(OPS.eoFill, ...rect(60, 400, 100, 20)), // painted twice: reported once
    ]);
    expect(rulings).toHaveLength(2);
    expect(rulings[0]).toMatchObject({ orientation: "h", x0: 50, x1: 250, thickness: 0.75 });
    expect(rulings[0]?.y0).toBeCloseTo(341.625, 3);
    expect(rulings[1]).toMatchObject({ orientation: "v", y0: 342, y1: 442, thickness: 1 });
    expect(rulings[1]?.x0).toBeCloseTo(50.5, 3);
    expect(rects).toEqual([{ x: 60, y: 422, width: 100, height: 20, fill: "#dce6f1" }]);
  });

  it("skips a white page background, clip-only paths and curves", () => {
    const { rulings, rects } = run([
      [OPS.setFillRGBColor, ["#ffffff"]],
      path(OPS.fill, ...rect(0, 0, 595, 842)),
      [OPS.clip, null],
      path(OPS.endPath, ...rect(40, 40, 500, 700)),
      [OPS.setFillRGBColor, ["#000000"]],
      path(OPS.fill, M, 100, 100, C, 120, 100, 140, 120, 140, 140, L, 100, 140, Z),
    ]);
    expect(rulings).toEqual([]);
    expect(rects).toEqual([]);
  });

  it("clips rulings to the clip rectangle and drops what lies outside it", () => {
    const { rulings } = run([
      [OPS.save, null],
      [OPS.clip, null],
      path(OPS.endPath, ...rect(100, 100, 200, 200)),
      path(OPS.stroke, M, 50, 200, L, 400, 200), // cut to x 100..300
      path(OPS.stroke, M, 50, 500, L, 400, 500), // outside
      [OPS.restore, null],
      path(OPS.stroke, M, 50, 500, L, 400, 500), // clip restored
    ]);
    expect(rulings.map((r) => [r.x0, r.x1, r.y0])).toEqual([
      [100, 300, 642],
      [50, 400, 342],
    ]);
  });

  it("draws the edges of a stroked box, and a stroked sliver as one line", () => {
    const { rulings } = run([
      [OPS.setLineWidth, [1]],
      path(OPS.stroke, ...rect(100, 100, 50, 20)),
      path(OPS.stroke, ...rect(100, 300, 200, 0.5)),
    ]);
    expect(rulings.filter((r) => r.y0 < 700)).toHaveLength(1);
    expect(rulings.filter((r) => r.y0 >= 700)).toHaveLength(4);
    const sliver = rulings.find((r) => r.y0 < 700);
    expect(sliver).toMatchObject({ orientation: "h", x0: 100, x1: 300, thickness: 1.5 });
  });

  it("follows a form XObject's matrix and a /Rotate 90 viewport", () => {
    // pdf.js's viewport transform for a 595×842 page rotated 90°: displayed (X, Y) = (y, x).
    const rot90: Matrix = [0, 1, 1, 0, 0, 0];
    const { rulings } = run(
      [
        [OPS.paintFormXObjectBegin, [[1, 0, 0, 1, 100, 0], null]],
        path(OPS.stroke, M, 0, 50, L, 0, 250),
        [OPS.paintFormXObjectEnd, null],
      ],
      rot90,
      842,
      595,
    );
    expect(rulings).toEqual([
      { x0: 50, y0: 100, x1: 250, y1: 100, thickness: 1, orientation: "h" },
    ]);
  });

  it("ignores invisible (alpha 0) fills", () => {
    const { rects } = run([
      [OPS.setGState, [[["ca", 0]]]],
      path(OPS.fill, ...rect(60, 400, 100, 20)),
    ]);
    expect(rects).toEqual([]);
  });
});

describe("colourToHex", () => {
  it("reads pdf.js 5 hex strings and older r, g, b numbers", () => {
    expect(colourToHex(["#DCE6F1"])).toBe("#dce6f1");
    expect(colourToHex([220, 230, 241])).toBe("#dce6f1");
    expect(colourToHex([])).toBeNull();
  });
});
