// Rows of unruled tables whose cells are centred vertically: told from top-aligned ones.
import { describe, expect, it } from "vitest";
import { centredRows } from "../../../src/parse/tables/stream-centred.js";
import type { RowLine } from "../../../src/parse/tables/stream-rows.js";

const PITCH = 12;
const HEIGHT = 11;

/** Cells as [column, first line's top, number of lines]; each line of each cell a chunk. */
function layout(cells: Array<[number, number, number]>): RowLine[] {
  const chunks = cells.flatMap(([col, top, n]) =>
    Array.from({ length: n }, (_, k) => ({ col, top: top + k * PITCH })),
  );
  const tops = [...new Set(chunks.map((c) => c.top))].sort((a, b) => a - b);
  return tops.map((top) => ({
    top,
    bottom: top + HEIGHT,
    baseline: top + 9,
    fontSize: 10,
    key: "",
    keyX0: 0,
    filled: 1,
    numbers: [],
    spanning: false,
    spans: chunks
      .filter((c) => c.top === top)
      .sort((a, b) => a.col - b.col)
      .map((c) => ({ first: c.col, last: c.col, top, bottom: top + HEIGHT })),
  }));
}

/** Each chunk's row, as "column:row" per line. */
function rowsOf(lines: RowLine[], rows: number[][]): string[] {
  return lines.map((l, i) => (l.spans ?? []).map((s, k) => `${s.first}:${rows[i]?.[k]}`).join(" "));
}

describe("centredRows", () => {
  it("puts cells with one centre in one row, however many lines each has", () => {
    // Row 1: a 3-line activity beside 1-line cells level with its second line; row 2: a
    // 2-line date beside a 1-line activity and a 3-line target group.
    const lines = layout([
      [0, 100 + PITCH, 1],
      [1, 100, 3],
      [2, 100 + PITCH, 1],
      [0, 160 + PITCH / 2, 2],
      [1, 160 + PITCH, 1],
      [2, 160, 3],
      [0, 220, 1],
      [1, 220, 1],
      [2, 220, 1],
    ]);
    const rows = centredRows(lines);
    expect(rows).not.toBeNull();
    expect(rowsOf(lines, rows as number[][])).toEqual([
      "1:0",
      "0:0 1:0 2:0",
      "1:0",
      "2:1",
      "0:1",
      "1:1 2:1",
      "0:1",
      "2:1",
      "0:2 1:2 2:2",
    ]);
  });

  it("leaves cells aligned at the top of their rows to the other rules", () => {
    const lines = layout([
      [0, 100, 1],
      [1, 100, 3],
      [2, 100, 1],
      [0, 160, 2],
      [1, 160, 1],
      [2, 160, 3],
      [0, 220, 1],
      [1, 220, 1],
      [2, 220, 1],
    ]);
    expect(centredRows(lines)).toBeNull();
  });
});
