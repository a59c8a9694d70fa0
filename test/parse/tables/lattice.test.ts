// Lattice tables on real PDFs: shaded cells as edges, a missing outer border, a shaded header
// over an unruled body, spans, rotated pages, two tables on one page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractPdf } from "../../../src/extract/pdf.js";
import type { Table } from "../../../src/model/table.js";
import { pdfToContent } from "../../../src/parse/pdf-content.js";
import { latticeTables } from "../../../src/parse/tables/lattice.js";
import { TABLE_FIXTURES } from "../../helpers/tables-golden.js";

async function load(name: string) {
  return extractPdf(new Uint8Array(readFileSync(path.join(TABLE_FIXTURES, name))));
}

async function tables(name: string): Promise<Table[]> {
  return pdfToContent(await load(name)).blocks.flatMap((b) =>
    b.kind === "table" ? [b.table] : [],
  );
}

const cell = (t: Table | undefined, r: number, c: number) =>
  t?.cells.find((x) => x.row === r && x.col === c);

describe.each(["lo", "chromium"])("lattice (%s)", (p) => {
  it("builds cells from shading where no lines are drawn", async () => {
    const layout = await load(`shaded.${p}.pdf`);
    expect(layout.pages[0]?.rulings).toEqual([]);
    const [found] = latticeTables(layout.pages[0] as (typeof layout.pages)[0]);
    expect([found?.table.rows, found?.table.cols]).toEqual([5, 4]);
    expect(cell(found?.table, 2, 0)?.text).toBe("Vård- och omsorgsförvaltningen");
  });

  it("keeps spans drawn by shading alone", async () => {
    const [t] = await tables(`shaded-merged.${p}.pdf`);
    expect(t?.method).toBe("lattice");
    expect(cell(t, 1, 0)).toMatchObject({ rowSpan: 2, text: "Intern kommunikation" });
    expect(cell(t, 3, 0)).toMatchObject({
      colSpan: 3,
      text: "Extern kommunikation: webbplats och sociala medier",
    });
  });

  it("closes a grid whose outer border is missing", async () => {
    const [t] = await tables(`inner-borders.${p}.pdf`);
    expect([t?.method, t?.rows, t?.cols]).toEqual(["lattice", 5, 4]);
    expect(cell(t, 0, 0)).toMatchObject({ rowSpan: 2, text: "Enhet" });
    expect(cell(t, 0, 1)).toMatchObject({ colSpan: 3, text: "Sjukfrånvaro, %" });
    expect(cell(t, 4, 3)?.text).toBe("-0,4");
  });

  it("reads a shaded header over an unruled body as one stream table", async () => {
    const all = await tables(`shaded-header.${p}.pdf`);
    expect(all.map((t) => [t.method, t.rows, t.cols])).toEqual([["stream", 6, 4]]);
    expect(cell(all[0], 0, 3)?.text).toBe("Ansvarig");
  });

  it("reads a landscape page stored as portrait with /Rotate 90", async () => {
    const layout = await load(`rotated.${p}.pdf`);
    expect(layout.pages[0]?.rotation).toBe(90);
    expect(layout.pages[0]?.width).toBeGreaterThan(layout.pages[0]?.height ?? 0);
    const all = await tables(`rotated.${p}.pdf`);
    expect(all.map((t) => t.method)).toEqual(["lattice", "stream"]);
    expect(cell(all[0], 1, 0)?.text).toBe("26 februari 4 april");
    expect(cell(all[1], 2, 2)?.text).toBe("10 250");
  });

  it("keeps two tables on one page apart", async () => {
    const all = await tables(`two-tables.${p}.pdf`);
    expect(all.map((t) => [t.method, t.rows, t.cols])).toEqual([
      ["lattice", 3, 3],
      ["lattice", 3, 3],
      ["stream", 4, 2],
      ["stream", 3, 3],
    ]);
  });
});

describe("lattice from imperfect lines", () => {
  it("reads the same table when lines are broken, doubled and their joints misaligned", async () => {
    const layout = await load("ruled.lo.pdf");
    const page = layout.pages[0] as (typeof layout.pages)[0];
    const [clean] = latticeTables(page);
    const rulings = page.rulings.flatMap((r, i) => {
      const shift = i % 2 === 0 ? 1.2 : -1.2;
      if (r.orientation === "v") {
        // Misaligned: each vertical piece sits a little off the others.
        return [{ ...r, x0: r.x0 + shift, x1: r.x1 + shift }];
      }
      // Broken in the middle, and drawn twice, 1.5 pt apart.
      const mid = (r.x0 + r.x1) / 2;
      return [
        { ...r, x1: mid - 1 },
        { ...r, x0: mid + 1 },
        { ...r, y0: r.y0 + 1.5, y1: r.y1 + 1.5 },
      ];
    });
    const [rough] = latticeTables({ ...page, rulings });
    const cells = (t: typeof clean) =>
      t?.table.cells.map(({ row, col, rowSpan, colSpan, text }) => [
        row,
        col,
        rowSpan,
        colSpan,
        text,
      ]);
    expect(rough?.table.rows).toBe(clean?.table.rows);
    expect(cells(rough)).toEqual(cells(clean));
  });
});
