// The run cache: unchanged files are not read again, renamed and moved files are recognised
// by their bytes, removed files disappear, a new version or a damaged entry means reading again.
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RecordsFile, recordsFile, runLogFile } from "../../src/model/records.js";
import { CACHE_DIR } from "../../src/pipeline/cache.js";
import { type RunOptions, type RunSummary, runPipeline } from "../../src/pipeline/run.js";
import { type TempFolders, tempFolders } from "./helpers/folders.js";

interface Observed {
  summary: RunSummary;
  cached: Record<string, boolean>;
  workbookMtime: number;
}

async function run(t: TempFolders, extra: Partial<RunOptions> = {}): Promise<Observed> {
  const cached: Record<string, boolean> = {};
  const summary = await runPipeline({
    inputFolder: t.input,
    outFolder: t.out,
    concurrency: 2,
    onFile: (file, result) => {
      cached[file] = result.cached;
    },
    ...extra,
  });
  return { summary, cached, workbookMtime: statSync(summary.outputs.workbook).mtimeMs };
}

const withoutTime = (r: RecordsFile) => ({ ...r, generatedAt: "" });
const readRecords = (t: TempFolders) =>
  recordsFile.parse(JSON.parse(readFileSync(join(t.out, "records.json"), "utf8")));
const keyFolders = (t: TempFolders) => readdirSync(join(t.out, CACHE_DIR));
const entryIds = (t: TempFolders) => {
  const [key] = keyFolders(t);
  return readdirSync(join(t.out, CACHE_DIR, key ?? "", "entries")).sort();
};

describe("the run cache", () => {
  let t: TempFolders;
  let cold: Observed;
  let warm: Observed;
  beforeAll(async () => {
    t = tempFolders("cache");
    t.add("003_arbetsmiljorapport-2024.docx", "rapport.docx");
    t.add("vof-kommunikationsplan-2024.pdf", "planer/vof.pdf");
    t.add("000_kommunikationsplan-2025.pdf", "plan-2025.pdf");
    writeFileSync(join(t.input, "trasig.pdf"), "%PDF-1.4\nbara början");
    cold = await run(t);
    warm = await run(t);
  }, 120_000);
  afterAll(() => t.remove());

  it("reads every file on the first run and none on the second", () => {
    expect(cold.cached).toEqual({
      "plan-2025.pdf": false,
      "planer/vof.pdf": false,
      "rapport.docx": false,
      "trasig.pdf": false,
    });
    expect(warm.cached).toEqual({
      "plan-2025.pdf": true,
      "planer/vof.pdf": true,
      "rapport.docx": true,
      "trasig.pdf": true,
    });
    expect(warm.summary.stats).toMatchObject({ cached: 4, read: 0 });
  });

  it("leaves the outputs alone when nothing has changed, and writes only the run log", () => {
    expect(cold.summary.stats.upToDate).toBe(false);
    expect(warm.summary.stats.upToDate).toBe(true);
    expect(warm.summary.records.generatedAt).toBe(cold.summary.records.generatedAt);
    expect(warm.workbookMtime).toBe(cold.workbookMtime);
    const log = runLogFile.parse(JSON.parse(readFileSync(join(t.out, "run-log.json"), "utf8")));
    expect(log.startedAt).toBe(warm.summary.runLog.startedAt);
    expect(log.startedAt > cold.summary.runLog.startedAt).toBe(true);
    expect(log.totals).toEqual({
      ...cold.summary.runLog.totals,
      durationMs: warm.summary.runLog.totals.durationMs,
    });
  });

  it("writes the outputs again when one of them was removed or another language is asked for", async () => {
    rmSync(join(t.out, "oversikt.xlsx"));
    const again = await run(t);
    expect(again.summary.stats).toMatchObject({ upToDate: false, read: 0 });
    expect(existsSync(join(t.out, "oversikt.xlsx"))).toBe(true);
    expect((await run(t)).summary.stats.upToDate).toBe(true);
    const english = await run(t, { locale: "en" });
    expect(english.summary.stats).toMatchObject({ upToDate: false, read: 0 });
    const unreadable = english.summary.records.findings.find(
      (f) => f.rule === "document-unreadable",
    );
    expect(unreadable?.message).toMatch(/^trasig\.pdf could not be read/);
    expect((await run(t)).summary.stats.upToDate).toBe(false);
  });

  it("gives the same records from the cache as from reading", async () => {
    rmSync(join(t.out, "records.json"));
    const rebuilt = await run(t);
    expect(rebuilt.summary.stats).toMatchObject({ upToDate: false, read: 0, cached: 4 });
    expect(withoutTime(rebuilt.summary.records)).toEqual(withoutTime(cold.summary.records));
    expect(rebuilt.summary.records.activities.length).toBeGreaterThan(10);
    expect(rebuilt.summary.runLog.files.map((f) => f.problems)).toEqual(
      cold.summary.runLog.files.map((f) => f.problems),
    );
  });

  it("keeps one whole JSON entry per document, with no temp files", () => {
    const ids = cold.summary.records.documents.map((d) => `${d.id}.json`).sort();
    expect(entryIds(t)).toEqual(ids);
    const [key] = keyFolders(t);
    for (const name of entryIds(t)) {
      const entry = JSON.parse(
        readFileSync(join(t.out, CACHE_DIR, key ?? "", "entries", name), "utf8"),
      );
      expect(entry.analysis.records.document.id).toBe(name.replace(".json", ""));
    }
  });

  it("recognises a renamed and moved file by its bytes", async () => {
    const before = readRecords(t).documents.find((d) => d.file === "planer/vof.pdf");
    mkdirSync(join(t.input, "arkiv/2024"), { recursive: true });
    renameSync(join(t.input, "planer/vof.pdf"), join(t.input, "arkiv/2024/VOF plan.pdf"));
    const moved = await run(t);
    expect(moved.cached["arkiv/2024/VOF plan.pdf"]).toBe(true);
    const after = readRecords(t).documents.find((d) => d.file === "arkiv/2024/VOF plan.pdf");
    expect(after).toEqual({ ...before, file: "arkiv/2024/VOF plan.pdf" });
    expect(readRecords(t).documents.map((d) => d.file)).not.toContain("planer/vof.pdf");
  });

  it("reads a changed file again and drops the old version's entry", async () => {
    const oldId = readRecords(t).documents.find((d) => d.file === "plan-2025.pdf")?.id;
    appendFileSync(join(t.input, "plan-2025.pdf"), "\n% ändrad\n");
    const changed = await run(t);
    expect(changed.cached).toMatchObject({ "plan-2025.pdf": false, "rapport.docx": true });
    const newId = readRecords(t).documents.find((d) => d.file === "plan-2025.pdf")?.id;
    expect(newId).not.toBe(oldId);
    expect(entryIds(t)).toContain(`${newId}.json`);
    expect(entryIds(t)).not.toContain(`${oldId}.json`);
    expect(changed.summary.stats.evicted).toBe(1);
  });

  it("removes a deleted file from every output and from the cache", async () => {
    const id = readRecords(t).documents.find((d) => d.file === "rapport.docx")?.id;
    rmSync(join(t.input, "rapport.docx"));
    const after = await run(t);
    const records = readRecords(t);
    expect(records.documents.map((d) => d.file)).toEqual([
      "arkiv/2024/VOF plan.pdf",
      "plan-2025.pdf",
      "trasig.pdf",
    ]);
    expect(records.risks.filter((r) => r.documentId === id)).toEqual([]);
    expect(after.summary.runLog.files.map((f) => f.file)).not.toContain("rapport.docx");
    expect(entryIds(t)).not.toContain(`${id}.json`);
  });

  it("reads a file again when its cache entry is damaged", async () => {
    const id = readRecords(t).documents.find((d) => d.file === "trasig.pdf")?.id;
    const [key] = keyFolders(t);
    writeFileSync(join(t.out, CACHE_DIR, key ?? "", "entries", `${id}.json`), '{"schema":1,"ke');
    const again = await run(t);
    expect(again.cached["trasig.pdf"]).toBe(false);
    expect(readRecords(t).documents.find((d) => d.file === "trasig.pdf")?.problems[0]?.code).toBe(
      "corrupt",
    );
  });

  it("reads everything again for a new planpipe version and removes the old cache", async () => {
    const [oldKey] = keyFolders(t);
    const next = await run(t, { version: "99.0.0" });
    expect(Object.values(next.cached)).toEqual([false, false, false]);
    expect(keyFolders(t)).toHaveLength(1);
    expect(keyFolders(t)).not.toContain(oldKey);
    expect(existsSync(join(t.out, CACHE_DIR, keyFolders(t)[0] ?? "", "index.json"))).toBe(true);
  });

  it("reads everything again with cache: false, and rebuilds the entries", async () => {
    const fresh = await run(t, { version: "99.0.0", cache: false });
    expect(Object.values(fresh.cached)).toEqual([false, false, false]);
    const after = await run(t, { version: "99.0.0" });
    expect(Object.values(after.cached)).toEqual([true, true, true]);
  });
});
