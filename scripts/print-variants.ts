// Prints the samples and the record fixtures through HTML in many table styles, for measuring
// how well other producers' layouts are read (outputs not committed):
//   npx tsx scripts/print-variants.ts /tmp/variants      (needs chromium)
//   npx tsx scripts/score-records.ts /tmp/variants/samples/rows/*.pdf
//   npx tsx scripts/score-records.ts --truth fixtures/records /tmp/variants/records/rows/*.pdf
// Each PDF gets its source's truth beside it (`<name>.pdf.truth.json`) where there is one.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { STYLES as FIXTURE_STYLES, printThroughHtml } from "./make-chromium-record-fixtures.js";

const ROOT = path.join(import.meta.dirname, "..");

/** More table styles than the committed prints: rules between rows, booktabs, serif, centred and ruled. */
export const VARIANT_STYLES: Record<string, string> = {
  ...FIXTURE_STYLES,
  rows: "table{border-collapse:collapse;width:100%} td,th{border-bottom:0.5pt solid #888;padding:3px 6px;vertical-align:top;font-size:9pt} tr:first-child td{font-weight:bold;border-bottom:1.5pt solid #000}",
  booktabs:
    "table{border-collapse:collapse;width:100%;border-top:1.5pt solid #000;border-bottom:1.5pt solid #000} td,th{padding:2px 6px;vertical-align:top;font-size:10pt} tr:first-child td{font-weight:bold;border-bottom:0.75pt solid #000}",
  serif:
    "body{font-family:'DejaVu Serif',serif !important;font-size:12pt !important} table{border-collapse:collapse;width:100%} td,th{border:0.5pt solid #999;padding:1px 3px;vertical-align:top;font-size:11pt}",
  "ruled-middle":
    "table{border-collapse:collapse;width:100%} td,th{border:0.5pt solid #444;padding:4px;vertical-align:middle;font-size:10pt}",
};

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error("usage: print-variants.ts <out dir>");
  const work = mkdtempSync(path.join(tmpdir(), "print-variants-"));
  try {
    for (const kind of ["samples", "records"]) {
      const source = path.join(ROOT, "fixtures", kind);
      const docs = readdirSync(source)
        .filter((f) => f.endsWith(".docx"))
        .sort();
      for (const [style, css] of Object.entries(VARIANT_STYLES)) {
        const dir = path.join(out, kind, style);
        mkdirSync(dir, { recursive: true });
        for (const doc of docs) {
          const name = doc.replace(/\.docx$/, "");
          await printThroughHtml(path.join(source, doc), css, path.join(dir, `${name}.pdf`), work);
          const truth = path.join(source, `${doc}.truth.json`);
          if (existsSync(truth)) copyFileSync(truth, path.join(dir, `${name}.pdf.truth.json`));
        }
        console.log(`${kind}/${style}: ${docs.length} PDFs`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) await main();
