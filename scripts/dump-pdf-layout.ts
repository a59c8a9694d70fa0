// Prints a PDF page's layout compactly, for debugging table reconstruction.
// Usage: npx tsx scripts/dump-pdf-layout.ts <file.pdf> [page] [--items|--rulings|--rects]
import { readFile } from "node:fs/promises";
import type { PdfPage } from "../src/extract/layout.js";
import { extractPdf } from "../src/extract/pdf.js";

const f = (n: number): string => n.toFixed(1);

function dumpPage(page: PdfPage, parts: Set<string>): void {
  console.log(
    `== page ${page.number}  ${f(page.width)}×${f(page.height)}  rot ${page.rotation}  ` +
      `items ${page.items.length}  rulings ${page.rulings.length}  rects ${page.rects.length}`,
  );
  if (parts.has("items")) {
    console.log("-- items: x y w h baseline size font [B/I] text");
    for (const it of page.items) {
      const style = `${it.bold ? "B" : ""}${it.italic ? "I" : ""}`;
      console.log(
        `${f(it.x)} ${f(it.y)} ${f(it.width)} ${f(it.height)} ${f(it.baseline)} ${f(it.fontSize)} ` +
          `${it.fontName}${style ? ` [${style}]` : ""} ${JSON.stringify(it.text)}`,
      );
    }
  }
  if (parts.has("rulings")) {
    console.log("-- rulings: o x0 y0 x1 y1 thickness");
    const sorted = [...page.rulings].sort(
      (a, b) => a.orientation.localeCompare(b.orientation) || a.y0 - b.y0 || a.x0 - b.x0,
    );
    for (const r of sorted) {
      console.log(
        `${r.orientation} ${f(r.x0)} ${f(r.y0)} ${f(r.x1)} ${f(r.y1)} ${r.thickness.toFixed(2)}`,
      );
    }
  }
  if (parts.has("rects")) {
    console.log("-- rects: x y w h fill");
    for (const r of page.rects) {
      console.log(`${f(r.x)} ${f(r.y)} ${f(r.width)} ${f(r.height)} ${r.fill ?? "-"}`);
    }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a));
  if (!file) {
    console.error(
      "usage: tsx scripts/dump-pdf-layout.ts <file.pdf> [page] [--items|--rulings|--rects]",
    );
    process.exit(2);
  }
  const pageArg = args.find((a) => /^\d+$/.test(a));
  const flags = args.filter((a) => a.startsWith("--")).map((a) => a.slice(2));
  const parts = new Set(flags.length > 0 ? flags : ["items", "rulings", "rects"]);
  const layout = await extractPdf(new Uint8Array(await readFile(file)));
  console.log(`${file}: ${layout.pageCount} pages, metadata ${JSON.stringify(layout.metadata)}`);
  for (const page of layout.pages) {
    if (pageArg === undefined || page.number === Number(pageArg)) dumpPage(page, parts);
  }
}

await main();
