// The real pipeline on the check fixtures (scripts/make-followup-fixtures.ts): every planted
// error found, nothing else, in Word and PDF; and the year pairs followed up as their truth says.
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

const FIXTURES = join(import.meta.dirname, "../../fixtures");

describe.each(["checks", "followup"])("fixtures/%s", (folder) => {
  let out: string;
  let records: RecordsFile;
  let truths: Map<string, CheckTruth>;
  beforeAll(async () => {
    const input = join(FIXTURES, folder);
    out = mkdtempSync(join(tmpdir(), `planpipe-check-${folder}-`));
    records = (await runPipeline({ inputFolder: input, outFolder: out, concurrency: 2 })).records;
    truths = readTruths(input);
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("finds every planted error and nothing else", () => {
    const differences = findingDifferences(records, truths);
    expect(differences, differences.join("\n")).toEqual([]);
  });

  it("follows up every year pair with the right outcome", () => {
    const differences = followUpDifferences(records, truths);
    expect(differences, differences.join("\n")).toEqual([]);
  });
});
