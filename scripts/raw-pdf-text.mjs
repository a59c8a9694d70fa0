// The yardstick for `npm run bench`: raw pdf.js text extraction (getTextContent on every page)
// over every PDF of a folder, nothing else, in a fresh process, as a plain script would do it.
// Plain JavaScript so that nothing but node and pdf.js is loaded.
// Usage: node scripts/raw-pdf-text.mjs <folder>   → prints {"files":…,"pages":…}
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";

const pkgDir = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const options = {
  cMapUrl: `${path.join(pkgDir, "cmaps")}/`,
  cMapPacked: true,
  standardFontDataUrl: `${path.join(pkgDir, "standard_fonts")}/`,
  isEvalSupported: false,
  verbosity: 0,
};

const folder = process.argv[2];
const files = (await readdir(folder)).filter((f) => f.toLowerCase().endsWith(".pdf")).sort();
let pages = 0;
for (const f of files) {
  const data = new Uint8Array(await readFile(path.join(folder, f)));
  const doc = await pdfjs.getDocument({ ...options, data }).promise;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    await page.getTextContent();
    page.cleanup();
  }
  pages += doc.numPages;
  await doc.destroy();
}
console.log(JSON.stringify({ files: files.length, pages }));
