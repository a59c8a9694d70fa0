// `planpipe watch`: a run at start, and one more after files have been added, changed or
// removed and have settled.
import { appendFileSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordsFile } from "../../src/model/records.js";
import type { RunSummary } from "../../src/pipeline/run.js";
import { type FolderWatcher, watchFolder } from "../../src/pipeline/watch.js";
import { type TempFolders, tempFolders } from "./helpers/folders.js";

describe("watchFolder", () => {
  let t: TempFolders;
  let watcher: FolderWatcher;
  const runs: { reason: string; changed: string[]; summary?: RunSummary }[] = [];
  let nextRun: () => Promise<RunSummary>;

  beforeAll(async () => {
    t = tempFolders("watch");
    t.add("vof-kommunikationsplan-2024.docx", "plan.docx");
    const waiting: ((s: RunSummary) => void)[] = [];
    nextRun = () => new Promise((resolve) => waiting.push(resolve));
    const first = nextRun();
    watcher = await watchFolder({
      inputFolder: t.input,
      outFolder: t.out,
      concurrency: 1,
      settleMs: 300,
      debounceMs: 200,
      onRunStart: (reason, changed) => runs.push({ reason, changed }),
      onRunDone: (summary) => {
        const last = runs.at(-1);
        if (last) last.summary = summary;
        waiting.shift()?.(summary);
      },
    });
    await first;
  }, 60_000);
  afterAll(async () => {
    await watcher.close();
    t.remove();
  });

  const files = () =>
    recordsFile
      .parse(JSON.parse(readFileSync(join(t.out, "records.json"), "utf8")))
      .documents.map((d) => d.file);

  it("runs once at start", () => {
    expect(runs.map((r) => r.reason)).toEqual(["start"]);
    expect(files()).toEqual(["plan.docx"]);
  });

  it("runs again once an added file has settled, reading only that file", async () => {
    const next = nextRun();
    t.add("003_arbetsmiljorapport-2024.pdf", "2024/rapport.pdf");
    const summary = await next;
    expect(runs.at(-1)).toMatchObject({ reason: "change", changed: ["2024/rapport.pdf"] });
    expect(files()).toEqual(["2024/rapport.pdf", "plan.docx"]);
    expect(summary.stats).toMatchObject({ cached: 1, read: 1 });
  }, 60_000);

  it("runs again after a change and after a removal; ignores lock and temp files", async () => {
    let next = nextRun();
    t.add("vof-kommunikationsplan-2024.docx", "~$plan.docx");
    appendFileSync(join(t.input, "2024/rapport.pdf"), "\n% ny version\n");
    await next;
    expect(runs.at(-1)?.changed).toEqual(["2024/rapport.pdf"]);
    next = nextRun();
    rmSync(join(t.input, "plan.docx"));
    await next;
    expect(runs.at(-1)?.changed).toEqual(["plan.docx"]);
    expect(files()).toEqual(["2024/rapport.pdf"]);
    await watcher.idle();
    expect(runs).toHaveLength(4);
  }, 60_000);
});
