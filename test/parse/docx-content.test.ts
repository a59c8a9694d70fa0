import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../../src/extract/docx.js";
import type { DocxCell } from "../../src/extract/layout.js";
import type { DocumentContent } from "../../src/model/content.js";
import type { Table } from "../../src/model/table.js";
import { docxToContent, gridTable } from "../../src/parse/docx-content.js";

const SAMPLES = new URL("../../fixtures/samples/", import.meta.url);
const DOCX_SAMPLES = readdirSync(SAMPLES).filter((name) => name.endsWith(".docx"));

async function content(name: string): Promise<DocumentContent> {
  return docxToContent(await extractDocx(readFileSync(new URL(name, SAMPLES))));
}

const tablesOf = (doc: DocumentContent): Table[] =>
  doc.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));

interface TruthTable {
  rows: number;
  cols: number;
  cells: { row: number; col: number; rowSpan: number; colSpan: number; text: string }[];
}

const ws = (text: string) => text.replace(/\s+/g, " ").trim();
const cellKey = (c: { row: number; col: number }) => `(${c.row},${c.col})`;
const cellShape = (c: TruthTable["cells"][number]) =>
  `${c.rowSpan}x${c.colSpan} ${JSON.stringify(ws(c.text))}`;

/** Every difference between the tables found and the truth, one line each. */
function tableDiff(got: Table[], want: TruthTable[]): string[] {
  const out: string[] = [];
  if (got.length !== want.length) out.push(`tables: got ${got.length}, want ${want.length}`);
  for (let t = 0; t < Math.min(got.length, want.length); t++) {
    const g = got[t]!;
    const w = want[t]!;
    const label = `table #${t + 1}`;
    if (g.rows !== w.rows || g.cols !== w.cols) {
      out.push(`${label}: got ${g.rows}x${g.cols}, want ${w.rows}x${w.cols}`);
    }
    const gotCells = new Map(g.cells.map((c) => [cellKey(c), cellShape(c)]));
    const wantCells = new Map(w.cells.map((c) => [cellKey(c), cellShape(c)]));
    for (const [key, shape] of wantCells) {
      const found = gotCells.get(key);
      if (found === undefined) out.push(`${label} cell ${key} missing, want ${shape}`);
      else if (found !== shape) out.push(`${label} cell ${key}: got ${found}, want ${shape}`);
    }
    for (const [key, shape] of gotCells) {
      if (!wantCells.has(key)) out.push(`${label} cell ${key} extra: ${shape}`);
    }
    const order = g.cells.map(cellKey).join(" ");
    const rowMajor = [...g.cells]
      .sort((a, b) => a.row - b.row || a.col - b.col)
      .map(cellKey)
      .join(" ");
    if (order !== rowMajor) out.push(`${label}: cells not in row-major order`);
  }
  return out;
}

describe("docxToContent tables match the truth of every DOCX sample", () => {
  it.each(DOCX_SAMPLES)("%s", async (name) => {
    const truth = JSON.parse(readFileSync(new URL(`${name}.truth.json`, SAMPLES), "utf8")) as {
      tables: TruthTable[];
    };
    const tables = tablesOf(await content(name));
    expect(tableDiff(tables, truth.tables)).toEqual([]);
    for (const table of tables) {
      expect(table.page).toBeNull();
      expect(table.bbox).toBeNull();
      expect(table.method).toBe("docx");
      expect(table.rowPages).toEqual(Array(table.rows).fill(null));
      expect(table.rowBoxes).toEqual(Array(table.rows).fill(null));
    }
  });
});

describe("docxToContent", () => {
  it("keeps blocks in order without pages or boxes", async () => {
    const doc = await content("003_arbetsmiljorapport-2024.docx");
    expect(doc.format).toBe("docx");
    expect(doc.pageCount).toBeNull();
    expect(doc.metadataTitle).toBe("Arbetsmiljörapport 2024");
    expect(doc.blocks.every((b) => b.page === null && b.bbox === null)).toBe(true);
    const texts = doc.blocks.map((b) =>
      b.kind === "table" ? `[table ${b.table.rows}x${b.table.cols}]` : b.text,
    );
    expect(texts.slice(0, 4)).toEqual([
      "Arbetsmiljörapport 2024",
      "Kommunstyrelsens förvaltning, Huddinge kommun",
      "1. Bedömning och utvärdering av föregående års åtgärder",
      "[table 13x5]",
    ]);
    expect(doc.blocks[2]).toMatchObject({ kind: "heading", level: 1 });
  });

  it("gives each cell its lines as paragraphs", async () => {
    const [evaluation] = tablesOf(await content("003_arbetsmiljorapport-2024.docx"));
    const effect = evaluation?.cells.find((c) => c.row === 2 && c.col === 2);
    expect(effect?.paragraphs).toEqual([
      "Önskad effekt",
      "Den önskade effekten är att öka förvaltningens förmåga till kompetensförsörjning.",
    ]);
  });

  it("takes running texts from the header and footer parts, one per line", async () => {
    expect((await content("000_kommunikationsplan-2025.docx")).runningTexts).toEqual([
      "Vård- och omsorgsförvaltningen",
      "Kommunikationsplan 2025",
    ]);
    expect((await content("003_arbetsmiljorapport-2024.docx")).runningTexts).toEqual([
      "Arbetsmiljörapport 2024",
    ]);
  });
});

describe("gridTable", () => {
  const cell = (text: string, rowSpan = 1, colSpan = 1): DocxCell => ({
    text,
    lines: text ? [text] : [],
    rowSpan,
    colSpan,
  });
  const positions = (table: Table) =>
    table.cells.map((c) => `${c.text}@${c.row},${c.col} ${c.rowSpan}x${c.colSpan}`);

  it("skips positions covered by row spans from above", () => {
    const table = gridTable([
      [cell("A"), cell("B"), cell("C")],
      [cell("D", 2), cell("E"), cell("F", 3)],
      [cell("G")],
      [cell("H")],
    ]);
    expect(table.rows).toBe(4);
    expect(table.cols).toBe(3);
    expect(positions(table)).toEqual([
      "A@0,0 1x1",
      "B@0,1 1x1",
      "C@0,2 1x1",
      "D@1,0 2x1",
      "E@1,1 1x1",
      "F@1,2 3x1",
      "G@2,1 1x1",
      // The row below D's span: H starts at column 0; F still covers column 2.
      "H@3,0 1x1",
    ]);
  });

  it("clips a row span that runs past the last row", () => {
    const table = gridTable([[cell("A", 5), cell("B")], [cell("C")]]);
    expect(positions(table)).toEqual(["A@0,0 2x1", "B@0,1 1x1", "C@1,1 1x1"]);
  });

  it("widens a lone first cell to a section row across the table", () => {
    const table = gridTable([
      [cell("Datum"), cell("Insats"), cell("Ansvarig")],
      [cell("Fokusområde 2", 1, 2)],
      [cell("")],
      [cell("Mars"), cell("Film"), cell("HM")],
    ]);
    expect(positions(table)).toEqual([
      "Datum@0,0 1x1",
      "Insats@0,1 1x1",
      "Ansvarig@0,2 1x1",
      "Fokusområde 2@1,0 1x3",
      "@2,0 1x3",
      "Mars@3,0 1x1",
      "Film@3,1 1x1",
      "HM@3,2 1x1",
    ]);
  });

  it("does not widen a lone cell beside a cell spanning from above", () => {
    const table = gridTable([
      [cell("Risk", 2), cell("Åtgärd"), cell("Status")],
      [cell("Effekt", 1, 2)],
    ]);
    expect(positions(table)).toContain("Effekt@1,1 1x2");
  });

  it("returns an empty grid for a table without rows", () => {
    expect(gridTable([])).toMatchObject({
      rows: 0,
      cols: 0,
      cells: [],
      rowPages: [],
      rowBoxes: [],
    });
  });
});
