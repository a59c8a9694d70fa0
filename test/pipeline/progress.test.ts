// Progress output: JSON lines when nobody is looking (cron), a bar on a terminal, nothing
// with --quiet.
import { spawn } from "node:child_process";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReporter, progressMode } from "../../src/pipeline/progress.js";
import { runPipeline } from "../../src/pipeline/run.js";
import { type TempFolders, tempFolders } from "./helpers/folders.js";
import { cliArgs } from "./helpers/run-cli.js";

class Capture extends Writable {
  text = "";
  isTTY = false;
  columns = 100;
  override _write(chunk: Buffer, _enc: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

function runCli(
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, cliArgs(...args), { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

describe("progress output", () => {
  let t: TempFolders;
  beforeAll(() => {
    t = tempFolders("progress");
    t.add("vof-kommunikationsplan-2024.pdf", "plan.pdf");
    t.add("003_arbetsmiljorapport-2024.docx", "rapport.docx");
    t.add("vof-kommunikationsplan-2024.pdf", "kopia.pdf");
  });
  afterAll(() => t.remove());

  it("chooses a bar only for a terminal", () => {
    expect(progressMode(false, { isTTY: true })).toBe("bar");
    expect(progressMode(false, { isTTY: false })).toBe("json");
    expect(progressMode(false, {})).toBe("json");
    expect(progressMode(true, { isTTY: true })).toBe("quiet");
  });

  it("writes one JSON line per file and a summary line when not on a terminal", async () => {
    const { code, stdout, stderr } = await runCli("run", t.input, "--out", t.out, "--workers", "1");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.event)).toEqual(["file", "file", "file", "summary"]);
    const files = lines.slice(0, 3).sort((a, b) => (a.file < b.file ? -1 : 1));
    expect(files.map((f) => [f.file, f.status, f.format, f.pages, f.cached])).toEqual([
      ["kopia.pdf", "ok", "pdf", 2, false],
      ["plan.pdf", "ok", "pdf", 2, false],
      ["rapport.docx", "ok", "docx", null, false],
    ]);
    expect(lines.map((l) => l.done).slice(0, 3)).toEqual([1, 2, 3]);
    expect(lines[3]).toMatchObject({ files: 3, ok: 3, failed: 0, cached: 0, read: 3, pages: 4 });
    expect(lines[3].peakRssMb).toBeGreaterThan(0);
    expect(lines[3].outputs.records).toMatch(/records\.json$/);
  });

  it("says which files came from the cache, with --verbose details", async () => {
    const { stdout } = await runCli("run", t.input, "--out", t.out, "--verbose");
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ event: "start", files: 3 });
    const plan = lines.find((l) => l.file === "plan.pdf");
    expect(plan).toMatchObject({ cached: true, type: "kommunikationsplan", problems: [] });
    expect(plan.activities).toBeGreaterThan(5);
    expect(lines.at(-1)).toMatchObject({ event: "summary", cached: 3, read: 0 });
  });

  it("prints nothing with --quiet", async () => {
    const { code, stdout, stderr } = await runCli("run", t.input, "--out", t.out, "--quiet");
    expect([code, stdout, stderr]).toEqual([0, "", ""]);
  });

  it("draws a bar with files, pages and time left on a terminal, then a summary", async () => {
    const err = new Capture();
    err.isTTY = true;
    const reporter = await createReporter({ mode: "bar", verbose: false, stderr: err });
    const summary = await runPipeline({
      inputFolder: t.input,
      outFolder: t.out,
      concurrency: 1,
      onStart: (n) => reporter.start(n),
      onFile: (...a) => reporter.file(...a),
    });
    reporter.finish(summary);
    expect(err.text).toMatch(/3\/3 filer \| 4 sidor \| 3 oförändrade \| \S+ \| kvar \S+/);
    expect(err.text).toMatch(
      /Klart: 3 filer \(3 ok, 0 med varningar, 0 misslyckade; 3 oförändrade, 0 lästa\), 4 sidor/,
    );
  });

  it("exits 1 with a message for bad arguments and unusable folders", async () => {
    const missing = await runCli("run", `${t.input}/finns-inte`, "--out", t.out);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/ingen mapp/);
    const lang = await runCli("run", t.input, "--out", t.out, "--lang", "fi");
    expect(lang.code).toBe(1);
    expect(lang.stderr).toMatch(/okänt språk/);
    const workers = await runCli("run", t.input, "--out", t.out, "--workers", "0");
    expect(workers.code).toBe(1);
  });
});
