// Grid positions to cells: a missing border merges them, except in a grid of shading alone,
// where text standing apart on both sides of the edge keeps two cells.
import { describe, expect, it } from "vitest";
import type { TextItem } from "../../../src/extract/layout.js";
import { spanningCells } from "../../../src/parse/tables/grid-cells.js";
import { textItem } from "../../helpers/text-item.js";

const item = (text: string, x: number, y: number, width: number): TextItem =>
  textItem(text, x, y, { width, height: 11, baseline: y + 9 });

// Three columns and three rows; no border anywhere inside.
const xs = [0, 100, 200, 300];
const ys = [0, 40, 80, 120];
const none = () => false;

describe("spanningCells", () => {
  it("merges every position where no border separates them and no text is given", () => {
    expect(spanningCells(xs, ys, none)).toEqual([{ r0: 0, c0: 0, r1: 2, c1: 2 }]);
  });

  it("keeps texts standing apart in cells of their own, and a rowspan's wrapped lines in one", () => {
    const items = [
      // A risk whose second line falls in the next row (lines 12 apart), a level beside it,
      // a measure in each row.
      item("Hög arbetsbelastning", 5, 28, 90),
      item("under valet", 5, 40, 60),
      item("9", 105, 10, 8),
      item("Fler handläggare", 205, 10, 80),
      item("Handledning", 205, 50, 60),
      // A new risk two rows down: far under the first one's last line.
      item("Hot och våld", 5, 90, 60),
      item("Utbildning", 205, 90, 50),
    ];
    const cells = spanningCells(xs, ys, none, items);
    expect(cells).toContainEqual({ r0: 0, c0: 0, r1: 1, c1: 0 });
    expect(cells).toContainEqual({ r0: 2, c0: 0, r1: 2, c1: 0 });
    expect(cells.filter((c) => c.c0 === 2 && c.c1 === 2).map((c) => c.r0)).toEqual([0, 1, 2]);
  });

  it("merges where one text runs across the column edge", () => {
    const items = [
      item("Önskad effekt: färre sjukskrivningar", 105, 10, 150),
      item("x", 210, 25, 5),
    ];
    const cells = spanningCells(xs, ys, none, items);
    expect(cells.some((c) => c.r0 === 0 && c.c0 <= 1 && c.c1 >= 2)).toBe(true);
  });
});
