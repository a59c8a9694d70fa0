// The real pipeline on every sample document, compared field by field with its truth file.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordsFile } from "../../src/model/records.js";
import { runPipeline } from "../../src/pipeline/run.js";
import { compareWithTruth, readTruth } from "../helpers/truth.js";

const SAMPLES = join(import.meta.dirname, "../../fixtures/samples");
const files = readdirSync(SAMPLES).filter((f) => /\.(pdf|docx)$/.test(f));

describe("sample documents", () => {
  let out: string;
  let records: RecordsFile;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "planpipe-samples-"));
    records = (await runPipeline({ inputFolder: SAMPLES, outFolder: out, concurrency: 2 })).records;
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("reads every sample", () => {
    expect(records.documents.map((d) => d.file).sort()).toEqual([...files].sort());
    expect(records.documents.filter((d) => d.status === "failed")).toEqual([]);
  });

  it.each(files)("%s equals its truth", (file) => {
    const differences = compareWithTruth(
      records,
      file,
      readTruth(join(SAMPLES, `${file}.truth.json`)),
    );
    expect(differences, differences.join("\n")).toEqual([]);
  });
});
