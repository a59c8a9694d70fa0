// The follow-up thresholds must separate the true pairs of every year pair with truth from all
// wrong pairs; the figures are those of docs/checks.md.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ACTIVITY_THRESHOLD,
  evaluatedItems,
  MEASURE_THRESHOLD,
} from "../../src/check/follow-up.js";
import { followUpSimilarity, tokenWeights } from "../../src/check/similarity.js";
import type { FileRecords } from "../../src/model/records.js";
import { processFile } from "../../src/pipeline/process-file.js";
import type { CheckTruth } from "./expectations.js";

const FOLDERS = ["samples", "followup"].map((f) => join(import.meta.dirname, "../../fixtures", f));

interface Scores {
  truePairs: number[];
  wrongPairs: number[];
}

async function measure(): Promise<Record<"measure" | "activity", Scores>> {
  const out = {
    measure: { truePairs: [], wrongPairs: [] },
    activity: { truePairs: [], wrongPairs: [] },
  } as Record<"measure" | "activity", Scores>;
  for (const folder of FOLDERS) {
    // Word files only: the PDFs of a pair give the same texts.
    const truths = readdirSync(folder).filter((f) => f.endsWith(".docx.truth.json"));
    for (const t of truths) {
      const truth = JSON.parse(readFileSync(join(folder, t), "utf8")) as CheckTruth;
      if (!truth.followUp?.length) continue;
      const read = async (file: string): Promise<FileRecords> =>
        (await processFile(folder, file)).records;
      const to = await read(t.replace(/\.truth\.json$/, ""));
      const from = await read(truth.followUp[0]!.fromFile);
      for (const kind of ["measure", "activity"] as const) {
        const expected = new Map(
          truth.followUp.filter((f) => f.kind === kind).map((f) => [f.fromText, f.toText]),
        );
        if (expected.size === 0) continue;
        const fromTexts =
          kind === "measure"
            ? from.risks
                .filter((r) => r.section === "reported")
                .flatMap((r) => r.measures.map((m) => m.measure))
            : [...new Set(from.activities.map((a) => a.activity))];
        const toTexts =
          kind === "measure"
            ? evaluatedItems(to.risks).map((i) => i.text)
            : [...new Set(to.activities.map((a) => a.activity))];
        const weight = tokenWeights(fromTexts, toTexts);
        for (const a of fromTexts)
          for (const b of toTexts) {
            const score = followUpSimilarity(a, b, weight);
            (expected.get(a) === b ? out[kind].truePairs : out[kind].wrongPairs).push(score);
          }
      }
    }
  }
  return out;
}

describe("follow-up thresholds", () => {
  let scores: Record<"measure" | "activity", Scores>;
  beforeAll(async () => {
    scores = await measure();
  }, 120_000);

  it("separate true measure pairs from wrong ones", () => {
    const { truePairs, wrongPairs } = scores.measure;
    expect([truePairs.length, wrongPairs.length]).toEqual([17, 110]);
    expect(Math.min(...truePairs)).toBeGreaterThanOrEqual(MEASURE_THRESHOLD);
    expect(Math.max(...wrongPairs)).toBeLessThan(MEASURE_THRESHOLD);
  });

  it("separate true activity pairs from wrong ones", () => {
    const { truePairs, wrongPairs } = scores.activity;
    expect([truePairs.length, wrongPairs.length]).toEqual([10, 292]);
    expect(Math.min(...truePairs)).toBeGreaterThanOrEqual(ACTIVITY_THRESHOLD);
    expect(Math.max(...wrongPairs)).toBeLessThan(ACTIVITY_THRESHOLD);
  });
});
