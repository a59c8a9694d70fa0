// How the pool finds its worker (compiled JS under dist/, TypeScript through tsx's loader from
// source), and the one-run-per-output-folder lock.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireRunLock, LOCK_FILE, RunLockedError } from "../../src/pipeline/lock.js";
import { workerEntry } from "../../src/pipeline/pool.js";
import { runPipeline } from "../../src/pipeline/run.js";
import { type TempFolders, tempFolders } from "./helpers/folders.js";

describe("workerEntry", () => {
  it("runs the compiled worker directly from dist/", () => {
    expect(workerEntry("file:///opt/planpipe/dist/pipeline/pool.js")).toEqual({
      filename: "/opt/planpipe/dist/pipeline/worker.js",
      execArgv: undefined,
    });
  });

  it("gives a worker started from the TypeScript source tsx's loader", () => {
    const entry = workerEntry("file:///work/src/pipeline/pool.ts");
    expect(entry.filename).toBe("/work/src/pipeline/worker.ts");
    expect(entry.execArgv?.[0]).toBe("--import");
    expect(entry.execArgv?.[1]).toMatch(/^file:\/\/.*\/node_modules\/tsx\/dist\/loader\.mjs$/);
  });
});

describe("the run lock", () => {
  let t: TempFolders;
  beforeAll(() => {
    t = tempFolders("lock");
    mkdirSync(t.out);
    t.add("vof-kommunikationsplan-2024.docx", "plan.docx");
  });
  afterAll(() => t.remove());

  it("refuses a second run while the first holds the output folder", async () => {
    const lock = await acquireRunLock(t.out);
    const holder = JSON.parse(readFileSync(join(t.out, LOCK_FILE), "utf8"));
    expect(holder).toMatchObject({ pid: process.pid, host: hostname() });
    await expect(acquireRunLock(t.out)).rejects.toBeInstanceOf(RunLockedError);
    await expect(
      runPipeline({ inputFolder: t.input, outFolder: t.out, concurrency: 1 }),
    ).rejects.toThrow(/en annan körning .* använder redan utmappen/);
    await lock.release();
    expect(existsSync(join(t.out, LOCK_FILE))).toBe(false);
  });

  it("takes over a lock left by a process that no longer exists", async () => {
    const dead = spawn(process.execPath, ["-e", ""]);
    const pid = dead.pid ?? 0;
    await new Promise((r) => dead.on("exit", r));
    writeFileSync(
      join(t.out, LOCK_FILE),
      JSON.stringify({ pid, host: hostname(), startedAt: "2026-01-01T02:00:00.000Z" }),
    );
    writeFileSync(join(t.out, `.records.json.${pid}.a1b2c3.tmp`), "{ halvskriven");
    const summary = await runPipeline({ inputFolder: t.input, outFolder: t.out, concurrency: 1 });
    expect(summary.runLog.totals.files).toBe(1);
    expect(existsSync(join(t.out, LOCK_FILE))).toBe(false);
    expect(existsSync(join(t.out, `.records.json.${pid}.a1b2c3.tmp`))).toBe(false);
  }, 60_000);
});
