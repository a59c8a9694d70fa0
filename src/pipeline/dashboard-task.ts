// A second task for the pool's threads (pool.ts): once every file is read they are idle, so one
// renders the dashboard while the main thread builds the workbook. A module of its own, given
// to piscina per task, so that a thread loads echarts (the heaviest module of the report layer)
// only when it renders, never just to read files.
import type { RecordsFile, RunLogFile } from "../model/records.js";
import { buildDashboard } from "../report/dashboard.js";
import type { Locale } from "../report/labels.js";

export interface DashboardTask {
  records: RecordsFile;
  runLog: RunLogFile;
  locale: Locale | undefined;
}

/** null: only load this module (echarts with it), so that the render that follows is quicker. */
export default function renderDashboard(task: DashboardTask | null): string {
  if (task === null) return "";
  return buildDashboard(task.records, task.runLog, { locale: task.locale });
}
