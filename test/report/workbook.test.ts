import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { RecordsFile } from "../../src/model/records.js";
import {
  buildSheetSpecs,
  buildWorkbook,
  decimalsOfRaw,
  excelText,
  fileHref,
  workbookBuffer,
} from "../../src/report/workbook.js";
import { sampleRecords, sampleRunLog } from "./sample-records.js";

const opts = { inputFolder: "/data/in", outFolder: "/data/out" };
const PDF_HREF = "../in/rapporter/arbetsmiljörapport%202024.pdf";

async function roundTrip(records: RecordsFile = sampleRecords()): Promise<ExcelJS.Workbook> {
  const bytes = await workbookBuffer(buildWorkbook(records, sampleRunLog(), opts));
  const wb = new ExcelJS.Workbook();
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  await wb.xlsx.load(copy as ArrayBuffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function headers(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: false }, (cell) => {
    out.push(String(cell.value));
  });
  return out;
}

/** Cell in `row` under the header `header`. */
function cellAt(ws: ExcelJS.Worksheet, row: number, header: string): ExcelJS.Cell {
  const col = headers(ws).indexOf(header);
  if (col < 0) throw new Error(`no column ${header} in ${ws.name}`);
  return ws.getRow(row).getCell(col + 1);
}

function hyperlinkOf(cell: ExcelJS.Cell): string | undefined {
  return (cell.value as ExcelJS.CellHyperlinkValue | null)?.hyperlink;
}

const EXPECTED_HEADERS: Record<string, string[]> = {
  Dokument: [
    "Fil",
    "Format",
    "Typ",
    "Titel",
    "Organisation",
    "År",
    "Status",
    "Sidor",
    "Antal aktiviteter",
    "Antal risker",
    "Antal åtgärder",
    "Antal nyckeltal",
    "Antal kontroller",
    "Problem",
    "Samma dokument som",
  ],
  Aktiviteter: [
    "Fil",
    "Sida",
    "Avsnitt",
    "När",
    "Start",
    "Slut",
    "Aktivitet",
    "Syfte/mål",
    "Målgrupper",
    "Ansvarig",
    "Initialer",
    "Kanal",
  ],
  "Risker och åtgärder": [
    "Fil",
    "Sida",
    "Avsnitt",
    "Risk",
    "Risknivå",
    "Åtgärd",
    "Status",
    "Slutdatum",
    "Ansvarig",
    "Önskad effekt",
  ],
  Nyckeltal: ["Fil", "Sida", "Tabell", "Rad", "Kolumn", "Värde", "Enhet", "Rått värde"],
  Kontroller: ["Regel", "Allvarlighet", "Fil", "Sida", "Meddelande", "Berörda poster"],
  Uppföljning: [
    "Typ",
    "Från fil",
    "Från sida",
    "Från text",
    "Till fil",
    "Till sida",
    "Till text",
    "Status",
    "Utfall",
    "Poäng",
  ],
  Körlogg: ["Fil", "Status", "Tid (ms)", "Sidor", "Problem"],
};

describe("buildWorkbook", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await roundTrip();
  });

  it("has the Swedish sheets in order, with their headers", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(Object.keys(EXPECTED_HEADERS));
    for (const [name, expected] of Object.entries(EXPECTED_HEADERS)) {
      expect(headers(sheet(wb, name)), name).toEqual(expected);
    }
  });

  it("has one row per record (one per measure on the risk sheet)", () => {
    const dataRows = (name: string) => sheet(wb, name).actualRowCount - 1;
    const r = sampleRecords();
    expect(dataRows("Dokument")).toBe(r.documents.length);
    expect(dataRows("Aktiviteter")).toBe(r.activities.length);
    expect(dataRows("Risker och åtgärder")).toBe(2);
    expect(dataRows("Nyckeltal")).toBe(r.statistics.length);
    expect(dataRows("Kontroller")).toBe(r.findings.length);
    expect(dataRows("Uppföljning")).toBe(r.followUp.length);
    expect(dataRows("Körlogg")).toBe(sampleRunLog().files.length);
  });

  it("freezes and filters the bold header row on every sheet", () => {
    for (const ws of wb.worksheets) {
      const view = ws.views[0];
      expect(view?.state, ws.name).toBe("frozen");
      expect(view && "ySplit" in view ? view.ySplit : undefined, ws.name).toBe(1);
      const lastCol = ws.getRow(1).cellCount;
      const lastColLetter = ws.getColumn(lastCol).letter;
      expect(ws.autoFilter, ws.name).toBe(`A1:${lastColLetter}${ws.actualRowCount}`);
      expect(ws.getRow(1).getCell(1).font?.bold, ws.name).toBe(true);
      expect(ws.getRow(2).getCell(1).alignment?.vertical, ws.name).toBe("top");
    }
  });

  it("fits column widths, wrapping long text", () => {
    for (const ws of wb.worksheets) {
      ws.columns.forEach((col) => {
        // exceljs leaves out a width equal to its default (9), and reads it back as undefined.
        const width = col.width ?? 9;
        expect(width, `${ws.name} ${col.letter}`).toBeGreaterThanOrEqual(8);
        expect(width, `${ws.name} ${col.letter}`).toBeLessThanOrEqual(60);
      });
    }
    const activities = sheet(wb, "Aktiviteter");
    const activityCol = headers(activities).indexOf("Aktivitet") + 1;
    expect(activities.getColumn(activityCol).width).toBe(50);
    expect(activities.getRow(2).getCell(activityCol).alignment?.wrapText).toBe(true);
    expect(activities.getRow(2).getCell(1).alignment?.wrapText).toBeFalsy();
  });

  it("links the file cell to the input file, at the page for PDFs", () => {
    const risks = sheet(wb, "Risker och åtgärder");
    expect(hyperlinkOf(cellAt(risks, 2, "Fil"))).toBe(`${PDF_HREF}#page=2`);
    expect(hyperlinkOf(cellAt(risks, 3, "Fil"))).toBe(`${PDF_HREF}#page=3`);
    expect(cellAt(risks, 2, "Fil").text).toBe("rapporter/arbetsmiljörapport 2024.pdf");

    const activities = sheet(wb, "Aktiviteter");
    expect(hyperlinkOf(cellAt(activities, 2, "Fil"))).toBe(
      "../in/planer/vof-kommunikationsplan-2024.docx",
    );
    // The document sheet links the file itself, without a page.
    expect(hyperlinkOf(cellAt(sheet(wb, "Dokument"), 3, "Fil"))).toBe(PDF_HREF);

    const followUp = sheet(wb, "Uppföljning");
    expect(hyperlinkOf(cellAt(followUp, 3, "Från fil"))).toBe(`${PDF_HREF}#page=2`);
    expect(hyperlinkOf(cellAt(followUp, 3, "Till fil"))).toBe(`${PDF_HREF}#page=3`);
    expect(cellAt(followUp, 2, "Till fil").value).toBeNull();
  });

  it("writes dates as real dates", () => {
    const activities = sheet(wb, "Aktiviteter");
    const start = cellAt(activities, 2, "Start");
    expect(start.value).toBeInstanceOf(Date);
    expect((start.value as Date).toISOString()).toBe("2024-07-01T00:00:00.000Z");
    expect(start.numFmt).toBe("yyyy-mm-dd");
    expect(cellAt(activities, 4, "Start").value).toBeNull();

    const end = cellAt(sheet(wb, "Risker och åtgärder"), 2, "Slutdatum");
    expect((end.value as Date).toISOString()).toBe("2024-03-31T00:00:00.000Z");
  });

  it("writes numbers as numbers, with the decimals the document showed", () => {
    const stats = sheet(wb, "Nyckeltal");
    // Sorted by page: the page-2 row first, then page 3 in the records' order.
    expect(cellAt(stats, 2, "Värde").value).toBe(-424);
    expect(cellAt(stats, 2, "Värde").numFmt).toBe("#,##0");
    expect(cellAt(stats, 3, "Värde").value).toBe(-0.2);
    expect(cellAt(stats, 3, "Värde").numFmt).toBe("#,##0.0");
    expect(cellAt(stats, 4, "Värde").value).toBe(4.2);
    expect(cellAt(stats, 4, "Rått värde").value).toBe("4,2");
    expect(cellAt(stats, 2, "Sida").value).toBe(2);

    const docs = sheet(wb, "Dokument");
    expect(cellAt(docs, 3, "År").value).toBe(2024);
    expect(cellAt(docs, 3, "År").numFmt).toBe("0");
    expect(cellAt(docs, 3, "Antal åtgärder").value).toBe(2);
    expect(cellAt(docs, 3, "Antal nyckeltal").value).toBe(3);
    expect(cellAt(docs, 2, "Antal aktiviteter").value).toBe(3);
    expect(cellAt(docs, 2, "Sidor").value).toBeNull();
    expect(cellAt(sheet(wb, "Uppföljning"), 3, "Poäng").value).toBe(0.83);
    expect(cellAt(sheet(wb, "Körlogg"), 3, "Tid (ms)").value).toBe(1235);
  });

  it("never turns document text into a formula", () => {
    const activities = sheet(wb, "Aktiviteter");
    const cells = [
      [cellAt(activities, 2, "Aktivitet"), "=SUM(A1:A2)"],
      [cellAt(activities, 2, "Syfte/mål"), "+46 8 123"],
      [cellAt(activities, 3, "Syfte/mål"), "-0,3 text"],
      [cellAt(sheet(wb, "Nyckeltal"), 2, "Rått värde"), "-424"],
    ] as const;
    for (const [cell, text] of cells) {
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      expect(cell.type).toBe(ExcelJS.ValueType.String);
    }
  });

  it("shows Swedish words for coded values and resolves record references", () => {
    expect(cellAt(sheet(wb, "Kontroller"), 2, "Allvarlighet").value).toBe("Varning");
    expect(cellAt(sheet(wb, "Kontroller"), 2, "Berörda poster").value).toBe("Storytelling");
    expect(cellAt(sheet(wb, "Risker och åtgärder"), 2, "Avsnitt").value).toBe("Utvärdering");
    expect(cellAt(sheet(wb, "Uppföljning"), 3, "Utfall").value).toBe("Följd upp");
    expect(cellAt(sheet(wb, "Uppföljning"), 2, "Utfall").value).toBe("Saknas");
    expect(cellAt(sheet(wb, "Dokument"), 3, "Typ").value).toBe("Arbetsmiljörapport");
    expect(cellAt(sheet(wb, "Dokument"), 3, "Status").value).toBe("Varning");
    expect(cellAt(sheet(wb, "Dokument"), 3, "Problem").value).toBe(
      "Tabellen på sidan 3 fortsätter på nästa sida\nIngen rubrik hittades",
    );
    expect(cellAt(sheet(wb, "Aktiviteter"), 2, "Målgrupper").value).toBe(
      "Chefer och medarbetare; Kommunikatörer",
    );
    expect(cellAt(sheet(wb, "Aktiviteter"), 2, "Initialer").value).toBe("CW, MW");
  });

  it("sorts by file, then page, then the records' order", () => {
    const files = (name: string) =>
      sheet(wb, name)
        .getColumn(1)
        .values.slice(2)
        .map((v) => (v as ExcelJS.CellHyperlinkValue).text);
    expect(files("Dokument")).toEqual([
      "planer/vof-kommunikationsplan-2024.docx",
      "rapporter/arbetsmiljörapport 2024.pdf",
    ]);
    expect(files("Körlogg")).toEqual(files("Dokument"));
    const activities = sheet(wb, "Aktiviteter");
    expect([2, 3, 4].map((r) => cellAt(activities, r, "Aktivitet").value)).toEqual([
      "=SUM(A1:A2)",
      "Sprida goda exempel på hur vi arbetar med organisationskulturen",
      "Storytelling",
    ]);
  });
});

describe("buildWorkbook edge cases", () => {
  it("keeps a risk without measures, and text Excel would otherwise decode", async () => {
    const records = sampleRecords();
    const risk = records.risks[0]!;
    records.risks.push({
      ...risk,
      id: "risk-2",
      page: 5,
      risk: "Risk _x0041_ utan åtgärd",
      measures: [],
    });
    const wb = await roundTrip(records);
    const risks = sheet(wb, "Risker och åtgärder");
    expect(risks.actualRowCount - 1).toBe(3);
    expect(cellAt(risks, 4, "Risk").value).toBe("Risk _x0041_ utan åtgärd");
    expect(cellAt(risks, 4, "Åtgärd").value).toBeNull();
    expect(hyperlinkOf(cellAt(risks, 4, "Fil"))).toBe(`${PDF_HREF}#page=5`);
  });

  it("produces sheets with only a header when there are no records", async () => {
    const records: RecordsFile = {
      ...sampleRecords(),
      documents: [],
      activities: [],
      risks: [],
      statistics: [],
      findings: [],
      followUp: [],
    };
    const specs = buildSheetSpecs(records, { ...sampleRunLog(), files: [] }, opts);
    expect(specs.every((s) => s.rows.length === 0)).toBe(true);
    const wb = await roundTrip(records);
    expect(sheet(wb, "Aktiviteter").autoFilter).toBe("A1:L1");
  });

  it("shows an impossible date as text rather than a wrong date", () => {
    const records = sampleRecords();
    records.activities[0]!.start = "2024-02-30";
    const [, activities] = buildSheetSpecs(records, sampleRunLog(), opts);
    expect(activities?.rows[0]?.[4]?.value).toBe("2024-02-30");
  });
});

describe("fileHref", () => {
  it("is relative to the output folder, with forward slashes and escaped spaces", () => {
    expect(fileHref("/a/in", "/a/out", "sub dir/x#1.docx", null)).toBe(
      "../in/sub%20dir/x%231.docx",
    );
    expect(fileHref("/a/in", "/a/in/out", "x.pdf", 4)).toBe("../x.pdf#page=4");
    expect(fileHref("in", "in", "å.pdf", 1)).toBe("å.pdf#page=1");
  });
});

describe("decimalsOfRaw", () => {
  it("counts the decimals the document wrote", () => {
    expect(decimalsOfRaw("4,2")).toBe(1);
    expect(decimalsOfRaw("12,0 %")).toBe(1);
    expect(decimalsOfRaw("-424")).toBe(0);
    expect(decimalsOfRaw("1 234,56")).toBe(2);
    expect(decimalsOfRaw("n/a")).toBeUndefined();
  });
});

describe("excelText", () => {
  it("escapes literal _xHHHH_ sequences and caps length", () => {
    expect(excelText("a_x0041_b")).toBe("a_x005F_x0041_b");
    expect(excelText("x".repeat(40_000))).toHaveLength(32_767);
  });
});
