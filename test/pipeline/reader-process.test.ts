// The pool's side of a reading process: what the file's problem is when the process dies, and
// that a dead process takes nothing else with it.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  isOutOfMemory,
  peakRssWithReadersKb,
  ReaderProcess,
} from "../../src/pipeline/reader-process.js";

const SCRIPT = fileURLToPath(new URL("./helpers/scripted-reader.mjs", import.meta.url));

function reader(timeoutMs = 60_000) {
  return new ReaderProcess({
    filename: SCRIPT,
    execArgv: ["--max-old-space-size=32"],
    timeoutMs,
    maxMemoryMb: 32,
  });
}

const task = (id: string) => ({ bytes: new Uint8Array([1, 2, 3]), id, limits: {} });

describe("a reading process", () => {
  it("sends the file's bytes as bytes and gives back the analysis, file after file", async () => {
    const r = reader();
    expect(await r.read(task("a"))).toEqual({ analysis: { format: "pdf", bytes: 3 } });
    // This process's peak and the reader's, which reported its own.
    expect(peakRssWithReadersKb()).toBeGreaterThan(process.resourceUsage().maxRSS + 10_000);
    expect(await r.read(task("b"))).toEqual({ analysis: { format: "pdf", bytes: 3 } });
    expect(r.alive).toBe(true);
    await r.stop();
    expect(r.alive).toBe(false);
  });

  it("that reaches its heap limit is the file's out-of-memory problem, alone", async () => {
    const r = reader();
    const outcome = await r.read(task("out-of-memory"));
    expect(outcome).toEqual({
      problem: {
        code: "out-of-memory",
        message: "Filen krävde mer minne än gränsen per fil och avbröts. (32 MB)",
      },
    });
    expect(r.alive).toBe(false);
  }, 60_000);

  it("that is still busy at the time limit is killed: the file's timeout", async () => {
    const r = reader(500);
    const outcome = await r.read(task("hang"));
    expect(outcome).toEqual({
      problem: {
        code: "timeout",
        message: "Filen tog längre tid att läsa än gränsen per fil och avbröts. (0.5 s)",
      },
    });
    expect(r.alive).toBe(false);
  });

  it("that exits on its own is a parse error saying how it ended", async () => {
    const r = reader();
    const outcome = await r.read(task("exit"));
    expect(outcome).toEqual({
      problem: {
        code: "parse-error",
        message:
          "Ett oväntat fel uppstod när dokumentet tolkades. (reader process exited with code 7)",
      },
    });
  });
});

describe("isOutOfMemory", () => {
  it("reads V8's words on stderr, else takes an abort for it", () => {
    const v8 = "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory";
    expect(isOutOfMemory(null, "SIGABRT", v8)).toBe(true);
    expect(isOutOfMemory(134, null, "")).toBe(true);
    expect(isOutOfMemory(null, "SIGSEGV", "")).toBe(false);
    expect(isOutOfMemory(1, null, "Error: something else")).toBe(false);
  });
});
