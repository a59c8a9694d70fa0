// Scores `tables --json` output against expected tables: per file adjacency-relation F1 and
// table detection precision/recall, then totals. Files: fixtures/tables/*.pdf (expected in
// <name>.expected.json) and fixtures/samples/*.pdf (expected in <file>.truth.json `tables`).
// Usage: npx tsx scripts/score-tables.ts [--verbose] [file.pdf ...]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractPdf } from "../src/extract/pdf.js";
import { pdfToContent } from "../src/parse/pdf-content.js";
import { tablesJson } from "../src/pipeline/tables-output.js";
import {
  type DocumentScore,
  f1,
  type ScoredTable,
  scoreDocument,
  tableDiff,
} from "../test/helpers/table-score.js";

const ROOT = path.join(import.meta.dirname, "..");

export function expectedTablesFor(pdf: string): ScoredTable[] | null {
  const expected = pdf.replace(/\.pdf$/, ".expected.json");
  if (existsSync(expected)) return JSON.parse(readFileSync(expected, "utf8")).tables;
  const truth = `${pdf}.truth.json`;
  if (existsSync(truth)) return JSON.parse(readFileSync(truth, "utf8")).tables ?? [];
  return null;
}

export function defaultFiles(): string[] {
  const dirs = ["fixtures/tables", "fixtures/samples"].map((d) => path.join(ROOT, d));
  return dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith(".pdf"))
      .sort()
      .map((f) => path.join(d, f)),
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose");
  const files = args.filter((a) => !a.startsWith("--"));
  const total: DocumentScore = {
    correct: 0,
    detected: 0,
    expected: 0,
    tablesMatched: 0,
    tablesFound: 0,
    tablesExpected: 0,
  };
  for (const file of files.length > 0 ? files : defaultFiles()) {
    const want = expectedTablesFor(file);
    if (!want) continue;
    const layout = await extractPdf(new Uint8Array(readFileSync(file)));
    const got = tablesJson(path.basename(file), pdfToContent(layout)).tables;
    const s = scoreDocument(got, want);
    for (const k of Object.keys(total) as (keyof DocumentScore)[]) total[k] += s[k];
    console.log(
      `${path.basename(file).padEnd(52)} F1 ${f1(s.correct, s.detected, s.expected).toFixed(3)}  tables ${s.tablesMatched}/${s.tablesExpected} found ${s.tablesFound}`,
    );
    if (verbose) {
      want.forEach((w, i) => {
        for (const d of tableDiff(got[i], w, `  t${i}`).slice(0, 20)) console.log(d);
      });
      for (let i = want.length; i < got.length; i++)
        console.log(`  extra table p${got[i]?.page} ${got[i]?.rows}x${got[i]?.cols}`);
    }
  }
  const p = total.detected ? total.correct / total.detected : 1;
  const r = total.expected ? total.correct / total.expected : 1;
  console.log(
    `TOTAL adjacency P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1(total.correct, total.detected, total.expected).toFixed(3)}; ` +
      `detection precision ${(total.tablesFound ? total.tablesMatched / total.tablesFound : 1).toFixed(3)} ` +
      `recall ${(total.tablesExpected ? total.tablesMatched / total.tablesExpected : 1).toFixed(3)}`,
  );
}

await main();
