// The folder scan: recursive, lock/temp/hidden files skipped, stable order, the output folder
// left out; formats decided by bytes when the files are read.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scanDocuments, scanFolder } from "../../src/pipeline/scan.js";
import { sniffFormat } from "../../src/pipeline/sniff.js";
import { type TempFolders, tempFolders } from "./helpers/folders.js";

describe("scanFolder", () => {
  let t: TempFolders;
  beforeAll(() => {
    t = tempFolders("scan");
    t.add("000_kommunikationsplan-2025.pdf", "b.pdf");
    t.add("003_arbetsmiljorapport-2024.docx", "a.docx");
    t.add("003_arbetsmiljorapport-2024.docx", "2024/Q1/rapport.DOCX");
    t.add("000_kommunikationsplan-2025.pdf", "Ärenden/plan.pdf");
    t.add("000_kommunikationsplan-2025.pdf", "Z.pdf");
    // Not documents: Office lock file, hidden files and folders, temp and partial downloads.
    for (const name of [
      "~$a.docx",
      ".hidden.pdf",
      ".git/x.pdf",
      "b.pdf.tmp",
      "c.docx.crdownload",
      "d.pdf.part",
      "notes.txt",
      "bild.png",
      "out/records.pdf",
    ]) {
      mkdirSync(join(t.input, name, ".."), { recursive: true });
      writeFileSync(join(t.input, name), "x");
    }
  });
  afterAll(() => t.remove());

  it("finds documents in every subfolder, in code-point order, with forward slashes", async () => {
    expect(await scanFolder(t.input, { exclude: [join(t.input, "out")] })).toEqual([
      "2024/Q1/rapport.DOCX",
      "Z.pdf",
      "a.docx",
      "b.pdf",
      "Ärenden/plan.pdf",
    ]);
  });

  it("gives the same order on every run and descends into an output folder only if asked", async () => {
    const first = await scanFolder(t.input);
    expect(await scanFolder(t.input)).toEqual(first);
    expect(first).toContain("out/records.pdf");
  });

  it("records size, mtime and inode for the cache index", async () => {
    const [entry] = await scanDocuments(t.input);
    expect(entry?.size).toBeGreaterThan(1000);
    expect(entry?.ino).toBeGreaterThan(0);
    expect(entry?.mtimeMs).toBeGreaterThan(0);
  });
});

describe("sniffFormat", () => {
  it("recognises formats by their bytes", () => {
    expect(sniffFormat(new Uint8Array())).toBe("empty");
    expect(sniffFormat(Buffer.from("%PDF-1.7\n"))).toBe("pdf");
    expect(sniffFormat(Buffer.from("junk before %PDF-1.4"))).toBe("pdf");
    expect(sniffFormat(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBe("zip");
    expect(sniffFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe("ole");
    expect(sniffFormat(Buffer.from("Hej, det här är text."))).toBe("unknown");
  });
});
