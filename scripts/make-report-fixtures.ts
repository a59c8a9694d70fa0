// Writes the Word documents the report tests run through the real pipeline:
//   fixtures/report/formelceller-kommunikationsplan-2026.docx
//     a communication plan whose activity table has cells that begin with =, +, - and @, as a
//     spreadsheet would read them as formulas; the workbook must show them as the text they are.
// Usage: npx tsx scripts/make-report-fixtures.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

const OUT = path.join(import.meta.dirname, "..", "fixtures", "report");

/** The cells the test looks for, by column, as they must come back out of the workbook. */
export const FORMULA_ROWS: readonly {
  when: string;
  activity: string;
  purpose: string;
  targetGroup: string;
  responsible: string;
}[] = [
  {
    when: "Januari 2026",
    activity: "=SUMMA(A1:A9)",
    purpose: "+46 8 508 000 00 är växelns nummer",
    targetGroup: "Alla medarbetare",
    responsible: "Kommunikatörer (CW)",
  },
  {
    when: "Våren 2026",
    activity: "-3 utskick per månad jämfört med 2025",
    purpose: "=1+1",
    targetGroup: "@Chefer",
    responsible: "Kommunikationschef (MB)",
  },
  {
    when: "Hösten 2026",
    activity: '=HYPERLINK("http://example.com";"Klicka här")',
    purpose: "@mention i Teams-kanalen för chefer",
    targetGroup: "Ledningsgrupper",
    responsible: "+Kommunikatör (HM)",
  },
  {
    when: "Löpande",
    activity: "+Nyhetsbrev varje månad",
    purpose: "-Minska antalet frågor till växeln",
    targetGroup: "Alla medarbetare",
    responsible: "Kommunikatör (LP)",
  },
];

const border = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, bold = false): TableCell {
  return new TableCell({
    borders,
    children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
  });
}

function formulaPlan(): Document {
  const header = ["Datum", "Kommunikationsinsats", "Syfte/mål", "Målgrupp", "Ansvarig"];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...FORMULA_ROWS.map(
        (r) =>
          new TableRow({
            children: [r.when, r.activity, r.purpose, r.targetGroup, r.responsible].map((t) =>
              cell(t),
            ),
          }),
      ),
    ],
  });
  return new Document({
    creator: "planpipe",
    title: "Kommunikationsplan 2026",
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun("Vård- och omsorgsförvaltningen")],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun("Kommunikationsplan 2026")],
          }),
          new Paragraph({
            children: [
              new TextRun(
                "Kommunikationsplanen beskriver förvaltningsledningens prioriterade kommunikationsinsatser för 2026.",
              ),
            ],
          }),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: [new TextRun("Fokusområde 1: Celler som ser ut som formler")],
          }),
          table,
        ],
      },
    ],
  });
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, "formelceller-kommunikationsplan-2026.docx");
  await writeFile(file, await Packer.toBuffer(formulaPlan()));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
