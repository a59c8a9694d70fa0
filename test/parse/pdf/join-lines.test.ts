// Joining text at line ends: line-break hyphens, real hyphens, soft hyphens, numbers, and the
// document's own words as evidence; checked on real PDFs where the renderers broke the lines.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractPdf } from "../../../src/extract/pdf.js";
import { joinAtLineBreak } from "../../../src/parse/pdf/join-lines.js";
import { pdfToContent } from "../../../src/parse/pdf-content.js";
import { TABLE_FIXTURES } from "../../helpers/tables-golden.js";

describe("joinAtLineBreak", () => {
  it("joins a word hyphenated at the line end", () => {
    expect(joinAtLineBreak("Stärka organisations-", "kulturen")).toBe(
      "Stärka organisationskulturen",
    );
  });
  it("keeps real hyphens and suspended compounds", () => {
    expect(joinAtLineBreak("Dialog om vi-", "känslan")).toBe("Dialog om vi-känslan");
    expect(joinAtLineBreak("APT-", "material")).toBe("APT-material");
    expect(joinAtLineBreak("Förändrings-", "och förbättringsarbete")).toBe(
      "Förändrings- och förbättringsarbete",
    );
  });
  it("drops soft hyphens and the U+2010 Chromium draws for them", () => {
    expect(joinAtLineBreak("Skydds\u00ad", "ombud")).toBe("Skyddsombud");
    expect(joinAtLineBreak("Skydds\u2010", "ombud")).toBe("Skyddsombud");
  });
  it("keeps a hyphen between numbers", () => {
    expect(joinAtLineBreak("2025-06-", "30")).toBe("2025-06-30");
  });
  it("follows the document's words where they say otherwise", () => {
    const vocabulary = new Map([
      ["kvalitets-säkring", 1],
      ["samverkansmodellen", 2],
    ]);
    expect(joinAtLineBreak("kvalitets-", "säkring", vocabulary)).toBe("kvalitets-säkring");
    expect(joinAtLineBreak("ny-", "modell", new Map([["nymodell", 1]]))).toBe("nymodell");
    expect(joinAtLineBreak("samverkans-", "modellen", vocabulary)).toBe("samverkansmodellen");
  });
});

describe.each(["lo", "chromium"])("cell text in narrow columns (%s)", (producer) => {
  it("joins, keeps and drops hyphens as a reader would", async () => {
    const file = path.join(TABLE_FIXTURES, `hyphenation.${producer}.pdf`);
    const content = pdfToContent(await extractPdf(new Uint8Array(readFileSync(file))));
    const table = content.blocks.find((b) => b.kind === "table");
    const texts = table?.kind === "table" ? table.table.cells.map((c) => c.text) : [];
    expect(texts).toEqual(
      expect.arrayContaining([
        "Stärka organisationskulturen",
        "Dialog om vi-känslan",
        "Förändrings- och förbättringsarbete",
        "Arbetsmiljöarbete",
        "APT-material om e-tjänster",
        "Skyddsombud",
        "Medarbetarundersökningen följs upp",
        "Kompetensförsörjning",
        "Hälso- och sjukvård",
        "Kommunikationssamordnaren",
      ]),
    );
  });
});
