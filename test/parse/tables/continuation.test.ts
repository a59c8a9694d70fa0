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
});
