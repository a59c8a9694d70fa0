// Zebra tables (shading, no lines): an unshaded last row joins the grid above it; a caption
// under the table does not.
import { describe, expect, it } from "vitest";
import type { TextItem } from "../../../src/extract/layout.js";
import { type Grid, joinStripes } from "../../../src/parse/tables/stripes.js";
import { textItem } from "../../helpers/text-item.js";

const item = (text: string, x: number, y: number, italic = false): TextItem =>
  textItem(text, x, y, { width: 6 * text.length, height: 11, baseline: y + 9, italic });

// Two shaded rows of two columns (150 and 100 pt wide): rows 30 pt high, their text 5 pt
// under each row's top.
const grid: Grid = {
  h: [100, 130, 160].map((pos) => ({ pos, a: 0, b: 250 })),
  v: [0, 150, 250].map((pos) => ({ pos, a: 100, b: 160 })),
};
const rows = [
  item("Ärendetyp", 5, 105),
  item("2024", 155, 105),
  item("Bygglov", 5, 135),
  item("1 204", 155, 135),
];
const bottom = (g: Grid) => Math.max(...g.h.map((s) => s.pos));

describe("joinStripes", () => {
  it("takes in an unshaded last row set like the rows above", () => {
    const items = [...rows, item("Förhandsbesked", 5, 165), item("88", 155, 165)];
    const [g] = joinStripes([grid], () => false, items, 2.5);
    expect(bottom(g as Grid)).toBeGreaterThan(170);
  });

  it("leaves a caption in italics under the table out", () => {
    const items = [...rows, item("Tabell 1 Ärenden per år", 5, 165, true)];
    const [g] = joinStripes([grid], () => false, items, 2.5);
    expect(bottom(g as Grid)).toBe(160);
  });

  it("joins a stripe that starts at a later column, its own columns matching those above", () => {
    // Three columns; under an unshaded row, a shaded stripe over the last two only (the first
    // column's cell is merged down and unshaded).
    const wide: Grid = {
      h: [100, 130, 160].map((pos) => ({ pos, a: 0, b: 250 })),
      v: [0, 100, 180, 250].map((pos) => ({ pos, a: 100, b: 160 })),
    };
    const narrow: Grid = {
      h: [190, 220].map((pos) => ({ pos, a: 100, b: 250 })),
      v: [100, 180, 250].map((pos) => ({ pos, a: 190, b: 220 })),
    };
    const items = [
      item("Risk", 5, 105),
      item("Åtgärd", 105, 105),
      item("Ansvarig", 185, 105),
      item("Rutin", 105, 165),
      item("Per Holm", 185, 165),
      item("Mobila larm", 105, 195),
      item("Samordnare", 185, 195),
    ];
    const out = joinStripes([wide, narrow], () => false, items, 2.5);
    expect(out).toHaveLength(1);
    expect(bottom(out[0] as Grid)).toBe(220);
  });
});
