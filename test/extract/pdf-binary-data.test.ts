import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CachedBinaryDataFactory } from "../../src/extract/pdf-binary-data.js";

describe("CachedBinaryDataFactory", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "planpipe-bdf-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads a file once per thread and hands out copies", async () => {
    await writeFile(path.join(dir, "Font.pfb"), Uint8Array.from([1, 2, 3]));
    const a = new CachedBinaryDataFactory({ standardFontDataUrl: `${dir}/` });
    const first = await a.fetch({ kind: "standardFontDataUrl", filename: "Font.pfb" });
    expect([...first]).toEqual([1, 2, 3]);
    // Changed on disk: a later document (another factory, as pdf.js makes one per document)
    // still gets the bytes read first.
    await writeFile(path.join(dir, "Font.pfb"), Uint8Array.from([9]));
    const b = new CachedBinaryDataFactory({ standardFontDataUrl: `${dir}/` });
    const second = await b.fetch({ kind: "standardFontDataUrl", filename: "Font.pfb" });
    expect([...second]).toEqual([1, 2, 3]);
    expect(second).not.toBe(first);
    first.fill(0); // what pdf.js does with its copy does not reach the kept bytes
    const third = await b.fetch({ kind: "standardFontDataUrl", filename: "Font.pfb" });
    expect([...third]).toEqual([1, 2, 3]);
  });

  it("does not keep a failed read", async () => {
    const f = new CachedBinaryDataFactory({ cMapUrl: `${dir}/` });
    await expect(f.fetch({ kind: "cMapUrl", filename: "Late.bcmap" })).rejects.toThrow();
    await writeFile(path.join(dir, "Late.bcmap"), Uint8Array.from([7]));
    expect([...(await f.fetch({ kind: "cMapUrl", filename: "Late.bcmap" }))]).toEqual([7]);
  });

  it("refuses a kind it was given no folder for", async () => {
    const f = new CachedBinaryDataFactory({ cMapUrl: `${dir}/` });
    await expect(f.fetch({ kind: "wasmUrl", filename: "x.wasm" })).rejects.toThrow(/wasmUrl/);
  });
});
