// Writes the table fixtures under fixtures/tables/: each case is rendered by two producers,
//   <case>.lo.docx  → <case>.lo.pdf        docx-js document converted by LibreOffice
//   <case>.chromium.html → <case>.chromium.pdf   HTML printed by headless Chromium
// and gets <case>.<producer>.expected.json: what `planpipe tables --json` must print (page,
// rows, cols, cells with spans and text). The expected tables are written by hand below, in
// the same spec the renderers read: a cell's text as a reader sees it.
//
// Cell text markup (the renderers show it, the expected text resolves it):
//   "\n"  a line break inside the cell       expected: a space
//   "¦"   a line break inside a word         expected: nothing ("vi-¦känslan" → "vi-känslan")
//   "~"   a visible line-break hyphen        expected: nothing ("organisations~¦kulturen")
//   "\u00ad" a soft hyphen (the renderer may break there) expected: removed
//
// Usage: npx tsx scripts/make-table-fixtures.ts [case ...]   (needs soffice and chromium)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  type ITableFloatOptions,
  LeaderType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableAnchorType,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { chromiumPdf } from "./chromium-pdf.js";

type CellSpec = string | { text: string; rowSpan?: number; colSpan?: number };
type TableStyle =
  | "ruled"
  | "zebra"
  /** A shaded header over body rows shaded in turn from the first: two shaded rows meet. */
  | "zebra-header"
  | "double-dashed"
  | "inner"
  | "unruled"
  | "header-rule"
  | "row-rules"
  | "shaded"
  | "shaded-header";
type Producer = "lo" | "chromium";

interface TableSpec {
  kind: "table";
  style: TableStyle;
  /** Column widths as shares of the table width. */
  widths: number[];
  /** Share of the text width the table takes (default 1). */
  width?: number;
  /** Number of header rows (bold). */
  header: number;
  repeatHeader?: boolean;
  /** HTML semantics: each row lists the cells that start in it. */
  rows: CellSpec[][];
  /** 1-based page where the table starts, per producer. */
  page: Record<Producer, number>;
  /** Numbers right-aligned in these columns. */
  rightAlign?: number[];
  /** Fixed column widths: a word longer than its cell is broken (without a hyphen). */
  breakWords?: boolean;
  /** No vertical padding in cells: rows sit as close as lines in a paragraph. */
  tight?: boolean;
  /** Much vertical space in cells (rows 2–3 lines apart) and a centred header. */
  airy?: boolean;
  /** Cells centred vertically (HTML's default for table cells): a short cell sits halfway down. */
  middle?: boolean;
  /** No space under the table: the next table shares its bottom border. */
  flush?: boolean;
  /** Indent these rows' first cell (sub-items of the row above). */
  indent?: number[];
  /** Rows set in bold: section rows inside the table. */
  sectionRows?: number[];
}

type Block =
  | { kind: "h"; text: string }
  | { kind: "p"; text: string }
  | { kind: "list"; items: string[] }
  /** A table of contents: entries with page numbers at the right margin, no leaders. */
  | { kind: "contents"; entries: Array<[string, number]> }
  | { kind: "caption"; text: string }
  | TableSpec
  | { kind: "beside"; table: TableSpec; paragraphs: string[] };

interface Section {
  columns?: 2;
  landscape?: boolean;
  blocks: Block[];
}

interface Fixture {
  name: string;
  /** Pages to store as portrait + /Rotate 90 (displayed landscape, same look). */
  rotate?: number[];
  sections: Section[];
}

const OUT = path.join(import.meta.dirname, "../fixtures/tables");

// ---------------------------------------------------------------------------------------------
// Text used across the cases.

const PROSE = [
  "Kommunikationen ska stödja förvaltningens uppdrag och bidra till att medarbetare och invånare får rätt information i rätt tid. Planen beskriver hur arbetet ska bedrivas under året och vem som ansvarar för vad.",
  "Alla chefer har ett ansvar för att informationen når ut till medarbetarna. Kommunikatörerna stöttar med kanaler, mallar och rådgivning, och följer upp insatserna två gånger per år.",
  "Uppföljningen redovisas för förvaltningsledningen i samband med tertialrapporterna. Avvikelser från planen ska förklaras och nya insatser kan läggas till under året när behov uppstår.",
  "Medarbetarundersökningen visar att de flesta känner sig välinformerade, men att kunskapen om förvaltningens mål varierar mellan enheterna. Därför prioriteras dialog på arbetsplatsträffar.",
];

const LONG_PROSE = Array.from(
  { length: 4 },
  (_, i) =>
    `${PROSE[i % PROSE.length]} ${PROSE[(i + 1) % PROSE.length]} ${PROSE[(i + 2) % PROSE.length]}`,
);

function para(i: number): Block {
  return { kind: "p", text: PROSE[i % PROSE.length] as string };
}

/** Risks beside several measures each (rowspans), every measure followed by its desired effect. */
const RISK_GROUPS: CellSpec[][] = [
  ["Risk", "Risknivå", "Åtgärd", "Status", "Slutdatum"],
  [
    {
      text: "Ohälsa på grund av hög arbetsbelastning i samband med de allmänna valen",
      rowSpan: 6,
    },
    { text: "9", rowSpan: 6 },
    "Förstärkning av valkansliet",
    "Avslutad",
    "2022-09-30",
  ],
  [
    {
      text: "Önskad effekt\nOrdinarie medarbetare behöver inte arbeta övertid i samma omfattning som vid tidigare val.",
      colSpan: 3,
    },
  ],
  ["Planering av kompensationsledighet efter valet", "Avslutad", "2022-12-31"],
  [
    {
      text: "Önskad effekt\nMedarbetare som arbetat mycket övertid under valet får tid för återhämtning",
      colSpan: 3,
    },
  ],
  ["Stöd från HR till chefer under valperioden", "Avslutad", "2022-10-31"],
  [
    {
      text: "Önskad effekt\nCheferna ser tidigt tecken på ohälsa och kan fördela om arbetet",
      colSpan: 3,
    },
  ],
  [
    { text: "Minskad gemenskap efter pandemin", rowSpan: 4 },
    { text: "6", rowSpan: 4 },
    "Riktlinjer för hybridarbete",
    "Avslutad",
    "2022-06-30",
  ],
  [
    {
      text: "Önskad effekt\nTydliga förväntningar på när medarbetarna arbetar på plats och när de arbetar på distans",
      colSpan: 3,
    },
  ],
  ["Digital introduktion för nya medarbetare", "Avslutad", "2023-01-31"],
  [
    {
      text: "Önskad effekt\nNya medarbetare får en likvärdig introduktion oavsett var och när de börjar",
      colSpan: 3,
    },
  ],
];

const ACTIVITY_HEADER: CellSpec[] = ["Datum", "Aktivitet", "Målgrupp", "Ansvarig"];
const ACTIVITIES: CellSpec[][] = [
  [
    "Januari 2025",
    "Introduktion av den nya kommunikationsplanen på ledningsgruppens möte",
    "Chefer",
    "Kommunikationschef (AL)",
  ],
  [
    "Våren 2025",
    "Workshop om klarspråk för alla som skriver texter till webbplatsen och intranätet",
    "Medarbetare\nKommunikatörer",
    "Kommunikatörer (CW, MW)",
  ],
  ["13 mars", "Nyhetsbrev till medarbetare", "Alla medarbetare", "Kommunikatörer"],
  [
    "Hösten 2025",
    "Uppföljning av medarbetarundersökningen med dialog på arbetsplatsträffar i varje enhet",
    "Chefer och medarbetare",
    "HR-avdelningen",
  ],
  ["Löpande", "Publicering på intranätet", "Alla medarbetare", "Webbredaktör (JS)"],
];

// ---------------------------------------------------------------------------------------------
// The cases.

const page1 = { lo: 1, chromium: 1 };

const FIXTURES: Fixture[] = [
  {
    name: "ruled",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Kommunikationsinsatser 2025" },
          para(0),
          { kind: "caption", text: "Tabell 1. Planerade insatser under året" },
          {
            kind: "table",
            style: "ruled",
            widths: [0.16, 0.4, 0.2, 0.24],
            header: 1,
            rows: [ACTIVITY_HEADER, ...ACTIVITIES],
            page: page1,
          },
          para(1),
        ],
      },
    ],
  },
  {
    name: "merged",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Riskbedömning och åtgärder" },
          para(2),
          {
            kind: "table",
            style: "ruled",
            widths: [0.24, 0.12, 0.4, 0.12, 0.12],
            header: 2,
            rows: [
              [
                { text: "Risk", rowSpan: 2 },
                { text: "Risknivå", rowSpan: 2 },
                { text: "Åtgärd", rowSpan: 2 },
                { text: "Uppföljning", colSpan: 2 },
              ],
              ["Status", "Slutdatum"],
              [
                { text: "Hög arbetsbelastning hos chefer", rowSpan: 3 },
                { text: "3", rowSpan: 3 },
                "Översyn av antalet medarbetare per chef",
                "Pågår",
                "2025-06-30",
              ],
              ["Stöd från HR vid rehabiliteringsärenden", "Klar", "2025-03-31"],
              ["Chefsutbildning i arbetsmiljö", "Ej påbörjad", "2025-12-31"],
              [{ text: "Fokusområde 2: Medarbetarnas hälsa", colSpan: 5 }],
              [
                "Ökad sjukfrånvaro",
                "2",
                "Friskvårdsbidrag och aktiviteter för återhämtning",
                "Klar",
                "2025-01-31",
              ],
            ],
            page: page1,
          },
          para(3),
        ],
      },
    ],
  },
  {
    name: "unruled",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Aktiviteter utan linjer" },
          para(0),
          {
            kind: "table",
            style: "unruled",
            widths: [0.16, 0.4, 0.2, 0.24],
            header: 1,
            rows: [ACTIVITY_HEADER, ...ACTIVITIES],
            page: page1,
          },
          para(1),
          para(2),
        ],
      },
    ],
  },
  {
    name: "unruled-sections",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Aktiviteter per fokusområde" },
          para(1),
          {
            kind: "table",
            style: "header-rule",
            widths: [0.16, 0.4, 0.2, 0.24],
            header: 1,
            rows: [
              ACTIVITY_HEADER,
              [{ text: "Fokusområde 1: Stärka organisationskulturen och vi-känslan", colSpan: 4 }],
              ...ACTIVITIES.slice(0, 2),
              [
                {
                  text: "Fokusområde 2: Stärka chefers förutsättningar för kommunikation",
                  colSpan: 4,
                },
              ],
              ...ACTIVITIES.slice(2),
            ],
            sectionRows: [1, 4],
            page: page1,
          },
          para(2),
        ],
      },
    ],
  },
  {
    name: "unruled-airy",
    sections: [
      {
        blocks: [
          {
            kind: "table",
            style: "unruled",
            widths: [0.16, 0.4, 0.2, 0.24],
            header: 1,
            airy: true,
            rows: [
              ["Datum", "Aktivitet", "Målgrupp", "Ansvarig\nenhet"],
              [{ text: "Fokusområde 1: Stärka organisationskulturen och vi-känslan", colSpan: 4 }],
              ...ACTIVITIES.slice(0, 2),
              [
                {
                  text: "Fokusområde 2: Stärka chefers förutsättningar för kommunikation",
                  colSpan: 4,
                },
              ],
              ...ACTIVITIES.slice(2, 3),
            ],
            sectionRows: [1, 4],
            page: page1,
          },
          // Right under it, closer than its rows are to each other: a table of its own.
          {
            kind: "table",
            style: "unruled",
            widths: [0.4, 0.3, 0.3],
            header: 1,
            rightAlign: [1, 2],
            rows: [
              ["Ärenden per år", "2025", "2024"],
              ["Bygglov", "1 204", "1 150"],
              ["Förhandsbesked", "88", "97"],
            ],
            page: page1,
          },
          { kind: "p", text: "Risker och åtgärder under året." },
          // The risk only on its first measure's row, its text wrapped over lines; the desired
          // effect in a cell merged over the columns right of the risk.
          {
            kind: "table",
            style: "unruled",
            widths: [0.34, 0.46, 0.2],
            header: 1,
            airy: true,
            rows: [
              ["Risk", "Åtgärd", "Status"],
              [
                "Hög arbetsbelastning hos handläggare under omorganisationen",
                "Införa ärendetak per handläggare",
                "Genomförd",
              ],
              [
                "",
                {
                  text: "Önskad effekt: Jämnare arbetsbelastning i hela gruppen",
                  colSpan: 2,
                },
              ],
              ["", "Rekrytera två extra handläggare", "Delvis genomförd"],
              ["", "Handledning varannan vecka", "Pågående"],
              [
                "Hot och våld i mötet med invånare",
                "Utbildning i bemötande och konflikthantering",
                "Klar",
              ],
              [
                "",
                {
                  text: "Önskad effekt: Ökad trygghet i mötet med alla invånare",
                  colSpan: 2,
                },
              ],
            ],
            page: page1,
          },
        ],
      },
    ],
  },
  {
    name: "unruled-airy-risks",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Risker och åtgärder" },
          para(1),
          // Each desired effect in a row of its own: its label under the measure, its text
          // in a cell merged over the two columns right of it, wrapped over lines.
          {
            kind: "table",
            style: "unruled",
            widths: [0.28, 0.3, 0.22, 0.2],
            header: 1,
            airy: true,
            rows: [
              ["Risk", "Åtgärd", "Status", "Klart senast"],
              [
                "Hög arbetsbelastning hos handläggare under omorganisationen",
                "Införa ärendetak per handläggare",
                "Genomförd",
                "2025-06-30",
              ],
              [
                "",
                "Önskad effekt",
                {
                  text: "Jämnare arbetsbelastning och färre sjukskrivningar bland handläggarna under hösten",
                  colSpan: 2,
                },
              ],
              ["", "Rekrytera två extra handläggare", "Delvis genomförd", "2025-09-30"],
              ["", "Önskad effekt", { text: "Fler medarbetare delar på ärendena", colSpan: 2 }],
              ["Hot och våld i mötet med invånare", "Utbildning i bemötande", "Klar", "2025-11-30"],
              [
                "",
                "Önskad effekt",
                { text: "Ökad trygghet i mötet med invånare och färre tillbud", colSpan: 2 },
              ],
            ],
            page: page1,
          },
          para(2),
        ],
      },
    ],
  },
  {
    name: "unruled-centred",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Aktiviteter" },
          para(0),
          // Cells centred vertically, no lines: a one-line cell sits halfway down a row whose
          // activity wraps over three lines, level with that activity's second line.
          {
            kind: "table",
            style: "unruled",
            widths: [0.16, 0.36, 0.24, 0.24],
            header: 1,
            middle: true,
            rows: [
              ["Datum", "Aktivitet", "Målgrupp", "Ansvarig"],
              ...ACTIVITIES.slice(0, 3),
              [{ text: "Fokusområde 2: Fler kanaler", colSpan: 4 }],
              ...ACTIVITIES.slice(3),
            ],
            sectionRows: [4],
            page: page1,
          },
          para(1),
        ],
      },
    ],
  },
  {
    name: "unruled-airy-risk-groups",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Föregående års åtgärder" },
          para(0),
          // A risk and its level stand once beside all their measures (rowspans): the risk's
          // text runs on past the first measure's row. A sparse narrow column, desired
          // effects in paragraphs merged over three columns, wrapping across a column gap.
          {
            kind: "table",
            style: "unruled",
            widths: [0.26, 0.1, 0.34, 0.14, 0.16],
            header: 1,
            airy: true,
            rows: RISK_GROUPS,
            page: page1,
          },
          para(1),
        ],
      },
    ],
  },
  {
    name: "zebra-risk-groups",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Åtgärder i randig tabell" },
          para(0),
          // Every other row shaded: the desired effects, merged over three columns; the
          // measures between them and the risks beside them (rowspans) are unshaded.
          {
            kind: "table",
            style: "zebra",
            widths: [0.26, 0.1, 0.34, 0.14, 0.16],
            header: 1,
            airy: true,
            rows: RISK_GROUPS,
            page: page1,
          },
          para(1),
        ],
      },
    ],
  },
  {
    name: "zebra-airy",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Aktiviteter i randig tabell" },
          para(0),
          // Every other row shaded, no lines, much space in the cells: each shaded row is a
          // grid of its own, the unshaded ones between them draw nothing.
          {
            kind: "table",
            style: "zebra-header",
            widths: [0.16, 0.4, 0.2, 0.24],
            header: 1,
            airy: true,
            rows: [
              ACTIVITY_HEADER,
              ...ACTIVITIES,
              ["Hela året", "Nyhetsbrev varje månad", "Alla medarbetare", "Kommunikatörer"],
            ],
            page: page1,
          },
          // Right under it, as wide, other columns: a table of its own, ending on an
          // unshaded row under its two shaded ones.
          {
            kind: "table",
            style: "zebra-header",
            widths: [0.5, 0.25, 0.25],
            header: 1,
            airy: true,
            rows: [
              ["Ärenden per år", "2025", "2024"],
              ["Bygglov", "1 204", "1 150"],
              ["Förhandsbesked", "88", "97"],
            ],
            page: page1,
          },
          para(1),
        ],
      },
    ],
  },
  {
    name: "unruled-centred-header",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Arbetsskador och tillbud" },
          para(3),
          // Header cells centred over their columns (as HTML's <th>), the figures under them
          // left-aligned: by their left edges the header cells crowd to the right.
          {
            kind: "table",
            style: "unruled",
            widths: [0.5, 0.25, 0.25],
            header: 1,
            airy: true,
            rows: [
              ["Typ", "2025", "2024"],
              ["Arbetsskador", "", ""],
              ["Hot och våld", "14", "11"],
              ["Belastning", "9", "12"],
              ["Tillbud", "", ""],
              ["Hot och våld", "31", "25"],
            ],
            page: page1,
          },
          para(0),
        ],
      },
    ],
  },
  {
    name: "ruled-stacked",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Aktiviteter och ärenden" },
          para(0),
          // Two ruled tables, the second right under the first: one set of lines, two tables.
          {
            kind: "table",
            style: "ruled",
            widths: [0.16, 0.4, 0.2, 0.24],
            header: 1,
            flush: true,
            rows: [ACTIVITY_HEADER, ...ACTIVITIES.slice(0, 3)],
            page: page1,
          },
          {
            kind: "table",
            style: "ruled",
            widths: [0.5, 0.25, 0.25],
            header: 1,
            rightAlign: [1, 2],
            rows: [
              ["Ärenden per år", "2025", "2024"],
              ["Bygglov", "1 204", "1 150"],
              ["Förhandsbesked", "88", "97"],
            ],
            page: page1,
          },
          para(1),
        ],
      },
    ],
  },
  {
    name: "tight-text",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Åtgärdslista" },
          para(2),
          {
            kind: "table",
            style: "unruled",
            tight: true,
            widths: [0.3, 0.45, 0.25],
            header: 1,
            rows: [
              ["Åtgärd", "Beskrivning", "Ansvarig"],
              [
                "Utbildning för nya chefer",
                "Två halvdagar om arbetsmiljöansvar och samverkan",
                "HR-chef",
              ],
              ["Skyddsrond", "Årlig rond på varje arbetsplats", "Skyddsombud och chef"],
              [
                "Medarbetarsamtal",
                "Samtal med varje medarbetare, dokumenteras i personalsystemet",
                "Närmaste chef",
              ],
              ["Riskbedömning", "Inför varje större förändring", "Verksamhetschef"],
            ],
            page: page1,
          },
          para(3),
        ],
      },
    ],
  },
  {
    name: "unruled-long-last",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Insatser med beskrivning" },
          para(0),
          {
            kind: "table",
            style: "unruled",
            widths: [0.15, 0.2, 0.65],
            header: 1,
            rows: [
              ["Datum", "Målgrupp", "Beskrivning"],
              [
                "Januari",
                "Chefer",
                "Ledningsgruppen går igenom planen och fördelar ansvaret för varje insats mellan förvaltningens avdelningar och enheter, så att alla vet vad som förväntas av dem under året.",
              ],
              [
                "Mars",
                "Medarbetare",
                "En workshop om klarspråk hålls för alla som skriver på webbplatsen och intranätet. Deltagarna får öva på egna texter och får återkoppling från kommunikatörerna.",
              ],
              [
                "Hösten",
                "Alla",
                "Resultatet av medarbetarundersökningen presenteras och diskuteras på arbetsplatsträffar i varje enhet, och varje enhet tar fram en egen handlingsplan.",
              ],
            ],
            page: page1,
          },
          para(1),
        ],
      },
    ],
  },
  {
    name: "header-rule",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Nyckeltal" },
          para(3),
          { kind: "caption", text: "Tabell 2. Sjukfrånvaro och personalomsättning" },
          {
            kind: "table",
            style: "header-rule",
            widths: [0.46, 0.18, 0.18, 0.18],
            width: 0.8,
            header: 1,
            rightAlign: [1, 2, 3],
            rows: [
              ["Nyckeltal", "2023", "2024", "Skillnad"],
              ["Sjukfrånvaro totalt, %", "6,1", "5,4", "-0,7"],
              ["Korttidssjukfrånvaro dag 1–14, %", "2,3", "2,6", "0,3"],
              ["Långtidssjukfrånvaro 60 dagar eller mer, %", "2,9", "2,1", "-0,8"],
              ["Personalomsättning, %", "12,0", "10,4", "-1,6"],
              ["Antal tillsvidareanställda", "1 204", "1 187", "-17"],
              ["Övertid, timmar per årsarbetare", "14", "18", "4"],
            ],
            page: page1,
          },
          { kind: "p", text: "Källa: Personalsystemet, december respektive år." },
          para(0),
        ],
      },
    ],
  },
  {
    name: "captions-below",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Ärenden och besök" },
          para(0),
          // Captions under their tables (as Word puts them), the second the page's last line:
          // neither is a row of the table above it.
          {
            kind: "table",
            style: "zebra-header",
            widths: [0.5, 0.25, 0.25],
            header: 1,
            rightAlign: [1, 2],
            rows: [
              ["Ärendetyp", "2024", "2023"],
              ["Bygglov", "1 204", "1 150"],
              ["Förhandsbesked", "88", "97"],
              ["Strandskyddsdispens", "31", "28"],
            ],
            page: page1,
          },
          { kind: "caption", text: "Tabell 1 Ärenden per år" },
          para(1),
          {
            kind: "table",
            style: "unruled",
            widths: [0.5, 0.25, 0.25],
            header: 1,
            airy: true,
            rightAlign: [1, 2],
            rows: [
              ["Kanal", "2024", "2023"],
              ["Webbplatsen", "131 900", "120 400"],
              ["Intranätet", "90 004", "88 210"],
            ],
            page: page1,
          },
          { kind: "caption", text: "Tabell 2 Besök per kanal" },
        ],
      },
    ],
  },
  {
    name: "statistics",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Anställda per ålder och kön" },
          para(2),
          { kind: "caption", text: "Tabell 3. Antal anställda i december" },
          {
            kind: "table",
            style: "header-rule",
            tight: true,
            widths: [0.36, 0.128, 0.128, 0.128, 0.128, 0.128],
            header: 2,
            rightAlign: [1, 2, 3, 4, 5],
            indent: [4, 5, 6, 8, 9],
            rows: [
              ["", { text: "Kvinnor", colSpan: 2 }, { text: "Män", colSpan: 2 }, "Totalt"],
              ["Anställningsform", "2023", "2024", "2023", "2024", "2024"],
              ["Samtliga anställda", "3 412", "3 520", "1 208", "1 244", "4 764"],
              ["Tillsvidareanställda", "", "", "", "", ""],
              ["heltid", "2 514", "2 601", "955", "981", "3 582"],
              ["deltid", "402", "388", "61", "58", "446"],
              ["varav över 60 år", "311", "325", "98", "102", "427"],
              ["Visstidsanställda", "", "", "", "", ""],
              [
                "med månadslön som arbetar minst halvtid under perioden",
                "330",
                "351",
                "140",
                "151",
                "502",
              ],
              ["timavlönade", "166", "180", "52", "54", "234"],
              ["Förändring mot föregående år, %", "..", "3,2", "..", "3,0", "3,1"],
            ],
            page: page1,
          },
          { kind: "p", text: "Anm. Uppgifterna avser anställda den 1 december respektive år." },
          para(3),
        ],
      },
    ],
  },
  {
    name: "row-rules",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Åtgärder med radlinjer" },
          para(1),
          {
            kind: "table",
            style: "row-rules",
            widths: [0.3, 0.5, 0.2],
            header: 1,
            rows: [
              ["Område", "Åtgärd", "Klart"],
              [
                "Fysisk arbetsmiljö",
                "Inventering av arbetsplatser och inköp av höj- och sänkbara skrivbord",
                "Mars",
              ],
              [
                "Organisatorisk och social arbetsmiljö",
                "Samtal om arbetsbelastning i varje arbetsgrupp",
                "Löpande",
              ],
              ["Kompetens", "Utbildning för skyddsombud", "Hösten 2025"],
              ["", "Introduktion för nya chefer", "Q2 2025"],
            ],
            page: page1,
          },
          para(2),
        ],
      },
    ],
  },
  {
    name: "shaded",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Tabell med färgade celler" },
          para(2),
          {
            kind: "table",
            style: "shaded",
            widths: [0.3, 0.25, 0.25, 0.2],
            header: 1,
            rightAlign: [1, 2, 3],
            rows: [
              ["Förvaltning", "Anställda", "Sjukfrånvaro, %", "Förändring"],
              ["Kommunstyrelsens förvaltning", "412", "4,2", "-0,3"],
              ["Vård- och omsorgsförvaltningen", "2 310", "8,9", "0,4"],
              ["Serviceförvaltningen", "655", "6,0", "-1,1"],
              ["Utbildningsförvaltningen", "3 102", "5,7", "0,0"],
            ],
            page: page1,
          },
          para(3),
        ],
      },
    ],
  },
  {
    name: "double-dashed",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Dubbla och streckade linjer" },
          para(2),
          {
            kind: "table",
            style: "double-dashed",
            widths: [0.4, 0.3, 0.3],
            header: 1,
            rows: [
              ["Kanal", "Ansvarig", "Uppdateras"],
              ["Webbplatsen", "Webbredaktör", "Varje vecka"],
              ["Intranätet", "Kommunikatör", "Dagligen"],
              [{ text: "Sociala medier: Facebook och Instagram", colSpan: 2 }, "Vid behov"],
            ],
            page: page1,
          },
          para(3),
        ],
      },
    ],
  },
  {
    name: "zebra",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Randiga rader" },
          para(0),
          {
            kind: "table",
            style: "zebra",
            widths: [0.4, 0.2, 0.2, 0.2],
            header: 1,
            rightAlign: [1, 2, 3],
            rows: [
              ["Enhet", "Budget", "Utfall", "Avvikelse"],
              ["Kommunikationsenheten", "4 200", "4 050", "150"],
              ["HR-avdelningen", "12 800", "13 120", "-320"],
              ["Ekonomiavdelningen", "9 400", "9 380", "20"],
              ["IT-avdelningen med support och drift av system", "21 000", "22 450", "-1 450"],
              ["Summa", "47 400", "49 000", "-1 600"],
            ],
            page: page1,
          },
          para(1),
        ],
      },
    ],
  },
  {
    name: "inner-borders",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Tabell utan yttre ram" },
          para(0),
          {
            kind: "table",
            style: "inner",
            widths: [0.34, 0.22, 0.22, 0.22],
            header: 2,
            rightAlign: [1, 2, 3],
            rows: [
              [
                { text: "Enhet", rowSpan: 2 },
                { text: "Sjukfrånvaro, %", colSpan: 3 },
              ],
              ["2023", "2024", "Skillnad"],
              ["Hemtjänst", "9,1", "8,4", "-0,7"],
              ["Särskilt boende", "10,2", "10,9", "0,7"],
              ["Administration", "3,9", "3,5", "-0,4"],
            ],
            page: page1,
          },
          para(1),
        ],
      },
    ],
  },
  {
    name: "shaded-merged",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Färgade celler med sammanslagning" },
          para(1),
          {
            kind: "table",
            style: "shaded",
            widths: [0.3, 0.4, 0.3],
            header: 1,
            rows: [
              ["Område", "Aktivitet", "Ansvarig"],
              [
                { text: "Intern kommunikation", rowSpan: 2 },
                "Nyhetsbrev varannan vecka",
                "Kommunikatör",
              ],
              ["Chefsinformation inför arbetsplatsträffar", "Kommunikationschef"],
              [{ text: "Extern kommunikation: webbplats och sociala medier", colSpan: 3 }],
              ["Webbplats", "Översyn av startsidan", "Webbredaktör"],
            ],
            page: page1,
          },
          para(2),
        ],
      },
    ],
  },
  {
    name: "shaded-header",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Färgad rubrikrad utan linjer" },
          para(3),
          {
            kind: "table",
            style: "shaded-header",
            widths: [0.18, 0.42, 0.2, 0.2],
            header: 1,
            rows: [ACTIVITY_HEADER, ...ACTIVITIES],
            page: page1,
          },
          para(0),
        ],
      },
    ],
  },
  {
    name: "page-break-repeat",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Årsplan" },
          { kind: "p", text: LONG_PROSE[0] as string },
          { kind: "p", text: LONG_PROSE[1] as string },
          {
            kind: "table",
            style: "ruled",
            widths: [0.16, 0.44, 0.18, 0.22],
            header: 1,
            repeatHeader: true,
            rows: [ACTIVITY_HEADER, ...ACTIVITIES, ...longRows(10), splitRow(), ...ACTIVITIES],
            page: page1,
          },
          para(0),
        ],
      },
    ],
  },
  {
    name: "page-break-stream",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Årsplan utan upprepad rubrikrad" },
          { kind: "p", text: LONG_PROSE[2] as string },
          { kind: "p", text: LONG_PROSE[3] as string },
          {
            kind: "table",
            style: "header-rule",
            widths: [0.16, 0.44, 0.18, 0.22],
            header: 1,
            rows: [ACTIVITY_HEADER, ...ACTIVITIES, ...longRows(10), splitRow(), ...ACTIVITIES],
            page: page1,
          },
          para(1),
        ],
      },
    ],
  },
  {
    name: "page-break-stream-repeat",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Årsplan med upprepad rubrikrad" },
          { kind: "p", text: LONG_PROSE[1] as string },
          { kind: "p", text: LONG_PROSE[2] as string },
          {
            kind: "table",
            style: "header-rule",
            widths: [0.16, 0.44, 0.18, 0.22],
            header: 1,
            repeatHeader: true,
            rows: [ACTIVITY_HEADER, ...ACTIVITIES, ...longRows(12), ...ACTIVITIES],
            page: page1,
          },
          para(2),
        ],
      },
    ],
  },
  {
    name: "page-break-unruled-repeat",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Årsplan över tre sidor" },
          para(0),
          // An unruled table over three pages, its header repeated at the top of each: the
          // repeats stand where a running header would, in the same place on pages 2 and 3.
          {
            kind: "table",
            style: "unruled",
            widths: [0.16, 0.44, 0.18, 0.22],
            header: 1,
            repeatHeader: true,
            airy: true,
            rows: [ACTIVITY_HEADER, ...ACTIVITIES, ...longRows(24), ...ACTIVITIES],
            page: page1,
          },
          para(2),
        ],
      },
    ],
  },
  {
    name: "two-tables",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Två tabeller på samma sida" },
          {
            kind: "table",
            style: "ruled",
            widths: [0.5, 0.25, 0.25],
            header: 1,
            rightAlign: [1, 2],
            rows: [
              ["Kanal", "Besök 2023", "Besök 2024"],
              ["Webbplatsen", "120 400", "131 900"],
              ["Intranätet", "88 210", "90 004"],
            ],
            page: page1,
          },
          { kind: "p", text: "Besöken ökade i båda kanalerna." },
          {
            kind: "table",
            style: "ruled",
            widths: [0.5, 0.25, 0.25],
            header: 1,
            rightAlign: [1, 2],
            rows: [
              ["Kanal", "Följare 2023", "Följare 2024"],
              ["Facebook", "5 120", "5 300"],
              ["Instagram", "2 004", "2 870"],
            ],
            page: page1,
          },
          { kind: "h", text: "Ansvar" },
          {
            kind: "table",
            style: "unruled",
            widths: [0.3, 0.7],
            header: 1,
            rows: [
              ["Roll", "Ansvar"],
              ["Förvaltningschef", "Ytterst ansvarig för kommunikationen"],
              ["Kommunikatör", "Planerar, genomför och följer upp insatserna"],
              ["Chef", "Informerar sina medarbetare på arbetsplatsträffar"],
            ],
            page: page1,
          },
          { kind: "p", text: "Ansvarsfördelningen gäller från och med den första januari." },
          {
            kind: "table",
            style: "unruled",
            widths: [0.3, 0.35, 0.35],
            header: 1,
            rows: [
              ["Möte", "Deltagare", "Tidpunkt"],
              ["Ledningsgrupp", "Förvaltningsledning", "Varje vecka"],
              ["Samverkansgrupp", "Chefer och fackliga ombud", "En gång per månad"],
            ],
            page: page1,
          },
        ],
      },
    ],
  },
  {
    name: "beside-text",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Tabell bredvid brödtext" },
          {
            kind: "beside",
            paragraphs: [PROSE[0] as string, PROSE[1] as string, PROSE[2] as string],
            table: {
              kind: "table",
              style: "ruled",
              widths: [0.6, 0.4],
              width: 0.4,
              header: 1,
              rightAlign: [1],
              rows: [
                ["Enhet", "Antal"],
                ["Hemtjänst", "214"],
                ["Särskilt boende", "388"],
                ["Dagverksamhet", "41"],
              ],
              page: page1,
            },
          },
          para(3),
        ],
      },
    ],
  },
  {
    name: "beside-text-stream",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Olinjerad tabell bredvid brödtext" },
          {
            kind: "beside",
            paragraphs: [PROSE[1] as string, PROSE[2] as string, PROSE[3] as string],
            table: {
              kind: "table",
              style: "header-rule",
              widths: [0.6, 0.4],
              width: 0.42,
              header: 1,
              rightAlign: [1],
              rows: [
                ["Kanal", "Besök"],
                ["Webbplatsen", "131 900"],
                ["Intranätet", "90 004"],
                ["Nyhetsbrevet", "12 410"],
              ],
              page: page1,
            },
          },
          para(0),
        ],
      },
    ],
  },
  {
    name: "two-column-prose",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Kommunikationspolicy" },
          para(0),
          {
            kind: "list",
            items: [
              "Vi kommunicerar öppet och tydligt.",
              "Vi använder klarspråk.",
              "Vi svarar på frågor inom två arbetsdagar.",
            ],
          },
        ],
      },
      {
        columns: 2,
        blocks: [
          { kind: "p", text: LONG_PROSE[0] as string },
          { kind: "p", text: LONG_PROSE[1] as string },
          { kind: "p", text: LONG_PROSE[2] as string },
          { kind: "p", text: LONG_PROSE[3] as string },
        ],
      },
    ],
  },
  {
    name: "contents",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Innehåll" },
          {
            kind: "contents",
            entries: [
              ["1. Inledning", 3],
              ["2. Syfte och mål", 4],
              ["3. Målgrupper", 6],
              ["4. Kanaler", 8],
              ["5. Ansvar och roller", 11],
              ["6. Uppföljning", 14],
            ],
          },
          para(0),
        ],
      },
    ],
  },
  {
    name: "rotated",
    rotate: [1],
    sections: [
      {
        landscape: true,
        blocks: [
          { kind: "h", text: "Liggande sida" },
          para(1),
          {
            kind: "table",
            style: "ruled",
            widths: [0.12, 0.3, 0.2, 0.14, 0.24],
            header: 1,
            rows: [
              ["Datum", "Kommunikationsinsats", "Syfte/mål", "Målgrupp", "Ansvarig"],
              [
                "26 februari\n4 april",
                "Chefsforum om förändringsarbetet",
                "Ge cheferna stöd i kommunikationen",
                "Chefer",
                "Förvaltningsledningen (LK)",
              ],
              [
                "Våren 2025 datum ej satt",
                "Temadag för medarbetare",
                "Stärka samarbetet mellan enheterna",
                "Alla medarbetare",
                "Kommunikatörer (CW, MW)",
              ],
            ],
            page: page1,
          },
          {
            kind: "table",
            style: "header-rule",
            widths: [0.4, 0.2, 0.2, 0.2],
            width: 0.6,
            header: 1,
            rightAlign: [1, 2, 3],
            rows: [
              ["Kanal", "2023", "2024", "Mål 2025"],
              ["Nyhetsbrev, öppningsgrad %", "48", "52", "55"],
              ["Intranätet, besök per vecka", "9 800", "10 250", "11 000"],
            ],
            page: page1,
          },
        ],
      },
    ],
  },
  {
    name: "hyphenation",
    sections: [
      {
        blocks: [
          { kind: "h", text: "Avstavning i smala kolumner" },
          {
            kind: "p",
            text: "Arbetet med vi-känslan och organisationskulturen fortsätter, liksom förändrings- och förbättringsarbetet. Kommunikationssamordnaren samordnar och medarbetarundersökningen följs upp.",
          },
          {
            kind: "table",
            style: "ruled",
            widths: [0.25, 0.25, 0.25, 0.25],
            width: 0.7,
            header: 1,
            rows: [
              ["Fokusområde", "Insats", "Målgrupp", "Kommentar"],
              [
                "Stärka organisations~¦kulturen",
                "Dialog om vi-¦känslan",
                "Chefer och medarbetare",
                "Förändrings-\noch förbättrings~¦arbete",
              ],
              [
                "Arbetsmiljö\u00adarbete",
                "APT-¦material om e-¦tjänster",
                "Skydds\u00adombud",
                "Medarbetar\u00adundersökningen följs upp",
              ],
              [
                "Kompetens~¦försörjning",
                "Introduktions~¦program för nyanställda",
                "Nyanställda",
                "Hälso- och sjukvård",
              ],
              ["Samordning", "Nätverk", "Kommunikationssamordnaren", "Kvartalsvis"],
            ],
            breakWords: true,
            page: page1,
          },
        ],
      },
    ],
  },
];

function longRows(n: number): CellSpec[][] {
  return Array.from({ length: n }, (_, i) => [
    `v. ${10 + i * 2}`,
    `Information om delprojekt ${i + 1} på intranätet och vid arbetsplatsträffar`,
    i % 2 === 0 ? "Medarbetare" : "Chefer",
    "Projektledare",
  ]);
}

/** A row tall enough that the page break falls inside it. */
function splitRow(): CellSpec[] {
  const lines = Array.from(
    { length: 14 },
    (_, i) => `Delmoment ${i + 1}: genomgång av rutiner och ansvar`,
  );
  return ["Hela året", lines.join("\n"), "Alla enheter", "Kvalitetsstrateg (PB)"];
}

// ---------------------------------------------------------------------------------------------
// Expected tables.

function cellText(spec: CellSpec): string {
  return typeof spec === "string" ? spec : spec.text;
}

/** The text a reader sees, as the truth convention writes it. */
export function expectedText(markup: string): string {
  return markup
    .replace(/~¦/g, "")
    .replace(/¦/g, "")
    .replace(/\u00ad/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

interface ExpectedCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

/**
 * Places HTML-semantics rows on a grid (rowspans occupy the positions below them). With
 * `openRowSpans` (an unruled table: nothing shows where a rowspan ends) a rowspan is expected
 * as its cell over empty ones.
 */
function layoutCells(
  rows: CellSpec[][],
  openRowSpans = false,
): { cols: number; cells: ExpectedCell[] } {
  const taken = new Set<string>();
  const cells: ExpectedCell[] = [];
  let cols = 0;
  rows.forEach((row, r) => {
    let c = 0;
    for (const spec of row) {
      while (taken.has(`${r},${c}`)) c++;
      const rowSpan = typeof spec === "string" ? 1 : (spec.rowSpan ?? 1);
      const colSpan = typeof spec === "string" ? 1 : (spec.colSpan ?? 1);
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) taken.add(`${r + dr},${c + dc}`);
      const text = expectedText(cellText(spec));
      if (openRowSpans && rowSpan > 1) {
        cells.push({ row: r, col: c, rowSpan: 1, colSpan, text });
        for (let dr = 1; dr < rowSpan; dr++)
          cells.push({ row: r + dr, col: c, rowSpan: 1, colSpan, text: "" });
      } else cells.push({ row: r, col: c, rowSpan, colSpan, text });
      c += colSpan;
      cols = Math.max(cols, c);
    }
  });
  return { cols, cells };
}

function tablesOfFixture(fx: Fixture): TableSpec[] {
  return fx.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === "table" ? [b] : b.kind === "beside" ? [b.table] : [])),
  );
}

function expectedJson(fx: Fixture, producer: Producer): unknown {
  return {
    file: `${fx.name}.${producer}.pdf`,
    tables: tablesOfFixture(fx).map((t) => {
      const { cols, cells } = layoutCells(t.rows, t.style === "unruled");
      return { page: t.page[producer], rows: t.rows.length, cols, cells };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// HTML (Chromium).

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function htmlCellText(markup: string): string {
  return esc(markup)
    .replace(/~/g, "-")
    .replace(/¦/g, "<br>")
    .replace(/\n/g, "<br>")
    .replace(/\u00ad/g, "&shy;");
}

const TABLE_CSS: Record<TableStyle, string> = {
  ruled: "border-collapse:collapse",
  inner: "border-collapse:collapse;border-style:hidden",
  zebra: "border-collapse:collapse",
  "zebra-header": "border-collapse:collapse",
  "double-dashed": "border-collapse:collapse;border:3pt double #000",
  "shaded-header": "border-collapse:collapse",
  unruled: "border-collapse:collapse",
  "header-rule":
    "border-collapse:collapse;border-top:1.5pt solid #000;border-bottom:1.5pt solid #000",
  "row-rules": "border-collapse:collapse",
  shaded: "border-collapse:separate;border-spacing:2pt",
};

function htmlTable(t: TableSpec): string {
  const cols = t.widths.map((w) => `<col style="width:${(w * 100).toFixed(1)}%">`).join("");
  const rowHtml = (row: CellSpec[], r: number): string => {
    const header = r < t.header;
    const bold = header || (t.sectionRows?.includes(r) ?? false);
    let col = 0;
    const cells = row.map((spec) => {
      const rs = typeof spec === "string" ? 1 : (spec.rowSpan ?? 1);
      const cs = typeof spec === "string" ? 1 : (spec.colSpan ?? 1);
      const styles: string[] = [];
      if (t.style === "ruled" || t.style === "inner") styles.push("border:0.75pt solid #000");
      if (t.style === "shaded-header" && header) styles.push("background:#c9d7e6");
      if (t.style === "double-dashed") styles.push("border:0.75pt dashed #000");
      if (t.style === "zebra" && r % 2 === 0) styles.push("background:#e4ebf3");
      if (t.style === "zebra-header")
        if (header) styles.push("background:#c9d7e6");
        else if (r % 2 === 1) styles.push("background:#e4ebf3");
      if (t.style === "header-rule" && r === t.header - 1)
        styles.push("border-bottom:0.75pt solid #000");
      if (t.style === "row-rules") styles.push("border-bottom:0.5pt solid #777");
      if (t.style === "shaded") styles.push(header ? "background:#c9d7e6" : "background:#eef2f7");
      if (!header && t.rightAlign?.includes(col) && cs === 1) styles.push("text-align:right");
      if (header && (cs > 1 || t.airy)) styles.push("text-align:center");
      if (t.tight) styles.push("padding-top:0;padding-bottom:0");
      if (t.middle) styles.push("vertical-align:middle");
      if (t.airy) styles.push("padding-top:11pt;padding-bottom:11pt");
      if (col === 0 && t.indent?.includes(r)) styles.push("padding-left:16pt");
      col += cs;
      const tag = header ? "th" : "td";
      if (bold && !header) styles.push("font-weight:bold");
      const span = `${rs > 1 ? ` rowspan="${rs}"` : ""}${cs > 1 ? ` colspan="${cs}"` : ""}`;
      const text = cellText(spec);
      const content = t.airy
        ? text
            .split("\n")
            .map((line, i, all) => {
              const margin = i < all.length - 1 ? "margin:0 0 9pt" : "margin:0";
              return `<p style="${margin}">${htmlCellText(line)}</p>`;
            })
            .join("")
        : htmlCellText(text);
      return `<${tag}${span} style="${styles.join(";")}">${content}</${tag}>`;
    });
    return `<tr>${cells.join("")}</tr>`;
  };
  const head = t.rows.slice(0, t.header).map(rowHtml).join("");
  const body = t.rows
    .slice(t.header)
    .map((row, i) => rowHtml(row, i + t.header))
    .join("");
  // A thead repeats on every page in Chromium; without repetition the header is a body row.
  const headHtml = t.repeatHeader ? `<thead>${head}</thead>` : "";
  const bodyHtml = t.repeatHeader ? body : head + body;
  const width = ((t.width ?? 1) * 100).toFixed(0);
  const fixed = t.breakWords ? "table-layout:fixed;overflow-wrap:anywhere;" : "";
  const flush = t.flush ? "margin-bottom:0;" : "";
  return `<table style="width:${width}%;${fixed}${flush}${TABLE_CSS[t.style]}"><colgroup>${cols}</colgroup>${headHtml}<tbody>${bodyHtml}</tbody></table>`;
}

function htmlBlock(b: Block): string {
  switch (b.kind) {
    case "h":
      return `<h2>${esc(b.text)}</h2>`;
    case "p":
      return `<p>${esc(b.text)}</p>`;
    case "caption":
      return `<p class="caption">${esc(b.text)}</p>`;
    case "list":
      return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`;
    case "contents":
      return b.entries
        .map(
          ([t, n]) =>
            `<p style="display:flex;margin:0 0 4pt"><span>${esc(t)}</span><span style="flex:1"></span><span>${n}</span></p>`,
        )
        .join("");
    case "table":
      return htmlTable(b);
    case "beside":
      return `<div style="float:right;width:${((b.table.width ?? 0.4) * 100).toFixed(0)}%;margin:0 0 8pt 14pt">${htmlTable({ ...b.table, width: 1 })}</div>${b.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("")}<div style="clear:both"></div>`;
  }
}

function html(fx: Fixture): string {
  const landscape = fx.sections.some((s) => s.landscape);
  const sections = fx.sections
    .map((s) => {
      const style = s.columns ? ' style="column-count:2;column-gap:1cm;text-align:justify"' : "";
      return `<section${style}>${s.blocks.map(htmlBlock).join("\n")}</section>`;
    })
    .join('\n<div style="break-after:page"></div>\n');
  return `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>${fx.name}</title><style>
@page { size: A4${landscape ? " landscape" : ""}; margin: 2cm;
  @top-right { content: "Testkommunen – Kommunikationsplan 2025"; font: 8pt "DejaVu Sans"; }
  @bottom-center { content: "Sida " counter(page); font: 8pt "DejaVu Sans"; } }
body { font-family: "DejaVu Sans"; font-size: 9.5pt; line-height: 1.3; }
h2 { font-size: 14pt; margin: 0 0 8pt; }
p { margin: 0 0 8pt; }
p.caption { font-style: italic; margin-bottom: 4pt; }
table { margin: 0 0 10pt; }
th, td { padding: 3pt 6pt; vertical-align: top; text-align: left; }
</style></head><body>
${sections}
</body></html>
`;
}

// ---------------------------------------------------------------------------------------------
// DOCX (LibreOffice).

const TWIPS_A4_W = 11906;
const TWIPS_A4_H = 16838;
const MARGIN = 1134; // 2 cm

function docxRuns(markup: string, bold: boolean): TextRun[] {
  const lines = markup.replace(/~/g, "-").split(/[\n¦]/);
  return lines.map((line, i) => new TextRun({ text: line, bold, break: i > 0 ? 1 : undefined }));
}

interface Border {
  style: (typeof BorderStyle)[keyof typeof BorderStyle];
  size: number;
  color: string;
}

const NONE: Border = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const LINE: Border = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
const THICK: Border = { style: BorderStyle.SINGLE, size: 12, color: "000000" };
const DOUBLE: Border = { style: BorderStyle.DOUBLE, size: 6, color: "000000" };
const DASHED: Border = { style: BorderStyle.DASHED, size: 6, color: "000000" };
const GREY: Border = { style: BorderStyle.SINGLE, size: 4, color: "777777" };

function docxTable(t: TableSpec, textWidth: number, float?: ITableFloatOptions): Table {
  const width = Math.round(textWidth * (t.width ?? 1));
  const widths = t.widths.map((w) => Math.round(w * width));
  const rows = t.rows.map((row, r) => {
    const header = r < t.header;
    let col = 0;
    const children = row.map((spec) => {
      const rs = typeof spec === "string" ? 1 : (spec.rowSpan ?? 1);
      const cs = typeof spec === "string" ? 1 : (spec.colSpan ?? 1);
      const right = !header && cs === 1 && t.rightAlign?.includes(col);
      const indented = col === 0 && t.indent?.includes(r);
      const cellWidth = widths.slice(col, col + cs).reduce((s, w) => s + w, 0);
      col += cs;
      const lastBody = r === t.rows.length - 1;
      let borders: Record<string, Border> | undefined;
      if (t.style === "header-rule") {
        borders = {
          top: r === 0 ? THICK : NONE,
          bottom: r === t.header - 1 ? LINE : lastBody ? THICK : NONE,
          left: NONE,
          right: NONE,
        };
      } else if (t.style === "row-rules") {
        borders = { top: NONE, bottom: GREY, left: NONE, right: NONE };
      }
      const bold = header || (t.sectionRows?.includes(r) ?? false);
      // An airy cell's lines are paragraphs with spacing between them.
      const paragraphs = t.airy ? cellText(spec).split("\n") : [cellText(spec)];
      return new TableCell({
        children: paragraphs.map(
          (text, i) =>
            new Paragraph({
              alignment: right
                ? AlignmentType.RIGHT
                : header && (cs > 1 || t.airy)
                  ? AlignmentType.CENTER
                  : AlignmentType.LEFT,
              indent: indented ? { left: 320 } : undefined,
              spacing: t.airy
                ? { before: i === 0 ? 200 : 0, after: i === paragraphs.length - 1 ? 200 : 160 }
                : undefined,
              children: docxRuns(text, bold),
            }),
        ),
        rowSpan: rs > 1 ? rs : undefined,
        columnSpan: cs > 1 ? cs : undefined,
        verticalAlign: t.middle ? VerticalAlign.CENTER : undefined,
        width: { size: cellWidth, type: WidthType.DXA },
        borders,
        shading:
          t.style === "shaded"
            ? { fill: header ? "C9D7E6" : r % 2 ? "EEF2F7" : "DCE4EE", type: ShadingType.CLEAR }
            : (t.style === "shaded-header" && header) || (t.style === "zebra" && r % 2 === 0)
              ? { fill: "E4EBF3", type: ShadingType.CLEAR }
              : t.style === "zebra-header" && (header || r % 2 === 1)
                ? { fill: header ? "C9D7E6" : "E4EBF3", type: ShadingType.CLEAR }
                : undefined,
        margins: t.tight
          ? { top: 0, bottom: 0, left: 80, right: 80 }
          : { top: 60, bottom: 60, left: 110, right: 110 },
      });
    });
    return new TableRow({ children, tableHeader: header && t.repeatHeader ? true : undefined });
  });
  const edge = t.style === "ruled" ? LINE : t.style === "double-dashed" ? DOUBLE : NONE;
  const inside =
    t.style === "ruled" || t.style === "inner" ? LINE : t.style === "double-dashed" ? DASHED : NONE;
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: width, type: WidthType.DXA },
    float,
    borders: {
      top: edge,
      bottom: edge,
      left: edge,
      right: edge,
      insideHorizontal: inside,
      insideVertical: inside,
    },
  });
}

function docxBlocks(b: Block, textWidth: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case "h":
      return [
        new Paragraph({
          spacing: { after: 160 },
          children: [new TextRun({ text: b.text, bold: true, size: 28 })],
        }),
      ];
    case "p":
      return [new Paragraph({ spacing: { after: 160 }, children: [new TextRun(b.text)] })];
    case "caption":
      return [
        new Paragraph({
          spacing: { after: 80 },
          children: [new TextRun({ text: b.text, italics: true })],
        }),
      ];
    case "list":
      return b.items.map(
        (i) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(i)] }),
      );
    case "contents":
      return b.entries.map(
        ([t, n]) =>
          new Paragraph({
            spacing: { after: 80 },
            tabStops: [{ type: TabStopType.RIGHT, position: textWidth, leader: LeaderType.NONE }],
            children: [new TextRun(`${t}\t${n}`)],
          }),
      );
    case "table":
      return [docxTable(b, textWidth), new Paragraph({ children: [] })];
    case "beside": {
      const floating = docxTable(b.table, textWidth, {
        horizontalAnchor: TableAnchorType.MARGIN,
        absoluteHorizontalPosition: Math.round(textWidth * (1 - (b.table.width ?? 0.4))),
        verticalAnchor: TableAnchorType.TEXT,
        absoluteVerticalPosition: 0,
        leftFromText: 280,
        bottomFromText: 160,
      });
      return [
        floating,
        ...b.paragraphs.map(
          (p) => new Paragraph({ spacing: { after: 160 }, children: [new TextRun(p)] }),
        ),
      ];
    }
  }
}

async function docx(fx: Fixture): Promise<Buffer> {
  const sections = fx.sections.map((s) => {
    const landscape = s.landscape ?? false;
    const textWidth = (landscape ? TWIPS_A4_H : TWIPS_A4_W) - 2 * MARGIN;
    return {
      properties: {
        page: {
          size: {
            width: TWIPS_A4_W,
            height: TWIPS_A4_H,
            orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
        },
        column: s.columns ? { count: s.columns, space: 567 } : undefined,
      },
      headers: {
        default: new Header({
          children: [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [new TextRun({ text: "Testkommunen – Kommunikationsplan 2025", size: 16 })],
            }),
          ],
        }),
      },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ children: ["Sida ", PageNumber.CURRENT], size: 16 })],
            }),
          ],
        }),
      },
      children: s.blocks.flatMap((b) => docxBlocks(b, textWidth)),
    };
  });
  const doc = new Document({
    styles: { default: { document: { run: { font: "Carlito", size: 21 } } } },
    sections,
  });
  return Packer.toBuffer(doc);
}

// ---------------------------------------------------------------------------------------------
// PDF post-processing: store a landscape page as portrait + /Rotate 90 (same display).

/**
 * Appends an incremental update that replaces the page objects of the given 1-based pages:
 * MediaBox swapped to portrait, /Rotate 90, and the content wrapped in a matrix that turns it
 * so that the displayed page is unchanged. Needs a classic xref (LibreOffice, Skia both write one).
 */
export function rotatePages(pdf: Buffer, pages: number[]): Buffer {
  const text = pdf.toString("latin1");
  const pageObjs = [
    ...text.matchAll(/(\d+) 0 obj\s*<<(?:(?!endobj)[\s\S])*?\/Type\s*\/Page\b(?!s)/g),
  ];
  // Page order: follow /Kids of the page tree root (single level in both producers).
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(text)?.[1] ?? "";
  const order = [...kids.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const size = Number(/\/Size\s+(\d+)/.exec(text.slice(text.lastIndexOf("trailer")))?.[1]);
  const prevXref = Number(/startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf("startxref")))?.[1]);
  const root = /\/Root\s+(\d+ 0 R)/.exec(text.slice(text.lastIndexOf("trailer")))?.[1];
  if (!size || !root || order.length === 0) throw new Error("unexpected PDF structure");
  let out = text.endsWith("\n") ? text : `${text}\n`;
  const offsets: Array<[number, number]> = [];
  let next = size;
  for (const n of pages) {
    const objNum = order[n - 1];
    const found = pageObjs.find((m) => Number(m[1]) === objNum);
    if (objNum === undefined || !found) throw new Error(`page ${n} not found`);
    const start = found.index ?? 0;
    const end = text.indexOf("endobj", start);
    const body = text.slice(text.indexOf("<<", start), end).trim();
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(body);
    if (!box) throw new Error("no MediaBox on the page");
    const [x0, y0, x1, y1] = box.slice(1).map(Number) as [number, number, number, number];
    const w = x1 - x0;
    const h = y1 - y0;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(body)?.[1] ?? "[]";
    const refs = contents.replace(/[[\]]/g, "").trim();
    // Displayed (X, Y) = user (x, y) swapped on /Rotate 90; the old content is landscape.
    const pre = next++;
    const post = next++;
    const preStream = `q 0 1 -1 0 ${h.toFixed(3)} 0 cm 1 0 0 1 ${(-x0).toFixed(3)} ${(-y0).toFixed(3)} cm\n`;
    const postStream = "Q\n";
    for (const [num, s] of [
      [pre, preStream],
      [post, postStream],
    ] as Array<[number, string]>) {
      offsets.push([num, Buffer.byteLength(out, "latin1")]);
      out += `${num} 0 obj\n<< /Length ${s.length} >>\nstream\n${s}endstream\nendobj\n`;
    }
    const newBody = body
      .replace(/\/MediaBox\s*\[[^\]]*\]/, `/MediaBox [0 0 ${h.toFixed(3)} ${w.toFixed(3)}]`)
      .replace(/\/CropBox\s*\[[^\]]*\]/, "")
      .replace(/\/Rotate\s+\d+/, "")
      .replace(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/, `/Contents [${pre} 0 R ${refs} ${post} 0 R]`)
      .replace(/>>\s*$/, " /Rotate 90 >>");
    offsets.push([objNum, Buffer.byteLength(out, "latin1")]);
    out += `${objNum} 0 obj\n${newBody}\nendobj\n`;
  }
  const xrefAt = Buffer.byteLength(out, "latin1");
  out += "xref\n";
  for (const [num, off] of offsets.sort((a, b) => a[0] - b[0])) {
    out += `${num} 1\n${String(off).padStart(10, "0")} 00000 n \n`;
  }
  out += `trailer\n<< /Size ${next} /Root ${root} /Prev ${prevXref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

// ---------------------------------------------------------------------------------------------
// Producers.

function libreOfficePdf(docxFile: string, outDir: string): void {
  const profile = mkdtempSync(path.join(tmpdir(), "lo-"));
  try {
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        docxFile,
      ],
      { stdio: "ignore" },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  mkdirSync(OUT, { recursive: true });
  for (const fx of FIXTURES) {
    if (only.length > 0 && !only.includes(fx.name)) continue;
    const htmlFile = path.join(OUT, `${fx.name}.chromium.html`);
    const docxFile = path.join(OUT, `${fx.name}.lo.docx`);
    writeFileSync(htmlFile, html(fx));
    writeFileSync(docxFile, await docx(fx));
    const chromiumFile = path.join(OUT, `${fx.name}.chromium.pdf`);
    chromiumPdf(htmlFile, chromiumFile);
    libreOfficePdf(docxFile, OUT);
    const loFile = path.join(OUT, `${fx.name}.lo.pdf`);
    if (fx.rotate) {
      for (const f of [chromiumFile, loFile]) {
        writeFileSync(f, rotatePages(readFileSync(f), fx.rotate));
      }
    }
    for (const producer of ["lo", "chromium"] as const) {
      writeFileSync(
        path.join(OUT, `${fx.name}.${producer}.expected.json`),
        `${JSON.stringify(expectedJson(fx, producer), null, 2)}\n`,
      );
    }
    console.log(`${fx.name}: ${fx.name}.lo.pdf, ${fx.name}.chromium.pdf`);
  }
}

await main();
