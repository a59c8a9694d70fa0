import { describe, expect, it } from "vitest";
import {
  attachTables,
  columnLetters,
  type TableDefinition,
  tableXml,
  withPrintTitles,
  withTableContentTypes,
} from "../../src/report/xlsx-tables.js";

const TABLE: TableDefinition = {
  name: "Activities",
  headerRow: 3,
  lastRow: 10,
  columns: ["Fil", "Syfte & mål", "Målgrupp"],
  style: "TableStyleLight1",
};

describe("columnLetters", () => {
  it("counts A–Z, then AA", () => {
    expect([1, 17, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual([
      "A",
      "Q",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });
});

describe("tableXml", () => {
  it("covers header and rows, names every column (escaped) and shows filter buttons", () => {
    const xml = tableXml(TABLE, 4);
    expect(xml).toContain('id="4" name="Activities" displayName="Activities" ref="A3:C10"');
    expect(xml).toContain('<autoFilter ref="A3:C10"/>');
    expect(xml).toContain('<tableColumns count="3">');
    expect(xml).toContain('<tableColumn id="2" name="Syfte &amp; mål"/>');
    expect(xml).toContain('<tableStyleInfo name="TableStyleLight1"');
    expect(xml).not.toContain("hiddenButton");
  });
});

describe("attachTables", () => {
  const sheet = "<worksheet><sheetData/><headerFooter/></worksheet>";

  it("numbers its relationships after the sheet's own", () => {
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="x"><Relationship Id="rId1" Target="a"/>' +
      '<Relationship Id="rId12" Target="b"/></Relationships>';
    const out = attachTables(sheet, rels, [5, 6]);
    expect(out.sheet).toBe(
      '<worksheet><sheetData/><headerFooter/><tableParts count="2"><tablePart r:id="rId13"/>' +
        '<tablePart r:id="rId14"/></tableParts></worksheet>',
    );
    expect(out.rels).toContain('<Relationship Id="rId12" Target="b"/>');
    expect(out.rels).toContain(
      'Id="rId13" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table5.xml"/>',
    );
    expect(out.rels).toContain('Id="rId14"');
    expect(out.rels.endsWith("</Relationships>")).toBe(true);
  });

  it("copes with a sheet of very many links", () => {
    const many = Array.from({ length: 200_000 }, (_, i) => `<Relationship Id="rId${i + 1}"/>`);
    const out = attachTables(sheet, `<Relationships>${many.join("")}</Relationships>`, [1]);
    expect(out.sheet).toContain('<tablePart r:id="rId200001"/>');
  });

  it("makes the relationships part when the sheet has none", () => {
    const out = attachTables(sheet, null, [1]);
    expect(out.rels).toMatch(/^<\?xml[^>]*\?>\n<Relationships xmlns="[^"]+">/);
    expect(out.rels).toContain('Id="rId1"');
  });
});

describe("withTableContentTypes", () => {
  it("declares each table part", () => {
    const out = withTableContentTypes('<Types><Default Extension="xml"/></Types>', [1, 2]);
    expect(out.match(/PartName="\/xl\/tables\/table\d\.xml"/g)).toHaveLength(2);
    expect(out.endsWith("</Types>")).toBe(true);
  });
});

describe("withPrintTitles", () => {
  const workbook =
    '<workbook><sheets><sheet name="A"/><sheet name="B"/></sheets><calcPr/></workbook>';

  it("repeats each sheet's header row on every printed page, by sheet position", () => {
    const out = withPrintTitles(workbook, [
      { name: "Översikt", tables: [], printTitlesRow: 7 },
      { name: "Bob's", tables: [], printTitlesRow: null },
      { name: "Risker & åtgärder", tables: [], printTitlesRow: 1 },
    ]);
    expect(out).toBe(
      '<workbook><sheets><sheet name="A"/><sheet name="B"/></sheets><definedNames>' +
        '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Översikt&apos;!$7:$7</definedName>' +
        '<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;Risker &amp; åtgärder&apos;!$1:$1</definedName>' +
        "</definedNames><calcPr/></workbook>",
    );
  });

  it("doubles an apostrophe in a sheet name, as formulas quote it", () => {
    const out = withPrintTitles(workbook, [{ name: "Bob's", tables: [], printTitlesRow: 2 }]);
    expect(out).toContain("&apos;Bob&apos;&apos;s&apos;!$2:$2");
  });

  it("leaves a workbook without print titles as it is", () => {
    expect(withPrintTitles(workbook, [{ name: "A", tables: [], printTitlesRow: null }])).toBe(
      workbook,
    );
  });
});
