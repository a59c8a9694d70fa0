// Once every file is read, a thread of its own renders the dashboard while the main thread
// builds the workbook. What comes back must be what the main thread would have rendered
// (records cross the thread boundary by structured clone).
import { afterAll, describe, expect, it } from "vitest";
import { DashboardThread } from "../../src/pipeline/dashboard-thread.js";
import { buildDashboard } from "../../src/report/dashboard.js";
import { sampleRecords, sampleRunLog } from "../report/sample-records.js";

describe("DashboardThread", () => {
  const thread = new DashboardThread(); // loads its code at once
  afterAll(() => thread.close());

  it("renders in a thread exactly what buildDashboard renders in process", async () => {
    const records = sampleRecords();
    const runLog = sampleRunLog();
    const inThread = await thread.render({ records, runLog, locale: "en" });
    expect(inThread).toContain("<svg");
    expect(inThread).toBe(buildDashboard(records, runLog, { locale: "en" }));
  });
});
