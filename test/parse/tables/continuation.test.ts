// Tables over a page break, on real PDFs: one table, the repeated header dropped, the row
// split by the break put back together, each row's page kept.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractPdf } from "../../../src/extract/pdf.js";
import type { Table } from "../../../src/model/table.js";
import { pdfToContent } from "../../../src/parse/pdf-content.js";
import { continues, joinTables } from "../../../src/parse/tables/continuation.js";
import { TABLE_FIXTURES } from "../../helpers/tables-golden.js";

async function tables(name: string): Promise<Table[]> {
  const layout = await extractPdf(new Uint8Array(readFileSync(path.join(TABLE_FIXTURES, name))));
  return pdfToContent(layout).blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
}

const cases = [
  ["page-break-repeat.lo.pdf", "lattice"],
  ["page-break-repeat.chromium.pdf", "lattice"],
  ["page-break-stream.lo.pdf", "stream"],
  ["page-break-stream.chromium.pdf", "stream"],
] as const;

describe.each(cases)("%s", (name, method) => {
  it("is one table over two pages, with one header row", async () => {
    const all = await tables(name);
    expect(all).toHaveLength(1);
    const t = all[0] as Table;
    expect(t.method).toBe(method);
    expect([t.rows, t.cols]).toEqual([22, 4]);
    expect(new Set(t.rowPages)).toEqual(new Set([1, 2]));
    expect(t.rowPages).toHaveLength(t.rows);
    expect(t.cells.filter((c) => c.text === "Datum")).toHaveLength(1);
  });

  it("joins the row that the break splits", async () => {
    const t = (await tables(name))[0] as Table;
    const row = t.cells.find((c) => c.col === 0 && c.text === "Hela året")?.row;
    const text = t.cells.find((c) => c.row === row && c.col === 1)?.text ?? "";
    expect(text.startsWith("Delmoment 1: genomgång")).toBe(true);
    expect(text.endsWith("Delmoment 14: genomgång av rutiner och ansvar")).toBe(true);
    expect(text.match(/Delmoment/g)).toHaveLength(14);
    expect(t.cells.find((c) => c.row === row && c.col === 3)?.text).toBe("Kvalitetsstrateg (PB)");
  });
});

describe("continues", () => {
  it("does not join a table to one on a later page or of another width", async () => {
    const [t] = await tables("two-tables.lo.pdf");
    const base = t as Table;
    const next: Table = { ...base, page: (base.page ?? 0) + 1 };
    expect(continues(base, next)).toBe(true);
    expect(continues(base, { ...next, page: (base.page ?? 0) + 2 })).toBe(false);
    expect(continues(base, { ...next, cols: base.cols + 1 })).toBe(false);
    const bbox = base.bbox as [number, number, number, number];
    expect(continues(base, { ...next, bbox: [bbox[0] + 30, bbox[1], bbox[2], bbox[3]] })).toBe(
      false,
    );
  });

  it("drops a repeated header and keeps the rows' pages", async () => {
    const [t] = await tables("two-tables.lo.pdf");
    const base = t as Table;
    const next: Table = {
      ...base,
      page: 2,
      rowPages: base.rowPages.map(() => 2),
    };
    const joined = joinTables(base, next);
    expect(joined.rows).toBe(base.rows * 2 - 1);
    expect(joined.rowPages).toEqual([1, 1, 1, 2, 2]);
  });

  it("joins a table's third page to the part that already runs over two", async () => {
    const [t] = await tables("two-tables.lo.pdf");
    const base = t as Table;
    const twoPages: Table = { ...base, rowPages: [1, 1, 2] };
    expect(continues(twoPages, { ...base, page: 3 })).toBe(true);
    expect(continues(twoPages, { ...base, page: 2 })).toBe(false);
  });

  it("keeps a row beside a merged anchor cell apart from the row above the break", () => {
    const cell = (row: number, col: number, text: string) => ({
      row,
      col,
      rowSpan: 1,
      colSpan: 1,
      text,
    });
    const header = ["Risk", "Risknivå", "Åtgärd", "Ansvarig", "Klart senast"].map((x, k) =>
      cell(0, k, x),
    );
    const table = (page: number, cells: Table["cells"], rows: number): Table => ({
      page,
      bbox: [28, 28, 583, 700],
      method: "lattice",
      rows,
      cols: 5,
      cells,
      rowPages: Array(rows).fill(page),
      rowBoxes: Array(rows).fill(null),
    });
    const prev = table(
      2,
      [
        ...header,
        ...[
          "Ensamarbete vid hembesök",
          "6",
          "Ny rutin för hembesök två och två",
          "Per Holm",
          "2026-04-30",
        ].map((x, k) => cell(1, k, x)),
      ],
      2,
    );
    // Its risk and level stand on the page before; each of its cells starts anew.
    const nextRow = ["", "", "Mobila larm till alla", "Säkerhetssamordnare", "2026-06-30"];
    const next = table(3, [...header, ...nextRow.map((x, k) => cell(1, k, x))], 2);
    const joined = joinTables(prev, next);
    expect(joined.rows).toBe(3);
    expect(joined.cells.find((c) => c.row === 2 && c.col === 2)?.text).toBe(
      "Mobila larm till alla",
    );
    // One cell reading on ("och två" under "… två") is the rest of the split row.
    const rest = ["", "", "och tre", "", ""];
    const split = joinTables(prev, table(3, [...header, ...rest.map((x, k) => cell(1, k, x))], 2));
    expect(split.rows).toBe(2);
  });
});
