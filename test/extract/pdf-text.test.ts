import { describe, expect, it } from "vitest";
import type { PdfLayout, TextItem } from "../../src/extract/layout.js";
import type { Matrix } from "../../src/extract/pdf-geometry.js";
import { pdfPlainText } from "../../src/extract/pdf-plaintext.js";
import {
  convertTextItems,
  isBoldFont,
  isItalicFont,
  type RawTextItem,
  stripSubsetTag,
  toTextItem,
} from "../../src/extract/pdf-text.js";

const A4: Matrix = [1, 0, 0, -1, 0, 842];
const style = { ascent: 0.75, descent: -0.25 };

function raw(
  str: string,
  x: number,
  y: number,
  width: number,
  size = 10,
  font = "f1",
): RawTextItem {
  return { str, transform: [size, 0, 0, size, x, y], width, height: size, fontName: font };
}

describe("toTextItem", () => {
  it("gives the box in top-left coordinates from baseline, ascent and descent", () => {
    const item = toTextItem(raw("Risk", 57, 700, 16), A4, style, {
      name: "ABCDEF+Calibri-Bold",
      bold: true,
    });
    expect(item).toEqual({
      text: "Risk",
      x: 57,
      y: 134.5,
      width: 16,
      height: 10,
      baseline: 142,
      fontName: "Calibri-Bold",
      fontSize: 10,
      bold: true,
      italic: false,
    });
  });

  it("handles text drawn rotated on a rotated page", () => {
    // /Rotate 90 viewport, text matrix [0 1 -1 0 100 72] at 14 pt: reads upright on screen.
    const item = toTextItem(
      { str: "Roterad", transform: [0, 14, -14, 0, 100, 72], width: 50, height: 14, fontName: "f" },
      [0, 1, 1, 0, 0, 0],
      style,
      null,
    );
    expect(item).toMatchObject({ x: 72, baseline: 100, width: 50, height: 14, fontSize: 14 });
    expect(item?.y).toBeCloseTo(89.5, 5);
  });

  it("drops whitespace-only runs and falls back to default metrics", () => {
    expect(toTextItem(raw("  \u00a0", 0, 0, 5), A4, style, null)).toBeNull();
    const item = toTextItem(raw("x", 0, 742, 5), A4, undefined, null);
    expect(item?.y).toBeCloseTo(92, 5); // 100 - 0.8 × 10
    expect(item?.fontName).toBe("f1");
  });
});

describe("convertTextItems", () => {
  it("joins runs that continue each other in the same font, not across gaps", () => {
    const items = convertTextItems(
      [
        raw("Önskad e", 244, 600, 36.4),
        raw("ff", 280.4, 600, 5.7),
        raw("ekt", 286.1, 600, 12.6),
        raw("Avslutad", 400, 600, 33),
        raw("2024", 434, 600, 20, 10, "f2"),
      ],
      A4,
      () => style,
      (id) => ({ name: id === "f2" ? "Carlito-Bold" : "Carlito" }),
    );
    expect(items.map((i) => i.text)).toEqual(["Önskad effekt", "Avslutad", "2024"]);
    expect(items[0]?.width).toBeCloseTo(54.7, 5);
  });
});

describe("font names", () => {
  it("strips subset tags and recognises bold and italic faces", () => {
    expect(stripSubsetTag("BAAAAA+LiberationSerif-Bold")).toBe("LiberationSerif-Bold");
    expect(stripSubsetTag("Calibri")).toBe("Calibri");
    expect(isBoldFont(null, "Arial,Bold")).toBe(true);
    expect(isBoldFont(null, "SegoeUI-Semibold")).toBe(true);
    expect(isBoldFont(null, "Arial-Black")).toBe(true);
    expect(isBoldFont(null, "Carlito")).toBe(false);
    expect(isBoldFont({ bold: true }, "F1")).toBe(true);
    expect(isItalicFont(null, "Caladea-BoldItalic")).toBe(true);
    expect(isItalicFont(null, "Helvetica-Oblique")).toBe(true);
    expect(isItalicFont(null, "Carlito")).toBe(false);
  });
});

describe("pdfPlainText", () => {
  const item = (text: string, x: number, baseline: number, width: number): TextItem => ({
    text,
    x,
    y: baseline - 8,
    width,
    height: 10,
    baseline,
    fontName: "F",
    fontSize: 10,
    bold: false,
    italic: false,
  });

  it("orders lines top to bottom and runs left to right, pages split by form feeds", () => {
    const layout: PdfLayout = {
      kind: "pdf",
      pageCount: 2,
      metadata: { title: null, author: null, producer: null, creator: null },
      pages: [
        {
          number: 1,
          width: 595,
          height: 842,
          rotation: 0,
          rulings: [],
          rects: [],
          items: [
            item("Status", 400, 160.5, 25),
            item("Risk", 60, 160, 16),
            item("Titel", 57, 80, 30),
            item("ef", 100, 200, 9.9),
            item("fekt", 110, 200, 20),
          ],
        },
        { number: 2, width: 595, height: 842, rotation: 0, rulings: [], rects: [], items: [] },
      ],
    };
    expect(pdfPlainText(layout)).toBe("Titel\nRisk Status\neffekt\f");
  });
});
