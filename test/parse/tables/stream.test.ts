// Stream tables on real PDFs from both producers: regions, columns, wrapped cells, and the
// text around a table that must stay out of it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TextItem } from "../../../src/extract/layout.js";
import { extractPdf } from "../../../src/extract/pdf.js";
import { pdfToContent } from "../../../src/parse/pdf-content.js";
import { chunkLines } from "../../../src/parse/tables/chunks.js";
import { tableRegions } from "../../../src/parse/tables/stream.js";
import { tolerantGaps } from "../../../src/parse/tables/stream-columns.js";
import { TABLE_FIXTURES } from "../../helpers/tables-golden.js";
import { textItem } from "../../helpers/text-item.js";

async function content(name: string) {
  const bytes = new Uint8Array(readFileSync(path.join(TABLE_FIXTURES, name)));
  const layout = await extractPdf(bytes);
  return { layout, content: pdfToContent(layout) };
}

function tables(c: Awaited<ReturnType<typeof content>>["content"]) {
  return c.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
}

describe.each(["lo", "chromium"])("unruled table (%s)", (producer) => {
  it("keeps a wrapped cell one cell and a row one row", async () => {
    const { content: c } = await content(`unruled.${producer}.pdf`);
    const [t] = tables(c);
    expect(t?.method).toBe("stream");
    expect([t?.rows, t?.cols]).toEqual([6, 4]);
    const cell = (r: number, k: number) => t?.cells.find((x) => x.row === r && x.col === k);
    expect(cell(1, 1)?.text).toBe(
      "Introduktion av den nya kommunikationsplanen på ledningsgruppens möte",
    );
    expect(cell(2, 2)?.paragraphs).toEqual(["Medarbetare", "Kommunikatörer"]);
    expect(cell(4, 1)?.text).toBe(
      "Uppföljning av medarbetarundersökningen med dialog på arbetsplatsträffar i varje enhet",
    );
  });

  it("leaves the prose above and below out of the table", async () => {
    const { content: c } = await content(`unruled.${producer}.pdf`);
    const t = tables(c)[0];
    // One page: its running header is not told apart from the text.
    const paragraphs = c.blocks.flatMap((b) =>
      b.kind === "paragraph" && !b.text.startsWith("Testkommunen") ? [b] : [],
    );
    expect(paragraphs.map((p) => p.text.slice(0, 20))).toEqual([
      "Kommunikationen ska ",
      "Alla chefer har ett ",
      "Uppföljningen redovi",
    ]);
    const above = paragraphs[0]?.bbox as number[];
    const below = paragraphs[1]?.bbox as number[];
    expect(t?.bbox?.[1]).toBeGreaterThan(above[3] as number);
    expect(t?.bbox?.[3]).toBeLessThan(below[1] as number);
  });
});

describe("table regions and column gaps", () => {
  it("finds the header-rule table's four columns despite right-aligned numbers", async () => {
    const { layout } = await content("header-rule.lo.pdf");
    const page = layout.pages[0];
    const regions = tableRegions(chunkLines(page?.items ?? []));
    const table = regions.find((r) => r.lines[0]?.chunks[0]?.text === "Nyckeltal");
    expect(table?.lines.length).toBeGreaterThanOrEqual(7);
    expect(tolerantGaps(table?.lines ?? []).length).toBeGreaterThanOrEqual(3);
    const [t] = tables((await content("header-rule.lo.pdf")).content);
    expect(t?.cells.filter((c) => c.row === 0).map((c) => c.text)).toEqual([
      "Nyckeltal",
      "2023",
      "2024",
      "Skillnad",
    ]);
  });

  it.each(["lo", "chromium"])("finds no table in two-column prose (%s)", async (producer) => {
    const { content: c } = await content(`two-column-prose.${producer}.pdf`);
    expect(tables(c)).toEqual([]);
    expect(c.blocks.filter((b) => b.kind === "paragraph").length).toBeGreaterThan(4);
  });

  it.each(["lo", "chromium"])("keeps body text beside a table out of it (%s)", async (p) => {
    const { content: c } = await content(`beside-text-stream.${p}.pdf`);
    const [t] = tables(c);
    expect([t?.rows, t?.cols]).toEqual([4, 2]);
    expect(t?.cells.map((x) => x.text)).toContain("131 900");
    const prose = c.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text);
    expect(prose.some((x) => x.includes("Kommunikatörerna stöttar med kanaler"))).toBe(true);
  });

  it.each(["lo", "chromium"])("keeps captions and sources out (%s)", async (p) => {
    const { content: c } = await content(`header-rule.${p}.pdf`);
    const texts = tables(c).flatMap((t) => t.cells.map((x) => x.text));
    expect(texts.some((x) => x.startsWith("Tabell 2"))).toBe(false);
    expect(texts.some((x) => x.startsWith("Källa"))).toBe(false);
    const paragraphs = c.blocks.flatMap((b) => (b.kind === "table" ? [] : [b.text]));
    expect(paragraphs).toContain("Tabell 2. Sjukfrånvaro och personalomsättning");
    expect(paragraphs).toContain("Källa: Personalsystemet, december respektive år.");
  });
});

describe.each(["lo", "chromium"])("unruled risk groups (%s)", (producer) => {
  it("keeps a risk beside its measures whole and its level a column of its own", async () => {
    const { content: c } = await content(`unruled-airy-risk-groups.${producer}.pdf`);
    const [t] = tables(c);
    expect([t?.method, t?.rows, t?.cols]).toEqual(["stream", 11, 5]);
    const cell = (r: number, k: number) => t?.cells.find((x) => x.row === r && x.col === k);
    // The risk runs on beside the desired effect under its first measure: still one cell.
    expect(cell(1, 0)?.text).toBe(
      "Ohälsa på grund av hög arbetsbelastning i samband med de allmänna valen",
    );
    expect(cell(2, 0)?.text).toBe("");
    // Two levels among 20 lines: too few to hide the column as spanning text.
    expect([cell(0, 1)?.text, cell(1, 1)?.text, cell(7, 1)?.text]).toEqual(["Risknivå", "9", "6"]);
    // A desired effect's two paragraphs, the second wrapped across a column gap: one cell.
    expect(cell(2, 2)).toMatchObject({
      colSpan: 3,
      text: "Önskad effekt Ordinarie medarbetare behöver inte arbeta övertid i samma omfattning som vid tidigare val.",
    });
    expect(cell(3, 2)?.text).toBe("Planering av kompensationsledighet efter valet");
  });
});

describe("table regions under a repeated header", () => {
  const item = (text: string, x: number, y: number, bold = false): TextItem =>
    textItem(text, x, y, {
      fontSize: 9,
      height: 10.5,
      baseline: y + 8.3,
      width: 5 * text.length,
      bold,
    });

  it("keeps the rest of a row split by the page break in the table it belongs to", () => {
    // The header repeated at the page top; under it the rest of the split row, in two of the
    // five columns only; then the next full rows.
    const header = [
      item("Datum", 34, 38.9, true),
      item("Kommunikationsinsats", 107, 38.9, true),
      item("Syfte/mål", 288, 38.9, true),
      item("Målgrupp", 392, 38.9, true),
      item("Ansvarig", 501, 38.9, true),
    ];
    const rest = [61.4, 71.9, 82.4, 92.9].flatMap((y, i) => [
      item(`kommunikation del ${i + 1} av`, 78, y),
      item(`och stöd del ${i + 1}`, 260, y),
    ]);
    const row = (y: number, date: string) => [
      item(date, 32, y),
      item("Verksamhetschefer besöker APT", 78, y),
      item("Synliggöra ledningen", 260, y),
      item("Chefer och", 375, y),
      item("Verksamhetschefer", 467, y),
      item("medarbetare", 375, y + 10.5),
    ];
    const lines = chunkLines([
      ...header,
      ...rest,
      ...row(127.4, "Våren"),
      ...row(171.6, "13 mars"),
    ]);
    const regions = tableRegions(lines);
    expect(regions).toHaveLength(1);
    expect(regions[0]?.lines).toHaveLength(lines.length);
  });

  it("ends a table at a caption in italics that stands over the next one", () => {
    const row = (y: number, a: string, b: string, c: string) => [
      item(a, 32, y),
      item(b, 264, y),
      item(c, 357, y),
    ];
    const caption: TextItem = {
      ...item("Tabell 2. Arbetsskador och tillbud", 27.7, 670.8),
      fontSize: 11,
      height: 12.8,
      italic: true,
    };
    const lines = chunkLines([
      ...row(600, "Sjukfrånvaro, %", "2025", "2024"),
      ...row(618, "Total sjukfrånvaro", "8,9", "9,1"),
      ...row(637, "Korttidssjukfrånvaro", "3,4", "3,6"),
      caption,
      ...row(705, "Typ", "2025", "2024"),
      ...row(739, "Hot och våld", "14", "11"),
    ]);
    const regions = tableRegions(lines);
    expect(regions.map((r) => r.lines.length)).toEqual([3, 2]);
  });
});
