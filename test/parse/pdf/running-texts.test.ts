// Running headers and footers on real PDFs: the page's header and page number go, table rows
// that happen to repeat near the page edges stay.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractPdf } from "../../../src/extract/pdf.js";
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
