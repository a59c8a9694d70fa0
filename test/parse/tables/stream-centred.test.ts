// Rows of unruled tables whose cells are centred vertically: told from top-aligned ones.
import { describe, expect, it } from "vitest";
import { centredRows } from "../../../src/parse/tables/stream-centred.js";
import type { RowLine } from "../../../src/parse/tables/stream-rows.js";

const PITCH = 12;
const HEIGHT = 11;

/**
 * Cells as [column, first line's top, number of lines, last column if merged over columns];
 * each line of each cell a chunk.
 */
function layout(cells: Array<[number, number, number, number?]>): RowLine[] {
  const chunks = cells.flatMap(([col, top, n, last]) =>
    Array.from({ length: n }, (_, k) => ({ col, last: last ?? col, top: top + k * PITCH })),
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
      .map((c) => ({ first: c.col, last: c.last, top, bottom: top + HEIGHT })),
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

  it("gives a cell merged over rows, centred across them, to the first of them", () => {
    // Under a header, rows at 100, 130, 160 and 190 (one line each, columns 1 and 2), a risk
    // in column 0 over all four, centred: its three lines run from the second row into the
    // third. (Over an odd number of rows a merged cell shares the middle row's centre and is
    // read as part of it.)
    const mixedRows: Array<[number, number, number]> = [
      [0, 300 + PITCH, 1],
      [1, 300, 3],
      [2, 300 + PITCH, 1],
      [0, 360 + PITCH / 2, 2],
      [1, 360 + PITCH, 1],
      [2, 360, 3],
    ];
    const lines = layout([
      [0, 70, 1],
      [1, 70, 1],
      [2, 70, 1],
      [1, 100, 1],
      [2, 100, 1],
      [1, 130, 1],
      [2, 130, 1],
      [0, 133, 3],
      [1, 160, 1],
      [2, 160, 1],
      [1, 190, 1],
      [2, 190, 1],
      ...mixedRows,
    ]);
    const rows = centredRows(lines) as number[][];
    expect(rowsOf(lines, rows).slice(0, 8)).toEqual([
      "0:0 1:0 2:0",
      "1:1 2:1",
      "1:2 2:2",
      "0:1",
      "0:1",
      "0:1",
      "1:3 2:3",
      "1:4 2:4",
    ]);
  });

  it("keeps a cell's list items, set apart, in their row", () => {
    // Column 2 holds two items 20 apart (more than a line) around the row's centre.
    const lines = layout([
      [0, 106, 1],
      [1, 100, 2],
      [2, 96, 1],
      [2, 116, 1],
      [0, 200 + PITCH, 1],
      [1, 200, 3],
      [2, 200 + PITCH, 1],
      [0, 260 + PITCH / 2, 2],
      [1, 260 + PITCH, 1],
      [2, 260, 3],
    ]);
    const rows = centredRows(lines) as number[][];
    expect(rowsOf(lines, rows).slice(0, 5)).toEqual(["2:0", "1:0", "0:0", "1:0", "2:0"]);
  });

  it("keeps a label merged over the columns, wrapped over two lines, in one row", () => {
    const lines = layout([
      [0, 60, 2, 2],
      [0, 100 + PITCH, 1],
      [1, 100, 3],
      [2, 100 + PITCH, 1],
      [0, 160, 2, 2],
      [0, 200 + PITCH / 2, 2],
      [1, 200 + PITCH, 1],
      [2, 200, 3],
    ]);
    const rows = centredRows(lines) as number[][];
    expect(rowsOf(lines, rows)).toEqual([
      "0:0",
      "0:0",
      "1:1",
      "0:1 1:1 2:1",
      "1:1",
      "0:2",
      "0:2",
      "2:3",
      "0:3",
      "1:3 2:3",
      "0:3",
      "2:3",
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
