// One thread that renders the dashboard while the main thread runs the checks and builds the
// workbook. It starts with the first file read (or when the outputs are known to change) and
// loads its code meanwhile (echarts is the heaviest module of the report layer). It is not one
// of the reading threads: those are closed once every file is read, so their heaps are gone
// before the workbook, the largest thing a run holds in memory, is built.
import { Piscina } from "piscina";
import type { DashboardTask } from "./dashboard-task.js";
import { taskEntry } from "./pool.js";

export class DashboardThread {
  private readonly piscina: Piscina;
  private closed = false;

  constructor(self: string = import.meta.url) {
    const entry = taskEntry(
      "dashboard-task",
      self.replace(/dashboard-thread\.(js|ts)$/, "pool.$1"),
    );
    this.piscina = new Piscina({
      filename: entry.filename,
      execArgv: entry.execArgv,
      minThreads: 1,
      maxThreads: 1,
    });
    // A null task only loads the module: the render that follows finds it loaded.
    this.piscina.run(null).catch(() => undefined);
  }

  /** The dashboard HTML. Throws if the thread fails; render it in process then. */
  async render(task: DashboardTask): Promise<string> {
    return (await this.piscina.run(task)) as string;
  }

  /** Stops the thread; safe to call again. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.piscina.destroy();
  }
}
