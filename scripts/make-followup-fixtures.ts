// Writes the fixtures of the check stage, each with a truth file next to it in the shape of the
// sample truth files (documents, expectedFindings, followUp):
//   fixtures/followup/  three year pairs of our own, as Word and as PDF (LibreOffice):
//     soc-arbetsmiljorapport-2023 → -2024: a measure reworded, one dropped, one evaluated under
//       another risk, and a new measure that sounds like the dropped one;
//     sbk-arbetsmiljorapport-2022 → -2023: every measure reworded harder (participles,
//       compounds, synonyms), one dropped beside a look-alike, one under another risk;
//     fritid-kommunikationsplan-2023 → -2024: activities carried over (some reworded), dropped,
//       and new ones that share words with the dropped ones.
//   fixtures/checks/    documents with planted errors of every rule, each beside near misses
//     that must not fire (rates under "Totalt", a delayed measure past its end date, the
//     municipality's figure in the prose, the same activity at two times …).
// The truth is written from the same data the documents are built from. PDF pages of expected
// findings are looked up in the converted PDF (pdftotext), by a snippet of the text they point at.
//
// Usage: npx tsx scripts/make-followup-fixtures.ts [--no-pdf]   (PDFs need soffice and pdftotext)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
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

const ROOT = path.join(import.meta.dirname, "..");
const WITH_PDF = !process.argv.includes("--no-pdf");

// ------------------------------------------------------------------------------ document model

type CellSpec = string | { text: string | string[]; rowSpan?: number; colSpan?: number };

type Block =
  | { kind: "title" | "subtitle" | "h1" | "h2" | "p" | "caption"; text: string }
  | { kind: "table"; widths: number[]; rows: CellSpec[][]; header?: number };

interface Expected {
  rule: string;
  note: string;
  /** Text on the page the finding belongs to; null: the finding has no single page. */
  locate: string | null;
  /** Other files where the finding is accepted too (a follow-up finding on year N+1). */
  alsoAcceptOn?: (format: "docx" | "pdf") => string[];
}

interface FollowUpTruth {
  kind: "measure" | "activity";
  fromText: string;
  toText: string | null;
  toStatus?: string | null;
  outcome: "followed-up" | "carried-over" | "missing";
}

interface DocSpec {
  /** File name without extension; written as .docx and (with --pdf) .pdf. */
  name: string;
  dir: string;
  landscape?: boolean;
  footer: string;
  meta: {
    type: string;
    title: string;
    organisation: string;
    year: number;
    reportDate?: string;
  };
  blocks: Block[];
  expectedFindings: Expected[];
  /** Year N+1 only: the follow-up of the year-N file of the same format. */
  followUp?: { fromName: string; entries: FollowUpTruth[] };
}

// --------------------------------------------------------------------------- table builders

interface EvalMeasure {
  measure: string;
  status: string;
  end: string;
  effect: string;
}
interface ReportedMeasure {
  measure: string;
  owner: string;
  end: string;
}

/** "Risk | Risknivå | Åtgärd | Status | Slutdatum" with an "Önskad effekt" row under each measure. */
function evaluationTable(risks: { risk: string; level: number; measures: EvalMeasure[] }[]): Block {
  const rows: CellSpec[][] = [["Risk", "Risknivå", "Åtgärd", "Status", "Slutdatum"]];
  for (const r of risks) {
    r.measures.forEach((m, i) => {
      const lead: CellSpec[] =
        i === 0
          ? [
              { text: r.risk, rowSpan: r.measures.length * 2 },
              { text: String(r.level), rowSpan: r.measures.length * 2 },
            ]
          : [];
      rows.push([...lead, m.measure, m.status, m.end]);
      rows.push([{ text: ["Önskad effekt", m.effect], colSpan: 3 }]);
    });
  }
  return { kind: "table", widths: [0.28, 0.1, 0.32, 0.15, 0.15], rows, header: 1 };
}

/** "Risk | Risknivå | Åtgärd | Ansvarig chef | Slutdatum": risks reported onwards. */
function reportedTable(
  risks: { risk: string; level: number; measures: ReportedMeasure[] }[],
): Block {
  const rows: CellSpec[][] = [["Risk", "Risknivå", "Åtgärd", "Ansvarig chef", "Slutdatum"]];
  for (const r of risks) {
    r.measures.forEach((m, i) => {
      const lead: CellSpec[] =
        i === 0
          ? [
              { text: r.risk, rowSpan: r.measures.length },
              { text: String(r.level), rowSpan: r.measures.length },
            ]
          : [];
      rows.push([...lead, m.measure, m.owner, m.end]);
    });
  }
  return { kind: "table", widths: [0.28, 0.1, 0.3, 0.17, 0.15], rows, header: 1 };
}

/** A key-figure table: a string is a section row, an array a label and its figures. */
function figureTable(header: string[], rows: (string | string[])[]): Block {
  const cols = header.length;
  return {
    kind: "table",
    widths: [0.46, ...Array.from({ length: cols - 1 }, () => 0.54 / (cols - 1))],
    rows: [
      header,
      ...rows.map((r) => (typeof r === "string" ? [r, ...Array<string>(cols - 1).fill("")] : r)),
    ],
    header: 1,
  };
}

type ActivityRow = [when: string, activity: string, purpose: string, target: string, who: string];

/** "Datum | Kommunikationsinsats | Syfte/mål | Målgrupp | Ansvarig" with focus-area rows. */
function activityTable(sections: { title: string; rows: ActivityRow[] }[]): Block {
  const rows: CellSpec[][] = [
    ["Datum", "Kommunikationsinsats", "Syfte/mål", "Målgrupp", "Ansvarig"],
  ];
  for (const s of sections) {
    rows.push([{ text: s.title, colSpan: 5 }]);
    for (const r of s.rows) rows.push(r);
  }
  return { kind: "table", widths: [0.13, 0.3, 0.27, 0.15, 0.15], rows, header: 1 };
}

// ------------------------------------------------------------------------- the documents

const CHECKS = path.join(ROOT, "fixtures", "checks");
const FOLLOWUP = path.join(ROOT, "fixtures", "followup");

const SOC = "Socialförvaltningen";
const SOC_RISK_A = "Hög arbetsbelastning hos handläggare på grund av ökat antal ärenden";
const SOC_RISK_B = "Hot och våld i mötet med klienter";

const soc2023: DocSpec = {
  name: "soc-arbetsmiljorapport-2023",
  dir: FOLLOWUP,
  footer: "Arbetsmiljörapport 2023",
  meta: {
    type: "arbetsmiljorapport",
    title: "Arbetsmiljörapport 2023",
    organisation: SOC,
    year: 2023,
  },
  blocks: [
    { kind: "title", text: "Arbetsmiljörapport 2023" },
    { kind: "subtitle", text: `${SOC}, Exempelby kommun` },
    { kind: "h1", text: "1. Bedömning och utvärdering av föregående års åtgärder" },
    evaluationTable([
      {
        risk: "Ensamarbete under kvällar och helger i socialjouren",
        level: 8,
        measures: [
          {
            measure: "Bemanning med två handläggare per pass i socialjouren",
            status: "Avslutad",
            end: "2022-06-30",
            effect: "Ingen handläggare arbetar ensam under jourpass.",
          },
          {
            measure: "Rutin för avstämning med chef i beredskap",
            status: "Avslutad",
            end: "2022-10-31",
            effect: "Handläggarna vet vem de ska kontakta vid svåra ärenden.",
          },
        ],
      },
    ]),
    {
      kind: "p",
      text: "Ensamarbetet i socialjouren har upphört sedan bemanningen utökades till två handläggare per pass. Rutinen för avstämning med chef i beredskap har gåtts igenom på APT.",
    },
    { kind: "h1", text: "2. Bedömning och analys av arbetsmiljöarbetet" },
    { kind: "h2", text: "2.1 Sjukfrånvaro" },
    { kind: "caption", text: "Tabell sjukfrånvaro" },
    figureTable(
      ["Sjukfrånvaro", "R12 2022–12", "R12 2021–12", "Skillnad"],
      [
        ["Total sjukfrånvaro", "7,2", "6,8", "0,4"],
        ["Kvinnor", "8,1", "7,6", "0,5"],
        ["Män", "4,9", "4,7", "0,2"],
      ],
    ),
    {
      kind: "p",
      text: "Den totala sjukfrånvaron för 2022 var 7,2 procent, vilket är en ökning med 0,4 procentenheter jämfört med 2021. Kvinnornas sjukfrånvaro ökade med 0,5 procentenheter och männens med 0,2 procentenheter.",
    },
    { kind: "h1", text: "3. Utvalda risker och åtgärder som rapporteras vidare" },
    reportedTable([
      {
        risk: SOC_RISK_A,
        level: 12,
        measures: [
          {
            measure: "Rekrytering av fler handläggare till mottagningsenheten",
            owner: "Eva Lind",
            end: "2023-06-30",
          },
          {
            measure: "Införande av digitalt ärendehanteringssystem",
            owner: "Eva Lind",
            end: "2023-12-31",
          },
          {
            measure: "Utbildning i stresshantering för alla medarbetare",
            owner: "Eva Lind",
            end: "2023-10-31",
          },
        ],
      },
      {
        risk: SOC_RISK_B,
        level: 9,
        measures: [
          {
            measure: "Ombyggnad av receptionen med säkerhetsglas",
            owner: "Omar Said",
            end: "2023-09-30",
          },
          { measure: "Larmknappar i samtalsrum", owner: "Omar Said", end: "2023-03-31" },
          {
            measure: "Utbildning i konflikthantering för receptionens medarbetare",
            owner: "Omar Said",
            end: "2023-11-30",
          },
        ],
      },
    ]),
    {
      kind: "p",
      text: "Arbetsbelastningen hos handläggarna är fortsatt hög. Mottagningsenheten förstärks och ett digitalt ärendehanteringssystem införs under året. Alla medarbetare erbjuds utbildning i stresshantering.",
    },
  ],
  expectedFindings: [
    {
      rule: "followup-missing",
      note: 'Åtgärden "Utbildning i stresshantering för alla medarbetare" rapporteras vidare 2023 men utvärderas inte i Arbetsmiljörapport 2024',
      locate: null,
      alsoAcceptOn: (format) => [`soc-arbetsmiljorapport-2024.${format}`],
    },
  ],
};

const soc2024: DocSpec = {
  name: "soc-arbetsmiljorapport-2024",
  dir: FOLLOWUP,
  footer: "Arbetsmiljörapport 2024",
  meta: {
    type: "arbetsmiljorapport",
    title: "Arbetsmiljörapport 2024",
    organisation: SOC,
    year: 2024,
  },
  blocks: [
    { kind: "title", text: "Arbetsmiljörapport 2024" },
    { kind: "subtitle", text: `${SOC}, Exempelby kommun` },
    { kind: "h1", text: "1. Bedömning och utvärdering av föregående års åtgärder" },
    evaluationTable([
      {
        risk: SOC_RISK_A,
        level: 12,
        measures: [
          {
            measure: "Rekrytering av fler handläggare till mottagningsenheten",
            status: "Avslutad",
            end: "2023-06-30",
            effect: "Fler handläggare delar på ärendena i mottagningen.",
          },
          {
            measure: "Implementering av ett digitalt system för ärendehantering",
            status: "Försenad",
            end: "2023-12-31",
            effect: "Mindre tid går åt till manuell dokumentation.",
          },
          {
            measure: "Utbildning i konflikthantering för medarbetare i receptionen",
            status: "Avslutad",
            end: "2023-11-30",
            effect: "Medarbetarna kan hantera hotfulla situationer lugnt.",
          },
          {
            measure: "Utbildning i arbetsmiljö för nya chefer",
            status: "Avslutad",
            end: "2023-05-31",
            effect: "Nya chefer känner till sitt arbetsmiljöansvar.",
          },
        ],
      },
      {
        risk: SOC_RISK_B,
        level: 9,
        measures: [
          {
            measure: "Säkerhetsglas i receptionen efter ombyggnad",
            status: "Avslutad",
            end: "2023-09-30",
            effect: "Medarbetarna i receptionen känner sig trygga.",
          },
          {
            measure: "Larmknappar i samtalsrum",
            status: "Avslutad",
            end: "2023-03-31",
            effect: "Hjälp kan tillkallas snabbt.",
          },
        ],
      },
    ]),
    {
      kind: "p",
      text: "Mottagningsenheten har förstärkts med tre handläggare. Det digitala systemet för ärendehantering är försenat och tas i drift under våren 2024. Receptionen har byggts om med säkerhetsglas och samtalsrummen har larmknappar.",
    },
    { kind: "h1", text: "2. Bedömning och analys av arbetsmiljöarbetet" },
    { kind: "h2", text: "2.1 Sjukfrånvaro" },
    { kind: "caption", text: "Tabell sjukfrånvaro" },
    figureTable(
      ["Sjukfrånvaro", "R12 2023–12", "R12 2022–12", "Skillnad"],
      [
        ["Total sjukfrånvaro", "6,9", "7,2", "-0,3"],
        ["Kvinnor", "7,7", "8,1", "-0,4"],
        ["Män", "4,8", "4,9", "-0,1"],
      ],
    ),
    {
      kind: "p",
      text: "Den totala sjukfrånvaron för 2023 var 6,9 procent, vilket är en minskning med 0,3 procentenheter jämfört med 2022.",
    },
    { kind: "h1", text: "3. Utvalda risker och åtgärder som rapporteras vidare" },
    reportedTable([
      {
        risk: SOC_RISK_A,
        level: 9,
        measures: [
          {
            measure: "Uppföljning av ärendebalansen varje månad",
            owner: "Eva Lind",
            end: "2024-12-31",
          },
        ],
      },
    ]),
  ],
  expectedFindings: [],
  followUp: {
    fromName: "soc-arbetsmiljorapport-2023",
    entries: [
      {
        kind: "measure",
        fromText: "Rekrytering av fler handläggare till mottagningsenheten",
        toText: "Rekrytering av fler handläggare till mottagningsenheten",
        toStatus: "Avslutad",
        outcome: "followed-up",
      },
      {
        kind: "measure",
        fromText: "Införande av digitalt ärendehanteringssystem",
        toText: "Implementering av ett digitalt system för ärendehantering",
        toStatus: "Försenad",
        outcome: "followed-up",
      },
      {
        kind: "measure",
        fromText: "Utbildning i stresshantering för alla medarbetare",
        toText: null,
        toStatus: null,
        outcome: "missing",
      },
      {
        kind: "measure",
        fromText: "Ombyggnad av receptionen med säkerhetsglas",
        toText: "Säkerhetsglas i receptionen efter ombyggnad",
        toStatus: "Avslutad",
        outcome: "followed-up",
      },
      {
        kind: "measure",
        fromText: "Larmknappar i samtalsrum",
        toText: "Larmknappar i samtalsrum",
        toStatus: "Avslutad",
        outcome: "followed-up",
      },
      {
        kind: "measure",
        fromText: "Utbildning i konflikthantering för receptionens medarbetare",
        toText: "Utbildning i konflikthantering för medarbetare i receptionen",
        toStatus: "Avslutad",
        outcome: "followed-up",
      },
    ],
  },
};

const SBK = "Stadsbyggnadsförvaltningen";
const SBK_RISK_A = "Risk för arbetsrelaterad utmattning på grund av kompetensbrist";
const SBK_RISK_B = "Frustration och stress på grund av trångboddhet i kontoret";

/** Harder rewording than soc-: verbs turned into participles, compounds, synonyms. */
const sbk2022: DocSpec = {
  name: "sbk-arbetsmiljorapport-2022",
  dir: FOLLOWUP,
  footer: "Arbetsmiljörapport 2022",
  meta: {
    type: "arbetsmiljorapport",
    title: "Arbetsmiljörapport 2022",
    organisation: SBK,
    year: 2022,
  },
  blocks: [
    { kind: "title", text: "Arbetsmiljörapport 2022" },
    { kind: "subtitle", text: `${SBK}, Exempelby kommun` },
    { kind: "h1", text: "1. Bedömning och analys av arbetsmiljöarbetet" },
    {
      kind: "p",
      text: "Förvaltningen har under året haft svårt att rekrytera planarkitekter och bygglovshandläggare. Trängseln i kontoret har ökat sedan återgången efter pandemin.",
    },
    { kind: "h1", text: "2. Utvalda risker och åtgärder som rapporteras vidare" },
    reportedTable([
      {
        risk: SBK_RISK_A,
        level: 12,
        measures: [
          {
            measure: "Arbete med att sänka personalomsättningen",
            owner: "Lena Berg",
            end: "2022-12-31",
          },
          {
            measure: "Implementering av ny process för kompetensbaserad rekrytering",
            owner: "Lena Berg",
            end: "2022-12-31",
          },
          {
            measure: "Utbildning i stresshantering och återhämtning för chefer",
            owner: "Lena Berg",
            end: "2022-11-30",
          },
        ],
      },
      {
        risk: SBK_RISK_B,
        level: 8,
        measures: [
          { measure: "Ny lokallösning i september 2022", owner: "Per Holm", end: "2022-09-30" },
          { measure: "Kylaggregat under varmare årstid", owner: "Per Holm", end: "2022-06-30" },
          {
            measure: "Revidering och implementering av de gemensamma förhållningssätten i Husboken",
            owner: "Per Holm",
            end: "2022-09-30",
          },
          {
            measure: "Införande av ny tjänst som kontorsvärd",
            owner: "Per Holm",
            end: "2022-09-30",
          },
        ],
      },
    ]),
  ],
  expectedFindings: [
    {
      rule: "followup-missing",
      note: 'Åtgärden "Införande av ny tjänst som kontorsvärd" utvärderas inte i Arbetsmiljörapport 2023 (där finns bara "Ny tjänst som vaktmästare i receptionen")',
      locate: null,
      alsoAcceptOn: (format) => [`sbk-arbetsmiljorapport-2023.${format}`],
    },
  ],
};

const sbk2023: DocSpec = {
  name: "sbk-arbetsmiljorapport-2023",
  dir: FOLLOWUP,
  footer: "Arbetsmiljörapport 2023",
  meta: {
    type: "arbetsmiljorapport",
    title: "Arbetsmiljörapport 2023",
    organisation: SBK,
    year: 2023,
  },
  blocks: [
    { kind: "title", text: "Arbetsmiljörapport 2023" },
    { kind: "subtitle", text: `${SBK}, Exempelby kommun` },
    { kind: "h1", text: "1. Bedömning och utvärdering av föregående års åtgärder" },
    evaluationTable([
      {
        risk: SBK_RISK_A,
        level: 12,
        measures: [
          {
            measure: "Minska personalomsättningen",
            status: "Avslutad",
            end: "2022-12-31",
            effect: "Färre medarbetare slutar.",
          },
          {
            measure: "Kompetensbaserad rekrytering införd",
            status: "Avslutad",
            end: "2022-12-31",
            effect: "Rätt kompetens vid varje rekrytering.",
          },
        ],
      },
      {
        risk: SBK_RISK_B,
        level: 8,
        measures: [
          {
            measure: "Ny lokallösning med utgångspunkter för avdelningarna",
            status: "Avslutad",
            end: "2022-09-30",
            effect: "Mindre trängsel.",
          },
          {
            measure: "Inköp av kylaggregat till de varmaste rummen",
            status: "Avslutad",
            end: "2022-06-30",
            effect: "Drägliga temperaturer på sommaren.",
          },
          {
            measure: "Husbokens förhållningssätt har reviderats och implementerats",
            status: "Avslutad",
            end: "2022-09-30",
            effect: "Alla följer förhållningssätten.",
          },
          {
            measure: "Chefsutbildning i stresshantering",
            status: "Avslutad",
            end: "2022-11-30",
            effect: "Cheferna känner igen tecken på stress.",
          },
          {
            measure: "Ny tjänst som vaktmästare i receptionen",
            status: "Avslutad",
            end: "2022-08-31",
            effect: "Snabbare hjälp med praktiska frågor.",
          },
        ],
      },
    ]),
    { kind: "h1", text: "2. Utvalda risker och åtgärder som rapporteras vidare" },
    reportedTable([
      {
        risk: SBK_RISK_A,
        level: 9,
        measures: [
          { measure: "Mentorsprogram för nyanställda", owner: "Lena Berg", end: "2023-12-31" },
        ],
      },
    ]),
  ],
  expectedFindings: [],
  followUp: {
    fromName: "sbk-arbetsmiljorapport-2022",
    entries: [
      {
        kind: "measure",
        fromText: "Arbete med att sänka personalomsättningen",
        toText: "Minska personalomsättningen",
        toStatus: "Avslutad",
        outcome: "followed-up",
      },
      {
        kind: "measure",
        fromText: "Implementering av ny process för kompetensbaserad rekrytering",
        toText: "Kompetensbaserad rekrytering införd",
        toStatus: "Avslutad",
        outcome: "followed-up",
      },
      {
        kind: "measure",
        fromText: "Utbildning i stresshantering och återhämtning för chefer",
        toText: "Chefsutbildning i stresshantering",
        toStatus: "Avslutad",
        outcome: "followed-up",
      },
      {
        kind: "measure",
        fromText: "Ny lokallösning i september 2022",
        toText: "Ny lokallösning med utgångspunkter för avdelningarna",
        toStatus: "Avslutad",
        outcome: "followed-up",
      },
      {
        kind: "measure",
        fromText: "Kylaggregat under varmare årstid",
        toText: "Inköp av kylaggregat till de varmaste rummen",
        toStatus: "Avslutad",
        outcome: "followed-up",
      },
      {
        kind: "measure",
        fromText: "Revidering och implementering av de gemensamma förhållningssätten i Husboken",
        toText: "Husbokens förhållningssätt har reviderats och implementerats",
        toStatus: "Avslutad",
        outcome: "followed-up",
      },
      {
        kind: "measure",
        fromText: "Införande av ny tjänst som kontorsvärd",
        toText: null,
        toStatus: null,
        outcome: "missing",
      },
    ],
  },
};

const FRITID = "Fritidsförvaltningen";

const fritid2023: DocSpec = {
  name: "fritid-kommunikationsplan-2023",
  dir: FOLLOWUP,
  landscape: true,
  footer: `Kommunikationsplan 2023 – ${FRITID}`,
  meta: {
    type: "kommunikationsplan",
    title: "Kommunikationsplan 2023",
    organisation: FRITID,
    year: 2023,
  },
  blocks: [
    { kind: "title", text: "Kommunikationsplan 2023" },
    { kind: "subtitle", text: FRITID },
    {
      kind: "p",
      text: "Planen beskriver förvaltningens kommunikationsinsatser under 2023 inom tre fokusområden.",
    },
    activityTable([
      {
        title: "Fokusområde 1: Nå fler barn och unga",
        rows: [
          [
            "Maj 2023",
            "Lansera sommarlovsprogrammet i sociala medier",
            "Fler barn deltar i sommarlovsaktiviteter",
            "Barn och unga\nVårdnadshavare",
            "Kommunikatör (JN)",
          ],
          [
            "Hösten 2023",
            "Ta fram en film om fritidsgårdarnas verksamhet",
            "Visa vad fritidsgårdarna erbjuder",
            "Unga 13–17 år",
            "Kommunikatör (JN, PK)",
          ],
          [
            "Oktober 2023",
            "Enkät till besökare på fritidsgårdarna",
            "Veta vad besökarna vill ha",
            "Besökare",
            "Verksamhetsutvecklare (LS)",
          ],
        ],
      },
      {
        title: "Fokusområde 2: Tydlig kommunikation med föreningslivet",
        rows: [
          [
            "Februari 2023",
            "Nyhetsbrev till föreningar om bidragsansökan",
            "Fler kompletta ansökningar",
            "Föreningar",
            "Handläggare (AH)",
          ],
          [
            "Våren 2023",
            "Klarspråksutbildning för handläggare",
            "Begripliga beslut",
            "Handläggare",
            "Kommunikatör (PK)",
          ],
          [
            "Löpande",
            "Intranätsnyheter varje vecka",
            "Alla medarbetare vet vad som händer",
            "Medarbetare",
            "Kommunikatör (JN)",
          ],
        ],
      },
      {
        title: "Fokusområde 3: Kompetensförsörjning",
        rows: [
          [
            "13 mars",
            "Medieträning för chefer",
            "Trygga talespersoner",
            "Chefer",
            "Kommunikationschef (MO)",
          ],
          [
            "Mars 2023",
            "Rekryteringskampanj för sommarjobb",
            "Fler sökande till sommarjobben",
            "Unga 16–19 år",
            "HR (TB)",
          ],
        ],
      },
    ]),
  ],
  expectedFindings: [],
};

const fritid2024: DocSpec = {
  name: "fritid-kommunikationsplan-2024",
  dir: FOLLOWUP,
  landscape: true,
  footer: `Kommunikationsplan 2024 – ${FRITID}`,
  meta: {
    type: "kommunikationsplan",
    title: "Kommunikationsplan 2024",
    organisation: FRITID,
    year: 2024,
  },
  blocks: [
    { kind: "title", text: "Kommunikationsplan 2024" },
    { kind: "subtitle", text: FRITID },
    {
      kind: "p",
      text: "Planen beskriver förvaltningens kommunikationsinsatser under 2024. Flera insatser från 2023 fortsätter.",
    },
    activityTable([
      {
        title: "Fokusområde 1: Nå fler barn och unga",
        rows: [
          [
            "Maj 2024",
            "Lansera sommarlovsprogrammet i sociala medier och på webbplatsen",
            "Fler barn deltar i sommarlovsaktiviteter",
            "Barn och unga\nVårdnadshavare",
            "Kommunikatör (JN)",
          ],
          [
            "Hösten 2024",
            "Ta fram en film om simhallens nya öppettider",
            "Fler besökare på kvällstid",
            "Invånare",
            "Kommunikatör (PK)",
          ],
          [
            "September 2024",
            "Digital skärm i entrén till idrottshallen",
            "Information om veckans aktiviteter",
            "Besökare",
            "Kommunikatör (JN)",
          ],
        ],
      },
      {
        title: "Fokusområde 2: Tydlig kommunikation med föreningslivet",
        rows: [
          [
            "Februari 2024",
            "Nyhetsbrev till föreningarna om hur man ansöker om bidrag",
            "Fler kompletta ansökningar",
            "Föreningar",
            "Handläggare (AH)",
          ],
          [
            "Våren 2024",
            "Utbildning i klarspråk för handläggare",
            "Begripliga beslut",
            "Handläggare",
            "Kommunikatör (PK)",
          ],
          [
            "April 2024",
            "Enkät till föreningar om lokalbehov",
            "Underlag för lokalplaneringen",
            "Föreningar",
            "Verksamhetsutvecklare (LS)",
          ],
        ],
      },
      {
        title: "Fokusområde 3: Kompetensförsörjning",
        rows: [
          [
            "14 mars",
            "Medieträning för chefer",
            "Trygga talespersoner",
            "Chefer",
            "Kommunikationschef (MO)",
          ],
          [
            "Hösten 2024",
            "Rekryteringskampanj för fritidsledare",
            "Fler behöriga sökande",
            "Arbetssökande",
            "HR (TB)",
          ],
        ],
      },
    ]),
  ],
  expectedFindings: [],
  followUp: {
    fromName: "fritid-kommunikationsplan-2023",
    entries: [
      {
        kind: "activity",
        fromText: "Lansera sommarlovsprogrammet i sociala medier",
        toText: "Lansera sommarlovsprogrammet i sociala medier och på webbplatsen",
        outcome: "carried-over",
      },
      {
        kind: "activity",
        fromText: "Ta fram en film om fritidsgårdarnas verksamhet",
        toText: null,
        outcome: "missing",
      },
      {
        kind: "activity",
        fromText: "Enkät till besökare på fritidsgårdarna",
        toText: null,
        outcome: "missing",
      },
      {
        kind: "activity",
        fromText: "Nyhetsbrev till föreningar om bidragsansökan",
        toText: "Nyhetsbrev till föreningarna om hur man ansöker om bidrag",
        outcome: "carried-over",
      },
      {
        kind: "activity",
        fromText: "Klarspråksutbildning för handläggare",
        toText: "Utbildning i klarspråk för handläggare",
        outcome: "carried-over",
      },
      {
        kind: "activity",
        fromText: "Intranätsnyheter varje vecka",
        toText: null,
        outcome: "missing",
      },
      {
        kind: "activity",
        fromText: "Medieträning för chefer",
        toText: "Medieträning för chefer",
        outcome: "carried-over",
      },
      {
        kind: "activity",
        fromText: "Rekryteringskampanj för sommarjobb",
        toText: null,
        outcome: "missing",
      },
    ],
  },
};

const MILJO = "Miljöförvaltningen";

/** Planted: stat-difference, stat-sum, text-vs-table ×2, measure-status-date ×2. */
const miljo2024: DocSpec = {
  name: "miljo-arbetsmiljorapport-2024",
  dir: CHECKS,
  footer: "Arbetsmiljörapport 2024",
  meta: {
    type: "arbetsmiljorapport",
    title: "Arbetsmiljörapport 2024",
    organisation: MILJO,
    year: 2024,
    reportDate: "2024-03-15",
  },
  blocks: [
    { kind: "title", text: "Arbetsmiljörapport 2024" },
    { kind: "subtitle", text: `${MILJO}, Exempelby kommun` },
    { kind: "p", text: "Datum: 2024-03-15" },
    { kind: "h1", text: "1. Bedömning och utvärdering av föregående års åtgärder" },
    evaluationTable([
      {
        risk: "Hög arbetsbelastning vid tillsynsenheten",
        level: 12,
        measures: [
          {
            measure: "Rekrytering av två miljöinspektörer",
            status: "Avslutad",
            end: "2023-10-31",
            effect: "Tillsynen hinns med enligt plan.",
          },
          {
            measure: "Digital inspektionsapp för fältarbetet",
            status: "Avslutad",
            end: "2024-06-30",
            effect: "Mindre efterarbete efter inspektioner.",
          },
          {
            measure: "Översyn av tillsynsplanen",
            status: "Pågående",
            end: "2023-09-30",
            effect: "Rimlig planering av tillsynsbesöken.",
          },
        ],
      },
      {
        risk: "Buller och dålig ventilation i kontorslokalerna",
        level: 6,
        measures: [
          {
            measure: "Ljudabsorbenter i kontorslandskapet",
            status: "Försenad",
            end: "2023-06-30",
            effect: "Lägre ljudnivå i kontorslandskapet.",
          },
          {
            measure: "Injustering av ventilationen",
            status: "Pågående",
            end: "2024-01-31",
            effect: "Bättre luft i mötesrummen.",
          },
          {
            measure: "Nya skrivbordsstolar",
            status: "Avslutad",
            end: "2024-02-29",
            effect: "Färre besvär i rygg och nacke.",
          },
        ],
      },
    ]),
    {
      kind: "p",
      text: "Två miljöinspektörer har rekryterats. Översynen av tillsynsplanen har dragit ut på tiden. Ljudabsorbenterna är försenade på grund av leveransproblem.",
    },
    { kind: "h1", text: "2. Bedömning och analys av arbetsmiljöarbetet" },
    { kind: "h2", text: "2.1 Sjukfrånvaro" },
    { kind: "caption", text: "Tabell sjukfrånvaro" },
    figureTable(
      ["Sjukfrånvaro", "R12 2023–12", "R12 2022–12", "Skillnad"],
      [
        ["Total sjukfrånvaro", "4,8", "4,4", "0,4"],
        ["Kvinnor", "6,1", "5,6", "0,5"],
        ["Män", "2,9", "2,7", "0,2"],
        "Kort sjukfrånvaro (0–14 dagar)",
        ["Totalt", "1,9", "1,7", "0,2"],
        ["Kvinnor", "2,3", "2,0", "0,3"],
        ["Män", "1,4", "1,3", "0,1"],
        "Lång sjukfrånvaro (15- dagar)",
        ["Totalt", "2,9", "2,7", "0,2"],
        ["Kvinnor", "3,8", "3,6", "0,2"],
        ["Män", "1,0", "0,3", "0,5"],
      ],
    ),
    {
      kind: "p",
      text: "Den totala sjukfrånvaron för 2023 var 4,6 procent, vilket är en ökning med 0,4 procentenheter jämfört med 2022. Jämfört med kommunen totalt (7,9 procent) har förvaltningen en låg sjukfrånvaro. Kvinnornas sjukfrånvaro ökade med 0,5 procentenheter till 6,1 procent och männens med 0,2 procentenheter till 2,9 procent. Under pandemiåren låg sjukfrånvaron på 3,1 procent.",
    },
    { kind: "h2", text: "2.2 Personalomsättning" },
    { kind: "caption", text: "Tabell personalomsättning" },
    figureTable(
      ["Personalomsättning (externa)", "R12 2023–12", "R12 2022–12", "Skillnad"],
      [
        ["Totalt", "9,5 %", "11,0 %", "-1,5"],
        ["Kvinnor", "10,2 %", "11,9 %", "-1,7"],
        ["Män", "8,4 %", "9,6 %", "-1,2"],
        ["Antal avgångar (externa)", "21", "25", "-4"],
      ],
    ),
    {
      kind: "p",
      text: "Personalomsättningen har minskat med 2,5 procentenheter jämfört med 2022. Antalet externa avgångar var 21, jämfört med 25 året innan.",
    },
    { kind: "h2", text: "2.3 Övertid och mertid" },
    { kind: "caption", text: "Tabell övertid och mertid" },
    figureTable(
      ["Arbetstid (timmar)", "R12 2023–12", "R12 2022–12", "Skillnad"],
      [
        ["Mertid/fyllnadstid", "150", "170", "-20"],
        ["Övertidstimmar", "320", "290", "30"],
        ["Summa", "480", "460", "20"],
      ],
    ),
    {
      kind: "p",
      text: "Övertiden ökade med 30 timmar, främst under inventeringen av förorenade områden.",
    },
    { kind: "h1", text: "3. Utvalda risker och åtgärder som rapporteras vidare" },
    reportedTable([
      {
        risk: "Hög arbetsbelastning vid tillsynsenheten",
        level: 9,
        measures: [
          { measure: "Ny tillsynsplan med prioriteringar", owner: "Karin Ek", end: "2024-12-31" },
        ],
      },
    ]),
  ],
  expectedFindings: [
    {
      rule: "measure-status-date",
      note: '"Digital inspektionsapp för fältarbetet": Avslutad men slutdatum 2024-06-30, efter rapportens datum 2024-03-15',
      locate: "Digital inspektionsapp",
    },
    {
      rule: "measure-status-date",
      note: '"Översyn av tillsynsplanen": Pågående men slutdatum 2023-09-30, mer än ett kvartal före rapporten',
      locate: "Översyn av tillsynsplanen",
    },
    {
      rule: "stat-difference",
      note: "Sjukfrånvaro, Lång sjukfrånvaro, Män: Skillnad 0,5 men 1,0 − 0,3 = 0,7",
      locate: "Lång sjukfrånvaro",
    },
    {
      rule: "text-vs-table",
      note: "Texten: total sjukfrånvaro 2023 4,6 procent; tabellen: 4,8",
      locate: "Den totala sjukfrånvaron för 2023 var 4,6 procent",
    },
    {
      rule: "text-vs-table",
      note: "Texten: personalomsättningen minskade med 2,5 procentenheter; tabellen: −1,5",
      locate: "Personalomsättningen har minskat med 2,5",
    },
    {
      rule: "stat-sum",
      note: "Övertid och mertid, Summa, R12 2023–12: 480 men 150 + 320 = 470",
      locate: "Övertidstimmar",
    },
  ],
};

const KULTUR = "Kulturförvaltningen";

/** Planted: activity-duplicate, activity-outside-year, activity-missing-field ×2. */
const kultur2025: DocSpec = {
  name: "kultur-kommunikationsplan-2025",
  dir: CHECKS,
  landscape: true,
  footer: `Kommunikationsplan 2025 – ${KULTUR}`,
  meta: {
    type: "kommunikationsplan",
    title: "Kommunikationsplan 2025",
    organisation: KULTUR,
    year: 2025,
  },
  blocks: [
    { kind: "title", text: "Kommunikationsplan 2025" },
    { kind: "subtitle", text: KULTUR },
    {
      kind: "p",
      text: "Planen beskriver förvaltningens kommunikationsinsatser under 2025.",
    },
    activityTable([
      {
        title: "Fokusområde 1: Synliggöra kulturutbudet",
        rows: [
          [
            "Januari 2025",
            "Lansera ny webbplats för kulturhuset",
            "Lätt att hitta programmet",
            "Invånare",
            "Kommunikatör (AB)",
          ],
          [
            "Våren 2025",
            "Nyhetsbrev om vårens program",
            "Fler besökare",
            "Prenumeranter",
            "Kommunikatör (CD)",
          ],
          [
            "Mars 2024",
            "Kampanj för sommarlovets aktiviteter",
            "Fler barn på sommarlovsaktiviteter",
            "Vårdnadshavare",
            "Kommunikatör (CD)",
          ],
          [
            "December 2024 – januari 2025",
            "Julkampanj i sociala medier",
            "Fler besökare under lovet",
            "Invånare",
            "Kommunikatör (AB)",
          ],
        ],
      },
      {
        title: "Fokusområde 2: Stärka den interna kommunikationen",
        rows: [
          [
            "Löpande",
            "Intranätsnyheter från förvaltningsledningen",
            "Alla vet vad som beslutas",
            "Medarbetare",
            "",
          ],
          [
            "Ej tidssatt",
            "Workshop om klarspråk",
            "Begripliga texter",
            "Medarbetare",
            "Kommunikatör (AB)",
          ],
          ["Våren 2025", "Klarspråk för chefer", "Tydliga beslut", "Chefer", "Kommunikatör (CD)"],
          ["Hösten 2025", "Klarspråk för chefer", "Tydliga beslut", "Chefer", "Kommunikatör (CD)"],
        ],
      },
      {
        title: "Fokusområde 3: Kompetensförsörjning",
        rows: [
          [
            "Januari 2025",
            "Lansera ny webbplats för kulturhuset",
            "Lätt att hitta programmet",
            "Invånare",
            "Kommunikatör (AB)",
          ],
          [
            "Vecka 34–36",
            "Rekryteringsfilm för sommarjobb",
            "Fler sökande",
            "Unga 16–19 år",
            "HR (EF)",
          ],
        ],
      },
    ]),
  ],
  expectedFindings: [
    {
      rule: "activity-outside-year",
      note: '"Kampanj för sommarlovets aktiviteter" är daterad mars 2024 i planen för 2025',
      locate: "Kampanj för sommarlovets",
    },
    {
      rule: "activity-missing-field",
      note: '"Intranätsnyheter från förvaltningsledningen": ansvarig saknas',
      locate: "Intranätsnyheter från",
    },
    {
      rule: "activity-missing-field",
      note: '"Workshop om klarspråk": "Ej tidssatt"',
      locate: "Workshop om klarspråk",
    },
    {
      rule: "activity-duplicate",
      note: '"Lansera ny webbplats för kulturhuset" står under Fokusområde 1 och 3 (samma tid och ansvarig)',
      locate: null,
    },
  ],
};

const DOCS: DocSpec[] = [
  soc2023,
  soc2024,
  sbk2022,
  sbk2023,
  fritid2023,
  fritid2024,
  miljo2024,
  kultur2025,
];

// ------------------------------------------------------------------------------- rendering

const TWIPS_A4_W = 11906;
const TWIPS_A4_H = 16838;
const MARGIN = 1134;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "7F7F7F" };

function cellLines(spec: CellSpec): string[] {
  if (typeof spec === "string") return [spec];
  return Array.isArray(spec.text) ? spec.text : [spec.text];
}

function docxTable(t: Extract<Block, { kind: "table" }>, textWidth: number): Table {
  const widths = t.widths.map((w) => Math.round(w * textWidth));
  // Columns covered by a cell spanning rows from above, per row: docx-js adds those itself.
  const covered: Set<number>[] = t.rows.map(() => new Set<number>());
  const rows = t.rows.map((row, r) => {
    const header = r < (t.header ?? 1);
    let col = 0;
    const children = row.map((spec) => {
      while (covered[r]!.has(col)) col++;
      const rs = typeof spec === "string" ? 1 : (spec.rowSpan ?? 1);
      const cs = typeof spec === "string" ? 1 : (spec.colSpan ?? 1);
      for (let dr = 1; dr < rs; dr++)
        for (let dc = 0; dc < cs; dc++) covered[r + dr]?.add(col + dc);
      const width = widths.slice(col, col + cs).reduce((s, w) => s + w, 0);
      col += cs;
      return new TableCell({
        children: cellLines(spec).flatMap((text) =>
          text.split("\n").map(
            (line) =>
              new Paragraph({
                alignment: AlignmentType.LEFT,
                children: [new TextRun({ text: line, bold: header })],
              }),
          ),
        ),
        rowSpan: rs > 1 ? rs : undefined,
        columnSpan: cs > 1 ? cs : undefined,
        width: { size: width, type: WidthType.DXA },
        shading: header ? { fill: "DCE6F1", type: ShadingType.CLEAR } : undefined,
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
      });
    });
    return new TableRow({ children, tableHeader: header ? true : undefined, cantSplit: true });
  });
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
  });
}

function docxBlock(b: Block, textWidth: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case "title":
      return [
        new Paragraph({
          spacing: { after: 200 },
          children: [new TextRun({ text: b.text, bold: true, size: 44, color: "1F3864" })],
        }),
      ];
    case "subtitle":
      return [
        new Paragraph({
          spacing: { after: 240 },
          children: [new TextRun({ text: b.text, size: 28, color: "404040" })],
        }),
      ];
    case "h1":
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(b.text)] })];
    case "h2":
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(b.text)] })];
    case "caption":
      return [
        new Paragraph({
          spacing: { before: 120, after: 80 },
          children: [new TextRun({ text: b.text, italics: true })],
        }),
      ];
    case "p":
      return [new Paragraph({ spacing: { after: 160 }, children: [new TextRun(b.text)] })];
    case "table":
      return [docxTable(b, textWidth), new Paragraph({ children: [] })];
  }
}

async function renderDocx(spec: DocSpec): Promise<Buffer> {
  const landscape = spec.landscape ?? false;
  const textWidth = (landscape ? TWIPS_A4_H : TWIPS_A4_W) - 2 * MARGIN;
  const doc = new Document({
    creator: "planpipe fixtures",
    title: spec.meta.title,
    styles: { default: { document: { run: { font: "Calibri", size: 21 } } } },
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
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ children: [PageNumber.CURRENT, ` | ${spec.footer}`], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children: spec.blocks.flatMap((b) => docxBlock(b, textWidth)),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function toPdf(docxPath: string): string {
  const out = mkdtempSync(path.join(tmpdir(), "planpipe-fx-"));
  try {
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", out, docxPath], {
      stdio: "ignore",
    });
    const pdf = path.join(out, `${path.basename(docxPath, ".docx")}.pdf`);
    const target = docxPath.replace(/\.docx$/, ".pdf");
    writeFileSync(target, readFileSync(pdf));
    return target;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const squash = (s: string): string => s.replace(/\s+/g, " ");

/** 1-based page of the PDF whose text contains the snippet. */
function pageOf(pdf: string, snippet: string): number {
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1],
  );
  for (let p = 1; p <= pages; p++) {
    const text = execFileSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"], {
      encoding: "utf8",
    });
    if (squash(text).includes(squash(snippet))) return p;
  }
  throw new Error(`"${snippet}" not found in ${pdf}`);
}

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
}

function truth(spec: DocSpec, format: "docx" | "pdf", pdf: string | null) {
  return {
    schemaVersion: 1,
    documents: [
      {
        file: `${spec.name}.${format}`,
        format,
        producer: format === "docx" ? "docx-js" : "LibreOffice",
        pageCount: pdf ? pageCount(pdf) : null,
        ...spec.meta,
        reportDate: spec.meta.reportDate ?? null,
      },
    ],
    expectedFindings: spec.expectedFindings.map((e) => ({
      rule: e.rule,
      page: pdf && e.locate ? pageOf(pdf, e.locate) : null,
      note: e.note,
      ...(e.alsoAcceptOn ? { alsoAcceptOn: e.alsoAcceptOn(format) } : {}),
    })),
    ...(spec.followUp
      ? {
          followUp: spec.followUp.entries.map((f) => ({
            kind: f.kind,
            fromFile: `${spec.followUp!.fromName}.${format}`,
            fromText: f.fromText,
            toText: f.toText,
            ...(f.kind === "measure" ? { toStatus: f.toStatus ?? null } : {}),
            outcome: f.outcome,
          })),
        }
      : {}),
  };
}

// ------------------------------------------------------------- unreadable and scanned files

/** A PDF whose only page is a grey image: it opens, but there is no text to read. */
function scannedPdf(): Buffer {
  const w = 8;
  const h = 8;
  const pixels = Buffer.alloc(w * h, 0x99).toString("latin1");
  const content = "q 500 0 0 700 50 70 cm /Im1 Do Q";
  const bodies = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`,
  ];
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

function writeJson(file: string, value: unknown): void {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

async function main(): Promise<void> {
  for (const dir of [CHECKS, FOLLOWUP]) mkdirSync(dir, { recursive: true });
  for (const spec of DOCS) {
    const docxPath = path.join(spec.dir, `${spec.name}.docx`);
    writeFileSync(docxPath, await renderDocx(spec));
    writeJson(`${docxPath}.truth.json`, truth(spec, "docx", null));
    if (WITH_PDF) {
      const pdf = toPdf(docxPath);
      writeJson(`${pdf}.truth.json`, truth(spec, "pdf", pdf));
    }
    console.log(`wrote ${path.relative(ROOT, docxPath)}${WITH_PDF ? " and .pdf" : ""}`);
  }

  // A Word file cut in half (a failed upload): nothing can be opened.
  const whole = readFileSync(path.join(CHECKS, `${miljo2024.name}.docx`));
  const truncated = path.join(CHECKS, "avbruten-uppladdning.docx");
  writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
  writeJson(`${truncated}.truth.json`, {
    schemaVersion: 1,
    documents: [{ file: "avbruten-uppladdning.docx", format: "docx" }],
    expectedFindings: [
      {
        rule: "document-unreadable",
        page: null,
        note: "Word-filen är avkortad och kan inte öppnas",
      },
    ],
  });

  const scanned = path.join(CHECKS, "skannad-rapport.pdf");
  writeFileSync(scanned, scannedPdf());
  writeJson(`${scanned}.truth.json`, {
    schemaVersion: 1,
    documents: [{ file: "skannad-rapport.pdf", format: "pdf", pageCount: 1 }],
    expectedFindings: [
      { rule: "document-no-text", page: null, note: "En bild av en sida utan textlager" },
    ],
  });
  console.log("wrote avbruten-uppladdning.docx and skannad-rapport.pdf");
}

await main();
