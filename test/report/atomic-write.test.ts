import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/report/atomic-write.js";

describe("writeFileAtomic", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "planpipe-atomic-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("creates the file, then replaces it whole, leaving no temp files", async () => {
    const target = join(dir, "records.json");
    await writeFileAtomic(target, "x".repeat(10_000));
    await writeFileAtomic(target, "kort\n");
    expect(await readFile(target, "utf8")).toBe("kort\n");
    await writeFileAtomic(target, new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
    expect([...(await readFile(target))]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(await readdir(dir)).toEqual(["records.json"]);
  });

  it("writes strings as UTF-8", async () => {
    const target = join(dir, "å.json");
    await writeFileAtomic(target, "Arbetsmiljörapport");
    expect(await readFile(target, "utf8")).toBe("Arbetsmiljörapport");
  });

  it("keeps the permissions of the file it replaces", async () => {
    const target = join(dir, "run-log.json");
    await writeFile(target, "old");
    await chmod(target, 0o640);
    await writeFileAtomic(target, "new");
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  it("rejects when the directory does not exist, creating nothing", async () => {
    await expect(writeFileAtomic(join(dir, "missing", "x.json"), "data")).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it("leaves the old file untouched and removes the temp file when writing fails", async () => {
    const target = join(dir, "oversikt.xlsx");
    await writeFile(target, "old content");
    // Not a string or bytes: fails after the temp file was created, before the rename.
    await expect(writeFileAtomic(target, 42 as unknown as string)).rejects.toThrow();
    expect(await readFile(target, "utf8")).toBe("old content");
    expect(await readdir(dir)).toEqual(["oversikt.xlsx"]);
  });

  it("leaves a directory in the way untouched when the rename fails", async () => {
    const target = join(dir, "out");
    await mkdir(target);
    await writeFile(join(target, "keep.txt"), "keep");
    await expect(writeFileAtomic(target, "data")).rejects.toThrow();
    expect(await readFile(join(target, "keep.txt"), "utf8")).toBe("keep");
    expect(await readdir(dir)).toEqual(["out"]);
  });

  it("ends with one writer's content whole when writers race", async () => {
    const target = join(dir, "records.json");
    const contents = Array.from({ length: 8 }, (_, i) => String(i).repeat(50_000 + i));
    await Promise.all(contents.map((c) => writeFileAtomic(target, c)));
    expect(contents).toContain(await readFile(target, "utf8"));
    expect(await readdir(dir)).toEqual(["records.json"]);
  });
});
