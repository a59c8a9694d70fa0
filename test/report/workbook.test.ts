import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { RecordsFile } from "../../src/model/records.js";
import { tableColumnNames } from "../../src/report/sheets.js";
import { EXCEL_TONE } from "../../src/report/tones.js";
import {
  buildSheetSpecs,
  buildWorkbook,
  decimalsOfRaw,
  excelText,
  fileHref,
  workbookBuffer,
} from "../../src/report/workbook.js";
import { sampleRecords, sampleRunLog } from "./sample-records.js";
import {
  cellAt,
  cellValues,
  fillOf,
  headers,
  hyperlinkOf,
  loadWorkbook,
  type PackageView,
  packageView,
  sheet,
} from "./xlsx-helpers.js";

const opts = { inputFolder: "/data/in", outFolder: "/data/out" };
const PDF_HREF = "../in/rapporter/arbetsmiljörapport%202024.pdf";
const DOCX_HREF = "../in/planer/vof-kommunikationsplan-2024.docx";

async function bytesOf(records: RecordsFile = sampleRecords(), locale?: "sv" | "en") {
  return workbookBuffer(buildWorkbook(records, sampleRunLog(), { ...opts, locale }));
}

/** Header row of the Översikt documents table: title, intro, four rows of links. */
const DOCS_HEADER = 7;

const EXPECTED_HEADERS: Record<string, string[]> = {
  Översikt: [
    "Fil",
    "Typ",
    "Titel",
    "Organisation",
    "År",
    "Format",
    "Status",
    "Sidor",
    "Aktiviteter",
    "Risker",
    "Åtgärder",
    "Nyckeltal",
    "Fel",
    "Varningar",
    "Info",
    "Återgivning av",
    "Problem",
  ],
  Aktiviteter: [
    "Fil",
    "Organisation",
    "År",
    "Sida",
    "Avsnitt",
    "När",
    "Start",
    "Slut",
    "Kvartal",
    "Aktivitet",
    "Syfte/mål",
    "Målgrupper",
    "Ansvarig",
    "Initialer",
    "Kanal",
    "Kontroller",
    "Återgivning",
  ],
  "Risker och åtgärder": [
    "Fil",
    "Organisation",
    "År",
    "Sida",
    "Avsnitt",
    "Risk",
    "Risknivå",
    "Nivåklass",
    "Åtgärd",
    "Status",
    "Slutdatum",
    "Ansvarig",
    "Önskad effekt",
    "Kontroller",
    "Återgivning",
  ],
  Nyckeltal: [
    "Organisation",
    "Tabell",
    "Rad",
    "Enhet",
    "R12 2021–12",
    "2022",
    "R12 2022–12",
    "R12 2023–12",
    "Avvikelser mellan rapporter",
    "Källa (senaste)",
  ],
  "Nyckeltal (lista)": [
    "Fil",
    "Organisation",
    "År",
    "Sida",
    "Tabell",
    "Rad",
    "Kolumn",
    "Period",
    "Värde",
    "Enhet",
    "Som skrivet",
    "Kontroller",
    "Återgivning",
  ],
  Kontroller: [
    "Regel",
    "Vad regeln fångar",
    "Allvarlighet",
    "Fil",
    "Organisation",
    "År",
    "Sida",
    "Meddelande",
    "Berörda poster",
    "Gå till post 1",
    "Gå till post 2",
    "Gå till post 3",
    "Återgivning",
  ],
  Uppföljning: [
    "Typ",
    "Organisation",
    "År N",
    "Fil år N",
    "Utlovat år N",
    "År N+1",
    "Fil år N+1",
    "Sagt år N+1",
    "Status år N+1",
    "Utfall",
    "Matchning",
  ],
  Körlogg: ["Fil", "Status", "Tid (ms)", "Sidor", "Problemkoder", "Problem"],
};

const headerRowOf = (name: string) => (name === "Översikt" ? DOCS_HEADER : 1);

describe("buildWorkbook", () => {
  let wb: ExcelJS.Workbook;
  let pkg: PackageView;
  beforeAll(async () => {
    const bytes = await bytesOf();
    wb = await loadWorkbook(bytes);
    pkg = await packageView(bytes);
  });

  it("has the Swedish sheets in order, with their headers", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(Object.keys(EXPECTED_HEADERS));
    for (const [name, expected] of Object.entries(EXPECTED_HEADERS)) {
      expect(headers(sheet(wb, name), headerRowOf(name)), name).toEqual(expected);
    }
  });

  it("has one row per record (one per measure on the risk sheet)", () => {
    const r = sampleRecords();
    const rows = (name: string) => (pkg.tables.get(name) ?? "").match(/ref="A(\d+):[A-Z]+(\d+)"/);
    const dataRows = (table: string) => {
      const m = rows(table);
      return m ? Number(m[2]) - Number(m[1]) : -1;
    };
    expect(dataRows("Documents")).toBe(r.documents.length);
    expect(dataRows("Activities")).toBe(r.activities.length);
    expect(dataRows("RisksMeasures")).toBe(4);
    expect(dataRows("KeyFigureList")).toBe(r.statistics.length);
    expect(dataRows("KeyFigures")).toBe(2);
    expect(dataRows("Findings")).toBe(r.findings.length);
    expect(dataRows("FollowUp")).toBe(r.followUp.length);
    expect(dataRows("RunLog")).toBe(sampleRunLog().files.length);
  });

  it("makes every list a real Excel table with filter buttons, header frozen", () => {
    expect([...pkg.tables.keys()].sort()).toEqual(
      [
        "Activities",
        "Documents",
        "Findings",
        "FollowUp",
        "KeyFigureList",
        "KeyFigures",
        "RisksMeasures",
        "RunLog",
        "RunSummary",
        "Series",
      ].sort(),
    );
    for (const xml of pkg.tables.values()) {
      expect(xml).toMatch(/<autoFilter ref="[A-Z]+\d+:[A-Z]+\d+"\/?>/);
      expect(xml).not.toContain('hiddenButton="1"');
      expect(xml).toContain('headerRowCount="1"');
    }
    expect(pkg.tables.get("Documents")).toContain(`ref="A${DOCS_HEADER}:Q11"`);
    for (const ws of wb.worksheets) {
      const view = ws.views[0];
      expect(view?.state, ws.name).toBe("frozen");
      expect(view && "ySplit" in view ? view.ySplit : undefined, ws.name).toBe(
        headerRowOf(ws.name),
      );
      // No sheet-level filter besides the tables': Excel repairs a file that has both.
      expect(ws.autoFilter, ws.name).toBeUndefined();
    }
  });

  it("sets up printing: landscape, fit to width, header row repeated", () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup.orientation, ws.name).toBe("landscape");
      expect(ws.pageSetup.fitToPage, ws.name).toBe(true);
      expect(ws.pageSetup.fitToWidth, ws.name).toBe(1);
      expect(ws.pageSetup.fitToHeight, ws.name).toBe(0);
      const row = headerRowOf(ws.name);
      expect(ws.pageSetup.printTitlesRow, ws.name).toBe(`${row}:${row}`);
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
    const fileCol = activities.getColumn(1).width ?? 0;
    expect(fileCol).toBeGreaterThanOrEqual("planer/vof-kommunikationsplan-2024.docx".length);
  });

  it("links every record row to its source file, at the page for PDFs", () => {
    const risks = sheet(wb, "Risker och åtgärder");
    expect(hyperlinkOf(cellAt(risks, 4, "Fil"))).toBe(`${PDF_HREF}#page=2`);
    expect(hyperlinkOf(cellAt(risks, 5, "Fil"))).toBe(`${PDF_HREF}#page=3`);
    expect(cellAt(risks, 4, "Fil").text).toBe("rapporter/arbetsmiljörapport 2024.pdf");

    const activities = sheet(wb, "Aktiviteter");
    expect(hyperlinkOf(cellAt(activities, 2, "Fil"))).toBe(DOCX_HREF);
    expect(hyperlinkOf(cellAt(activities, 5, "Fil"))).toBe(
      "../in/planer/vof-kommunikationsplan-2024.pdf#page=2",
    );
    // The overview links the file itself, without a page.
    const overview = sheet(wb, "Översikt");
    expect(hyperlinkOf(cellAt(overview, DOCS_HEADER + 4, "Fil", DOCS_HEADER))).toBe(PDF_HREF);

    const followUp = sheet(wb, "Uppföljning");
    expect(hyperlinkOf(cellAt(followUp, 3, "Fil år N+1"))).toBe(`${PDF_HREF}#page=2`);
    expect(cellAt(followUp, 2, "Fil år N+1").value).toBeNull();
    expect(hyperlinkOf(cellAt(sheet(wb, "Kontroller"), 3, "Fil"))).toBe(`${PDF_HREF}#page=3`);
    expect(hyperlinkOf(cellAt(sheet(wb, "Nyckeltal (lista)"), 6, "Fil"))).toBe(
      `${PDF_HREF}#page=3`,
    );
  });

  it("links findings to the rows they refer to, and rows back to their findings", () => {
    const findings = pkg.internalLinks.get("Kontroller")!;
    // f-1 (row 2) refers to the activity on row 4; f-2 (row 3) to three key figures.
    expect(findings.get("J2")).toBe("'Aktiviteter'!A4");
    expect(cellAt(sheet(wb, "Aktiviteter"), 4, "Aktivitet").value).toBe("Storytelling");
    expect([findings.get("J3"), findings.get("K3"), findings.get("L3")]).toEqual([
      "'Nyckeltal (lista)'!A6",
      "'Nyckeltal (lista)'!A8",
      "'Nyckeltal (lista)'!A7",
    ]);
    const list = sheet(wb, "Nyckeltal (lista)");
    expect([6, 8, 7].map((r) => cellAt(list, r, "Kolumn").value)).toEqual([
      "R12 2023–12",
      "R12 2022–12",
      "Skillnad",
    ]);
    expect(findings.get("J4")).toBe("'Risker och åtgärder'!A5");
    expect(cellAt(sheet(wb, "Kontroller"), 3, "Gå till post 1").value).toBe(
      "Nyckeltal (lista), rad 6",
    );
    // Back: the flagged rows link to their finding.
    expect(pkg.internalLinks.get("Aktiviteter")!.get("P4")).toBe("'Kontroller'!A2");
    expect(cellAt(sheet(wb, "Aktiviteter"), 4, "Kontroller").value).toBe(
      "Varning: activity-missing-field",
    );
    // Follow-up texts link to the promised and the reported measure.
    const followUp = pkg.internalLinks.get("Uppföljning")!;
    expect(followUp.get("E3")).toBe("'Risker och åtgärder'!A2");
    expect(followUp.get("H3")).toBe("'Risker och åtgärder'!A4");
  });

  it("writes internal links in Excel's form: a location, no relationship", () => {
    for (const [name, targets] of pkg.externalTargets) {
      for (const target of targets) {
        expect(target.startsWith("#"), `${name}: ${target}`).toBe(false);
        expect(target, name).not.toMatch(/[\s'"]/);
      }
    }
    expect(pkg.sheets.get("Kontroller")).not.toMatch(/<hyperlink [^>]*r:id="[^"]*" location=/);
  });

  it("links the overview to every sheet and each rendition to its original", () => {
    const links = pkg.internalLinks.get("Översikt")!;
    const targets = [...links.values()];
    for (const name of Object.keys(EXPECTED_HEADERS).filter((n) => n !== "Översikt")) {
      expect(targets, name).toContain(`'${name}'!A1`);
    }
    const overview = sheet(wb, "Översikt");
    expect(overview.getCell("A3").value).toBe("→ Aktiviteter (4)");
    // The PDF of the Word plan points at the Word plan's row and is greyed out.
    const rendition = DOCS_HEADER + 2;
    expect(cellAt(overview, rendition, "Fil", DOCS_HEADER).text).toBe(
      "planer/vof-kommunikationsplan-2024.pdf",
    );
    expect(links.get(`P${rendition}`)).toBe(`'Översikt'!A${DOCS_HEADER + 1}`);
    expect(cellAt(overview, rendition, "Typ", DOCS_HEADER).font?.italic).toBe(true);
  });

  it("shows per series the years present, counting a rendition once", () => {
    const overview = sheet(wb, "Översikt");
    const seriesHeader = DOCS_HEADER + 4 + 3; // four documents, a blank row, the title line
    expect(overview.getCell(`A${seriesHeader - 1}`).value).toMatch(/^Serier/);
    const at = (row: number, header: string) => cellAt(overview, row, header, seriesHeader).value;
    expect(at(seriesHeader + 1, "Organisation")).toBe("Kommunstyrelsens förvaltning");
    expect(at(seriesHeader + 1, "År")).toBe("2023, 2024");
    expect(at(seriesHeader + 1, "Dokument")).toBe(2);
    expect(at(seriesHeader + 1, "Nyckeltal")).toBe(7);
    expect(at(seriesHeader + 1, "Fel")).toBe(1);
    expect(at(seriesHeader + 2, "Organisation")).toBe("Vård- och omsorgsförvaltningen");
    expect(at(seriesHeader + 2, "Dokument")).toBe(1);
    expect(at(seriesHeader + 2, "Återgivningar")).toBe(1);
    // Three activities in the Word plan; its PDF's copy is not counted again.
    expect(at(seriesHeader + 2, "Aktiviteter")).toBe(3);
  });

  it("counts records and findings by severity per document", () => {
    const overview = sheet(wb, "Översikt");
    const at = (row: number, header: string) => cellAt(overview, row, header, DOCS_HEADER);
    const pdf = DOCS_HEADER + 4;
    expect(at(pdf, "Nyckeltal").value).toBe(4);
    expect(at(pdf, "Åtgärder").value).toBe(2);
    expect(at(pdf, "Fel").value).toBe(1);
    expect(fillOf(at(pdf, "Fel"))).toBe(EXCEL_TONE.bad.fill);
    expect(at(pdf, "Info").value).toBe(1);
    expect(at(pdf, "Varningar").value).toBe(0);
    expect(fillOf(at(pdf, "Varningar"))).toBeUndefined();
    expect(at(DOCS_HEADER + 1, "Varningar").value).toBe(1);
  });

  it("colours severities, statuses, risk levels and outcomes", () => {
    const findings = sheet(wb, "Kontroller");
    expect(fillOf(cellAt(findings, 2, "Allvarlighet"))).toBe(EXCEL_TONE.neutral.fill);
    expect(fillOf(cellAt(findings, 3, "Allvarlighet"))).toBe(EXCEL_TONE.bad.fill);
    expect(fillOf(cellAt(findings, 4, "Allvarlighet"))).toBe(EXCEL_TONE.info.fill);

    const risks = sheet(wb, "Risker och åtgärder");
    expect(cellAt(risks, 2, "Status").value).toBe("Pågående");
    expect(fillOf(cellAt(risks, 2, "Status"))).toBe(EXCEL_TONE.neutral.fill);
    expect(cellAt(risks, 3, "Status").value).toBe("Ej påbörjad");
    expect(fillOf(cellAt(risks, 3, "Status"))).toBe(EXCEL_TONE.bad.fill);
    expect(fillOf(cellAt(risks, 4, "Status"))).toBe(EXCEL_TONE.good.fill);
    // Level 8 is high (orange), 12 very high (red) on the 4×4 matrix.
    expect(cellAt(risks, 2, "Risknivå").value).toBe(8);
    expect(fillOf(cellAt(risks, 2, "Risknivå"))).toBe(EXCEL_TONE.high.fill);
    expect(cellAt(risks, 2, "Nivåklass").value).toBe("Hög");
    expect(fillOf(cellAt(risks, 4, "Risknivå"))).toBe(EXCEL_TONE.bad.fill);
    expect(cellAt(risks, 4, "Nivåklass").value).toBe("Mycket hög");

    const followUp = sheet(wb, "Uppföljning");
    expect(cellAt(followUp, 3, "Utfall").value).toBe("Följd upp");
    expect(fillOf(cellAt(followUp, 3, "Utfall"))).toBe(EXCEL_TONE.good.fill);
    expect(fillOf(cellAt(followUp, 2, "Utfall"))).toBe(EXCEL_TONE.bad.fill);
  });

  it("pivots key figures by period, comparable across years, flagging reports that disagree", () => {
    const kf = sheet(wb, "Nyckeltal");
    expect(cellAt(kf, 2, "Rad").value).toBe("Total sjukfrånvaro");
    expect(cellAt(kf, 2, "R12 2021–12").value).toBe(3.9);
    expect(cellAt(kf, 2, "R12 2023–12").value).toBe(4.2);
    // 2024's report says 4,5 for 2022, 2023's said 4,4: the latest is shown and marked.
    expect(cellAt(kf, 2, "R12 2022–12").value).toBe(4.5);
    expect(fillOf(cellAt(kf, 2, "R12 2022–12"))).toBe(EXCEL_TONE.neutral.fill);
    expect(cellAt(kf, 2, "Avvikelser mellan rapporter").value).toBe(
      "R12 2022–12: 4,5 (2024), 4,4 (2023)",
    );
    expect(cellAt(kf, 2, "R12 2023–12").numFmt).toBe("#,##0.0");
    // "Föregående år" in the 2023 report is 2022.
    expect(cellAt(kf, 3, "Rad").value).toBe("Antal rapporterade arbetsskador");
    expect(cellAt(kf, 3, "2022").value).toBe(5);
    expect(hyperlinkOf(cellAt(kf, 2, "Källa (senaste)"))).toBe(`${PDF_HREF}#page=3`);
  });

  it("writes dates as real dates", () => {
    const activities = sheet(wb, "Aktiviteter");
    const start = cellAt(activities, 3, "Start");
    expect(start.value).toBeInstanceOf(Date);
    expect((start.value as Date).toISOString()).toBe("2024-07-01T00:00:00.000Z");
    expect(start.numFmt).toBe("yyyy-mm-dd");
    expect(cellAt(activities, 4, "Start").value).toBeNull();
    expect(cellAt(activities, 2, "Kvartal").value).toBe("2024 K1–2024 K2");

    const end = cellAt(sheet(wb, "Risker och åtgärder"), 4, "Slutdatum");
    expect((end.value as Date).toISOString()).toBe("2024-03-31T00:00:00.000Z");
    const runLog = sheet(wb, "Körlogg");
    const started = runLog.getCell("B9");
    expect(runLog.getCell("A9").value).toBe("Startad (UTC)");
    expect((started.value as Date).toISOString()).toBe("2025-03-01T09:59:58.000Z");
    expect(started.numFmt).toBe("yyyy-mm-dd hh:mm:ss");
  });

  it("writes numbers as numbers, with the decimals the document showed", () => {
    const stats = sheet(wb, "Nyckeltal (lista)");
    // Sorted by file, page, position: the 2023 report, then 2024's page 2, then page 3.
    expect(cellAt(stats, 5, "Värde").value).toBe(-424);
    expect(cellAt(stats, 5, "Värde").numFmt).toBe("#,##0");
    expect(cellAt(stats, 7, "Värde").value).toBe(-0.2);
    expect(cellAt(stats, 7, "Värde").numFmt).toBe("#,##0.0");
    expect(cellAt(stats, 6, "Värde").value).toBe(4.2);
    expect(cellAt(stats, 6, "Som skrivet").value).toBe("4,2");
    expect(cellAt(stats, 5, "Sida").value).toBe(2);

    const overview = sheet(wb, "Översikt");
    expect(cellAt(overview, DOCS_HEADER + 4, "År", DOCS_HEADER).value).toBe(2024);
    expect(cellAt(overview, DOCS_HEADER + 4, "År", DOCS_HEADER).numFmt).toBe("0");
    expect(cellAt(overview, DOCS_HEADER + 1, "Sidor", DOCS_HEADER).value).toBeNull();
    expect(cellAt(sheet(wb, "Uppföljning"), 3, "Matchning").value).toBe(0.83);
    expect(cellAt(sheet(wb, "Uppföljning"), 3, "Matchning").numFmt).toBe("0%");
    expect(cellAt(sheet(wb, "Körlogg"), 5, "Tid (ms)").value).toBe(1235);
  });

  it("never turns document text into a formula", () => {
    const activities = sheet(wb, "Aktiviteter");
    const cells = [
      [cellAt(activities, 3, "Aktivitet"), "=SUM(A1:A2)"],
      [cellAt(activities, 3, "Syfte/mål"), "+46 8 123"],
      [cellAt(activities, 2, "Syfte/mål"), "-0,3 text"],
      [cellAt(sheet(wb, "Nyckeltal (lista)"), 5, "Som skrivet"), "-424"],
    ] as const;
    for (const [cell, text] of cells) {
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      expect(cell.type).toBe(ExcelJS.ValueType.String);
    }
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => {
        row.eachCell((cell) =>
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula),
        );
      });
    }
  });

  it("shows Swedish words for coded values and resolves record references", () => {
    expect(cellAt(sheet(wb, "Kontroller"), 2, "Berörda poster").value).toBe("Storytelling");
    expect(cellAt(sheet(wb, "Kontroller"), 2, "Vad regeln fångar").value).toBe(
      "En aktivitet utan tid eller utan ansvarig",
    );
    expect(cellAt(sheet(wb, "Risker och åtgärder"), 4, "Avsnitt").value).toBe("Utvärdering");
    expect(cellAt(sheet(wb, "Uppföljning"), 2, "Utfall").value).toBe("Saknas");
    const overview = sheet(wb, "Översikt");
    expect(cellAt(overview, DOCS_HEADER + 4, "Typ", DOCS_HEADER).value).toBe("Arbetsmiljörapport");
    expect(cellAt(overview, DOCS_HEADER + 4, "Status", DOCS_HEADER).value).toBe("Varning");
    expect(cellAt(overview, DOCS_HEADER + 4, "Problem", DOCS_HEADER).value).toBe(
      "Tabellen på sidan 3 fortsätter på nästa sida\nIngen rubrik hittades",
    );
    expect(cellAt(sheet(wb, "Aktiviteter"), 3, "Målgrupper").value).toBe(
      "Chefer och medarbetare; Kommunikatörer",
    );
    expect(cellAt(sheet(wb, "Aktiviteter"), 3, "Initialer").value).toBe("CW, MW");
    expect(cellAt(sheet(wb, "Aktiviteter"), 5, "Återgivning").value).toBe("Ja");
  });

  it("sorts by file, then page, then position", () => {
    const files = (name: string, from = 2) =>
      sheet(wb, name)
        .getColumn(1)
        .values.slice(from)
        .filter((v) => v !== null && v !== undefined)
        .map((v) => (v as ExcelJS.CellHyperlinkValue).text ?? v);
    expect(files("Körlogg").slice(0, 4)).toEqual([
      "planer/vof-kommunikationsplan-2024.docx",
      "planer/vof-kommunikationsplan-2024.pdf",
      "rapporter/arbetsmiljörapport 2023.docx",
      "rapporter/arbetsmiljörapport 2024.pdf",
    ]);
    const activities = sheet(wb, "Aktiviteter");
    // Same document and no page: by id (act-1, act-2, act-3), whatever order they came in.
    expect([2, 3, 4].map((r) => cellAt(activities, r, "Aktivitet").value)).toEqual([
      "Sprida goda exempel på hur vi arbetar med organisationskulturen",
      "=SUM(A1:A2)",
      "Storytelling",
    ]);
  });
});

describe("determinism", () => {
  it("gives the same bytes and cells for the same records, in any input order", async () => {
    const a = await bytesOf();
    const b = await bytesOf();
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);

    const shuffled = sampleRecords();
    shuffled.documents.reverse();
    shuffled.activities.reverse();
    shuffled.risks.reverse();
    shuffled.statistics.reverse();
    shuffled.findings.reverse();
    shuffled.followUp.reverse();
    const c = await bytesOf(shuffled);
    expect(cellValues(await loadWorkbook(c))).toEqual(cellValues(await loadWorkbook(a)));
    expect(Buffer.from(c).equals(Buffer.from(a))).toBe(true);
  });

  it("takes the workbook's dates from the run, not the clock", async () => {
    const wb = await loadWorkbook(await bytesOf());
    expect(wb.created.toISOString()).toBe("2025-03-01T10:00:00.000Z");
    expect(wb.modified.toISOString()).toBe("2025-03-01T10:00:00.000Z");
  });
});

describe("English", () => {
  it("has English sheet names, headers and values", async () => {
    const wb = await loadWorkbook(await bytesOf(sampleRecords(), "en"));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      "Overview",
      "Activities",
      "Risks and measures",
      "Key figures",
      "Key figures (list)",
      "Checks",
      "Follow-up",
      "Run log",
    ]);
    expect(headers(sheet(wb, "Checks"))).toContain("Severity");
    expect(cellAt(sheet(wb, "Checks"), 3, "Severity").value).toBe("Error");
    expect(cellAt(sheet(wb, "Risks and measures"), 4, "Level band").value).toBe("Very high");
    expect(cellAt(sheet(wb, "Follow-up"), 3, "Outcome").value).toBe("Followed up");
    expect(cellAt(sheet(wb, "Activities"), 2, "Quarter").value).toBe("2024 Q1–2024 Q2");
    expect(cellAt(sheet(wb, "Overview"), DOCS_HEADER + 4, "Type", DOCS_HEADER).value).toBe(
      "Work environment report",
    );
    expect(sheet(wb, "Overview").getCell("A3").value).toBe("→ Activities (4)");
    // Document text stays as written.
    expect(cellAt(sheet(wb, "Activities"), 2, "Section").value).toBe(
      "Fokusområde 1: Stärka organisationskulturen",
    );
  });
});

describe("buildWorkbook edge cases", () => {
  it("keeps a risk without measures, and text Excel would otherwise decode", async () => {
    const records = sampleRecords();
    const risk = records.risks[1]!;
    records.risks.push({
      ...risk,
      id: "risk-2",
      page: 5,
      risk: "Risk _x0041_ utan åtgärd",
      level: 17,
      measures: [],
    });
    const wb = await loadWorkbook(await bytesOf(records));
    const risks = sheet(wb, "Risker och åtgärder");
    expect(cellAt(risks, 6, "Risk").value).toBe("Risk _x0041_ utan åtgärd");
    expect(cellAt(risks, 6, "Åtgärd").value).toBeNull();
    expect(hyperlinkOf(cellAt(risks, 6, "Fil"))).toBe(`${PDF_HREF}#page=5`);
    // Off the 4×4 matrix: shown, not coloured.
    expect(cellAt(risks, 6, "Risknivå").value).toBe(17);
    expect(fillOf(cellAt(risks, 6, "Risknivå"))).toBeUndefined();
    expect(cellAt(risks, 6, "Nivåklass").value).toBeNull();
  });

  it("produces tables with one blank row when there are no records", async () => {
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
    expect(specs.every((s) => s.tables.slice(0, 1).every((t) => t.rows.length === 0))).toBe(true);
    const bytes = await bytesOf(records);
    const pkg = await packageView(bytes);
    // Excel wants a data row in every table.
    expect(pkg.tables.get("Activities")).toContain('ref="A1:Q2"');
    const wb = await loadWorkbook(bytes);
    expect(headers(sheet(wb, "Aktiviteter"))).toEqual(EXPECTED_HEADERS.Aktiviteter);
    expect(headers(sheet(wb, "Nyckeltal"))).toEqual([
      "Organisation",
      "Tabell",
      "Rad",
      "Enhet",
      "Avvikelser mellan rapporter",
      "Källa (senaste)",
    ]);
  });

  it("shows an impossible date as text rather than a wrong date", () => {
    const records = sampleRecords();
    records.activities[0]!.start = "2024-02-30";
    const activities = buildSheetSpecs(records, sampleRunLog(), opts)[1]!;
    const startCol = activities.tables[0]!.columns.findIndex((c) => c.header === "Start");
    const row = activities.tables[0]!.rows.find((r) => r.some((c) => c.value === "=SUM(A1:A2)"));
    expect(row?.[startCol]?.value).toBe("2024-02-30");
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
    expect(excelText("a\uD800b\uDC00c😀\uFFFF")).toBe("a\uFFFDb\uFFFDc😀\uFFFD");
  });
});

describe("tableColumnNames", () => {
  it("makes header names Excel accepts: one line, unique ignoring case", () => {
    expect(tableColumnNames(["R12\n2023–12", "Rad", "rad", "", "Rad"])).toEqual([
      "R12 2023–12",
      "Rad",
      "rad (2)",
      "–",
      "Rad (3)",
    ]);
  });
});
