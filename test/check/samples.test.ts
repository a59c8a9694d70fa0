// The real pipeline on the sample documents: findings exactly the truth files' expectedFindings
// and follow-up exactly their followUp — no false alarms on clean documents.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordsFile } from "../../src/model/records.js";
import { runPipeline } from "../../src/pipeline/run.js";
import {
  type CheckTruth,
  findingDifferences,
  followUpDifferences,
  readTruths,
} from "./expectations.js";

const SAMPLES = join(import.meta.dirname, "../../fixtures/samples");

describe("checks on the sample documents", () => {
  let out: string;
  let records: RecordsFile;
  let truths: Map<string, CheckTruth>;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "planpipe-check-samples-"));
    records = (await runPipeline({ inputFolder: SAMPLES, outFolder: out, concurrency: 2 })).records;
    truths = readTruths(SAMPLES);
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("finds exactly the expected findings", () => {
    const differences = findingDifferences(records, truths);
    expect(differences, differences.join("\n")).toEqual([]);
  });

  it("follows up exactly as the truth says", () => {
    const differences = followUpDifferences(records, truths);
    expect(differences, differences.join("\n")).toEqual([]);
    expect(records.followUp).toHaveLength(3 * 14 + 3 * 7);
  });

  it("gives every finding a Swedish message, a severity and refs to existing records", () => {
    const ids = new Set([
      ...records.documents.map((d) => d.id),
      ...records.activities.map((a) => a.id),
      ...records.risks.flatMap((r) => [r.id, ...r.measures.map((m) => m.id)]),
      ...records.statistics.map((s) => s.id),
    ]);
    for (const f of records.findings) {
      expect(f.refs.length).toBeGreaterThan(0);
      for (const ref of f.refs) expect(ids.has(ref), ref).toBe(true);
      expect(f.message).toMatch(/[åäö]|Aktiviteten|Åtgärden/);
    }
  });
});
