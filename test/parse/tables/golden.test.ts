// Golden tables: every table fixture (two producers, one hard case each) and every sample PDF
// must give exactly its expected tables; record fixtures' PDFs must give their DOCX's tables.
// A failure prints the cells that differ.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { f1, type ScoredTable, scoreDocument, tableDiff } from "../../helpers/table-score.js";
import {
  comparable,
  docxTables,
  expectedTables,
  pdfsIn,
  pdfTables,
  RECORD_FIXTURES,
  SAMPLES,
  TABLE_FIXTURES,
} from "../../helpers/tables-golden.js";

function differences(got: ScoredTable[], want: ScoredTable[]): string[] {
  const out: string[] = [];
  if (got.length !== want.length) out.push(`${got.length} tables, want ${want.length}`);
  want.forEach((w, i) => {
    out.push(...tableDiff(got[i], w, `table ${i}`));
  });
  for (let i = want.length; i < got.length; i++) {
    const g = got[i] as ScoredTable;
    out.push(`extra table ${i}: p${g.page} ${g.rows}x${g.cols} "${g.cells[0]?.text ?? ""}"`);
  }
  return out;
}

const fixtures = pdfsIn(TABLE_FIXTURES);
const samples = pdfsIn(SAMPLES);

describe("table fixtures", () => {
  it("has every hard case from both producers", () => {
    const names = fixtures.map((f) => path.basename(f));
    for (const name of [
      "ruled",
      "merged",
      "unruled",
      "unruled-sections",
      "unruled-airy",
      "unruled-airy-risks",
      "unruled-airy-risk-groups",
      "zebra-airy",
      "zebra-risk-groups",
      "unruled-centred-header",
      "ruled-stacked",
      "unruled-long-last",
      "tight-text",
      "header-rule",
      "statistics",
      "captions-below",
      "row-rules",
      "shaded",
      "shaded-merged",
      "shaded-header",
      "inner-borders",
      "double-dashed",
      "page-break-repeat",
      "page-break-stream",
      "page-break-stream-repeat",
      "page-break-unruled-repeat",
      "two-tables",
      "beside-text",
      "beside-text-stream",
      "two-column-prose",
      "contents",
      "zebra",
      "rotated",
      "hyphenation",
    ]) {
      expect(names).toContain(`${name}.lo.pdf`);
      expect(names).toContain(`${name}.chromium.pdf`);
    }
  });

  it.each(fixtures.map((f) => path.basename(f)))("%s equals its expected tables", async (name) => {
    const file = path.join(TABLE_FIXTURES, name);
    const want = expectedTables(file);
    expect(want).not.toBeNull();
    const got = comparable(await pdfTables(file));
    const diffs = differences(got, want as ScoredTable[]);
    expect(diffs, diffs.join("\n")).toEqual([]);
  });
});

describe("sample PDFs", () => {
  it.each(samples.map((f) => path.basename(f)))("%s equals its truth tables", async (name) => {
    const file = path.join(SAMPLES, name);
    const want = expectedTables(file) as ScoredTable[];
    const got = comparable(await pdfTables(file));
    const diffs = differences(got, want);
    expect(diffs, diffs.join("\n")).toEqual([]);
  });
});

describe("record fixtures: the PDF's tables are the DOCX's", () => {
  const pairs = pdfsIn(RECORD_FIXTURES).filter((f) => existsSync(f.replace(/\.pdf$/, ".docx")));
  it.each(pairs.map((f) => path.basename(f)))("%s", async (name) => {
    const pdf = path.join(RECORD_FIXTURES, name);
    // A DOCX cell's explicit "Kommunikations-" + break + "insats" reads as one word in print.
    const noPage = (t: ScoredTable[]) =>
      comparable(t).map((x) => ({
        ...x,
        page: null,
        cells: x.cells.map((c) => ({ ...c, text: c.text.replace(/(\p{L})- (\p{Ll})/gu, "$1$2") })),
      }));
    const want = noPage(await docxTables(pdf.replace(/\.pdf$/, ".docx")));
    const got = noPage(await pdfTables(pdf));
    const diffs = differences(got, want);
    expect(diffs, diffs.join("\n")).toEqual([]);
  });
});

describe("adjacency-relation score over all fixtures and samples", () => {
  it("is perfect, with every table found and nothing else", async () => {
    let correct = 0;
    let detected = 0;
    let expected = 0;
    let matched = 0;
    let found = 0;
    let wanted = 0;
    for (const file of [...fixtures, ...samples]) {
      const s = scoreDocument(await pdfTables(file), expectedTables(file) ?? []);
      correct += s.correct;
      detected += s.detected;
      expected += s.expected;
      matched += s.tablesMatched;
      found += s.tablesFound;
      wanted += s.tablesExpected;
    }
    expect(expected).toBeGreaterThan(500);
    expect(f1(correct, detected, expected)).toBe(1);
    expect({ matched, found }).toEqual({ matched: wanted, found: wanted });
  });
});
