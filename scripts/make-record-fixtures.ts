// Writes the record fixtures under fixtures/records/: plans and reports of administrations the
// samples do not cover, in the wordings other municipalities use (other headers and column
// orders, a Kanal column, merged date cells, section rows inside tables, week and quarter dates,
// named responsibles, risk tables with "Önskad effekt" as a column or a sub-row, key-figure
// tables with section rows and Unicode minus, a budget table and channel lists that hold no
// activities). Each document is written as
//   <name>.docx            docx-js (npm `docx`)
//   <name>.pdf             LibreOffice from the .docx (skipped, with a note, without soffice)
//   <name>.<ext>.truth.json   the records a reader must get, same shape as the samples' truth
// The truth is written by hand below, next to the document it describes: start/end dates are
// literal (checked against Python's date.fromisocalendar for weeks), never computed by planpipe.
// PDF pages are known because every table sits on a page of its own section of the document
// (explicit page breaks) and fits on it.
//
// Usage: npx tsx scripts/make-record-fixtures.ts [name ...]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

const OUT = path.join(import.meta.dirname, "..", "fixtures", "records");

// ------------------------------------------------------------------------------ document spec

/** A cell: text (string[]: one paragraph per entry), HTML span semantics (covered cells omitted). */
type CellSpec =
  | string
  | string[]
  | { text: string | string[]; rowSpan?: number; colSpan?: number; bold?: boolean };

interface TableSpec {
  kind: "table";
  /** Column widths as relative shares. */
  widths: number[];
  header: string[];
  rows: CellSpec[][];
  /** A title row spanning the table above its header. */
  titleRow?: string;
}

type Block =
  | { kind: "title"; text: string }
  | { kind: "subtitle"; text: string }
  | { kind: "h"; text: string; level?: 1 | 2; newPage?: boolean }
  | { kind: "p"; text: string }
  | { kind: "caption"; text: string }
  | { kind: "list"; items: string[] }
  | TableSpec;

interface ActivityTruth {
  page: number;
  section: string | null;
  when: string;
  start: string | null;
  end: string | null;
  activity: string;
  purpose: string | null;
  targetGroups: string[];
  responsible: string | null;
  responsibleInitials: string[];
  channel: string | null;
}

interface MeasureTruth {
  measure: string;
  status: string | null;
  endDate: string | null;
  owner: string | null;
  desiredEffect: string | null;
  page: number;
}

interface RiskTruth {
  page: number;
  section: "evaluation" | "reported" | "other";
  risk: string;
  level: number | null;
  measures: MeasureTruth[];
}

interface StatisticTruth {
  page: number;
  table: string;
  tableAliases: string[];
  row: string;
  column: string;
  value: number | null;
  raw: string;
}

interface Fixture {
  name: string;
  landscape?: boolean;
  runningHeader: string;
  runningFooter?: string;
  /** The core.xml title (docx metadata). */
  metadataTitle: string;
  blocks: Block[];
  truth: {
    type: string;
    title: string;
    organisation: string | null;
    year: number | null;
    reportDate: string | null;
    /** Pages of the LibreOffice PDF. */
    pdfPageCount: number;
    activities: ActivityTruth[];
    risks: RiskTruth[];
    statistics: StatisticTruth[];
  };
}

// ------------------------------------------------------------------------------ truth helpers

function act(
  page: number,
  section: string | null,
  when: string,
  start: string | null,
  end: string | null,
  activity: string,
  purpose: string | null,
  targetGroups: string[],
  responsible: string | null,
  responsibleInitials: string[],
  channel: string | null,
): ActivityTruth {
  return {
    page,
    section,
    when,
    start,
    end,
    activity,
    purpose,
    targetGroups,
    responsible,
    responsibleInitials,
    channel,
  };
}

function measure(
  page: number,
  text: string,
  status: string | null,
  endDate: string | null,
  owner: string | null,
  desiredEffect: string | null,
): MeasureTruth {
  return { measure: text, status, endDate, owner, desiredEffect, page };
}

/** Every figure of a key-figure table: rows of [label, raw per column, value per column]. */
function figures(
  page: number,
  table: string,
  tableAliases: string[],
  columns: string[],
  rows: [string, string[], (number | null)[]][],
): StatisticTruth[] {
  return rows.flatMap(([row, raws, values]) =>
    raws.flatMap((raw, i) =>
      raw === ""
        ? []
        : [
            {
              page,
              table,
              tableAliases,
              row,
              column: columns[i] ?? "",
              value: values[i] ?? null,
              raw,
            },
          ],
    ),
  );
}

// -------------------------------------------------------------------------------- fixtures

const BOU_F1 = "Fokusområde 1: Trygg skolstart och tydlig information till vårdnadshavare";
const BOU_F2 = "Fokusområde 2: Stärka arbetsgivarvarumärket";

const bou: Fixture = {
  name: "bou-kommunikationsplan-2026",
  landscape: true,
  runningHeader: "Barn- och utbildningsförvaltningen",
  runningFooter: "Kommunikationsplan 2026",
  metadataTitle: "Kommunikationsplan 2026",
  blocks: [
    { kind: "title", text: "Kommunikationsplan 2026" },
    { kind: "subtitle", text: "Barn- och utbildningsförvaltningen, Uppsala kommun" },
    { kind: "p", text: "Fastställd av förvaltningsledningen 2025-12-10" },
    { kind: "h", text: "Inledning" },
    {
      kind: "p",
      text: "Kommunikationsplanen beskriver hur förvaltningen ska kommunicera med vårdnadshavare, elever, medarbetare och andra intressenter under 2026. Planen följs upp i samband med tertialrapporterna.",
    },
    {
      kind: "p",
      text: "Insatserna är ordnade efter förvaltningens två fokusområden. Kostnaderna redovisas i budgeten längre ned.",
    },
    { kind: "h", text: "Aktiviteter", newPage: true },
    {
      kind: "table",
      widths: [32, 14, 20, 16, 18],
      header: ["Aktivitet", "Tidpunkt", "Målgrupp", "Kanal", "Ansvarig"],
      rows: [
        [{ text: BOU_F1, colSpan: 5, bold: true }],
        [
          "Informationsbrev om skolval till vårdnadshavare",
          "januari–mars",
          ["Vårdnadshavare", "Elever i årskurs 5 och 8"],
          "E-post, webb",
          "Anna Lindqvist, kommunikatör",
        ],
        [
          "Öppet hus på förskolor och skolor",
          "v. 12",
          "Vårdnadshavare, blivande elever",
          "Webb och sociala medier",
          "Rektorer och förskolechefer",
        ],
        [
          "Film om läsfrämjande arbete i förskolan",
          { text: "Q2 2026", rowSpan: 3 },
          "Vårdnadshavare",
          "Youtube, webb",
          "Erik Johansson",
        ],
        [
          "Pressmeddelande om nya skolbyggnader",
          "Media, allmänhet",
          "Pressrum",
          "Kommunikationschef Maria Berg (MB)",
        ],
        [
          "Nyhetsbrev till personal om nya läroplaner",
          "Alla medarbetare",
          "Intranätet",
          "Anna Lindqvist",
        ],
        [{ text: BOU_F2, colSpan: 5, bold: true }],
        [
          "Rekryteringskampanj för lärare och förskollärare",
          "Vecka 34–36",
          "Potentiella medarbetare",
          "Sociala medier, annonsering",
          "HR-avdelningen och kommunikationsenheten (JS, PK)",
        ],
        [
          "Medarbetarporträtt på intranät och webb",
          "Löpande",
          "Medarbetare; potentiella medarbetare",
          "Intranätet, webb",
          "Kommunikatörer",
        ],
        [
          "Utbildning i klarspråk för skolledare",
          "Ej fastställt",
          "Rektorer",
          "",
          "Sara Nilsson, HR-strateg",
        ],
        [
          "Delta på lärarmässan i Stockholm",
          "13–14 oktober",
          "Lärarstudenter",
          "Mässa",
          "Rekryteringsteamet",
        ],
      ],
    },
    { kind: "h", text: "Kanaler", newPage: true },
    { kind: "p", text: "Förvaltningens huvudsakliga kanaler och vad de används till." },
    {
      kind: "table",
      widths: [20, 35, 25, 20],
      header: ["Kanal", "Syfte", "Målgrupp", "Ansvarig"],
      rows: [
        [
          "Webbplatsen",
          "Information om förskola och skola",
          "Vårdnadshavare, allmänhet",
          "Webbredaktör",
        ],
        ["Intranätet", "Intern information och nyheter", "Medarbetare", "Kommunikatörer"],
        ["Vklass", "Information från skolan till hemmet", "Vårdnadshavare, elever", "Rektorer"],
        [
          "Facebook och Instagram",
          "Dialog och synlighet",
          "Vårdnadshavare, potentiella medarbetare",
          "Kommunikatörer",
        ],
      ],
    },
    { kind: "h", text: "Budget" },
    { kind: "caption", text: "Tabell 3: Budget för kommunikationsinsatser 2026" },
    {
      kind: "table",
      widths: [40, 20, 20, 20],
      header: ["Insats", "Period", "Kostnad (kr)", "Ansvarig"],
      rows: [
        ["Rekryteringskampanj", "Vecka 34–36", "85 000", "HR-avdelningen"],
        ["Film om läsfrämjande arbete", "Q2 2026", "40 000", "Kommunikatörer"],
        ["Annonsering inför skolval", "januari–mars", "25 000", "Kommunikatörer"],
        ["Summa", "", "150 000", ""],
      ],
    },
  ],
  truth: {
    type: "kommunikationsplan",
    title: "Kommunikationsplan 2026",
    organisation: "Barn- och utbildningsförvaltningen",
    year: 2026,
    reportDate: "2025-12-10",
    pdfPageCount: 3,
    activities: [
      act(
        2,
        BOU_F1,
        "januari–mars",
        "2026-01-01",
        "2026-03-31",
        "Informationsbrev om skolval till vårdnadshavare",
        null,
        ["Vårdnadshavare", "Elever i årskurs 5 och 8"],
        "Anna Lindqvist, kommunikatör",
        [],
        "E-post, webb",
      ),
      act(
        2,
        BOU_F1,
        "v. 12",
        "2026-03-16",
        "2026-03-22",
        "Öppet hus på förskolor och skolor",
        null,
        ["Vårdnadshavare", "blivande elever"],
        "Rektorer och förskolechefer",
        [],
        "Webb och sociala medier",
      ),
      act(
        2,
        BOU_F1,
        "Q2 2026",
        "2026-04-01",
        "2026-06-30",
        "Film om läsfrämjande arbete i förskolan",
        null,
        ["Vårdnadshavare"],
        "Erik Johansson",
        [],
        "Youtube, webb",
      ),
      act(
        2,
        BOU_F1,
        "Q2 2026",
        "2026-04-01",
        "2026-06-30",
        "Pressmeddelande om nya skolbyggnader",
        null,
        ["Media", "allmänhet"],
        "Kommunikationschef Maria Berg (MB)",
        ["MB"],
        "Pressrum",
      ),
      act(
        2,
        BOU_F1,
        "Q2 2026",
        "2026-04-01",
        "2026-06-30",
        "Nyhetsbrev till personal om nya läroplaner",
        null,
        ["Alla medarbetare"],
        "Anna Lindqvist",
        [],
        "Intranätet",
      ),
      act(
        2,
        BOU_F2,
        "Vecka 34–36",
        "2026-08-17",
        "2026-09-06",
        "Rekryteringskampanj för lärare och förskollärare",
        null,
        ["Potentiella medarbetare"],
        "HR-avdelningen och kommunikationsenheten (JS, PK)",
        ["JS", "PK"],
        "Sociala medier, annonsering",
      ),
      act(
        2,
        BOU_F2,
        "Löpande",
        "2026-01-01",
        "2026-12-31",
        "Medarbetarporträtt på intranät och webb",
        null,
        ["Medarbetare", "potentiella medarbetare"],
        "Kommunikatörer",
        [],
        "Intranätet, webb",
      ),
      act(
        2,
        BOU_F2,
        "Ej fastställt",
        null,
        null,
        "Utbildning i klarspråk för skolledare",
        null,
        ["Rektorer"],
        "Sara Nilsson, HR-strateg",
        [],
        null,
      ),
      act(
        2,
        BOU_F2,
        "13–14 oktober",
        "2026-10-13",
        "2026-10-14",
        "Delta på lärarmässan i Stockholm",
        null,
        ["Lärarstudenter"],
        "Rekryteringsteamet",
        [],
        "Mässa",
      ),
    ],
    risks: [],
    statistics: [],
  },
};

const SOC_SICK = "Sjukfrånvaro i procent av ordinarie arbetstid";
const SOC_OVERTIME = "Övertid och mertid";

const soc: Fixture = {
  name: "socialnamnden-arbetsmiljoredovisning-2025",
  landscape: true,
  runningHeader: "Arbetsmiljöredovisning 2025",
  metadataTitle: "Socialnämndens arbetsmiljöredovisning 2025",
  blocks: [
    { kind: "title", text: "Socialnämndens arbetsmiljöredovisning 2025" },
    { kind: "subtitle", text: "Socialförvaltningen, Västerås stad" },
    { kind: "p", text: "Rapportdatum: 2026-02-15" },
    {
      kind: "p",
      text: "Redovisningen beskriver hur arbetsmiljön har följts upp under året och vilka risker som rapporteras vidare till nämnden.",
    },
    { kind: "h", text: "1. Uppföljning av förra årets åtgärder" },
    {
      kind: "table",
      widths: [18, 8, 18, 14, 12, 12, 18],
      header: [
        "Risk",
        "Riskvärde",
        "Åtgärd",
        "Ansvarig",
        "Klart senast",
        "Status",
        "Önskad effekt",
      ],
      rows: [
        [
          "Hög arbetsbelastning hos socialsekreterare inom barn och unga",
          "12",
          "Införa ärendetak per handläggare",
          "Enhetschef Lena Ek",
          "2025-06-30",
          "Genomförd",
          "Jämnare arbetsbelastning och färre sjukskrivningar",
        ],
        [
          "",
          "",
          "Rekrytera två extra socialsekreterare",
          "Avdelningschef Per Holm",
          "2025-09-30",
          "Delvis genomförd",
          "Fler medarbetare delar på ärendena",
        ],
        [
          "",
          "",
          "Handledning varannan vecka",
          "Enhetschef Lena Ek",
          "31 mars 2026",
          "Pågående",
          "",
        ],
        [
          "Hot och våld i mötet med klienter",
          "9",
          "Utbildning i bemötande och konflikthantering",
          "HR-konsult Karin Ström",
          "2025-11-30",
          "Klar",
          "Ökad trygghet i klientmöten",
        ],
        [
          "",
          "",
          "Översyn av larm och rutiner i besöksrummen",
          "Säkerhetssamordnare",
          "2026-01-31",
          "Försenad",
          "Alla medarbetare vet hur larmet används",
        ],
      ],
    },
    { kind: "h", text: "2. Sjukfrånvaro och övertid", newPage: true },
    { kind: "caption", text: "Tabell 1: Sjukfrånvaro i procent av ordinarie arbetstid" },
    {
      kind: "table",
      widths: [40, 20, 20, 20],
      header: ["Sjukfrånvaro", "Jan–dec 2025", "Jan–dec 2024", "Förändring"],
      rows: [
        ["Total sjukfrånvaro", "", "", ""],
        ["Kvinnor", "9,8 %", "10,4 %", "−0,6"],
        ["Män", "6,1 %", "5,7 %", "0,4"],
        ["Kort sjukfrånvaro (1–14 dagar)", "", "", ""],
        ["Kvinnor", "3,9", "4,2", "−0,3"],
        ["Män", "2,8", "2,6", "0,2"],
      ],
    },
    { kind: "p", text: "Sjukfrånvaron minskade för kvinnor men ökade något för män." },
    { kind: "caption", text: "Tabell 2: Övertid och mertid" },
    {
      kind: "table",
      widths: [40, 20, 20, 20],
      header: ["Övertid och mertid", "2025", "2024", "Skillnad"],
      rows: [
        ["Övertid, timmar", "12 717", "11 902", "815"],
        ["Mertid, timmar", "3 402", "3 618", "−216"],
        ["Summa", "16 119", "15 520", "599"],
      ],
    },
    { kind: "h", text: "3. Risker som rapporteras vidare till nämnden", newPage: true },
    {
      kind: "table",
      widths: [26, 10, 30, 20, 14],
      header: ["Risk", "Risknivå", "Åtgärd", "Ansvarig", "Klart senast"],
      rows: [
        [
          { text: "Psykisk påfrestning vid akuta placeringar av barn", rowSpan: 2 },
          { text: "8", rowSpan: 2 },
          "Strukturerad avlastning efter akuta placeringar",
          "Enhetschef Lena Ek",
          "2026-03-31",
        ],
        ["Kollegial reflektion en gång i månaden", "Avdelningschef Per Holm", "2026-12-31"],
        [
          { text: "Ensamarbete vid hembesök", rowSpan: 2 },
          { text: "6", rowSpan: 2 },
          "Ny rutin för hembesök två och två",
          "Avdelningschef Per Holm",
          "2026-04-30",
        ],
        ["Mobila larm till alla som gör hembesök", "Säkerhetssamordnare", "2026-06-30"],
      ],
    },
  ],
  truth: {
    type: "arbetsmiljorapport",
    title: "Socialnämndens arbetsmiljöredovisning 2025",
    organisation: "Socialnämnden",
    year: 2025,
    reportDate: "2026-02-15",
    pdfPageCount: 3,
    activities: [],
    risks: [
      {
        page: 1,
        section: "evaluation",
        risk: "Hög arbetsbelastning hos socialsekreterare inom barn och unga",
        level: 12,
        measures: [
          measure(
            1,
            "Införa ärendetak per handläggare",
            "Genomförd",
            "2025-06-30",
            "Enhetschef Lena Ek",
            "Jämnare arbetsbelastning och färre sjukskrivningar",
          ),
          measure(
            1,
            "Rekrytera två extra socialsekreterare",
            "Delvis genomförd",
            "2025-09-30",
            "Avdelningschef Per Holm",
            "Fler medarbetare delar på ärendena",
          ),
          measure(
            1,
            "Handledning varannan vecka",
            "Pågående",
            "2026-03-31",
            "Enhetschef Lena Ek",
            null,
          ),
        ],
      },
      {
        page: 1,
        section: "evaluation",
        risk: "Hot och våld i mötet med klienter",
        level: 9,
        measures: [
          measure(
            1,
            "Utbildning i bemötande och konflikthantering",
            "Klar",
            "2025-11-30",
            "HR-konsult Karin Ström",
            "Ökad trygghet i klientmöten",
          ),
          measure(
            1,
            "Översyn av larm och rutiner i besöksrummen",
            "Försenad",
            "2026-01-31",
            "Säkerhetssamordnare",
            "Alla medarbetare vet hur larmet används",
          ),
        ],
      },
      {
        page: 3,
        section: "reported",
        risk: "Psykisk påfrestning vid akuta placeringar av barn",
        level: 8,
        measures: [
          measure(
            3,
            "Strukturerad avlastning efter akuta placeringar",
            null,
            "2026-03-31",
            "Enhetschef Lena Ek",
            null,
          ),
          measure(
            3,
            "Kollegial reflektion en gång i månaden",
            null,
            "2026-12-31",
            "Avdelningschef Per Holm",
            null,
          ),
        ],
      },
      {
        page: 3,
        section: "reported",
        risk: "Ensamarbete vid hembesök",
        level: 6,
        measures: [
          measure(
            3,
            "Ny rutin för hembesök två och två",
            null,
            "2026-04-30",
            "Avdelningschef Per Holm",
            null,
          ),
          measure(
            3,
            "Mobila larm till alla som gör hembesök",
            null,
            "2026-06-30",
            "Säkerhetssamordnare",
            null,
          ),
        ],
      },
    ],
    statistics: [
      ...figures(
        2,
        SOC_SICK,
        ["Sjukfrånvaro", "Tabell 1: Sjukfrånvaro i procent av ordinarie arbetstid"],
        ["Jan–dec 2025", "Jan–dec 2024", "Förändring"],
        [
          ["Total sjukfrånvaro / Kvinnor", ["9,8 %", "10,4 %", "−0,6"], [9.8, 10.4, -0.6]],
          ["Total sjukfrånvaro / Män", ["6,1 %", "5,7 %", "0,4"], [6.1, 5.7, 0.4]],
          ["Kort sjukfrånvaro (1–14 dagar) / Kvinnor", ["3,9", "4,2", "−0,3"], [3.9, 4.2, -0.3]],
          ["Kort sjukfrånvaro (1–14 dagar) / Män", ["2,8", "2,6", "0,2"], [2.8, 2.6, 0.2]],
        ],
      ),
      ...figures(
        2,
        SOC_OVERTIME,
        ["Tabell 2: Övertid och mertid"],
        ["2025", "2024", "Skillnad"],
        [
          ["Övertid, timmar", ["12 717", "11 902", "815"], [12717, 11902, 815]],
          ["Mertid, timmar", ["3 402", "3 618", "−216"], [3402, 3618, -216]],
          ["Summa", ["16 119", "15 520", "599"], [16119, 15520, 599]],
        ],
      ),
    ],
  },
};

const MILJO_M1 = "Mål 1: Fler hushåll sorterar matavfall";
const MILJO_M2 = "Mål 2: Företag känner till reglerna för tillsyn";
const MILJO_HEADER = ["När", "Vad", "Varför", "Till vem", "Vem ansvarar"];

const miljo: Fixture = {
  name: "miljoforvaltningen-kommunikationsplan-2023",
  landscape: true,
  runningHeader: "Miljöförvaltningen",
  metadataTitle: "",
  blocks: [
    { kind: "title", text: "Miljöförvaltningens kommunikationsplan 2023" },
    {
      kind: "p",
      text: "Planen gäller för år 2023 och har tagits fram av kommunikationsenheten tillsammans med avdelningarna.",
    },
    { kind: "h", text: MILJO_M1 },
    { kind: "p", text: "Andelen hushåll som sorterar matavfall ska öka till 70 procent." },
    {
      kind: "table",
      widths: [16, 26, 22, 18, 18],
      header: MILJO_HEADER,
      rows: [
        [
          "Början av februari",
          "Kampanj om matavfallsinsamling i lokaltidningen",
          "Öka andelen hushåll som sorterar matavfall",
          "Hushåll i villor och flerbostadshus",
          { text: "Kommunikatör Johan Ek", rowSpan: 2 },
        ],
        [
          "Mitten av maj 2023",
          "Informationsträffar för bostadsrättsföreningar",
          "Ge föreningarna stöd att införa sortering",
          "Styrelser i bostadsrättsföreningar",
        ],
        [
          "13/3",
          "Pressmeddelande om nya sorteringskärl",
          "Skapa uppmärksamhet",
          "Media",
          "Pressansvarig",
        ],
        [
          "Hösten",
          "Utvärdering av kampanjen",
          "Lära inför nästa år",
          "Förvaltningsledningen",
          "Enhetschef kommunikation (LN)",
        ],
      ],
    },
    { kind: "h", text: MILJO_M2, newPage: true },
    { kind: "p", text: "Företagen ska veta vad tillsynen innebär och vad den kostar." },
    {
      kind: "table",
      widths: [16, 26, 22, 18, 18],
      header: MILJO_HEADER,
      rows: [
        [
          "2023-10-05",
          "Frukostseminarium för livsmedelsföretagare",
          "Sprida kunskap om nya regler",
          ["Livsmedelsföretagare", "Restauranger"],
          "Livsmedelsinspektörer och kommunikatör (AS)",
        ],
        [
          "Slutet av november",
          "Nyhetsbrev om tillsynsavgifter",
          "Öka förståelsen för avgifterna",
          "Alla tillsynsobjekt",
          "Anna Svensson",
        ],
        [
          "Hela året",
          "Uppdatera webbsidor om tillsyn",
          "Lättare att hitta rätt",
          "Företagare",
          "Webbredaktör",
        ],
        [
          "v. 8 och v. 14",
          "Dialogmöten med branschorganisationer",
          "Skapa samverkan",
          "Branschorganisationer",
          "Miljöchef",
        ],
      ],
    },
  ],
  truth: {
    type: "kommunikationsplan",
    title: "Miljöförvaltningens kommunikationsplan 2023",
    organisation: "Miljöförvaltningen",
    year: 2023,
    reportDate: null,
    pdfPageCount: 2,
    activities: [
      act(
        1,
        MILJO_M1,
        "Början av februari",
        "2023-02-01",
        "2023-02-28",
        "Kampanj om matavfallsinsamling i lokaltidningen",
        "Öka andelen hushåll som sorterar matavfall",
        ["Hushåll i villor och flerbostadshus"],
        "Kommunikatör Johan Ek",
        [],
        null,
      ),
      act(
        1,
        MILJO_M1,
        "Mitten av maj 2023",
        "2023-05-01",
        "2023-05-31",
        "Informationsträffar för bostadsrättsföreningar",
        "Ge föreningarna stöd att införa sortering",
        ["Styrelser i bostadsrättsföreningar"],
        "Kommunikatör Johan Ek",
        [],
        null,
      ),
      act(
        1,
        MILJO_M1,
        "13/3",
        "2023-03-13",
        "2023-03-13",
        "Pressmeddelande om nya sorteringskärl",
        "Skapa uppmärksamhet",
        ["Media"],
        "Pressansvarig",
        [],
        null,
      ),
      act(
        1,
        MILJO_M1,
        "Hösten",
        "2023-07-01",
        "2023-12-31",
        "Utvärdering av kampanjen",
        "Lära inför nästa år",
        ["Förvaltningsledningen"],
        "Enhetschef kommunikation (LN)",
        ["LN"],
        null,
      ),
      act(
        2,
        MILJO_M2,
        "2023-10-05",
        "2023-10-05",
        "2023-10-05",
        "Frukostseminarium för livsmedelsföretagare",
        "Sprida kunskap om nya regler",
        ["Livsmedelsföretagare", "Restauranger"],
        "Livsmedelsinspektörer och kommunikatör (AS)",
        ["AS"],
        null,
      ),
      act(
        2,
        MILJO_M2,
        "Slutet av november",
        "2023-11-01",
        "2023-11-30",
        "Nyhetsbrev om tillsynsavgifter",
        "Öka förståelsen för avgifterna",
        ["Alla tillsynsobjekt"],
        "Anna Svensson",
        [],
        null,
      ),
      act(
        2,
        MILJO_M2,
        "Hela året",
        "2023-01-01",
        "2023-12-31",
        "Uppdatera webbsidor om tillsyn",
        "Lättare att hitta rätt",
        ["Företagare"],
        "Webbredaktör",
        [],
        null,
      ),
      act(
        2,
        MILJO_M2,
        "v. 8 och v. 14",
        "2023-02-20",
        "2023-04-09",
        "Dialogmöten med branschorganisationer",
        "Skapa samverkan",
        ["Branschorganisationer"],
        "Miljöchef",
        [],
        null,
      ),
    ],
    risks: [],
    statistics: [],
  },
};

const KULTUR_WEEKS = "Insatser per vecka";
const KULTUR_DATES = "Insatser med start- och slutdatum";
const KULTUR_THEME = "Tema: Sommar och höst i kulturen";

const kultur: Fixture = {
  name: "kultur-fritid-handlingsplan-kommunikation-2024",
  landscape: true,
  runningHeader: "Kultur- och fritidsförvaltningen",
  metadataTitle: "Handlingsplan för kommunikation 2024",
  blocks: [
    { kind: "title", text: "Handlingsplan för kommunikation 2024" },
    { kind: "subtitle", text: "Kultur- och fritidsförvaltningen" },
    {
      kind: "p",
      text: "Handlingsplanen konkretiserar kommunikationsstrategin för år 2024. Insatserna planeras per vecka eller med start- och slutdatum.",
    },
    { kind: "h", text: KULTUR_WEEKS },
    {
      kind: "table",
      widths: [8, 24, 22, 16, 14, 16],
      header: ["Vecka", "Aktivitet", "Syfte", "Målgrupp", "Kanal", "Ansvarig"],
      rows: [
        [
          "3",
          "Lansering av vårens programblad",
          "Fler besökare på vårens evenemang",
          "Allmänheten",
          "Trycksak, webb",
          "Kommunikatör Eva Lund",
        ],
        [
          "10–12",
          "Kampanj för påsklovsaktiviteter",
          "Fler unga deltar i lovaktiviteter",
          "Barn och unga, vårdnadshavare",
          "Sociala medier",
          "Fritidsenheten",
        ],
        [
          "24",
          "Information om sommarens öppettider",
          "Rätt förväntningar hos besökarna",
          "Allmänheten",
          "Webb, skyltar",
          "Biblioteksenheten",
        ],
        [
          "33, 35",
          "Annonsering av höstens kurser",
          "Fylla kursplatserna",
          "Vuxna kursdeltagare",
          "Annonser",
          "Kommunikatör Eva Lund",
        ],
      ],
    },
    { kind: "h", text: KULTUR_DATES, newPage: true },
    {
      kind: "table",
      widths: [30, 14, 14, 20, 22],
      header: ["Aktivitet", "Start", "Slut", "Målgrupp", "Ansvarig"],
      rows: [
        [KULTUR_THEME, "", "", "", ""],
        [
          "Sommarlovsaktiviteter för unga",
          "2024-06-17",
          "2024-08-09",
          "Unga 13–19 år",
          "Fritidsenheten",
        ],
        ["Bibliotekens läsutmaning", "1 juni", "31 augusti", "Barn 6–12 år", "Biblioteksenheten"],
        ["Kulturnatt", "2024-09-28", "", "Allmänheten", "Evenemangssamordnare Ali Hassan"],
      ],
    },
    { kind: "h", text: "Kanaler" },
    {
      kind: "table",
      widths: [20, 40, 20, 20],
      header: ["Kanal", "Vad", "Målgrupp", "Ansvarig"],
      rows: [
        ["Webbplatsen", "Evenemang och öppettider", "Allmänheten", "Webbredaktör"],
        ["Nyhetsbrev", "Månadens evenemang", "Prenumeranter", "Kommunikatör Eva Lund"],
        ["Instagram", "Bilder och filmer från verksamheten", "Unga vuxna", "Kommunikatörer"],
      ],
    },
  ],
  truth: {
    type: "kommunikationsplan",
    title: "Handlingsplan för kommunikation 2024",
    organisation: "Kultur- och fritidsförvaltningen",
    year: 2024,
    reportDate: null,
    pdfPageCount: 2,
    activities: [
      act(
        1,
        KULTUR_WEEKS,
        "3",
        "2024-01-15",
        "2024-01-21",
        "Lansering av vårens programblad",
        "Fler besökare på vårens evenemang",
        ["Allmänheten"],
        "Kommunikatör Eva Lund",
        [],
        "Trycksak, webb",
      ),
      act(
        1,
        KULTUR_WEEKS,
        "10–12",
        "2024-03-04",
        "2024-03-24",
        "Kampanj för påsklovsaktiviteter",
        "Fler unga deltar i lovaktiviteter",
        ["Barn och unga", "vårdnadshavare"],
        "Fritidsenheten",
        [],
        "Sociala medier",
      ),
      act(
        1,
        KULTUR_WEEKS,
        "24",
        "2024-06-10",
        "2024-06-16",
        "Information om sommarens öppettider",
        "Rätt förväntningar hos besökarna",
        ["Allmänheten"],
        "Biblioteksenheten",
        [],
        "Webb, skyltar",
      ),
      act(
        1,
        KULTUR_WEEKS,
        "33, 35",
        "2024-08-12",
        "2024-09-01",
        "Annonsering av höstens kurser",
        "Fylla kursplatserna",
        ["Vuxna kursdeltagare"],
        "Kommunikatör Eva Lund",
        [],
        "Annonser",
      ),
      act(
        2,
        KULTUR_THEME,
        "2024-06-17 – 2024-08-09",
        "2024-06-17",
        "2024-08-09",
        "Sommarlovsaktiviteter för unga",
        null,
        ["Unga 13–19 år"],
        "Fritidsenheten",
        [],
        null,
      ),
      act(
        2,
        KULTUR_THEME,
        "1 juni – 31 augusti",
        "2024-06-01",
        "2024-08-31",
        "Bibliotekens läsutmaning",
        null,
        ["Barn 6–12 år"],
        "Biblioteksenheten",
        [],
        null,
      ),
      act(
        2,
        KULTUR_THEME,
        "2024-09-28",
        "2024-09-28",
        "2024-09-28",
        "Kulturnatt",
        null,
        ["Allmänheten"],
        "Evenemangssamordnare Ali Hassan",
        [],
        null,
      ),
    ],
    risks: [],
    statistics: [],
  },
};

const NORRVIK_RISK_1 = "Belastningsskador vid trappstädning och sophantering";
const NORRVIK_KEY = "Nyckeltal för personal";

const norrvik: Fixture = {
  name: "norrvik-bostader-arbetsmiljorapport-2024",
  runningHeader: "Norrvik Bostäder AB",
  runningFooter: "Arbetsmiljörapport 2024",
  metadataTitle: "Arbetsmiljörapport 2024",
  blocks: [
    { kind: "title", text: "Arbetsmiljörapport 2024" },
    { kind: "subtitle", text: "Norrvik Bostäder AB" },
    {
      kind: "p",
      text: "Rapporten avser verksamhetsåret 2024 och har behandlats i bolagets samverkansgrupp.",
    },
    { kind: "h", text: "Utvärdering av åtgärder 2023" },
    {
      kind: "table",
      widths: [26, 12, 30, 16, 16],
      header: ["Identifierad risk", "Risknivå", "Åtgärd", "Status", "Slutdatum"],
      rows: [
        [
          { text: NORRVIK_RISK_1, rowSpan: 4 },
          { text: "16 (hög)", rowSpan: 4 },
          "Inköp av lättare städvagnar",
          "Avslutad",
          "2024-04-30",
        ],
        [
          { text: "Önskad effekt", bold: true },
          { text: "Färre besvär i axlar och rygg", colSpan: 2 },
        ],
        ["Ergonomiutbildning för fastighetsskötare", "Ej påbörjad", "2024-10-31"],
        [
          { text: "Önskad effekt", bold: true },
          { text: "Rätt arbetsteknik i det dagliga arbetet", colSpan: 2 },
        ],
        [
          { text: "Hot från hyresgäster vid störningsärenden", rowSpan: 2 },
          { text: "9 (medel)", rowSpan: 2 },
          "Rutin för hembesök i par vid störningsärenden",
          "Påbörjad",
          "2024-12-31",
        ],
        [
          { text: "Önskad effekt", bold: true },
          { text: "Ingen medarbetare gör ensam hembesök i störningsärenden", colSpan: 2 },
        ],
      ],
    },
    { kind: "h", text: "Nyckeltal", newPage: true },
    { kind: "caption", text: "Tabell: Nyckeltal för personal" },
    {
      kind: "table",
      widths: [40, 20, 20, 20],
      header: ["Nyckeltal", "R12 2024–12", "R12 2023–12", "Skillnad"],
      rows: [
        ["Sjukfrånvaro totalt, %", "5,2", "5,9", "−0,7"],
        ["Korttidssjukfrånvaro, %", "2,1", "2,4", "−0,3"],
        ["Personalomsättning, %", "8,1", "11,4", "−3,3"],
        ["Antal anställda", "1 204", "1 187", "17"],
      ],
    },
    { kind: "caption", text: "Tabell: Systematiskt arbetsmiljöarbete" },
    {
      kind: "table",
      widths: [80, 20],
      header: ["Fråga", "Ja/Nej"],
      rows: [
        ["Har skyddsronder genomförts i alla fastigheter?", "Ja"],
        ["Har medarbetarsamtal hållits med alla medarbetare?", "Delvis"],
      ],
    },
    { kind: "h", text: "Risker och åtgärder inför 2025" },
    {
      kind: "table",
      widths: [26, 12, 30, 16, 16],
      header: ["Identifierad risk", "Risknivå", "Åtgärd", "Ansvarig chef", "Slutdatum"],
      rows: [
        [
          { text: NORRVIK_RISK_1, rowSpan: 2 },
          { text: "12", rowSpan: 2 },
          "Ergonomiutbildning för fastighetsskötare",
          "Driftchef Tomas Berg",
          "2025-10-31",
        ],
        ["Översyn av sopkärlens placering", "Fastighetschef Nina Holm", "2025-06-30"],
      ],
    },
  ],
  truth: {
    type: "arbetsmiljorapport",
    title: "Arbetsmiljörapport 2024",
    organisation: "Norrvik Bostäder AB",
    year: 2024,
    reportDate: null,
    pdfPageCount: 2,
    activities: [],
    risks: [
      {
        page: 1,
        section: "evaluation",
        risk: NORRVIK_RISK_1,
        level: 16,
        measures: [
          measure(
            1,
            "Inköp av lättare städvagnar",
            "Avslutad",
            "2024-04-30",
            null,
            "Färre besvär i axlar och rygg",
          ),
          measure(
            1,
            "Ergonomiutbildning för fastighetsskötare",
            "Ej påbörjad",
            "2024-10-31",
            null,
            "Rätt arbetsteknik i det dagliga arbetet",
          ),
        ],
      },
      {
        page: 1,
        section: "evaluation",
        risk: "Hot från hyresgäster vid störningsärenden",
        level: 9,
        measures: [
          measure(
            1,
            "Rutin för hembesök i par vid störningsärenden",
            "Påbörjad",
            "2024-12-31",
            null,
            "Ingen medarbetare gör ensam hembesök i störningsärenden",
          ),
        ],
      },
      {
        page: 2,
        section: "reported",
        risk: NORRVIK_RISK_1,
        level: 12,
        measures: [
          measure(
            2,
            "Ergonomiutbildning för fastighetsskötare",
            null,
            "2025-10-31",
            "Driftchef Tomas Berg",
            null,
          ),
          measure(
            2,
            "Översyn av sopkärlens placering",
            null,
            "2025-06-30",
            "Fastighetschef Nina Holm",
            null,
          ),
        ],
      },
    ],
    statistics: figures(
      2,
      NORRVIK_KEY,
      ["Nyckeltal", "Tabell: Nyckeltal för personal"],
      ["R12 2024–12", "R12 2023–12", "Skillnad"],
      [
        ["Sjukfrånvaro totalt, %", ["5,2", "5,9", "−0,7"], [5.2, 5.9, -0.7]],
        ["Korttidssjukfrånvaro, %", ["2,1", "2,4", "−0,3"], [2.1, 2.4, -0.3]],
        ["Personalomsättning, %", ["8,1", "11,4", "−3,3"], [8.1, 11.4, -3.3]],
        ["Antal anställda", ["1 204", "1 187", "17"], [1204, 1187, 17]],
      ],
    ),
  },
};

const dalarna: Fixture = {
  name: "region-dalarna-kommunikationsstrategi-2024-2027",
  runningHeader: "Region Dalarna",
  metadataTitle: "Kommunikationsstrategi 2024–2027",
  blocks: [
    { kind: "title", text: "Kommunikationsstrategi 2024–2027" },
    { kind: "subtitle", text: "Region Dalarna" },
    { kind: "h", text: "Inledning" },
    {
      kind: "p",
      text: "Strategin anger inriktningen för regionens kommunikation under åren 2024–2027. Varje förvaltning tar årligen fram en kommunikationsplan utifrån strategin.",
    },
    {
      kind: "p",
      text: "Kommunikationsplanerna följs upp en gång per år och redovisas för regionstyrelsen.",
    },
    { kind: "h", text: "Mål för kommunikationen" },
    {
      kind: "list",
      items: [
        "Invånarna har förtroende för regionens verksamheter.",
        "Medarbetarna känner till regionens mål och prioriteringar.",
        "Regionen är en attraktiv arbetsgivare.",
      ],
    },
    { kind: "h", text: "Ansvar" },
    {
      kind: "p",
      text: "Regiondirektören har det övergripande ansvaret för kommunikationen. Varje chef ansvarar för kommunikationen i den egna verksamheten.",
    },
  ],
  truth: {
    type: "program",
    title: "Kommunikationsstrategi 2024–2027",
    organisation: "Region Dalarna",
    year: 2024,
    reportDate: null,
    pdfPageCount: 1,
    activities: [],
    risks: [],
    statistics: [],
  },
};

const tekniska: Fixture = {
  name: "tekniska-namnden-riktlinjer-kommunikation",
  runningHeader: "Tekniska nämnden",
  metadataTitle: "Riktlinjer för kommunikation",
  blocks: [
    { kind: "title", text: "Riktlinjer för kommunikation" },
    { kind: "subtitle", text: "Tekniska nämnden, Lunds kommun" },
    {
      kind: "p",
      text: "Antagen av tekniska nämnden 2022-11-16. Riktlinjerna gäller 2023–2026.",
    },
    { kind: "h", text: "Syfte" },
    {
      kind: "p",
      text: "Riktlinjerna ska hjälpa medarbetarna att kommunicera tydligt, korrekt och i rätt tid med invånare och andra intressenter.",
    },
    { kind: "h", text: "Ansvar och roller" },
    {
      kind: "p",
      text: "Förvaltningschefen ansvarar för att riktlinjerna är kända i hela organisationen. Kommunikationsenheten ger stöd i planering och genomförande.",
    },
    { kind: "h", text: "Klarspråk" },
    {
      kind: "p",
      text: "Vi skriver så att mottagaren förstår. Texter ska vara vårdade, enkla och begripliga enligt språklagen.",
    },
  ],
  truth: {
    type: "policy",
    title: "Riktlinjer för kommunikation",
    organisation: "Tekniska nämnden",
    year: 2023,
    reportDate: "2022-11-16",
    pdfPageCount: 1,
    activities: [],
    risks: [],
    statistics: [],
  },
};

const enkat: Fixture = {
  name: "gymnasieforvaltningen-medarbetarenkat-2024",
  runningHeader: "Gymnasie- och vuxenutbildningsförvaltningen",
  metadataTitle: "Medarbetarenkät 2024 – resultat",
  blocks: [
    { kind: "title", text: "Medarbetarenkät 2024 – resultat" },
    { kind: "subtitle", text: "Gymnasie- och vuxenutbildningsförvaltningen" },
    {
      kind: "p",
      text: "Enkäten genomfördes i oktober 2024. Svarsfrekvensen för hela förvaltningen var 84 procent.",
    },
    { kind: "h", text: "Resultat per index" },
    { kind: "caption", text: "Tabell 1: Index" },
    {
      kind: "table",
      widths: [46, 18, 18, 18],
      header: ["Index", "2024", "2023", "Förändring"],
      rows: [
        ["Hållbart medarbetarengagemang (HME)", "78", "80", "−2"],
        ["Motivation", "81", "81", "0"],
        ["Ledarskap", "76", "79", "−3"],
        ["Styrning", "74", "73", "1"],
      ],
    },
    { kind: "h", text: "Svarsfrekvens" },
    { kind: "caption", text: "Tabell 2: Svarsfrekvens per enhet" },
    {
      kind: "table",
      widths: [46, 27, 27],
      header: ["Enhet", "Antal svar", "Svarsfrekvens"],
      rows: [
        ["Gymnasieskolan", "412", "86 %"],
        ["Vuxenutbildningen", "95", "79 %"],
        ["Totalt", "507", "84 %"],
      ],
    },
  ],
  truth: {
    type: "annat",
    title: "Medarbetarenkät 2024 – resultat",
    organisation: "Gymnasie- och vuxenutbildningsförvaltningen",
    year: 2024,
    reportDate: null,
    pdfPageCount: 1,
    activities: [],
    risks: [],
    statistics: [
      ...figures(
        1,
        "Index",
        ["Index", "Tabell 1: Index"],
        ["2024", "2023", "Förändring"],
        [
          ["Hållbart medarbetarengagemang (HME)", ["78", "80", "−2"], [78, 80, -2]],
          ["Motivation", ["81", "81", "0"], [81, 81, 0]],
          ["Ledarskap", ["76", "79", "−3"], [76, 79, -3]],
          ["Styrning", ["74", "73", "1"], [74, 73, 1]],
        ],
      ),
      ...figures(
        1,
        "Svarsfrekvens per enhet",
        ["Enhet", "Tabell 2: Svarsfrekvens per enhet"],
        ["Antal svar", "Svarsfrekvens"],
        [
          ["Gymnasieskolan", ["412", "86 %"], [412, 86]],
          ["Vuxenutbildningen", ["95", "79 %"], [95, 79]],
          ["Totalt", ["507", "84 %"], [507, 84]],
        ],
      ),
    ],
  },
};

// ------------------------------------------------------------------- wave 2 (written blind)
// Written with their truth before planpipe was run on them, to measure how the parsers do on
// layouts they were not tuned to.

const KH_S1 = "Insatsområde 1 – Trygghet och trivsel";
const KH_S2 = "Insatsområde 2: Medborgardialog 2025";
const KH_LISA = "Kommunikatör Lisa Ek";
const KH_ANNA = "Projektledare Anna Berg";
const KH_KIM = "Parkingenjör Kim Nord (KN)";

const kungsholmen: Fixture = {
  name: "kungsholmen-kommunikationsplan-2025",
  runningHeader: "Kungsholmens stadsdelsförvaltning",
  runningFooter: "Kommunikationsplan 2025",
  metadataTitle: "Kommunikationsplan 2025",
  blocks: [
    { kind: "title", text: "Kommunikationsplan 2025" },
    { kind: "subtitle", text: "Kungsholmens stadsdelsförvaltning" },
    {
      kind: "p",
      text: "Planen beskriver förvaltningens kommunikation med boende, föreningar och medarbetare under året.",
    },
    { kind: "h", text: "Utgångspunkter" },
    {
      kind: "p",
      text: "Stadsdelsnämndens mål för året handlar om trygghet, trivsel och delaktighet. Kommunikationen ska bidra till att boende känner till vad förvaltningen gör, vet var de kan lämna synpunkter och får återkoppling på dem. Det gäller särskilt i frågor om parker, gator och skolgårdar där många boende berörs.",
    },
    {
      kind: "p",
      text: "Förvaltningen kommunicerar i första hand i egna kanaler: webbplatsen, sociala medier och lokala möten. Lokaltidningen och trycksaker används när vi behöver nå boende som inte följer våra digitala kanaler.",
    },
    {
      kind: "list",
      items: [
        "Kommunikationen ska vara begriplig och tillgänglig.",
        "Boende ska få veta hur deras synpunkter har använts.",
        "Medarbetarna ska vara väl informerade och kunna svara på frågor.",
      ],
    },
    {
      kind: "p",
      text: "Aktivitetsplanen i bilaga 1 följs upp varje tertial av ledningsgruppen. Insatser som inte kan genomföras flyttas till nästa års plan.",
    },
    { kind: "h", text: "Bilaga 1: Aktivitetsplan" },
    {
      kind: "table",
      widths: [15, 23, 15, 16, 13, 18],
      header: ["Tidpunkt", "Kommunikations-\ninsats", "Mål", "Målgrupper", "Kanaler", "Ansvarig"],
      rows: [
        [KH_S1, "", "", "", "", ""],
        [
          "Vecka 5",
          "Trygghetsvandring i Fridhemsplan",
          "Öka känslan av trygghet",
          ["• Boende", "• Föreningar"],
          "Lokaltidning, webb",
          KH_LISA,
        ],
        [
          "Februari",
          "Informationsblad om nya parkeringsregler",
          "Färre felparkeringar",
          "Boende",
          "Trycksak",
          "Trafikhandläggare",
        ],
        [
          "Mars–april",
          "Kampanj mot nedskräpning i parker",
          "Renare parker",
          "Boende, skolor",
          "Affischer, sociala medier",
          "Kommunikatör Lisa Ek, enhetschef Ola Ström",
        ],
        [
          "Återkommande",
          "Nyheter om trygghetsarbetet på webben",
          "Synliggöra arbetet",
          "Allmänheten",
          "Webb",
          "Webbredaktör",
        ],
        [
          "2025-05-20",
          "Öppet möte om belysning i parker",
          "Samla in synpunkter",
          "Boende",
          "Möte",
          KH_KIM,
        ],
        [
          "Juni (datum ej satt)",
          "Sommarkampanj om brandrisker",
          "Färre bränder",
          "Boende, koloniföreningar",
          "Sociala medier",
          "Säkerhetssamordnare",
        ],
        [
          "Hösten 2025",
          "Trygghetsenkät till boende",
          "Mäta upplevd trygghet",
          "Boende",
          "Enkät, webb",
          "Utredare",
        ],
        [
          "Löpande under året",
          "Samverkan med polisen i sociala medier",
          "Snabb information vid händelser",
          "Allmänheten",
          "Facebook",
          KH_LISA,
        ],
        [KH_S2, "", "", "", "", ""],
        [
          "v. 10",
          "Dialogmöte om ny skolgård",
          "Ta tillvara barnens idéer",
          "Elever, vårdnadshavare",
          "Skolan",
          KH_ANNA,
        ],
        [
          "April",
          "Webbenkät om lekplatser",
          "Prioritera upprustning",
          "Barnfamiljer",
          "Webb",
          KH_ANNA,
        ],
        [
          "Maj",
          "Medborgardialog i Rålambshovsparken",
          "Samla synpunkter på parkens utveckling",
          "Boende, besökare",
          "Plats, webb",
          KH_KIM,
        ],
        [
          "Vecka 47–48",
          "Återkoppling av dialogens resultat",
          "Visa hur synpunkterna används",
          "Alla som deltagit",
          "E-post, webb",
          KH_LISA,
        ],
        [
          "Q4",
          "Film om dialogarbetet",
          "Inspirera fler att delta",
          "Allmänheten",
          "Youtube",
          KH_LISA,
        ],
        [
          "Ej tidssatt",
          "Rådslag med föreningslivet",
          "Stärka samarbetet",
          "Föreningar",
          "",
          "Enhetschef Ola Ström",
        ],
      ],
    },
  ],
  truth: {
    type: "kommunikationsplan",
    title: "Kommunikationsplan 2025",
    organisation: "Kungsholmens stadsdelsförvaltning",
    year: 2025,
    reportDate: null,
    pdfPageCount: 2,
    activities: [
      act(
        1,
        KH_S1,
        "Vecka 5",
        "2025-01-27",
        "2025-02-02",
        "Trygghetsvandring i Fridhemsplan",
        "Öka känslan av trygghet",
        ["Boende", "Föreningar"],
        KH_LISA,
        [],
        "Lokaltidning, webb",
      ),
      act(
        1,
        KH_S1,
        "Februari",
        "2025-02-01",
        "2025-02-28",
        "Informationsblad om nya parkeringsregler",
        "Färre felparkeringar",
        ["Boende"],
        "Trafikhandläggare",
        [],
        "Trycksak",
      ),
      act(
        1,
        KH_S1,
        "Mars–april",
        "2025-03-01",
        "2025-04-30",
        "Kampanj mot nedskräpning i parker",
        "Renare parker",
        ["Boende", "skolor"],
        "Kommunikatör Lisa Ek, enhetschef Ola Ström",
        [],
        "Affischer, sociala medier",
      ),
      act(
        1,
        KH_S1,
        "Återkommande",
        "2025-01-01",
        "2025-12-31",
        "Nyheter om trygghetsarbetet på webben",
        "Synliggöra arbetet",
        ["Allmänheten"],
        "Webbredaktör",
        [],
        "Webb",
      ),
      act(
        1,
        KH_S1,
        "2025-05-20",
        "2025-05-20",
        "2025-05-20",
        "Öppet möte om belysning i parker",
        "Samla in synpunkter",
        ["Boende"],
        KH_KIM,
        ["KN"],
        "Möte",
      ),
      act(
        1,
        KH_S1,
        "Juni (datum ej satt)",
        "2025-06-01",
        "2025-06-30",
        "Sommarkampanj om brandrisker",
        "Färre bränder",
        ["Boende", "koloniföreningar"],
        "Säkerhetssamordnare",
        [],
        "Sociala medier",
      ),
      act(
        1,
        KH_S1,
        "Hösten 2025",
        "2025-07-01",
        "2025-12-31",
        "Trygghetsenkät till boende",
        "Mäta upplevd trygghet",
        ["Boende"],
        "Utredare",
        [],
        "Enkät, webb",
      ),
      act(
        1,
        KH_S1,
        "Löpande under året",
        "2025-01-01",
        "2025-12-31",
        "Samverkan med polisen i sociala medier",
        "Snabb information vid händelser",
        ["Allmänheten"],
        KH_LISA,
        [],
        "Facebook",
      ),
      act(
        1,
        KH_S2,
        "v. 10",
        "2025-03-03",
        "2025-03-09",
        "Dialogmöte om ny skolgård",
        "Ta tillvara barnens idéer",
        ["Elever", "vårdnadshavare"],
        KH_ANNA,
        [],
        "Skolan",
      ),
      act(
        1,
        KH_S2,
        "April",
        "2025-04-01",
        "2025-04-30",
        "Webbenkät om lekplatser",
        "Prioritera upprustning",
        ["Barnfamiljer"],
        KH_ANNA,
        [],
        "Webb",
      ),
      act(
        2,
        KH_S2,
        "Maj",
        "2025-05-01",
        "2025-05-31",
        "Medborgardialog i Rålambshovsparken",
        "Samla synpunkter på parkens utveckling",
        ["Boende", "besökare"],
        KH_KIM,
        ["KN"],
        "Plats, webb",
      ),
      act(
        2,
        KH_S2,
        "Vecka 47–48",
        "2025-11-17",
        "2025-11-30",
        "Återkoppling av dialogens resultat",
        "Visa hur synpunkterna används",
        ["Alla som deltagit"],
        KH_LISA,
        [],
        "E-post, webb",
      ),
      act(
        2,
        KH_S2,
        "Q4",
        "2025-10-01",
        "2025-12-31",
        "Film om dialogarbetet",
        "Inspirera fler att delta",
        ["Allmänheten"],
        KH_LISA,
        [],
        "Youtube",
      ),
      act(
        2,
        KH_S2,
        "Ej tidssatt",
        null,
        null,
        "Rådslag med föreningslivet",
        "Stärka samarbetet",
        ["Föreningar"],
        "Enhetschef Ola Ström",
        [],
        null,
      ),
    ],
    risks: [],
    statistics: [],
  },
};

const AO_RISK_A = "Tunga lyft vid förflyttning av brukare";
const AO_RISK_B = "Stress på grund av hög andel timanställda";
const AO_MAJA = "Enhetschef Maja Lind";
const AO_OMAR = "Verksamhetschef Omar Aziz";
const AO_SICK = "Sjukfrånvaro, %";
const AO_INJURIES = "Arbetsskador och tillbud";

const aldre: Fixture = {
  name: "aldreforvaltningen-arbetsmiljorapport-2025",
  runningHeader: "Äldreförvaltningen",
  runningFooter: "Arbetsmiljörapport 2025",
  metadataTitle: "Arbetsmiljörapport 2025",
  blocks: [
    { kind: "title", text: "Arbetsmiljörapport 2025" },
    { kind: "subtitle", text: "Äldreförvaltningen, Sundsvalls kommun" },
    { kind: "h", text: "1. Uppföljning av åtgärder från föregående år" },
    {
      kind: "table",
      widths: [22, 12, 26, 16, 11, 13],
      header: ["Risk", "Bedömning (S×K)", "Åtgärder", "Ansvarig", "Klart", "Status 2025-12-31"],
      rows: [
        [
          { text: AO_RISK_A, rowSpan: 4 },
          { text: "4×4", rowSpan: 4 },
          "Inköp av taklyftar till två avdelningar",
          AO_MAJA,
          "2025-04-30",
          "Klar",
        ],
        [{ text: "Önskad effekt: Färre belastningsskador vid förflyttningar", colSpan: 4 }],
        ["Utbildning i förflyttningsteknik för all personal", AO_MAJA, "2025-10-31", "Delvis klar"],
        [{ text: "Önskad effekt: All personal använder rätt teknik", colSpan: 4 }],
        [
          { text: AO_RISK_B, rowSpan: 2 },
          { text: "3×3", rowSpan: 2 },
          "Fler tillsvidareanställningar",
          AO_OMAR,
          "2025-12-31",
          "Pågår",
        ],
        [{ text: "Önskad effekt: Stabilare bemanning", colSpan: 4 }],
      ],
    },
    { kind: "h", text: "2. Nyckeltal", newPage: true },
    { kind: "caption", text: "Tabell 1. Sjukfrånvaro, %" },
    {
      kind: "table",
      widths: [36, 16, 16, 16, 16],
      header: ["Sjukfrånvaro, %", "Kvinnor 2025", "Män 2025", "Totalt 2025", "Totalt 2024"],
      rows: [
        ["Total sjukfrånvaro", "8,9", "6,2", "8,4", "9,1"],
        ["Varav långtidssjukfrånvaro (> 59 dagar)", "3,8", "2,1", "3,5", "4,0"],
        ["Korttidssjukfrånvaro (dag 1–14)", "3,4", "2,9", "3,3", "3,6"],
      ],
    },
    { kind: "caption", text: "Tabell 2. Arbetsskador och tillbud" },
    {
      kind: "table",
      widths: [50, 25, 25],
      header: ["Typ", "2025", "2024"],
      rows: [
        ["Arbetsskador", "", ""],
        ["Hot och våld", "14", "11"],
        ["Belastning", "9", "12"],
        ["Tillbud", "", ""],
        ["Hot och våld", "31", "25"],
        ["Övrigt", "7", "9"],
      ],
    },
    { kind: "h", text: "3. Prioriterade risker 2026" },
    {
      kind: "table",
      widths: [26, 12, 30, 18, 14],
      header: ["Risk", "Riskvärde", "Åtgärd", "Ansvarig", "Klart senast"],
      rows: [
        [
          "Hot och våld i hemtjänsten",
          "12",
          "Larm till all personal i hemtjänsten",
          AO_OMAR,
          "2026-03-31",
        ],
        ["", "", "Rutin för dubbelbemanning vid kända risker", AO_MAJA, "2026-06-30"],
      ],
    },
  ],
  truth: {
    type: "arbetsmiljorapport",
    title: "Arbetsmiljörapport 2025",
    organisation: "Äldreförvaltningen",
    year: 2025,
    reportDate: null,
    pdfPageCount: 2,
    activities: [],
    risks: [
      {
        page: 1,
        section: "evaluation",
        risk: AO_RISK_A,
        level: 16,
        measures: [
          measure(
            1,
            "Inköp av taklyftar till två avdelningar",
            "Klar",
            "2025-04-30",
            AO_MAJA,
            "Färre belastningsskador vid förflyttningar",
          ),
          measure(
            1,
            "Utbildning i förflyttningsteknik för all personal",
            "Delvis klar",
            "2025-10-31",
            AO_MAJA,
            "All personal använder rätt teknik",
          ),
        ],
      },
      {
        page: 1,
        section: "evaluation",
        risk: AO_RISK_B,
        level: 9,
        measures: [
          measure(
            1,
            "Fler tillsvidareanställningar",
            "Pågår",
            "2025-12-31",
            AO_OMAR,
            "Stabilare bemanning",
          ),
        ],
      },
      {
        page: 2,
        section: "reported",
        risk: "Hot och våld i hemtjänsten",
        level: 12,
        measures: [
          measure(2, "Larm till all personal i hemtjänsten", null, "2026-03-31", AO_OMAR, null),
          measure(
            2,
            "Rutin för dubbelbemanning vid kända risker",
            null,
            "2026-06-30",
            AO_MAJA,
            null,
          ),
        ],
      },
    ],
    statistics: [
      ...figures(
        2,
        AO_SICK,
        ["Tabell 1. Sjukfrånvaro, %"],
        ["Kvinnor 2025", "Män 2025", "Totalt 2025", "Totalt 2024"],
        [
          ["Total sjukfrånvaro", ["8,9", "6,2", "8,4", "9,1"], [8.9, 6.2, 8.4, 9.1]],
          [
            "Varav långtidssjukfrånvaro (> 59 dagar)",
            ["3,8", "2,1", "3,5", "4,0"],
            [3.8, 2.1, 3.5, 4],
          ],
          ["Korttidssjukfrånvaro (dag 1–14)", ["3,4", "2,9", "3,3", "3,6"], [3.4, 2.9, 3.3, 3.6]],
        ],
      ),
      ...figures(
        2,
        AO_INJURIES,
        ["Typ", "Tabell 2. Arbetsskador och tillbud"],
        ["2025", "2024"],
        [
          ["Arbetsskador / Hot och våld", ["14", "11"], [14, 11]],
          ["Arbetsskador / Belastning", ["9", "12"], [9, 12]],
          ["Tillbud / Hot och våld", ["31", "25"], [31, 25]],
          ["Tillbud / Övrigt", ["7", "9"], [7, 9]],
        ],
      ),
    ],
  },
};

const KLK_PLAN = "Aktivitetsplan 2026";

const klk: Fixture = {
  name: "kommunledningskontoret-kommunikationsplan-2026",
  landscape: true,
  runningHeader: "Kommunledningskontoret",
  metadataTitle: "Kommunledningskontorets kommunikationsplan 2026",
  blocks: [
    { kind: "title", text: "Kommunledningskontorets kommunikationsplan 2026" },
    {
      kind: "p",
      text: "Planen gäller ekonomi- och upphandlingsfrågor och följs upp vid årets slut.",
    },
    {
      kind: "table",
      widths: [5, 22, 25, 12, 18, 18],
      titleRow: KLK_PLAN,
      header: ["Nr", "Aktivitet", "Beskrivning", "Tidsplan", "Ansvarig", "Målgrupp"],
      rows: [
        [
          "1",
          "Nyhetsbrev till chefer",
          "Månatligt nyhetsbrev om ekonomiprocesser",
          "Varje månad",
          "Controller Sara Holm",
          "Chefer",
        ],
        [
          "2",
          "Budgetdialoger",
          "Dialog om budgetförutsättningar",
          "Jan–feb",
          "Ekonomichef (PW)",
          "Förvaltningsledningar",
        ],
        [
          "3",
          "Utbildning i nytt ekonomisystem",
          "",
          "Q1",
          "Systemförvaltare",
          ["Ekonomer", "Assistenter"],
        ],
        [
          "4",
          "Informationsfilm om attestregler",
          "Kort film på intranätet",
          "Kvartal 3",
          "Kommunikatör Jonas Berg",
          "Alla medarbetare",
        ],
        ["5", "Bokslutsinformation", "", "Vecka 40-42", "Redovisningschef", "Ekonomer"],
        [
          "6",
          "Webbinarium om upphandlingsregler",
          "",
          "Ej tidsatt",
          "Upphandlingsenheten",
          "Chefer, beställare",
        ],
        [
          "7",
          "Årsredovisningen publiceras",
          "",
          "Slutet av april",
          "Kommunikatör Jonas Berg",
          "Allmänheten",
        ],
      ],
    },
    { kind: "h", text: "Kanalöversikt" },
    {
      kind: "table",
      widths: [25, 25, 25, 25],
      header: ["Kanal", "Målgrupp", "Frekvens", "Ansvarig"],
      rows: [
        ["Intranätet", "Medarbetare", "Löpande", "Kommunikatör Jonas Berg"],
        ["Chefsbrev", "Chefer", "Varje månad", "Controller Sara Holm"],
      ],
    },
    { kind: "h", text: "Budget" },
    {
      kind: "table",
      widths: [60, 40],
      header: ["Post", "Belopp (tkr)"],
      rows: [
        ["Film", "60"],
        ["Tryck", "25"],
        ["Summa", "85"],
      ],
    },
  ],
  truth: {
    type: "kommunikationsplan",
    title: "Kommunledningskontorets kommunikationsplan 2026",
    organisation: "Kommunledningskontoret",
    year: 2026,
    reportDate: null,
    pdfPageCount: 1,
    activities: [
      act(
        1,
        KLK_PLAN,
        "Varje månad",
        "2026-01-01",
        "2026-12-31",
        "Nyhetsbrev till chefer",
        null,
        ["Chefer"],
        "Controller Sara Holm",
        [],
        null,
      ),
      act(
        1,
        KLK_PLAN,
        "Jan–feb",
        "2026-01-01",
        "2026-02-28",
        "Budgetdialoger",
        null,
        ["Förvaltningsledningar"],
        "Ekonomichef (PW)",
        ["PW"],
        null,
      ),
      act(
        1,
        KLK_PLAN,
        "Q1",
        "2026-01-01",
        "2026-03-31",
        "Utbildning i nytt ekonomisystem",
        null,
        ["Ekonomer", "Assistenter"],
        "Systemförvaltare",
        [],
        null,
      ),
      act(
        1,
        KLK_PLAN,
        "Kvartal 3",
        "2026-07-01",
        "2026-09-30",
        "Informationsfilm om attestregler",
        null,
        ["Alla medarbetare"],
        "Kommunikatör Jonas Berg",
        [],
        null,
      ),
      act(
        1,
        KLK_PLAN,
        "Vecka 40-42",
        "2026-09-28",
        "2026-10-18",
        "Bokslutsinformation",
        null,
        ["Ekonomer"],
        "Redovisningschef",
        [],
        null,
      ),
      act(
        1,
        KLK_PLAN,
        "Ej tidsatt",
        null,
        null,
        "Webbinarium om upphandlingsregler",
        null,
        ["Chefer", "beställare"],
        "Upphandlingsenheten",
        [],
        null,
      ),
      act(
        1,
        KLK_PLAN,
        "Slutet av april",
        "2026-04-01",
        "2026-04-30",
        "Årsredovisningen publiceras",
        null,
        ["Allmänheten"],
        "Kommunikatör Jonas Berg",
        [],
        null,
      ),
    ],
    risks: [],
    statistics: [],
  },
};

// ------------------------------------------------------------------- wave 3 (written blind)

const SBK_F1 = "Fokusområde 1 Dialog om stadens utveckling";
const SBK_F2 = "Fokusområde 2 Effektiv handläggning";
const SBK_ACT_HEADER = ["Datum", "Aktivitet", "Syfte", "Målgrupp", "Ansvarig"];
const SBK_PER = "Kommunikatör Per Ny";

const sbk: Fixture = {
  name: "stadsbyggnadskontoret-kommunikationsplan-2025",
  runningHeader: "Stadsbyggnadskontoret",
  metadataTitle: "",
  blocks: [
    { kind: "title", text: "Kommunikationsplan för stadsbyggnadskontoret 2025" },
    {
      kind: "p",
      text: "Planen omfattar kontorets externa kommunikation om planering och bygglov.",
    },
    { kind: "h", text: SBK_F1 },
    {
      kind: "table",
      widths: [16, 26, 20, 18, 20],
      header: SBK_ACT_HEADER,
      rows: [
        [
          "15/3–15/4",
          "Samråd om ny översiktsplan",
          "Samla in synpunkter",
          "Invånare, organisationer",
          "Planarkitekt Eva Ström",
        ],
        [
          "Mars 2025 – juni 2025",
          "Utställning i stadsbiblioteket",
          "Visa förslaget",
          "Invånare",
          SBK_PER,
        ],
        ["HT -25", "Digital visning av detaljplaner", "Enklare att delta", "Invånare", SBK_PER],
      ],
    },
    { kind: "h", text: SBK_F2, newPage: true },
    {
      kind: "table",
      widths: [16, 26, 20, 18, 20],
      header: [],
      rows: [
        [
          "Januari, april, augusti",
          "Nyhetsbrev till byggherrar",
          "Informera om regeländringar",
          "Byggherrar",
          "Bygglovschef (TK)",
        ],
        [
          "Vt 2025",
          "Utbildning i e-tjänsten för bygglov",
          "Fler digitala ansökningar",
          "Sökande, konsulter",
          "Bygglovshandläggare",
        ],
        [
          "Vecka 36",
          "Kampanj om bygglovsfria åtgärder",
          "Färre onödiga ansökningar",
          "Villaägare",
          SBK_PER,
        ],
      ],
    },
    {
      kind: "table",
      widths: [50, 25, 25],
      header: ["", "2024", "2023"],
      rows: [
        ["Bygglov", "1 204", "1 150"],
        ["Förhandsbesked", "88", "97"],
      ],
    },
    { kind: "caption", text: "Tabell 1 Ärenden per år" },
  ],
  truth: {
    type: "kommunikationsplan",
    title: "Kommunikationsplan för stadsbyggnadskontoret 2025",
    organisation: "Stadsbyggnadskontoret",
    year: 2025,
    reportDate: null,
    pdfPageCount: 2,
    activities: [
      act(
        1,
        SBK_F1,
        "15/3–15/4",
        "2025-03-15",
        "2025-04-15",
        "Samråd om ny översiktsplan",
        "Samla in synpunkter",
        ["Invånare", "organisationer"],
        "Planarkitekt Eva Ström",
        [],
        null,
      ),
      act(
        1,
        SBK_F1,
        "Mars 2025 – juni 2025",
        "2025-03-01",
        "2025-06-30",
        "Utställning i stadsbiblioteket",
        "Visa förslaget",
        ["Invånare"],
        SBK_PER,
        [],
        null,
      ),
      act(
        1,
        SBK_F1,
        "HT -25",
        "2025-07-01",
        "2025-12-31",
        "Digital visning av detaljplaner",
        "Enklare att delta",
        ["Invånare"],
        SBK_PER,
        [],
        null,
      ),
      act(
        2,
        SBK_F2,
        "Januari, april, augusti",
        "2025-01-01",
        "2025-08-31",
        "Nyhetsbrev till byggherrar",
        "Informera om regeländringar",
        ["Byggherrar"],
        "Bygglovschef (TK)",
        ["TK"],
        null,
      ),
      act(
        2,
        SBK_F2,
        "Vt 2025",
        "2025-01-01",
        "2025-06-30",
        "Utbildning i e-tjänsten för bygglov",
        "Fler digitala ansökningar",
        ["Sökande", "konsulter"],
        "Bygglovshandläggare",
        [],
        null,
      ),
      act(
        2,
        SBK_F2,
        "Vecka 36",
        "2025-09-01",
        "2025-09-07",
        "Kampanj om bygglovsfria åtgärder",
        "Färre onödiga ansökningar",
        ["Villaägare"],
        SBK_PER,
        [],
        null,
      ),
    ],
    risks: [],
    statistics: figures(
      2,
      "Ärenden per år",
      ["Tabell 1 Ärenden per år"],
      ["2024", "2023"],
      [
        ["Bygglov", ["1 204", "1 150"], [1204, 1150]],
        ["Förhandsbesked", ["88", "97"], [88, 97]],
      ],
    ),
  },
};

const KFN_LONE = "Ensamarbete på fritidsgårdar";
const KFN_SICK = "Sjukfrånvaro i procent 2024";

const kfn: Fixture = {
  name: "kultur-fritidsnamnden-arbetsmiljoredovisning-2024",
  runningHeader: "Kultur- och fritidsförvaltningen",
  metadataTitle: "",
  blocks: [
    { kind: "title", text: "Arbetsmiljöredovisning 2024 – Kultur- och fritidsnämnden" },
    { kind: "h", text: "Genomförda åtgärder 2024" },
    {
      kind: "table",
      widths: [22, 12, 26, 14, 26],
      header: ["Risk", "Risknivå", "Åtgärd", "Status", "Önskad effekt"],
      rows: [
        [
          KFN_LONE,
          "Hög",
          "Bemanning med två personer kvällstid",
          "Genomförd",
          "Ingen arbetar ensam kvällstid",
        ],
        [KFN_LONE, "Hög", "Larmknappar till personalen", "Genomförd", "Snabb hjälp vid hot"],
        [
          "Buller i simhallen",
          "Medel",
          "Ljudabsorbenter i taket",
          "Ej genomförd",
          "Lägre ljudnivå",
        ],
      ],
    },
    { kind: "h", text: "Sjukfrånvaro", newPage: true },
    {
      kind: "table",
      widths: [50, 25, 25],
      titleRow: KFN_SICK,
      header: ["", "2024", "2023"],
      rows: [
        ["Kvinnor", "7,2", "7,9"],
        ["Män", "4,1", "4,4"],
        ["Totalt", "6,3", "6,8"],
      ],
    },
    { kind: "h", text: "Risker inför 2025" },
    {
      kind: "table",
      widths: [28, 32, 22, 18],
      header: ["Risk", "Åtgärd", "Ansvarig", "Klart senast"],
      rows: [
        [
          { text: "Hot och våld från besökare", rowSpan: 2 },
          "Utbildning i konflikthantering",
          "Fritidschef Sara Lund",
          "2025-05-31",
        ],
        ["Översyn av larmrutiner", "Säkerhetssamordnare", "2025-03-31"],
      ],
    },
  ],
  truth: {
    type: "arbetsmiljorapport",
    title: "Arbetsmiljöredovisning 2024 – Kultur- och fritidsnämnden",
    organisation: "Kultur- och fritidsnämnden",
    year: 2024,
    reportDate: null,
    pdfPageCount: 2,
    activities: [],
    risks: [
      {
        page: 1,
        section: "evaluation",
        risk: KFN_LONE,
        level: null,
        measures: [
          measure(
            1,
            "Bemanning med två personer kvällstid",
            "Genomförd",
            null,
            null,
            "Ingen arbetar ensam kvällstid",
          ),
          measure(1, "Larmknappar till personalen", "Genomförd", null, null, "Snabb hjälp vid hot"),
        ],
      },
      {
        page: 1,
        section: "evaluation",
        risk: "Buller i simhallen",
        level: null,
        measures: [
          measure(1, "Ljudabsorbenter i taket", "Ej genomförd", null, null, "Lägre ljudnivå"),
        ],
      },
      {
        page: 2,
        section: "reported",
        risk: "Hot och våld från besökare",
        level: null,
        measures: [
          measure(
            2,
            "Utbildning i konflikthantering",
            null,
            "2025-05-31",
            "Fritidschef Sara Lund",
            null,
          ),
          measure(2, "Översyn av larmrutiner", null, "2025-03-31", "Säkerhetssamordnare", null),
        ],
      },
    ],
    statistics: figures(
      2,
      KFN_SICK,
      [],
      ["2024", "2023"],
      [
        ["Kvinnor", ["7,2", "7,9"], [7.2, 7.9]],
        ["Män", ["4,1", "4,4"], [4.1, 4.4]],
        ["Totalt", ["6,3", "6,8"], [6.3, 6.8]],
      ],
    ),
  },
};

export const FIXTURES: readonly Fixture[] = [
  bou,
  soc,
  miljo,
  kultur,
  norrvik,
  dalarna,
  tekniska,
  enkat,
  kungsholmen,
  aldre,
  klk,
  sbk,
  kfn,
];

// ------------------------------------------------------------------------------ docx rendering

const TWIPS_A4_W = 11906;
const TWIPS_A4_H = 16838;
const MARGIN = 1134;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "808080" };

function cellParts(spec: CellSpec): {
  lines: string[];
  rowSpan: number;
  colSpan: number;
  bold: boolean;
} {
  if (typeof spec === "string") return { lines: [spec], rowSpan: 1, colSpan: 1, bold: false };
  if (Array.isArray(spec)) return { lines: spec, rowSpan: 1, colSpan: 1, bold: false };
  return {
    lines: Array.isArray(spec.text) ? spec.text : [spec.text],
    rowSpan: spec.rowSpan ?? 1,
    colSpan: spec.colSpan ?? 1,
    bold: spec.bold ?? false,
  };
}

function docxTable(t: TableSpec, textWidth: number): Table {
  const total = t.widths.reduce((s, w) => s + w, 0);
  const widths = t.widths.map((w) => Math.round((w / total) * textWidth));
  // Which grid columns are covered by a cell merged from a row above (HTML semantics).
  const coveredUntil: number[] = widths.map(() => -1);
  const makeRow = (cells: CellSpec[], r: number, header: boolean): TableRow => {
    let col = 0;
    const children = cells.map((spec) => {
      while (coveredUntil[col] !== undefined && (coveredUntil[col] ?? -1) >= r) col++;
      const { lines, rowSpan, colSpan, bold } = cellParts(spec);
      for (let c = col; c < col + colSpan; c++) coveredUntil[c] = r + rowSpan - 1;
      const width = widths.slice(col, col + colSpan).reduce((s, w) => s + w, 0);
      col += colSpan;
      const sectionRow = colSpan === t.widths.length;
      return new TableCell({
        children: lines.map(
          (line) =>
            new Paragraph({
              children: [new TextRun({ text: line, bold: header || bold, size: 18 })],
            }),
        ),
        rowSpan: rowSpan > 1 ? rowSpan : undefined,
        columnSpan: colSpan > 1 ? colSpan : undefined,
        width: { size: width, type: WidthType.DXA },
        shading:
          header || sectionRow
            ? { fill: header ? "C9D7E6" : "EEF2F7", type: ShadingType.CLEAR }
            : undefined,
        margins: { top: 40, bottom: 40, left: 90, right: 90 },
      });
    });
    return new TableRow({ children, tableHeader: header ? true : undefined, cantSplit: true });
  };
  const first = t.titleRow ? 1 : 0;
  const rows = [
    ...(t.titleRow
      ? [makeRow([{ text: t.titleRow, colSpan: t.widths.length, bold: true }], 0, false)]
      : []),
    ...(t.header.length > 0
      ? [
          makeRow(
            t.header.map((h) => (h.includes("\n") ? h.split("\n") : h)),
            first,
            true,
          ),
        ]
      : []),
    ...t.rows.map((cells, i) => makeRow(cells, i + first + (t.header.length > 0 ? 1 : 0), false)),
  ];
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: textWidth, type: WidthType.DXA },
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
  });
}

function docxBlocks(b: Block, textWidth: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case "title":
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [new TextRun({ text: b.text, bold: true, size: 40 })],
        }),
      ];
    case "subtitle":
      return [
        new Paragraph({
          spacing: { after: 240 },
          children: [new TextRun({ text: b.text, size: 26 })],
        }),
      ];
    case "h":
      return [
        new Paragraph({
          heading: b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
          pageBreakBefore: b.newPage ?? false,
          spacing: { before: 240, after: 120 },
          children: [new TextRun({ text: b.text })],
        }),
      ];
    case "p":
      return [new Paragraph({ spacing: { after: 160 }, children: [new TextRun(b.text)] })];
    case "caption":
      return [
        new Paragraph({
          spacing: { before: 120, after: 80 },
          children: [new TextRun({ text: b.text, italics: true })],
        }),
      ];
    case "list":
      return b.items.map(
        (i) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(i)] }),
      );
    case "table":
      return [docxTable(b, textWidth), new Paragraph({ children: [] })];
  }
}

async function docx(fx: Fixture): Promise<Buffer> {
  const landscape = fx.landscape ?? false;
  const textWidth = (landscape ? TWIPS_A4_H : TWIPS_A4_W) - 2 * MARGIN;
  const doc = new Document({
    title: fx.metadataTitle,
    creator: "planpipe fixtures",
    styles: { default: { document: { run: { font: "Carlito", size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: TWIPS_A4_W,
              height: TWIPS_A4_H,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: fx.runningHeader, size: 16 })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [
                      fx.runningFooter ? `${fx.runningFooter} – sida ` : "Sida ",
                      PageNumber.CURRENT,
                    ],
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children: fx.blocks.flatMap((b) => docxBlocks(b, textWidth)),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ------------------------------------------------------------------------------------- truth

function truthJson(fx: Fixture, format: "docx" | "pdf"): unknown {
  const t = fx.truth;
  const page = (p: number) => (format === "pdf" ? p : null);
  return {
    schemaVersion: 1,
    documents: [
      {
        file: `${fx.name}.${format}`,
        format,
        producer: format === "pdf" ? "LibreOffice (docx -> pdf)" : "docx-js (npm docx)",
        pageCount: format === "pdf" ? t.pdfPageCount : null,
        type: t.type,
        title: t.title,
        organisation: t.organisation,
        year: t.year,
        reportDate: t.reportDate,
      },
    ],
    activities: t.activities.map((a, i) => ({ id: `a${i + 1}`, ...a, page: page(a.page) })),
    risks: t.risks.map((r, i) => ({
      id: `r${i + 1}`,
      ...r,
      page: page(r.page),
      measures: r.measures.map((m) => ({ ...m, page: page(m.page) })),
    })),
    statistics: t.statistics.map((s) => ({ ...s, page: page(s.page) })),
  };
}

// ----------------------------------------------------------------------------------- output

function libreOfficePdf(docxFile: string, outDir: string): void {
  // A profile of its own, so that a LibreOffice another process runs does not take the job.
  const profile = mkdtempSync(path.join(tmpdir(), "lo-records-"));
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

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  mkdirSync(OUT, { recursive: true });
  const pdf = hasSoffice();
  if (!pdf) console.warn("soffice not found: writing .docx fixtures only");
  for (const fx of FIXTURES) {
    if (only.length > 0 && !only.includes(fx.name)) continue;
    const docxFile = path.join(OUT, `${fx.name}.docx`);
    writeFileSync(docxFile, await docx(fx));
    const json = (format: "docx" | "pdf") => `${JSON.stringify(truthJson(fx, format), null, 2)}\n`;
    writeFileSync(`${docxFile}.truth.json`, json("docx"));
    if (pdf) {
      libreOfficePdf(docxFile, OUT);
      const pdfFile = path.join(OUT, `${fx.name}.pdf`);
      if (!existsSync(pdfFile)) throw new Error(`LibreOffice wrote no ${pdfFile}`);
      writeFileSync(`${pdfFile}.truth.json`, json("pdf"));
    }
    console.log(`${fx.name}: .docx${pdf ? " .pdf" : ""}`);
  }
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) await main();
