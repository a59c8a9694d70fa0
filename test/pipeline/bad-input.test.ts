// Every kind of bad input a drop folder collects, in one run among a good document: each
// ends as a per-file problem (and, where nothing could be read, a document-unreadable or
// document-no-text finding), and the run completes with exit code 0.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refuseZipBomb } from "../../src/extract/docx-zip.js";
import { ExtractError } from "../../src/extract/errors.js";
import { type RecordsFile, recordsFile, runLogFile } from "../../src/model/records.js";
import { main } from "../../src/pipeline/cli.js";
import { runPipeline } from "../../src/pipeline/run.js";
import { BAD, type TempFolders, tempFolders } from "./helpers/folders.js";

/** file → [status, first problem code, finding rule] */
const EXPECTED: Record<string, [string, string | null, string | null]> = {
  "docx-empty.docx": ["failed", "empty", "document-unreadable"],
  "docx-encrypted.docx": ["failed", "encrypted", "document-unreadable"],
  "docx-excel.docx": ["failed", "unsupported", "document-unreadable"],
  "docx-named.pdf": ["warning", "wrong-extension", null],
  "docx-no-document.docx": ["failed", "unsupported", "document-unreadable"],
  "docx-random.docx": ["failed", "unsupported", "document-unreadable"],
  "docx-text-renamed.docx": ["failed", "unsupported", "document-unreadable"],
  "docx-truncated.docx": ["failed", "corrupt", "document-unreadable"],
  "docx-zip-bomb-overlap.docx": ["failed", "too-large", "document-unreadable"],
  "docx-zip-bomb.docx": ["failed", "too-large", "document-unreadable"],
  "pdf-empty.pdf": ["failed", "empty", "document-unreadable"],
  "pdf-encrypted.pdf": ["failed", "encrypted", "document-unreadable"],
  "pdf-named.docx": ["warning", "wrong-extension", null],
  "pdf-random.pdf": ["failed", "corrupt", "document-unreadable"],
  "pdf-scanned.pdf": ["warning", "no-text", "document-no-text"],
  "pdf-truncated.pdf": ["failed", "corrupt", "document-unreadable"],
};

describe("a drop folder of bad inputs", () => {
  let t: TempFolders;
  let exitCode: number;
  let records: RecordsFile;
  beforeAll(async () => {
    t = tempFolders("bad");
    // The bomb and the 300-page report have their own tests below, with tighter limits.
    for (const name of readdirSync(BAD))
      if (name !== "pdf-bomb.pdf" && name !== "pdf-300-pages.pdf") t.add(name, name, BAD);
    t.add("003_arbetsmiljorapport-2024.pdf", "god/rapport.pdf");
    exitCode = await main(["node", "planpipe", "run", t.input, "--out", t.out, "--quiet"]);
    records = recordsFile.parse(JSON.parse(readFileSync(join(t.out, "records.json"), "utf8")));
  }, 120_000);
  afterAll(() => t.remove());

  it("completes with exit code 0", () => {
    expect(exitCode).toBe(0);
    expect(records.documents).toHaveLength(Object.keys(EXPECTED).length + 1);
  });

  it.each(Object.entries(EXPECTED))("%s: %j", (file, [status, code, rule]) => {
    const doc = records.documents.find((d) => d.file === file);
    expect(doc?.status).toBe(status);
    expect(doc?.problems[0]?.code ?? null).toBe(code);
    const rules = records.findings
      .filter((f) => f.documentId === doc?.id && f.rule.startsWith("document-"))
      .map((f) => f.rule);
    expect(rules).toEqual(rule ? [rule] : []);
    if (status === "failed") expect(doc?.problems[0]?.message).toMatch(/^Filen /);
  });

  it("reads the documents behind wrong extensions by their bytes", () => {
    const pdf = records.documents.find((d) => d.file === "pdf-named.docx");
    const docx = records.documents.find((d) => d.file === "docx-named.pdf");
    expect([pdf?.format, pdf?.pageCount, pdf?.year]).toEqual(["pdf", 1, 2025]);
    expect([docx?.format, docx?.year]).toEqual(["docx", 2024]);
    const activities = (id?: string) => records.activities.filter((a) => a.documentId === id);
    expect(activities(pdf?.id).map((a) => a.activity)).toEqual([
      "Nyhetsbrev om årets mål",
      "Dialogmöte",
      "Medarbetarenkät",
    ]);
    expect(activities(docx?.id).map((a) => a.activity)).toEqual(["Informationsmöte"]);
  });

  it("reads the good document in full", () => {
    const good = records.documents.find((d) => d.file === "god/rapport.pdf");
    expect(good?.status).toBe("ok");
    expect(records.risks.filter((r) => r.documentId === good?.id)).toHaveLength(3);
  });

  it("gives byte-identical files their own ids, the later one a copy of the first", () => {
    const docx = records.documents.find((d) => d.file === "docx-empty.docx");
    const pdf = records.documents.find((d) => d.file === "pdf-empty.pdf");
    // sha256 of no bytes at all
    expect(docx?.id).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(pdf?.id).toMatch(/^[0-9a-f]{64}$/);
    expect(pdf?.id).not.toBe(docx?.id);
    expect(pdf?.renditionOf).toBe(docx?.id);
    expect(new Set(records.documents.map((d) => d.id)).size).toBe(records.documents.length);
  });

  it("says in the run log why each file failed", () => {
    const log = runLogFile.parse(JSON.parse(readFileSync(join(t.out, "run-log.json"), "utf8")));
    const bomb = log.files.find((f) => f.file === "docx-zip-bomb.docx");
    expect(bomb?.problems[0]?.message).toMatch(/zip bomb suspected: word\/document\.xml declares/);
    const overlap = log.files.find((f) => f.file === "docx-zip-bomb-overlap.docx");
    expect(overlap?.problems[0]?.message).toMatch(/zip bomb suspected/);
    expect(log.totals).toMatchObject({ files: 17, failed: 13, warning: 3, ok: 1 });
  });
});

describe("a file that blows up or hangs", () => {
  let t: TempFolders;
  beforeAll(() => {
    t = tempFolders("bomb");
    // 45 KB on disk, 64 MB of drawing operators once inflated: pdf.js needs gigabytes for it.
    t.add("pdf-bomb.pdf", "bomb.pdf", BAD);
    // Other bytes (a comment after %%EOF), so that it is read, not taken for a copy.
    const again = Buffer.concat([readFileSync(join(BAD, "pdf-bomb.pdf")), Buffer.from("% 2\n")]);
    writeFileSync(join(t.input, "bomb-again.pdf"), again);
    t.add("pdf-300-pages.pdf", "long.pdf", BAD);
    t.add("vof-kommunikationsplan-2024.docx", "plan.docx");
  });
  afterAll(() => t.remove());

  // Two at once: on Node 24 a worker thread at its heap limit could abort the whole process
  // (nodejs/node#47224), which is why files are read in processes of their own.
  it("is stopped at the memory limit, twice at once, while a 300-page PDF is read within it", async () => {
    const { records } = await runPipeline({
      inputFolder: t.input,
      outFolder: join(t.out, "memory"),
      concurrency: 2,
      maxMemoryMb: 256,
    });
    const byFile = Object.fromEntries(records.documents.map((d) => [d.file, d]));
    expect(byFile["bomb.pdf"]?.status).toBe("failed");
    expect(byFile["bomb.pdf"]?.problems.map((p) => p.code)).toEqual(["out-of-memory"]);
    expect(byFile["bomb.pdf"]?.problems[0]?.message).toBe(
      "Filen krävde mer minne än gränsen per fil och avbröts. (256 MB)",
    );
    expect(byFile["bomb-again.pdf"]?.problems.map((p) => p.code)).toEqual(["out-of-memory"]);
    expect(byFile["long.pdf"]?.pageCount).toBe(300);
    expect(byFile["long.pdf"]?.status).toBe("ok");
    const longStats = records.statistics.filter((s) => s.documentId === byFile["long.pdf"]?.id);
    expect(longStats.length).toBeGreaterThan(1000);
    expect(byFile["plan.docx"]?.status).toBe("ok");
    const finding = records.findings.find((f) => f.documentId === byFile["bomb.pdf"]?.id);
    expect(finding?.rule).toBe("document-unreadable");
  }, 120_000);

  it("is stopped at the time limit, and the next file gets a fresh process", async () => {
    const input = join(t.input, "..", "in-time");
    mkdirSync(input);
    copyFileSync(join(BAD, "pdf-bomb.pdf"), join(input, "a-bomb.pdf"));
    copyFileSync(join(t.input, "plan.docx"), join(input, "b-plan.docx"));
    const { records } = await runPipeline({
      inputFolder: input,
      outFolder: join(t.out, "time"),
      concurrency: 1,
      timeoutMs: 3_000,
      maxMemoryMb: 4096,
    });
    const byFile = Object.fromEntries(records.documents.map((d) => [d.file, d]));
    expect(byFile["a-bomb.pdf"]?.problems.map((p) => p.code)).toEqual(["timeout"]);
    expect(byFile["a-bomb.pdf"]?.problems[0]?.message).toBe(
      "Filen tog längre tid att läsa än gränsen per fil och avbröts. (3 s)",
    );
    expect(byFile["b-plan.docx"]?.status).toBe("ok");
    expect(records.findings.find((f) => f.documentId === byFile["a-bomb.pdf"]?.id)?.rule).toBe(
      "document-unreadable",
    );
  }, 120_000);
});

describe("refuseZipBomb", () => {
  const entry = (fileName: string, uncompressedSize: number, compressedSize: number) => ({
    fileName,
    uncompressedSize,
    compressedSize,
  });
  const code = (entries: ReturnType<typeof entry>[]) => {
    try {
      refuseZipBomb(entries);
      return null;
    } catch (error) {
      return error instanceof ExtractError ? error.code : "other";
    }
  };

  it("accepts what Word writes: XML at 10:1, images stored", () => {
    expect(
      code([
        entry("word/document.xml", 2_000_000, 200_000),
        entry("word/styles.xml", 40_000, 4_000),
        entry("word/media/image1.png", 300_000_000, 299_000_000),
      ]),
    ).toBeNull();
  });

  it("refuses a high compression ratio, a huge declared total, and too many entries", () => {
    expect(code([entry("word/document.xml", 50_000_000, 50_000)])).toBe("too-large");
    const many = Array.from({ length: 6 }, (_, i) => entry(`word/media/${i}.bin`, 100e6, 99e6));
    expect(code(many)).toBe("too-large");
    const lots = Array.from({ length: 10_001 }, (_, i) => entry(`x/${i}.xml`, 10, 10));
    expect(code(lots)).toBe("too-large");
  });
});
