// The task module of the dashboard thread (dashboard-thread.ts): records in, dashboard HTML out.
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
