// Unreadable files among good ones: each becomes a failed document, a problem in the run log
// and a document-unreadable finding, and the run completes with exit code 0.
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordsFile, runLogFile } from "../../src/model/records.js";
import { main } from "../../src/pipeline/cli.js";

const SAMPLES = join(import.meta.dirname, "../../fixtures/samples");

describe("a run with unreadable files", () => {
  let input: string;
  let out: string;
  let exitCode: number;
  beforeAll(async () => {
    input = mkdtempSync(join(tmpdir(), "planpipe-in-"));
    out = mkdtempSync(join(tmpdir(), "planpipe-out-"));
    copyFileSync(join(SAMPLES, "003_arbetsmiljorapport-2024.pdf"), join(input, "rapport.pdf"));
    const pdf = readFileSync(join(SAMPLES, "000_kommunikationsplan-2025.pdf"));
    writeFileSync(join(input, "avkortad.pdf"), pdf.subarray(0, pdf.length / 2));
    writeFileSync(join(input, "anteckningar.docx"), "Det här är bara text, inget Word-dokument.\n");
    writeFileSync(join(input, "tom.pdf"), "");
    exitCode = await main(["node", "planpipe", "run", input, "--out", out, "--quiet"]);
  }, 60_000);
  afterAll(() => {
    rmSync(input, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it("completes with exit code 0 and writes all three outputs", () => {
    expect(exitCode).toBe(0);
    for (const f of ["records.json", "run-log.json", "oversikt.xlsx"])
      expect(existsSync(join(out, f))).toBe(true);
  });

  it("marks each unreadable file failed with a document-unreadable finding", () => {
    const records = recordsFile.parse(JSON.parse(readFileSync(join(out, "records.json"), "utf8")));
    const status = Object.fromEntries(records.documents.map((d) => [d.file, d.status]));
    expect(status).toEqual({
      "anteckningar.docx": "failed",
      "avkortad.pdf": "failed",
      "rapport.pdf": "ok",
      "tom.pdf": "failed",
    });
    const unreadable = records.findings.filter((f) => f.rule === "document-unreadable");
    const failedIds = records.documents.filter((d) => d.status === "failed").map((d) => d.id);
    expect(unreadable.map((f) => f.documentId).sort()).toEqual([...failedIds].sort());
    expect(records.documents.find((d) => d.file === "avkortad.pdf")?.problems[0]?.code).toBe(
      "corrupt",
    );
    expect(records.documents.find((d) => d.file === "tom.pdf")?.problems[0]?.code).toBe("empty");
    // The good file is still read in full.
    expect(
      records.risks.filter(
        (r) => r.documentId === records.documents.find((d) => d.file === "rapport.pdf")?.id,
      ),
    ).toHaveLength(3);
  });

  it("lists every file's problems in the run log", () => {
    const log = runLogFile.parse(JSON.parse(readFileSync(join(out, "run-log.json"), "utf8")));
    expect(log.totals).toMatchObject({ files: 4, ok: 1, failed: 3 });
    const docx = log.files.find((f) => f.file === "anteckningar.docx");
    expect(docx?.problems[0]?.message).toMatch(/inte ett dokument|kunde inte/);
  });
});
