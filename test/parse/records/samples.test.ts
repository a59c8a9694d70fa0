// buildRecords on the samples as extracted (DOCX and PDF), compared with their truth files.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../../../src/extract/docx.js";
import { extractPdf } from "../../../src/extract/pdf.js";
import { recordsFile } from "../../../src/model/records.js";
import { docxToContent } from "../../../src/parse/docx-content.js";
import { pdfToContent } from "../../../src/parse/pdf-content.js";
import { buildRecords } from "../../../src/parse/records/index.js";
import { diffAgainstTruth, loadTruth, SAMPLES } from "./helpers.js";

const DOCX = [
  "000_kommunikationsplan-2025.docx",
  "001_kommunikationsplan-serviceforvaltningen-2012.docx",
  "002_kommunikationsprogram-2017-2022.docx",
  "003_arbetsmiljorapport-2024.docx",
  "004_kommunikationspolicy-norrmalm.docx",
  "ksf-arbetsmiljorapport-2023.docx",
  "vof-kommunikationsplan-2024.docx",
];

const PDF = [
  "000_kommunikationsplan-2025.pdf",
  "000_kommunikationsplan-2025_chromium.pdf",
  "001_kommunikationsplan-serviceforvaltningen-2012.pdf",
  "002_kommunikationsprogram-2017-2022.pdf",
  "003_arbetsmiljorapport-2024.pdf",
  "003_arbetsmiljorapport-2024_chromium.pdf",
  "004_kommunikationspolicy-norrmalm.pdf",
  "ksf-arbetsmiljorapport-2023.pdf",
  "vof-kommunikationsplan-2024.pdf",
];

function schemaCheck(records: ReturnType<typeof buildRecords>): void {
  recordsFile.parse({
    schemaVersion: 1,
    generatedAt: "2025-01-01T00:00:00Z",
    documents: [records.document],
    activities: records.activities,
    risks: records.risks,
    statistics: records.statistics,
    findings: [],
    followUp: [],
  });
}

describe("buildRecords on extracted DOCX samples", () => {
  for (const file of DOCX) {
    it(file, async () => {
      const bytes = new Uint8Array(readFileSync(`${SAMPLES}${file}`));
      const doc = docxToContent(await extractDocx(bytes));
      const records = buildRecords(doc, { id: "a".repeat(64), file, format: "docx" });
      schemaCheck(records);
      const diffs = diffAgainstTruth(records, loadTruth(file));
      expect(diffs, diffs.join("\n")).toEqual([]);
    });
  }
});

describe("buildRecords on extracted PDF samples", () => {
  for (const file of PDF) {
    it(file, async () => {
      const bytes = new Uint8Array(readFileSync(`${SAMPLES}${file}`));
      const doc = pdfToContent(await extractPdf(bytes));
      const records = buildRecords(doc, { id: "b".repeat(64), file, format: "pdf" });
      schemaCheck(records);
      const diffs = diffAgainstTruth(records, loadTruth(file));
      expect(diffs, diffs.join("\n")).toEqual([]);
    });
  }
});
