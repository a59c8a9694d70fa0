// --lang reaches the report layer: workbook sheet names, finding messages and the dashboard
// (oversikt.html, written atomically beside the workbook) follow it.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordsFile } from "../../src/model/records.js";
import { main } from "../../src/pipeline/cli.js";
import { labels } from "../../src/report/labels.js";
import { type TempFolders, tempFolders } from "./helpers/folders.js";

async function sheetNames(out: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(out, "oversikt.xlsx")) as unknown as ArrayBuffer);
  return wb.worksheets.map((s) => s.name);
}

describe("--lang", () => {
  let t: TempFolders;
  const codes: Record<string, number> = {};
  beforeAll(async () => {
    t = tempFolders("lang");
    t.add("vof-kommunikationsplan-2024.docx", "plan.docx");
    writeFileSync(join(t.input, "trasig.pdf"), "inte en pdf");
    for (const lang of ["sv", "en"]) {
      const out = join(t.out, lang);
      codes[lang] = await main([
        "node",
        "planpipe",
        "run",
        t.input,
        "-o",
        out,
        "--lang",
        lang,
        "-q",
      ]);
    }
  }, 120_000);
  afterAll(() => t.remove());

  it("names the workbook's sheets in the chosen language", async () => {
    expect(codes).toEqual({ sv: 0, en: 0 });
    expect(await sheetNames(join(t.out, "sv"))).toContain(labels.sv.sheets.activities);
    expect(await sheetNames(join(t.out, "en"))).toContain(labels.en.sheets.activities);
  });

  it("writes finding messages in the chosen language", () => {
    const message = (lang: string) =>
      recordsFile
        .parse(JSON.parse(readFileSync(join(t.out, lang, "records.json"), "utf8")))
        .findings.find((f) => f.rule === "document-unreadable")?.message;
    expect(message("sv")).toMatch(/^trasig\.pdf kunde inte läsas: Filen kunde inte öppnas/);
    expect(message("en")).toMatch(/^trasig\.pdf could not be read: The file could not be opened/);
  });

  it("words per-file problems in the chosen language", async () => {
    const problemOf = (lang: string) =>
      recordsFile
        .parse(JSON.parse(readFileSync(join(t.out, lang, "records.json"), "utf8")))
        .documents.find((d) => d.file === "trasig.pdf")?.problems;
    const detail = "(not a PDF: unrecognised bytes)";
    expect(problemOf("sv")).toEqual([
      {
        code: "corrupt",
        message: `Filen kunde inte öppnas: den är skadad eller avkortad. ${detail}`,
      },
    ]);
    expect(problemOf("en")).toEqual([
      {
        code: "corrupt",
        message: `The file could not be opened: it is damaged or truncated. ${detail}`,
      },
    ]);
  });

  it("writes the dashboard beside the workbook, in the chosen language", () => {
    expect(readFileSync(join(t.out, "sv", "oversikt.html"), "utf8")).toMatch(/<html lang="sv">/);
    expect(readFileSync(join(t.out, "en", "oversikt.html"), "utf8")).toMatch(/<html lang="en">/);
  });
});
