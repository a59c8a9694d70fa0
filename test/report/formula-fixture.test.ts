// A real Word document whose table cells begin with =, +, - and @, run through the whole
// pipeline: the workbook must hold them as the text they are, never as formulas.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMULA_ROWS } from "../../scripts/make-report-fixtures.js";
import { runPipeline } from "../../src/pipeline/run.js";
import { cellAt, loadWorkbook, sheet } from "./xlsx-helpers.js";

const FIXTURES = path.join(import.meta.dirname, "..", "..", "fixtures", "report");

describe("fixtures/report/formelceller-kommunikationsplan-2026.docx through the pipeline", () => {
  let out: string;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), "planpipe-formula-"));
    const summary = await runPipeline({ inputFolder: FIXTURES, outFolder: out, concurrency: 1 });
    wb = await loadWorkbook(new Uint8Array(await readFile(summary.outputs.workbook)));
  });
  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it("reads the formula-like cells back as strings, exactly as written", () => {
    const ws = sheet(wb, "Aktiviteter");
    const rows = ws.actualRowCount - 1;
    expect(rows).toBe(FORMULA_ROWS.length);
    const byActivity = new Map<string, number>();
    for (let r = 2; r <= rows + 1; r++) byActivity.set(String(cellAt(ws, r, "Aktivitet").value), r);
    for (const expected of FORMULA_ROWS) {
      const r = byActivity.get(expected.activity);
      expect(r, expected.activity).toBeDefined();
      const cells: [string, string][] = [
        ["Aktivitet", expected.activity],
        ["Syfte/mål", expected.purpose],
        ["Målgrupper", expected.targetGroup],
        ["Ansvarig", expected.responsible],
      ];
      for (const [header, text] of cells) {
        const cell = cellAt(ws, r!, header);
        expect(cell.value, header).toBe(text);
        expect(cell.type, `${header}: ${text}`).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
      }
    }
  });

  it("has no formula anywhere in the workbook", () => {
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => {
        row.eachCell((cell) => {
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        });
      });
    }
  });
});
