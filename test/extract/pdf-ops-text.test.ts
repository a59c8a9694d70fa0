// Text read from the operator list (one pass per page) must be the text pdf.js's own text
// content gives: same words at the same places, on every sample and table fixture, so that
// every table comes out the same either way.
import { readFileSync } from "node:fs";
import path from "node:path";
import { OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import type { PdfLayout } from "../../src/extract/layout.js";
import { extractPdf } from "../../src/extract/pdf.js";
import { textFromOperatorList } from "../../src/extract/pdf-ops-text.js";
import { pdfToContent } from "../../src/parse/pdf-content.js";
import { tablesJson } from "../../src/pipeline/tables-output.js";
import { pdfsIn, SAMPLES, TABLE_FIXTURES } from "../helpers/tables-golden.js";

const files = [...pdfsIn(SAMPLES), ...pdfsIn(TABLE_FIXTURES)];

/** Each page's words, sorted. */
function words(layout: PdfLayout): string[][] {
  return layout.pages.map((p) =>
    p.items
      .flatMap((i) => i.text.split(" "))
      .filter((w) => w !== "")
      .sort(),
  );
}

describe.each(files.map((f) => path.basename(f)))("%s", (name) => {
  const file = files.find((f) => path.basename(f) === name) as string;
  const bytes = new Uint8Array(readFileSync(file));

  it("has the same words on every page from either text source", async () => {
    const ops = await extractPdf(bytes);
    const content = await extractPdf(bytes, { textSource: "textContent" });
    expect(words(ops)).toEqual(words(content));
    // Same places too: every run starts where pdf.js has text on that baseline.
    ops.pages.forEach((p, i) => {
      const other = content.pages[i]?.items ?? [];
      for (const item of p.items) {
        const near = other.some(
          (o) =>
            Math.abs(o.baseline - item.baseline) < 0.5 &&
            item.x >= o.x - 0.5 &&
            item.x <= o.x + o.width + 0.5,
        );
        expect(near, `${item.text} on page ${p.number}`).toBe(true);
      }
    });
  });

  it("gives the same tables from either text source", async () => {
    const tables = async (textSource: "operators" | "textContent") =>
      tablesJson(name, pdfToContent(await extractPdf(bytes, { textSource }))).tables;
    expect(await tables("operators")).toEqual(await tables("textContent"));
  });
});

describe("textFromOperatorList", () => {
  const font = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0], ascent: 0.8, descent: -0.2 };
  const glyph = (unicode: string, width = 500) => ({ unicode, width, isSpace: unicode === " " });
  const list = (fnArray: number[], argsArray: unknown[]) => ({ fnArray, argsArray });

  it("places runs like pdf.js: kerning joins, a wide gap splits, spaces go by the gap", () => {
    const ops = list(
      [OPS.beginText, OPS.setFont, OPS.moveText, OPS.showText, OPS.endText],
      [
        null,
        ["f1", 10],
        [100, 700],
        [[glyph("A"), -20, glyph("b"), glyph(" ", 250), glyph("c"), -900, glyph("D")]],
        null,
      ],
    );
    const out = textFromOperatorList(ops, () => font);
    const round = (v: number) => Math.round(v * 100) / 100;
    expect(out?.items.map((i) => [i.str, round(i.transform[4] ?? 0), round(i.width)])).toEqual([
      ["Ab c", 100, 17.7],
      ["D", 126.7, 5],
    ]);
  });

  it("leaves vertical and Type3 fonts to pdf.js's text content", () => {
    const ops = list([OPS.setFont], [["f1", 10]]);
    expect(textFromOperatorList(ops, () => ({ ...font, vertical: true }))).toBeNull();
    expect(textFromOperatorList(ops, () => ({ ...font, isType3Font: true }))).toBeNull();
  });
});
