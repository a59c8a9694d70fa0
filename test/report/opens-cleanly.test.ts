// The workbook opens cleanly: exceljs reads back exactly the values the specs hold, and
// LibreOffice (Debian: libreoffice-calc-nogui) converts every sheet to CSV without complaint,
// reading document text as text ("=SUM(...)" stays a string) and numbers and dates as such.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildSheetSpecs,
  buildWorkbook,
  type CellSpec,
  type SheetSpec,
  workbookBuffer,
} from "../../src/report/workbook.js";
import { sampleRecords, sampleRunLog } from "./sample-records.js";
import { loadWorkbook } from "./xlsx-helpers.js";

const run = promisify(execFile);
const opts = { inputFolder: "/data/in", outFolder: "/data/out" };

function findOnPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

const SOFFICE = process.env.PLANPIPE_SOFFICE ?? findOnPath("soffice");
if (!SOFFICE) {
  console.warn(
    "opens-cleanly: LibreOffice (soffice) is not installed; skipping the conversion test. " +
      "Install it with: apt-get install libreoffice-calc-nogui",
  );
}

/** The sheet as a grid of spec cells, placed where renderSheet puts them. */
function specGrid(spec: SheetSpec): (CellSpec | null)[][] {
  const grid: (CellSpec | null)[][] = [];
  const put = (row: number, col: number, cell: CellSpec) => {
    grid[row - 1] ??= [];
    grid[row - 1]![col - 1] = cell;
  };
  for (const [r, cells] of spec.preamble.entries()) {
    for (const [i, c] of cells.entries()) put(r + 1, i + 1, c);
  }
  for (const table of spec.tables) {
    if (table.title !== null) put(table.headerRow - 1, 1, { value: table.title });
    for (const [i, c] of table.columns.entries()) put(table.headerRow, i + 1, { value: c.header });
    for (const [r, cells] of table.rows.entries()) {
      for (const [i, c] of cells.entries()) put(table.headerRow + 1 + r, i + 1, c);
    }
  }
  return Array.from(grid, (row) => Array.from(row ?? [], (c) => c ?? null));
}

/** Rows of strings with trailing empty cells and rows removed, for comparing grids. */
function trimGrid(rows: string[][]): string[][] {
  const out = rows.map((row) => {
    const r = [...row];
    while (r.length > 0 && r.at(-1) === "") r.pop();
    return r;
  });
  while (out.length > 0 && out.at(-1)!.length === 0) out.pop();
  return out;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell as LibreOffice writes it to CSV (raw numbers, percentages and dates as formatted). */
function csvText(cell: CellSpec | null): string {
  const v = cell?.value ?? null;
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (v instanceof Date) {
    const date = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    return cell?.numFmt?.includes("hh")
      ? `${date} ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}:${pad(v.getUTCSeconds())}`
      : date;
  }
  return cell?.numFmt === "0%" ? `${Math.round(v * 100)}%` : String(v);
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A read-back exceljs cell as comparable data: link cells as their text, dates as ISO. */
function readBack(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object" && "hyperlink" in v) return v.text;
  return v;
}

describe("the workbook reads back", () => {
  it("with exceljs, with exactly the values of the specs, on every sheet", async () => {
    const records = sampleRecords();
    const specs = buildSheetSpecs(records, sampleRunLog(), opts);
    const wb = await loadWorkbook(
      await workbookBuffer(buildWorkbook(records, sampleRunLog(), opts)),
    );
    for (const spec of specs) {
      const ws = wb.getWorksheet(spec.name)!;
      const expected = specGrid(spec);
      for (const [r, row] of expected.entries()) {
        for (const [c, cell] of row.entries()) {
          const want =
            cell?.value instanceof Date ? cell.value.toISOString() : (cell?.value ?? null);
          expect(
            readBack(ws.getRow(r + 1).getCell(c + 1)),
            `${spec.name} R${r + 1}C${c + 1}`,
          ).toEqual(want);
        }
      }
    }
  });
});

describe.skipIf(!SOFFICE)("the workbook in LibreOffice", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "planpipe-soffice-"));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("converts every sheet to CSV without error, with the same values", {
    timeout: 180_000,
  }, async () => {
    const records = sampleRecords();
    const file = path.join(dir, "oversikt.xlsx");
    await writeFile(file, await workbookBuffer(buildWorkbook(records, sampleRunLog(), opts)));
    // Own profile: never share (or wait for) the user's running LibreOffice.
    const profile = `file://${path.join(dir, "profile")}`;
    const { stderr } = await run(
      SOFFICE!,
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        // UTF-8, first line 1, raw (not "as shown") values, every sheet to its own file.
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        dir,
        file,
      ],
      { timeout: 170_000 },
    );
    expect(stderr).not.toMatch(/error/i);

    const specs = buildSheetSpecs(records, sampleRunLog(), opts);
    const written = (await readdir(dir)).filter((f) => f.endsWith(".csv"));
    expect(written.sort()).toEqual(specs.map((s) => `oversikt-${s.name}.csv`).sort());
    for (const spec of specs) {
      const csv = await readFile(path.join(dir, `oversikt-${spec.name}.csv`), "utf8");
      const got = trimGrid(parseCsv(csv));
      const want = trimGrid(specGrid(spec).map((row) => row.map(csvText)));
      expect(got, spec.name).toEqual(want);
    }
    const activities = await readFile(path.join(dir, "oversikt-Aktiviteter.csv"), "utf8");
    expect(activities).toContain(",=SUM(A1:A2),+46 8 123,");
  });
});
