// The real extraction (processFile: bytes → content → records) on the record fixtures: plans
// and reports of other administrations, with other headers, column orders, date forms and
// table layouts than the samples (scripts/make-record-fixtures.ts). Every difference from the
// hand-written truth is printed.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { recordsFile } from "../../../src/model/records.js";
import { processFile } from "../../../src/pipeline/process-file.js";
import { diffAgainstTruth, loadTruth, RECORD_FIXTURES } from "./helpers.js";

const files = readdirSync(RECORD_FIXTURES)
  .filter((f) => /\.(pdf|docx)$/.test(f))
  .sort();

describe("record fixtures of other administrations", () => {
  it("has docx and pdf fixtures", () => {
    expect(files.filter((f) => f.endsWith(".docx")).length).toBeGreaterThanOrEqual(6);
    expect(files.filter((f) => f.endsWith(".pdf")).length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)("%s equals its truth", async (file) => {
    const { records } = await processFile(RECORD_FIXTURES, file);
    expect(records.document.status, JSON.stringify(records.document.problems)).not.toBe("failed");
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
    const truth = loadTruth(file, RECORD_FIXTURES);
    expect(records.document.pageCount).toBe(truth.documents[0]?.pageCount ?? null);
    const diffs = diffAgainstTruth(records, truth);
    expect(diffs, diffs.join("\n")).toEqual([]);
  });
});

describe("an airy unruled risk table, from LibreOffice and from Chromium", () => {
  const TABLES = fileURLToPath(new URL("../../../fixtures/tables/", import.meta.url));
  it.each(["unruled-airy-risks.lo.pdf", "unruled-airy-risks.chromium.pdf"])(
    "%s: each measure with its status, date and desired effect",
    async (file) => {
      const { records } = await processFile(TABLES, file);
      const measures = records.risks.flatMap((r) =>
        r.measures.map((m) => [r.risk, m.measure, m.status, m.endDate, m.desiredEffect]),
      );
      expect(measures).toEqual([
        [
          "Hög arbetsbelastning hos handläggare under omorganisationen",
          "Införa ärendetak per handläggare",
          "Genomförd",
          "2025-06-30",
          "Jämnare arbetsbelastning och färre sjukskrivningar bland handläggarna under hösten",
        ],
        [
          "Hög arbetsbelastning hos handläggare under omorganisationen",
          "Rekrytera två extra handläggare",
          "Delvis genomförd",
          "2025-09-30",
          "Fler medarbetare delar på ärendena",
        ],
        [
          "Hot och våld i mötet med invånare",
          "Utbildning i bemötande",
          "Klar",
          "2025-11-30",
          "Ökad trygghet i mötet med invånare och färre tillbud",
        ],
      ]);
    },
  );
});
