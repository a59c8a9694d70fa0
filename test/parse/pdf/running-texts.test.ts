// Running headers and footers on real PDFs: the page's header and page number go, table rows
// that happen to repeat near the page edges stay.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { PdfPage } from "../../../src/extract/layout.js";
import { extractPdf } from "../../../src/extract/pdf.js";
import type { TextLine } from "../../../src/parse/pdf/lines.js";
import { findRunningLines } from "../../../src/parse/pdf/running-texts.js";
import { pdfToContent } from "../../../src/parse/pdf-content.js";
import { TABLE_FIXTURES } from "../../helpers/tables-golden.js";

describe.each(["lo", "chromium"])("running texts (%s)", (producer) => {
  it("are the header and page numbers, never a table row near the page break", async () => {
    const file = path.join(TABLE_FIXTURES, `page-break-stream.${producer}.pdf`);
    const content = pdfToContent(await extractPdf(new Uint8Array(readFileSync(file))));
    expect(content.runningTexts).toEqual([
      "Testkommunen – Kommunikationsplan 2025",
      "Sida 1",
      "Sida 2",
    ]);
  });
});

describe("running texts beside tables repeated at page tops", () => {
  it("are not a header cell that stands over another column on the next page", async () => {
    // Printed by Chromium without running headers: a table's header repeated at the top of
    // page 2, another table's at the top of page 3, both with "Ansvarig" at the same height.
    const file = fileURLToPath(
      new URL(
        "../../../fixtures/records-chromium/unruled/bou-kommunikationsplan-2026.pdf",
        import.meta.url,
      ),
    );
    const content = pdfToContent(await extractPdf(new Uint8Array(readFileSync(file))));
    expect(content.runningTexts).toEqual([]);
  });
});

describe("findRunningLines", () => {
  function textLine(text: string, x0: number, top: number): TextLine {
    const x1 = x0 + 6 * text.length;
    return {
      items: [],
      text,
      x0,
      x1,
      top,
      bottom: top + 11.6,
      baseline: top + 9.3,
      fontSize: 10,
      bold: false,
    };
  }
  function page(n: number): PdfPage {
    return { number: n, width: 612, height: 792, rotation: 0, items: [], rulings: [], rects: [] };
  }
  const header = ["Datum", "Kommunikationsinsats", "Syfte/mål", "Målgrupp", "Ansvarig"];
  function band(xs: number[], top: number): TextLine[] {
    return header.map((t, i) => textLine(t, xs[i] as number, top));
  }

  it("keeps a table header that also stands mid-page, even where one cell repeats in place", () => {
    // Three tables of one kind, the second and third at page tops; their columns differ a
    // little, and "Syfte/mål" happens to fall in the same place on pages 2 and 3.
    const pages = [page(1), page(2), page(3)];
    const lines = [
      [textLine("Kommunikationsplan 2024", 400, 23), ...band([37, 98, 278, 385, 495], 651.5)],
      [textLine("Kommunikationsplan 2024", 400, 23), ...band([37, 110, 290.2, 386, 495], 40.2)],
      [textLine("Kommunikationsplan 2024", 400, 23), ...band([45, 120, 287.6, 376, 470], 40.2)],
    ];
    const { texts } = findRunningLines(pages, lines);
    expect(texts).toEqual(["Kommunikationsplan 2024"]);
  });

  it("keeps header cells that repeat in place when the cell beside them does not", () => {
    // Two key-figure tables at two page tops: the same period columns, another first header.
    const pages = [page(1), page(2)];
    const periods = (first: string) => [
      textLine(first, 122, 38.9),
      textLine("R12 2022–12", 306, 38.9),
      textLine("R12 2021–12", 419, 38.9),
      textLine("Skillnad", 526, 38.9),
    ];
    const lines = [
      [...periods("Sjukfrånvaro"), textLine("Sida 1", 290, 770)],
      [...periods("Personalomsättning"), textLine("Sida 2", 290, 770)],
    ];
    expect(findRunningLines(pages, lines).texts).toEqual(["Sida 1", "Sida 2"]);
  });
});
