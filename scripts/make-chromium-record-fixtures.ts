// The record fixtures' Word documents as a web page printed to PDF by Chromium: another
// producer, and table styles the LibreOffice PDFs do not have. Each .docx in fixtures/records
// is turned into HTML by mammoth (headings, paragraphs, tables with spans; no running headers)
// and printed four ways into fixtures/records-chromium/<style>/<name>.pdf:
//   ruled    every cell bordered
//   unruled  no lines; a paragraph's margins in every cell, so rows stand 2–3 lines apart
//   zebra    no lines; a dark header row and every other row shaded
//   centred  no lines; cells centred vertically (HTML's default), a short cell halfway down
// The truth stays the .docx's (fixtures/records/<name>.docx.truth.json): the same records,
// without pages. test/parse/records/chromium-prints.test.ts holds their scores.
// Needs `chromium`. Usage: npx tsx scripts/make-chromium-record-fixtures.ts [style ...]
// (every style when none is named)
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import mammoth from "mammoth";
import { chromiumPdf } from "./chromium-pdf.js";

const ROOT = path.join(import.meta.dirname, "..");
const SOURCE = path.join(ROOT, "fixtures/records");
const OUT = path.join(ROOT, "fixtures/records-chromium");

export const STYLES = {
  ruled:
    "table{border-collapse:collapse;width:100%} td,th{border:1px solid #333;padding:4px;vertical-align:top;font-size:10pt}",
  unruled:
    "table{border-collapse:collapse;width:100%} td,th{padding:4px 8px;vertical-align:top;font-size:10pt} tr:first-child td{font-weight:bold}",
  zebra:
    "table{border-collapse:collapse;width:100%} td,th{padding:5px;vertical-align:top;font-size:9.5pt} tr:nth-child(even){background:#e8eef7} tr:first-child{background:#1f4e79;color:white;font-weight:bold}",
  centred:
    "table{border-collapse:collapse;width:100%} td,th{padding:6px 8px;vertical-align:middle;font-size:10pt} tr:first-child td{font-weight:bold}",
} as const;

/** A Word document through mammoth's HTML, styled by `css`, printed to `pdf` by Chromium. */
export async function printThroughHtml(
  docx: string,
  css: string,
  pdf: string,
  work: string,
): Promise<void> {
  const { value } = await mammoth.convertToHtml({ path: docx });
  const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt;margin:0} ${css}</style></head><body>${value}</body></html>`;
  const htmlFile = path.join(work, `${path.basename(docx, ".docx")}.html`);
  writeFileSync(htmlFile, html);
  chromiumPdf(htmlFile, pdf);
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "records-chromium-"));
  try {
    const docs = readdirSync(SOURCE)
      .filter((f) => f.endsWith(".docx"))
      .sort();
    const only = process.argv.slice(2);
    for (const [style, css] of Object.entries(STYLES)) {
      if (only.length > 0 && !only.includes(style)) continue;
      mkdirSync(path.join(OUT, style), { recursive: true });
      for (const doc of docs) {
        const name = doc.replace(/\.docx$/, "");
        await printThroughHtml(
          path.join(SOURCE, doc),
          css,
          path.join(OUT, style, `${name}.pdf`),
          work,
        );
      }
      console.log(`${style}: ${docs.length} PDFs`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) await main();
