// kill -9 at random moments: the outputs of the previous run stay whole (parseable JSON, a
// workbook that opens), and the next run succeeds and cleans up after the killed ones.
import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordsFile, runLogFile } from "../../src/model/records.js";
import { CACHE_DIR } from "../../src/pipeline/cache.js";
import { LOCK_FILE } from "../../src/pipeline/lock.js";
import { type TempFolders, tempFolders } from "./helpers/folders.js";
import { cliArgs } from "./helpers/run-cli.js";

const SAMPLE_FILES = [
  "000_kommunikationsplan-2025.pdf",
  "001_kommunikationsplan-serviceforvaltningen-2012.docx",
  "003_arbetsmiljorapport-2024.pdf",
  "004_kommunikationspolicy-norrmalm.docx",
  "ksf-arbetsmiljorapport-2023.pdf",
  "vof-kommunikationsplan-2024.docx",
];

function startRun(t: TempFolders): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    cliArgs("run", t.input, "--out", t.out, "--workers", "2", "--quiet"),
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const done = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, done };
}

/** Everything a reader of the outputs relies on, checked as strictly as a reader would. */
async function assertOutputsWhole(out: string): Promise<number> {
  const records = recordsFile.parse(JSON.parse(readFileSync(join(out, "records.json"), "utf8")));
  runLogFile.parse(JSON.parse(readFileSync(join(out, "run-log.json"), "utf8")));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(out, "oversikt.xlsx")) as unknown as ArrayBuffer);
  expect(wb.worksheets.length).toBeGreaterThan(3);
  return records.documents.length;
}

describe("a run killed with SIGKILL", () => {
  let t: TempFolders;
  const kills: { delayMs: number; exit: string }[] = [];
  beforeAll(async () => {
    t = tempFolders("crash");
    for (const f of SAMPLE_FILES) t.add(f);
    const first = startRun(t);
    expect(await first.done).toBe(0);
  }, 120_000);
  afterAll(() => t.remove());

  it("never loses the previous outputs, whenever it is killed", async () => {
    let documents = await assertOutputsWhole(t.out);
    for (let i = 0; i < 6; i++) {
      // New and changed files each time, so that every run has reading and writing to do.
      t.add(SAMPLE_FILES[i] ?? "", `ny-${i}/${SAMPLE_FILES[i]}`);
      appendFileSync(join(t.input, SAMPLE_FILES[(i + 2) % 6] ?? ""), `\n% ${i}\n`);
      const run = startRun(t);
      const delayMs = Math.round(300 + Math.random() * 4000);
      const killed = await Promise.race([
        new Promise<boolean>((resolve) =>
          setTimeout(() => resolve(run.child.kill("SIGKILL")), delayMs),
        ),
        run.done.then(() => false),
      ]);
      await run.done;
      kills.push({ delayMs, exit: killed ? "killed" : "finished" });
      const now = await assertOutputsWhole(t.out);
      // Either the old outputs or the new ones, each whole.
      expect([documents, SAMPLE_FILES.length + i + 1]).toContain(now);
      documents = now;
    }
  }, 180_000);

  it("leaves the next run to succeed, clean up and see every file", async () => {
    const run = startRun(t);
    expect(await run.done).toBe(0);
    expect(await assertOutputsWhole(t.out)).toBe(SAMPLE_FILES.length + 6);
    const leftovers = readdirSync(t.out).filter((n) => n.endsWith(".tmp") || n === LOCK_FILE);
    expect(leftovers).toEqual([]);
    const [key] = readdirSync(join(t.out, CACHE_DIR));
    const entries = readdirSync(join(t.out, CACHE_DIR, key ?? "", "entries"));
    expect(entries.filter((n) => !n.endsWith(".json"))).toEqual([]);
    expect(existsSync(join(t.out, CACHE_DIR, key ?? "", "index.json"))).toBe(true);
    // For the record: when the kills happened (ms after the start) and whether they landed.
    expect(kills).toHaveLength(6);
  }, 120_000);
});
