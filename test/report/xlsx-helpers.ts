// Reading a written workbook back: with exceljs for values and styles, and from the package XML
// for what exceljs does not read back (internal links, table definitions).
import ExcelJS from "exceljs";
import { readZip } from "../../src/report/xlsx-package.js";

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  await wb.xlsx.load(copy as ArrayBuffer);
  return wb;
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Header texts of the row `row`. */
export function headers(ws: ExcelJS.Worksheet, row = 1): string[] {
  const out: string[] = [];
  ws.getRow(row).eachCell({ includeEmpty: false }, (cell) => {
    out.push(String(cell.value));
  });
  return out;
}

/** Cell in sheet row `row` under the header `header` of the header row `headerRow`. */
export function cellAt(
  ws: ExcelJS.Worksheet,
  row: number,
  header: string,
  headerRow = 1,
): ExcelJS.Cell {
  const col = headers(ws, headerRow).indexOf(header);
  if (col < 0) throw new Error(`no column ${header} in ${ws.name}`);
  return ws.getRow(row).getCell(col + 1);
}

export function hyperlinkOf(cell: ExcelJS.Cell): string | undefined {
  return (cell.value as ExcelJS.CellHyperlinkValue | null)?.hyperlink;
}

export function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb;
}

export interface PackageView {
  /** Sheet name -> cell address -> internal link location ("'Sheet'!A12"). */
  internalLinks: Map<string, Map<string, string>>;
  /** Sheet name -> relationship targets of its external links. */
  externalTargets: Map<string, string[]>;
  /** Excel table name -> its XML. */
  tables: Map<string, string>;
  /** Sheet name -> its XML. */
  sheets: Map<string, string>;
}

export async function packageView(bytes: Uint8Array): Promise<PackageView> {
  const parts = new Map((await readZip(bytes)).map((p) => [p.name, p.data.toString("utf8")]));
  const workbook = parts.get("xl/workbook.xml") ?? "";
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) =>
    unescapeXml(m[1]!),
  );
  const view: PackageView = {
    internalLinks: new Map(),
    externalTargets: new Map(),
    tables: new Map(),
    sheets: new Map(),
  };
  names.forEach((name, i) => {
    const xml = parts.get(`xl/worksheets/sheet${i + 1}.xml`) ?? "";
    view.sheets.set(name, xml);
    const links = new Map<string, string>();
    for (const m of xml.matchAll(/<hyperlink ref="([^"]*)" location="([^"]*)"/g)) {
      links.set(m[1]!, unescapeXml(m[2]!));
    }
    view.internalLinks.set(name, links);
    const rels = parts.get(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`) ?? "";
    view.externalTargets.set(
      name,
      [...rels.matchAll(/Target="([^"]*)" TargetMode="External"/g)].map((m) => unescapeXml(m[1]!)),
    );
  });
  for (const [partName, xml] of parts) {
    if (!partName.startsWith("xl/tables/")) continue;
    const name = /<table [^>]*name="([^"]*)"/.exec(xml)?.[1];
    if (name) view.tables.set(name, xml);
  }
  return view;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Every cell value of every sheet, as plain data, for comparing two workbooks. */
export function cellValues(wb: ExcelJS.Workbook): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const values: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value;
        values[c - 1] = v instanceof Date ? v.toISOString() : v;
      });
      rows[r - 1] = values;
    });
    out[ws.name] = rows;
  }
  return out;
}
