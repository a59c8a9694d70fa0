// The pool's threads do more than read files: once every file is read, one renders the
// dashboard while the main thread builds the workbook. What comes back must be what the main
// thread would have rendered (records cross the thread boundary by structured clone).
import { afterAll, describe, expect, it } from "vitest";
import { AnalysisPool } from "../../src/pipeline/pool.js";
import { buildDashboard } from "../../src/report/dashboard.js";
import { sampleRecords, sampleRunLog } from "../report/sample-records.js";

describe("AnalysisPool.renderDashboard", () => {
  const pool = new AnalysisPool({ workers: 1, timeoutMs: 60_000, maxMemoryMb: 512 });
  afterAll(() => pool.close());

  it("renders in a thread exactly what buildDashboard renders in process", async () => {
    const records = sampleRecords();
    const runLog = sampleRunLog();
    pool.warmDashboard(); // loads the module only; the render below must not notice
    const inThread = await pool.renderDashboard({ records, runLog, locale: "en" });
    expect(inThread).toContain("<svg");
    expect(inThread).toBe(buildDashboard(records, runLog, { locale: "en" }));
  });
});
