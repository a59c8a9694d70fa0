// Speed figures: raw pdf.js text extraction vs planpipe's extraction plus table
// reconstruction on the same PDFs, and where the time goes (extraction with text from the
// operator list, the older two-pass extraction, reconstruction alone). Prints figures; never
// fails on them.
// Usage: npm run bench [-- <dir with PDFs>]   (BENCH_ROUNDS=n, default 5)
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PdfLayout } from "../src/extract/layout.js";
import { extractPdf } from "../src/extract/pdf.js";
import { pdfToContent } from "../src/parse/pdf-content.js";

const dir = process.argv[2] ?? join(import.meta.dirname, "../fixtures/samples");
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const pdfs = readdirSync(dir)
  .filter((f) => f.endsWith(".pdf"))
  .map((f) => new Uint8Array(readFileSync(join(dir, f))));

const pkgDir = join(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"), "..");
const docOptions = {
  cMapUrl: `${join(pkgDir, "cmaps")}/`,
  cMapPacked: true,
  standardFontDataUrl: `${join(pkgDir, "standard_fonts")}/`,
  isEvalSupported: false,
  verbosity: 0,
};

async function rawText(bytes: Uint8Array): Promise<number> {
  const doc = await pdfjs.getDocument({ ...docOptions, data: bytes.slice() }).promise;
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      await page.getTextContent();
      page.cleanup();
    }
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

async function planpipe(bytes: Uint8Array): Promise<number> {
  const layout = await extractPdf(bytes);
  pdfToContent(layout);
  return layout.pageCount;
}

async function measure(name: string, fn: (b: Uint8Array) => Promise<number>): Promise<number> {
  for (const b of pdfs) await fn(b); // warm-up: JIT, font data
  const start = performance.now();
  let pages = 0;
  for (let r = 0; r < rounds; r++) for (const b of pdfs) pages += await fn(b);
  const seconds = (performance.now() - start) / 1000;
  const rate = pages / seconds;
  console.log(
    `${name.padEnd(54)} ${rate.toFixed(1).padStart(8)} pages/s  (${pages} pages in ${seconds.toFixed(2)} s)`,
  );
  return rate;
}

async function extractTwoPass(bytes: Uint8Array): Promise<number> {
  return (await extractPdf(bytes, { textSource: "textContent" })).pageCount;
}

async function extractOnly(bytes: Uint8Array): Promise<number> {
  return (await extractPdf(bytes)).pageCount;
}

/** Reconstruction alone, on layouts extracted beforehand. */
function reconstruction(layouts: PdfLayout[]): number {
  const start = performance.now();
  let pages = 0;
  for (let r = 0; r < rounds; r++)
    for (const layout of layouts) {
      pdfToContent(layout);
      pages += layout.pageCount;
    }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `${"tables + content (reconstruction only)".padEnd(54)} ${(pages / seconds).toFixed(1).padStart(8)} pages/s  (${pages} pages in ${seconds.toFixed(2)} s)`,
  );
  return pages / seconds;
}

console.log(`${pdfs.length} PDFs from ${dir}, ${rounds} rounds`);
const raw = await measure("raw pdf.js getTextContent", rawText);
const full = await measure("extractPdf + tables + content", planpipe);
console.log(
  `planpipe takes ${((raw / full - 1) * 100).toFixed(0)} % longer than raw text extraction`,
);
console.log("-- where the time goes");
await measure("extractPdf (text and rulings from the operator list)", extractOnly);
await measure("extractPdf, text from getTextContent (two passes)", extractTwoPass);
const layouts = await Promise.all(pdfs.map((b) => extractPdf(b)));
reconstruction(layouts);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
