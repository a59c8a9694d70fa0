// Which lines of an unruled table start a row (rowStarts), on lines as the stream reader makes
// them: a repeated header at a page top over a row whose key cell wraps.
import { describe, expect, it } from "vitest";
import {
  chunkRows,
  type RowLine,
  readsOn,
  rowStarts,
} from "../../../src/parse/tables/stream-rows.js";

function line(top: number, key: string, filled: number): RowLine {
  return {
    top,
    bottom: top + 11.6,
    baseline: top + 9.3,
    fontSize: 10,
    key,
    keyX0: key === "När" ? 50 : 34,
    filled,
    numbers: [],
    spanning: false,
  };
}

function spanned(top: number, key: string, spans: Array<[number, number, number]>): RowLine {
  return {
    ...line(top, key, spans.length),
    spans: spans.map(([first, last, t]) => ({ first, last, top: t })),
  };
}

describe("rowStarts", () => {
  it("starts a row far under the header even when its key reads on from the header's", () => {
    // "När" over "v. 8 och v." (lower case: it would read as the header's rest), 2.6 lines down.
    const lines = [line(40.2, "När", 5), line(77.7, "v. 8 och v.", 5), line(89, "14", 3)];
    expect(rowStarts(lines, [], 30, 580)).toEqual([true, true, false]);
  });

  it("reads a week number after 'v.' as the rest of the key, not a new row", () => {
    const lines = [
      line(40, "Datum", 3),
      line(52, "Januari", 3),
      line(64, "Vecka 8 och v.", 3),
      line(76, "14", 2),
    ];
    expect(rowStarts(lines, [], 30, 580)).toEqual([true, true, true, false]);
  });

  it("keeps a key wrapped onto a line of its own in its row when rows stand apart", () => {
    // "Januari" / "2024" read as two entries by their text, but the rows are 3 lines apart.
    const lines = [
      line(227.7, "Datum", 5),
      line(264.5, "Januari", 5),
      line(275.7, "2024", 5),
      line(287, "", 2),
      line(347, "Löpande", 5),
      line(358.2, "", 3),
      line(395.7, "Hösten", 5),
      line(407, "2024", 4),
      line(418.2, "", 2),
      line(466.2, "Löpande", 5),
    ];
    expect(rowStarts(lines, [], 30, 580)).toEqual([
      true,
      true,
      false,
      false,
      true,
      false,
      true,
      false,
      false,
      true,
    ]);
  });
});

describe("rowStarts without wrapped lines", () => {
  it("makes each line a row when no line sits as close as a line to the one above", () => {
    // Header, a risk with its first measure, a second measure beside the merged risk cell:
    // every line 3.75 font sizes under the one above.
    const lines = [line(598.2, "Risk", 4), line(635, "Hot och våld", 4), line(672.5, "", 3)];
    expect(rowStarts(lines, [], 30, 580)).toEqual([true, true, true]);
  });
});

describe("chunkRows", () => {
  it("leaves a tall key cell's last line in its row when the next column starts the next", () => {
    // Rows 3.7 lines apart; the risk wraps over four lines, the second row ("Önskad effekt")
    // starts beside its last line; that row's text follows 2.2 lines under its label.
    const lines = [
      spanned(168.5, "Risk", [
        [0, 0, 168.5],
        [1, 1, 168.5],
      ]),
      spanned(206, "Ohälsa på grund av", [
        [0, 0, 206],
        [1, 1, 206],
      ]),
      spanned(217.2, "hög arbetsbelastning", [
        [0, 0, 217.2],
        [1, 1, 217.2],
      ]),
      spanned(228.5, "i samband med", [[0, 0, 228.5]]),
      spanned(239.7, "valen", [
        [0, 0, 239.7],
        [1, 1, 254],
      ]),
      spanned(275.7, "", [[1, 1, 275.7]]),
      spanned(313.2, "", [[1, 1, 313.2]]),
      spanned(350.7, "Nästa risk", [
        [0, 0, 350.7],
        [1, 1, 350.7],
      ]),
    ];
    expect(chunkRows(lines, [], 30, 580)).toEqual([
      [0, 0],
      [1, 1],
      [1, 1],
      [1],
      [1, 2],
      [2],
      [3],
      [4, 4],
    ]);
  });
});

describe("readsOn", () => {
  it("reads a year under a month or season as the rest of a date", () => {
    expect(readsOn("Början i mars", "2025")).toBe(true);
    expect(readsOn("Hösten", "2024")).toBe(true);
    expect(readsOn("HT", "2025")).toBe(true);
  });

  it("reads a new capitalised entry or a number after a complete one as a new entry", () => {
    expect(readsOn("13 mars", "Storytelling")).toBe(false);
    expect(readsOn("Kvinnor", "2024")).toBe(false);
    expect(readsOn("Summa", "Män")).toBe(false);
  });

  it("keeps a cell's second paragraph (a line and an em down) in its row", () => {
    // Rows 3.4 lines apart; in the target-group cell a second paragraph 2.3 lines down.
    const lines = [
      spanned(75.5, "Datum", [
        [0, 0, 75.5],
        [1, 1, 75.5],
        [2, 2, 75.5],
      ]),
      spanned(109.3, "Hösten", [
        [0, 0, 109.3],
        [1, 1, 109.3],
        [2, 2, 109.3],
      ]),
      spanned(120.5, "2025", [
        [0, 0, 120.5],
        [1, 1, 120.5],
        [2, 2, 120.5],
      ]),
      spanned(143.5, "", [[2, 2, 143.5]]),
      spanned(154.7, "", [[2, 2, 154.7]]),
      spanned(187.2, "Våren", [
        [0, 0, 187.2],
        [1, 1, 187.2],
        [2, 2, 187.2],
      ]),
      spanned(198.4, "2025", [
        [0, 0, 198.4],
        [1, 1, 198.4],
      ]),
      spanned(232.2, "Löpande", [
        [0, 0, 232.2],
        [1, 1, 232.2],
        [2, 2, 232.2],
      ]),
    ];
    expect(chunkRows(lines, [], 30, 580).map((r) => r[0])).toEqual([0, 1, 1, 1, 1, 2, 2, 3]);
  });

  it("keeps a merged cell's rest in its row where the ruling under a row stops short of it", () => {
    // Rules between rows only; the one under the first measure runs over the measure columns
    // (x 264-584), not under the risk beside it, whose last line comes next, then the desired
    // effect on the line after.
    const at = (top: number, key: string, spans: Array<[number, number, number, number]>) => ({
      ...line(top, key, spans.length),
      spans: spans.map(([first, last, x0, x1]) => ({ first, last, top, x0, x1 })),
    });
    const lines = [
      at(167, "Risk", [
        [0, 0, 111, 132],
        [1, 1, 347, 382],
      ]),
      at(201, "Risk för utmattning och", [
        [0, 0, 32, 154],
        [1, 1, 271, 382],
      ]),
      at(232.4, "kompetensbrist", [[0, 0, 32, 112]]),
      at(245.9, "", [[1, 1, 271, 342]]),
    ];
    const rules = [
      { pos: 190, a: 28, b: 584 },
      { pos: 229, a: 264, b: 584 },
    ];
    expect(chunkRows(lines, rules, 28, 584)).toEqual([[0, 0], [1, 1], [1], [2]]);
  });
});
