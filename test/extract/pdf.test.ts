import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ExtractError } from "../../src/extract/errors.js";
import type { PdfLayout, PdfPage, Ruling, TextItem } from "../../src/extract/layout.js";
import { extractPdf, pdfPlainText } from "../../src/extract/pdf.js";

const root = path.join(import.meta.dirname, "..", "..", "fixtures");
const load = async (rel: string): Promise<Uint8Array> =>
  new Uint8Array(await readFile(path.join(root, rel)));

const LIBREOFFICE_003 = "samples/003_arbetsmiljorapport-2024.pdf";
const CHROMIUM_003 = "samples/003_arbetsmiljorapport-2024_chromium.pdf";
const LANDSCAPE_000 = "samples/000_kommunikationsplan-2025.pdf";
const CHROMIUM_000 = "samples/000_kommunikationsplan-2025_chromium.pdf";

function page(layout: PdfLayout, n: number): PdfPage {
  const p = layout.pages[n - 1];
  if (!p) throw new Error(`no page ${n}`);
  return p;
}

function findItem(p: PdfPage, text: string): TextItem {
  const item = p.items.find((i) => i.text === text);
  if (!item) throw new Error(`no item "${text}" on page ${p.number}`);
  return item;
}

const horizontal = (p: PdfPage): Ruling[] => p.rulings.filter((r) => r.orientation === "h");
const vertical = (p: PdfPage): Ruling[] => p.rulings.filter((r) => r.orientation === "v");

async function expectExtractError(bytes: Uint8Array, code: ExtractError["code"]): Promise<void> {
  const error = await extractPdf(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExtractError);
  expect((error as ExtractError).code).toBe(code);
}

describe("extractPdf on the LibreOffice work-environment report (003)", () => {
  let layout: PdfLayout;
  beforeAll(async () => {
    layout = await extractPdf(await load(LIBREOFFICE_003));
  });

  it("reads pages, A4 portrait size and metadata", () => {
    expect(layout.kind).toBe("pdf");
    expect(layout.pageCount).toBe(7);
    expect(layout.pages).toHaveLength(7);
    expect(layout.pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const p of layout.pages) {
      expect(p.width).toBeCloseTo(595.3, 0);
      expect(p.height).toBeCloseTo(841.9, 0);
      expect(p.rotation).toBe(0);
    }
    expect(layout.metadata).toEqual({
      title: "Arbetsmiljörapport 2024",
      author: "Huddinge kommun",
      producer: "LibreOffice 7.4",
      creator: "Writer",
    });
  });

  it("puts the bold title near the top of page 1 (top-left origin)", () => {
    const title = findItem(page(layout, 1), "Arbetsmiljörapport 2024");
    expect(title.y).toBeGreaterThan(50);
    expect(title.y).toBeLessThan(70);
    expect(title.baseline).toBeGreaterThan(title.y);
    expect(title.height).toBeGreaterThan(15);
    expect(title.fontSize).toBeCloseTo(22, 0);
    expect(title.x).toBeCloseTo(56.8, 0);
    expect(title.bold).toBe(true);
    expect(title.fontName).toBe("Carlito-Bold");
    // Footer at the bottom.
    const footer = findItem(page(layout, 1), "1 | Arbetsmiljörapport 2024");
    expect(footer.y).toBeGreaterThan(790);
    expect(footer.bold).toBe(false);
  });

  it("keeps Swedish characters and en dashes", () => {
    const text = pdfPlainText(layout);
    expect(text).toContain("Önskad effekt");
    expect(text).toContain("R12 2023–12");
    expect(text).toContain("Kort sjukfrånvaro (0–14 dagar)");
    expect(text).not.toContain("\ufffd");
    expect(text.split("\f")).toHaveLength(7);
  });

  it("marks table headers bold and body text regular", () => {
    const p1 = page(layout, 1);
    for (const header of ["Risk", "Risknivå", "Åtgärd", "Status", "Slutdatum"]) {
      expect(findItem(p1, header).bold).toBe(true);
    }
    expect(findItem(p1, "Avslutad").bold).toBe(false);
    expect(findItem(p1, "Önskad effekt").bold).toBe(true);
  });

  it("finds the risk table's stroked rulings on page 1", () => {
    const p1 = page(layout, 1);
    const hs = horizontal(p1);
    const vs = vertical(p1);
    expect(hs.length).toBeGreaterThanOrEqual(10);
    expect(vs.length).toBeGreaterThanOrEqual(10);
    // The table spans x ≈ 57..539, y ≈ 148..520.
    const top = hs.find((r) => Math.abs(r.y0 - 148.5) < 1);
    expect(top).toBeDefined();
    expect(top?.x0).toBeLessThan(58);
    expect(top?.x1).toBeGreaterThan(538);
    expect(top?.thickness).toBeCloseTo(0.5, 2);
    // The column line between "Risk" and "Risknivå" runs the whole table height.
    const riskCol = vs.find((r) => r.x0 > 185 && r.x0 < 195);
    expect(riskCol).toBeDefined();
    expect(riskCol?.y0).toBeLessThan(150);
    expect(riskCol?.y1).toBeGreaterThan(518);
    for (const r of p1.rulings) {
      expect(r.x0).toBeLessThanOrEqual(r.x1);
      expect(r.y0).toBeLessThanOrEqual(r.y1);
      expect(r.x0).toBeGreaterThan(55);
      expect(r.x1).toBeLessThan(541);
    }
    // Shaded header cells, each painted once after de-duplication.
    expect(p1.rects).toHaveLength(5);
    expect(p1.rects.every((r) => r.fill === "#dce6f1" && Math.abs(r.y - 148.2) < 1)).toBe(true);
  });

  it("does not detach or change the caller's buffer", async () => {
    const bytes = await load(LIBREOFFICE_003);
    const before = bytes.length;
    await extractPdf(bytes);
    expect(bytes.length).toBe(before);
    expect(bytes[0]).toBe(0x25); // "%"
  });
});

describe("extractPdf on the Chromium rendering of 003", () => {
  let layout: PdfLayout;
  beforeAll(async () => {
    layout = await extractPdf(await load(CHROMIUM_003));
  });

  it("reads pages, size and producer", () => {
    expect(layout.pageCount).toBe(7);
    expect(page(layout, 1).width).toBeCloseTo(595, 0);
    expect(page(layout, 1).height).toBeCloseTo(841.9, 0);
    expect(layout.metadata.producer).toMatch(/^Skia\/PDF/);
    expect(layout.metadata.title).toBe("Arbetsmiljörapport 2024");
  });

  it("joins the runs Chromium splits at ligatures", () => {
    const p1 = page(layout, 1);
    expect(findItem(p1, "Önskad effekt").bold).toBe(true);
    expect(p1.items.some((i) => i.text.startsWith("Den önskade effekten är"))).toBe(true);
    expect(p1.items.some((i) => i.text === "ff")).toBe(false);
    expect(pdfPlainText(layout)).toContain("R12 2023–12");
  });

  it("turns the thin filled border rectangles into rulings", () => {
    const p1 = page(layout, 1);
    const hs = horizontal(p1);
    const vs = vertical(p1);
    expect(hs.length).toBeGreaterThan(20);
    expect(vs.length).toBeGreaterThan(20);
    expect(p1.rulings.every((r) => Math.abs(r.thickness - 0.75) < 0.01)).toBe(true);
    const title = findItem(p1, "Arbetsmiljörapport 2024");
    expect(title.y).toBeLessThan(70);
    // A column line between "Risk" and "Risknivå", inside the table's x range.
    const left = Math.min(...hs.map((r) => r.x0));
    const right = Math.max(...hs.map((r) => r.x1));
    const col = vs.find((r) => r.x0 > 185 && r.x0 < 192);
    expect(col).toBeDefined();
    expect(col?.x0).toBeGreaterThan(left);
    expect(col?.x0).toBeLessThan(right);
    expect(p1.rects.filter((r) => r.fill === "#dce6f1")).toHaveLength(5);
  });
});

describe("extractPdf on landscape communication plans (000)", () => {
  it("reads the LibreOffice PDF as three landscape pages with a ruled table", async () => {
    const layout = await extractPdf(await load(LANDSCAPE_000));
    expect(layout.pageCount).toBe(3);
    for (const p of layout.pages) {
      expect(p.width).toBeCloseTo(841.9, 0);
      expect(p.height).toBeCloseTo(595.3, 0);
      expect(p.rotation).toBe(0);
    }
    const p1 = page(layout, 1);
    expect(findItem(p1, "Datum").bold).toBe(true);
    expect(horizontal(p1).length).toBeGreaterThanOrEqual(5);
    expect(vertical(p1).length).toBeGreaterThanOrEqual(6);
    expect(Math.max(...horizontal(p1).map((r) => r.x1))).toBeGreaterThan(780);
    expect(pdfPlainText(layout)).toContain("Fokusområde 2: Stärka chefers förutsättningar");
  });

  it("reads the Chromium PDF as three landscape pages", async () => {
    const layout = await extractPdf(await load(CHROMIUM_000));
    expect(layout.pageCount).toBe(3);
    expect(page(layout, 1).width).toBeCloseTo(841.9, 0);
    expect(page(layout, 1).height).toBeCloseTo(595, 0);
    expect(pdfPlainText(layout)).toContain("Vård- och omsorgsförvaltningen");
  });
});

describe("extractPdf on a /Rotate 90 page (fixtures/extract/rotated-90.pdf)", () => {
  let p: PdfPage;
  beforeAll(async () => {
    p = page(await extractPdf(await load("extract/rotated-90.pdf")), 1);
  });

  it("reports the displayed size and rotation", () => {
    expect(p.rotation).toBe(90);
    expect(p.width).toBeCloseTo(842, 1);
    expect(p.height).toBeCloseTo(595, 1);
  });

  it("places upright text in displayed coordinates", () => {
    const heading = findItem(p, "Roterad sida");
    expect(heading.x).toBeCloseTo(72, 1);
    expect(heading.baseline).toBeCloseTo(100, 1);
    expect(heading.y).toBeLessThan(100);
    expect(heading.y).toBeGreaterThan(84);
    expect(heading.fontSize).toBeCloseTo(14, 1);
    expect(heading.width).toBeGreaterThan(60);
    expect(heading.bold).toBe(true);
    const line = findItem(p, "R12 2023–12 åäö Årsplan");
    expect(line.baseline).toBeCloseTo(130, 1);
    expect(line.bold).toBe(false);
  });

  it("maps rulings and rectangles through the rotation, drops clipped and background paths", () => {
    const byKey = p.rulings.map(
      (r) =>
        `${r.orientation} ${r.x0.toFixed(1)} ${r.y0.toFixed(1)} ${r.x1.toFixed(1)} ${r.y1.toFixed(1)}`,
    );
    expect(byKey.sort()).toEqual([
      "h 72.0 200.0 472.0 200.0",
      "h 72.0 300.4 472.0 300.4",
      "v 300.0 200.0 300.0 400.0",
    ]);
    expect(p.rulings.find((r) => r.y0 > 300)?.thickness).toBeCloseTo(0.75, 2);
    expect(p.rects).toEqual([{ x: 100, y: 420, width: 100, height: 50, fill: "#cccccc" }]);
  });
});

describe("extractPdf errors", () => {
  it("rejects an empty file", async () => {
    await expectExtractError(new Uint8Array(0), "empty");
  });

  it("rejects bytes that are not a PDF at all (like the docx side)", async () => {
    await expectExtractError(
      new TextEncoder().encode("PK\u0003\u0004 not a pdf at all"),
      "unsupported",
    );
  });

  it("rejects a PDF truncated to half its bytes", async () => {
    const bytes = await load(LIBREOFFICE_003);
    await expectExtractError(bytes.slice(0, Math.floor(bytes.length / 2)), "corrupt");
  });

  it("rejects a Chromium PDF missing only its last bytes", async () => {
    const bytes = await load(CHROMIUM_003);
    await expectExtractError(bytes.slice(0, bytes.length - 200), "corrupt");
  });

  it("rejects a header with garbage behind it", async () => {
    const garbage = `%PDF-1.7\n${"x".repeat(4000)}\n%%EOF\n`;
    await expectExtractError(new TextEncoder().encode(garbage), "corrupt");
  });

  it("rejects a password-protected PDF", async () => {
    await expectExtractError(await load("extract/encrypted.pdf"), "encrypted");
  });

  it("enforces the optional page limit", async () => {
    const error = await extractPdf(await load(LIBREOFFICE_003), { maxPages: 3 }).catch((e) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect(error.code).toBe("too-large");
  });
});
