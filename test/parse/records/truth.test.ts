// buildRecords on content rebuilt from each truth file's tables and the headings that precede
// them in the sample (hand-written here), so that record parsing is tested apart from extraction.
import { describe, expect, it } from "vitest";
import { buildRecords } from "../../../src/parse/records/index.js";
import {
  content,
  diffAgainstTruth,
  loadTruth,
  type ScriptItem,
  tablesFromTruth,
} from "./helpers.js";

const FOCUS_1_2025 =
  "Fokusområde 1. Stärka organisationskulturen och skapa ett öppet kommunikationsklimat som skapar tillit och delaktighet.";
const FOCUS_2 = "Fokusområde 2: Stärka chefers förutsättningar för kommunikation";
const FOCUS_3 = "Fokusområde 3: Kompetensförsörjning och arbetsgivarvarumärke";

const PLAN_2025: ScriptItem[] = [
  { p: "Kommunikationsplan 2025" },
  { h: FOCUS_1_2025, level: 2 },
  {
    p: "I resultatet av medarbetarenkäten för 2024 visar kommunikationsindex (KomI) och resultatet för område organisatorisk tillit att det finns behov med att stärka tillit och delaktighet i organisationen.",
  },
  { table: 0 },
  { h: FOCUS_2, level: 2 },
  { p: "Under kommande år genomförs flera större förändringar som berör förvaltningen." },
  { table: 1 },
  { h: FOCUS_3, level: 2 },
  { p: "Kompetensförsörjning är en av förvaltningens största utmaningar på kort och lång sikt." },
  { table: 2 },
];

const PLAN_2024: ScriptItem[] = [
  { p: "Kommunikationsplan 2024" },
  { h: "Fokusområde 1: Införa de fyra förhållningssätten i hela förvaltningen", level: 2 },
  { table: 0 },
  { h: FOCUS_2, level: 2 },
  { table: 1 },
  { h: FOCUS_3, level: 2 },
  { table: 2 },
];

function workEnvironmentReport(year: number, withDelegationTable: boolean): ScriptItem[] {
  return [
    { p: `Arbetsmiljörapport ${year}` },
    { p: "Kommunstyrelsens förvaltning, Huddinge kommun" },
    { h: "1. Bedömning och utvärdering av föregående års åtgärder", level: 1 },
    { table: 0 },
    { h: "Risk för arbetsrelaterad utmattning", level: 3 },
    { p: `I förra årets rapport togs risken upp. Arbetet fortsätter under ${year}.` },
    { h: "2. Bedömning och analys av arbetsmiljöarbetet", level: 1 },
    { h: "2.1 Arbetsskador och tillbud", level: 2 },
    { p: "Tabell arbetsskador och tillbud" },
    { table: 1 },
    { table: 2 },
    { h: "2.2 Sjukfrånvaro", level: 2 },
    { p: "Tabell sjukfrånvaro" },
    { table: 3 },
    { h: "2.3 Personalomsättning", level: 2 },
    { p: "Tabell personalomsättning" },
    { table: 4 },
    { h: "2.4 Övertid och mertid", level: 2 },
    { p: "Tabell övertid och mertid" },
    { table: 5 },
    { h: "2.6 Arbetsmiljöronder/Arbetsmiljöarbete", level: 2 },
    { table: 6 },
    { h: "2.7 Företagshälsovård", level: 2 },
    { table: 7 },
    { h: "2.10 Inspektioner från Arbetsmiljöverket", level: 2 },
    { table: 8 },
    ...(withDelegationTable
      ? [
          { h: "2.11 Vidarefördelning av arbetsmiljöuppgifter och certifiering", level: 2 },
          { table: 9 },
        ]
      : []),
    { h: "3. Utvalda risker och åtgärder som rapporteras vidare", level: 1 },
    { table: withDelegationTable ? 10 : 9 },
    { h: "3.1 Kommentarer till utvalda risker och åtgärder", level: 2 },
  ];
}

interface Case {
  script: ScriptItem[];
  runningTexts?: string[];
  metadataTitle?: string;
}

const CASES: Record<string, Case> = {
  "000_kommunikationsplan-2025": {
    script: PLAN_2025,
    runningTexts: ["Vård- och omsorgsförvaltningen", "Kommunikationsplan 2025", "Sida 1 av 3"],
  },
  "001_kommunikationsplan-serviceforvaltningen-2012": {
    script: [
      // As the PDF breaks it: two title lines.
      { p: "KOMMUNIKATIONSPLAN FÖR" },
      { p: "SERVICEFÖRVALTNINGEN 2012" },
      { p: "Kommunikationsplanen fastställs av förvaltningsledningen." },
      { h: "Inledning", level: 1 },
      { h: "Målgruppernas behov", level: 1 },
      { h: "KUNDER/BESTÄLLARE", level: 2 },
      { p: "NKI i 2011 års kundundersökning blev 70 (2010: 72) för löneadministrationen." },
      { table: 0 },
      { h: "Bilaga ÅRSPLAN", level: 1 },
    ],
    runningTexts: ["SID 1 (5)", "KOMMUNIKATIONSPLAN 2012", "Box 7005, 121 07 Stockholm."],
  },
  "002_kommunikationsprogram-2017-2022": {
    script: [
      { p: "Stockholms stads kommunikationsprogram 2017–2022" },
      { p: "Kommunikation genomsyrar alla stadens verksamheter." },
      { h: "Om kommunikationsprogrammet", level: 1 },
      {
        p: "Det innehåller mål och strategier för åren 2017–2022. Stadsledningskontoret följer upp.",
      },
    ],
    runningTexts: ["Stockholms stads kommunikationsprogram 2017–2022 | 3"],
  },
  "003_arbetsmiljorapport-2024": {
    script: workEnvironmentReport(2024, true),
    runningTexts: ["1 | Arbetsmiljörapport 2024"],
  },
  "004_kommunikationspolicy-norrmalm": {
    script: [
      { p: "Norrmalms kommunikationspolicy" },
      { p: "Kommunikationspolicyn gäller stadsdelsförvaltningens alla verksamheter." },
      { h: "1. Kommunikationsidé", level: 1 },
      { p: "företräder Stockholms stad och Norrmalms stadsdelsförvaltning och har ett ansvar." },
    ],
    runningTexts: ["Norrmalms stadsdelsförvaltning", "1 (4)"],
  },
  "ksf-arbetsmiljorapport-2023": {
    script: workEnvironmentReport(2023, false),
    runningTexts: [" | Arbetsmiljörapport 2023"],
  },
  "vof-kommunikationsplan-2024": {
    script: PLAN_2024,
    runningTexts: ["Vård- och omsorgsförvaltningenKommunikationsplan 2024"],
  },
};

const FILES = [
  "000_kommunikationsplan-2025.docx",
  "000_kommunikationsplan-2025.pdf",
  "000_kommunikationsplan-2025_chromium.pdf",
  "001_kommunikationsplan-serviceforvaltningen-2012.docx",
  "001_kommunikationsplan-serviceforvaltningen-2012.pdf",
  "002_kommunikationsprogram-2017-2022.docx",
  "002_kommunikationsprogram-2017-2022.pdf",
  "003_arbetsmiljorapport-2024.docx",
  "003_arbetsmiljorapport-2024.pdf",
  "003_arbetsmiljorapport-2024_chromium.pdf",
  "004_kommunikationspolicy-norrmalm.docx",
  "004_kommunikationspolicy-norrmalm.pdf",
  "ksf-arbetsmiljorapport-2023.docx",
  "ksf-arbetsmiljorapport-2023.pdf",
  "vof-kommunikationsplan-2024.docx",
  "vof-kommunikationsplan-2024.pdf",
];

describe("buildRecords on truth tables", () => {
  for (const file of FILES) {
    it(file, () => {
      const truth = loadTruth(file);
      const key = file.replace(/(_chromium)?\.(docx|pdf)$/, "");
      const spec = CASES[key];
      if (!spec) throw new Error(`no script for ${key}`);
      const format = file.endsWith(".pdf") ? "pdf" : "docx";
      const doc = content(spec.script, {
        tables: tablesFromTruth(truth),
        runningTexts: spec.runningTexts ?? [],
        metadataTitle: spec.metadataTitle ?? null,
        format,
      });
      const records = buildRecords(doc, { id: "f".repeat(64), file, format });
      // The truth's tables give only the page a table starts on, not each row's page.
      const diffs = diffAgainstTruth(records, truth, { pages: format === "docx" });
      expect(diffs, diffs.join("\n")).toEqual([]);
    });
  }
});
