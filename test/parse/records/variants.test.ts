// Record parsing of the wordings and layouts other administrations use (issue 4), on small
// hand-made tables: week columns, start/end columns, "Vem", section labels, budgets and channel
// lists, risk levels in words, document types, organisations and years from other front pages.
import { describe, expect, it } from "vitest";
import { buildRecords } from "../../../src/parse/records/index.js";
import { SECTION_LABEL } from "../../../src/parse/records/vocabulary.js";
import { cell, content, type ScriptItem, simpleTable, table } from "./helpers.js";

const FILE = { id: "f".repeat(64), file: "x.docx", format: "docx" as const };

function records(items: ScriptItem[], opts: Parameters<typeof content>[1] = {}) {
  return buildRecords(content(items, opts), FILE);
}

describe("activity tables of other administrations", () => {
  it("reads bare week numbers in a Vecka column as ISO weeks of the plan year", () => {
    const t = simpleTable([
      ["Vecka", "Aktivitet", "Målgrupp", "Ansvarig"],
      ["3", "Programblad", "Allmänheten", "Eva Lund"],
      ["10–12", "Lovkampanj", "Unga", "Fritid"],
      ["33, 35", "Kursannonser", "Vuxna", "Eva Lund"],
      ["v. 40", "Kulturnatt", "Alla", "Ali Hassan"],
    ]);
    const r = records([{ p: "Kommunikationsplan 2024" }, { t }]);
    expect(r.activities.map((a) => [a.when, a.start, a.end])).toEqual([
      ["3", "2024-01-15", "2024-01-21"],
      ["10–12", "2024-03-04", "2024-03-24"],
      ["33, 35", "2024-08-12", "2024-09-01"],
      ["v. 40", "2024-09-30", "2024-10-06"],
    ]);
  });

  it("does not read bare numbers as weeks outside a week column", () => {
    const t = simpleTable([
      ["Datum", "Aktivitet", "Målgrupp", "Ansvarig"],
      ["12", "Något", "Alla", "Eva"],
    ]);
    const [a] = records([{ p: "Kommunikationsplan 2024" }, { t }]).activities;
    expect([a?.start, a?.end]).toEqual([null, null]);
  });

  it("joins Start and Slut columns into one timing", () => {
    const t = simpleTable([
      ["Aktivitet", "Start", "Slut", "Målgrupp", "Ansvarig"],
      ["Sommarlov", "2024-06-17", "2024-08-09", "Unga", "Fritid"],
      ["Läsutmaning", "1 juni", "31 augusti", "Barn", "Bibliotek"],
      ["Kulturnatt", "2024-09-28", "", "Alla", "Ali"],
      ["Utställning", "", "v. 45", "Alla", "Ali"],
    ]);
    const r = records([{ p: "Kommunikationsplan 2024" }, { t }]);
    expect(r.activities.map((a) => [a.when, a.start, a.end])).toEqual([
      ["2024-06-17 – 2024-08-09", "2024-06-17", "2024-08-09"],
      ["1 juni – 31 augusti", "2024-06-01", "2024-08-31"],
      ["2024-09-28", "2024-09-28", "2024-09-28"],
      ["v. 45", "2024-11-04", "2024-11-10"],
    ]);
  });

  it("reads Vem as the responsible, or as the audience when another column is responsible", () => {
    const responsible = simpleTable([
      ["När", "Vad", "Vem", "Kanal"],
      ["mars", "Nyhetsbrev", "Anna Svensson (AS)", "E-post"],
    ]);
    const audience = simpleTable([
      ["Vem", "Vad", "När", "Ansvarig"],
      ["Chefer", "Chefsforum", "april", "HR"],
    ]);
    const r = records([{ p: "Kommunikationsplan 2025" }, { t: responsible }, { t: audience }]);
    expect(r.activities.map((a) => [a.responsible, a.responsibleInitials, a.targetGroups])).toEqual(
      [
        ["Anna Svensson (AS)", ["AS"], []],
        ["HR", [], ["Chefer"]],
      ],
    );
  });

  it("takes a labelled lone text in the activity column as a section, other lone texts as activities", () => {
    const t = simpleTable([
      ["Aktivitet", "När", "Målgrupp", "Ansvarig"],
      ["Tema: Sommar", "", "", ""],
      ["Sommarprogram", "juni", "Alla", "Eva"],
      ["Julkort", "", "", ""],
    ]);
    const r = records([{ p: "Kommunikationsplan 2025" }, { h: "Aktiviteter" }, { t }]);
    expect(r.activities.map((a) => [a.section, a.activity])).toEqual([
      ["Tema: Sommar", "Sommarprogram"],
      ["Tema: Sommar", "Julkort"],
    ]);
  });

  it("reads a date merged over three rows and a section row spanning the table", () => {
    const t = table([
      cell(0, 0, "Aktivitet"),
      cell(0, 1, "Tidpunkt"),
      cell(0, 2, "Målgrupp"),
      cell(0, 3, "Kanal"),
      cell(0, 4, "Ansvarig"),
      cell(1, 0, "Fokusområde 2: Arbetsgivarvarumärket", { colSpan: 5 }),
      cell(2, 0, "Film"),
      cell(2, 1, "Q2 2026", { rowSpan: 3 }),
      cell(2, 2, "Vårdnadshavare"),
      cell(2, 3, "Youtube"),
      cell(2, 4, "Erik Johansson"),
      cell(3, 0, "Pressmeddelande"),
      cell(3, 2, "Media, allmänhet"),
      cell(3, 3, "Pressrum"),
      cell(3, 4, "Maria Berg (MB)"),
      cell(4, 0, "Nyhetsbrev"),
      cell(4, 2, "Alla medarbetare"),
      cell(4, 3, "Intranätet"),
      cell(4, 4, "Anna Lindqvist"),
    ]);
    const r = records([{ p: "Kommunikationsplan 2026" }, { t }]);
    expect(
      r.activities.map((a) => [a.section, a.when, a.start, a.end, a.channel, a.targetGroups]),
    ).toEqual([
      [
        "Fokusområde 2: Arbetsgivarvarumärket",
        "Q2 2026",
        "2026-04-01",
        "2026-06-30",
        "Youtube",
        ["Vårdnadshavare"],
      ],
      [
        "Fokusområde 2: Arbetsgivarvarumärket",
        "Q2 2026",
        "2026-04-01",
        "2026-06-30",
        "Pressrum",
        ["Media", "allmänhet"],
      ],
      [
        "Fokusområde 2: Arbetsgivarvarumärket",
        "Q2 2026",
        "2026-04-01",
        "2026-06-30",
        "Intranätet",
        ["Alla medarbetare"],
      ],
    ]);
  });

  it("does not take a budget or a channel list for activities", () => {
    const budget = simpleTable([
      ["Insats", "Period", "Kostnad (kr)", "Ansvarig"],
      ["Rekryteringskampanj", "Vecka 34–36", "85 000", "HR"],
      ["Film", "Q2 2026", "40 000", "Kommunikatörer"],
      ["Summa", "", "125 000", ""],
    ]);
    const channels = simpleTable([
      ["Kanal", "Vad", "Målgrupp", "Ansvarig"],
      ["Webbplatsen", "Evenemang", "Allmänheten", "Webbredaktör"],
      ["Instagram", "Bilder", "Unga vuxna", "Kommunikatörer"],
    ]);
    const r = records([{ p: "Kommunikationsplan 2026" }, { t: budget }, { t: channels }]);
    expect(r.activities).toEqual([]);
    expect(r.statistics).toEqual([]);
  });

  it("keeps a plan with a cost column, without its total row", () => {
    const t = simpleTable([
      ["Aktivitet", "När", "Målgrupp", "Kostnad (kr)"],
      ["Film", "mars", "Medarbetare", "40 000"],
      ["Totalt", "", "", "40 000"],
    ]);
    const r = records([{ p: "Kommunikationsplan 2026" }, { t }]);
    expect(r.activities.map((a) => a.activity)).toEqual(["Film"]);
  });
});

describe("tables split by focus area", () => {
  it("continues an activity table whose next part has no header", () => {
    const first = simpleTable([
      ["Datum", "Aktivitet", "Syfte", "Målgrupp", "Ansvarig"],
      ["15/3–15/4", "Samråd", "Synpunkter", "Invånare", "Eva"],
    ]);
    const second = simpleTable([
      ["Vt 2025", "Utbildning", "Fler ansökningar", "Sökande", "Per"],
      ["Vecka 36", "Kampanj", "Färre ansökningar", "Villaägare", "Per"],
    ]);
    const figuresAfter = simpleTable([
      ["", "2024", "2023"],
      ["Bygglov", "1 204", "1 150"],
    ]);
    const r = records([
      { p: "Kommunikationsplan 2025" },
      { h: "Fokusområde 1 Dialog" },
      { t: first },
      { h: "Fokusområde 2 Handläggning" },
      { t: second },
      { t: figuresAfter },
    ]);
    expect(r.activities.map((a) => [a.section, a.activity, a.start])).toEqual([
      ["Fokusområde 1 Dialog", "Samråd", "2025-03-15"],
      ["Fokusområde 2 Handläggning", "Utbildning", "2025-01-01"],
      ["Fokusområde 2 Handläggning", "Kampanj", "2025-09-01"],
    ]);
    expect(r.statistics.map((x) => x.value)).toEqual([1204, 1150]);
  });

  it("does not continue with a table of another shape or content", () => {
    const plan = simpleTable([
      ["Datum", "Aktivitet", "Målgrupp"],
      ["mars", "Nyhetsbrev", "Alla"],
    ]);
    const other = simpleTable([
      ["Webbplatsen", "Intranätet", "Instagram"],
      ["12", "40", "7"],
    ]);
    const r = records([{ p: "Kommunikationsplan 2025" }, { t: plan }, { t: other }]);
    expect(r.activities.map((a) => a.activity)).toEqual(["Nyhetsbrev"]);
  });

  it("takes a labelled section row naming a year for a section", () => {
    const t = simpleTable([
      ["Tidpunkt", "Insats", "Målgrupp", "Ansvarig"],
      ["Insatsområde 2: Medborgardialog 2025", "", "", ""],
      ["April", "Webbenkät", "Barnfamiljer", "Anna"],
    ]);
    const [a] = records([{ p: "Kommunikationsplan 2025" }, { t }]).activities;
    expect(a?.section).toBe("Insatsområde 2: Medborgardialog 2025");
  });
});

describe("key-figure tables of other administrations", () => {
  it("names a table by its title row and reads the header under it", () => {
    const t = table([
      cell(0, 0, "Sjukfrånvaro i procent 2024", { colSpan: 3 }),
      cell(1, 0, ""),
      cell(1, 1, "2024"),
      cell(1, 2, "2023"),
      cell(2, 0, "Kvinnor"),
      cell(2, 1, "7,2"),
      cell(2, 2, "7,9"),
      cell(3, 0, "Män"),
      cell(3, 1, "4,1"),
      cell(3, 2, "−4,4"),
    ]);
    const r = records([{ p: "Arbetsmiljörapport 2024" }, { h: "Sjukfrånvaro" }, { t }]);
    expect(r.statistics.map((x) => [x.table, x.row, x.column, x.value, x.unit])).toEqual([
      ["Sjukfrånvaro i procent 2024", "Kvinnor", "2024", 7.2, "%"],
      ["Sjukfrånvaro i procent 2024", "Kvinnor", "2023", 7.9, "%"],
      ["Sjukfrånvaro i procent 2024", "Män", "2024", 4.1, "%"],
      ["Sjukfrånvaro i procent 2024", "Män", "2023", -4.4, "%"],
    ]);
  });

  it("takes units from row labels, columns and table names", () => {
    const t = simpleTable([
      ["Nyckeltal", "2024", "2023", "Skillnad"],
      ["Övertid, timmar", "12 717", "11 902", "815"],
      ["Sjukfrånvaro, %", "5,2", "5,9", "−0,7"],
      ["Antal anställda", "1 204", "1 187", "17"],
    ]);
    const r = records([{ p: "Arbetsmiljörapport 2024" }, { t }]);
    expect(r.statistics.filter((x) => x.column !== "2023").map((x) => x.unit)).toEqual([
      "timmar",
      "timmar",
      "%",
      "procentenheter",
      null,
      null,
    ]);
  });
});

describe("risk tables of other administrations", () => {
  it("reads a level in words and figures, Önskad effekt as a column, and risk text on the first row only", () => {
    const t = simpleTable([
      [
        "Identifierad risk",
        "Riskvärde",
        "Åtgärd",
        "Ansvarig",
        "Klart senast",
        "Status",
        "Önskad effekt",
      ],
      [
        "Hög arbetsbelastning",
        "16 (hög)",
        "Ärendetak",
        "Lena Ek",
        "2025-06-30",
        "Genomförd",
        "Jämnare belastning",
      ],
      ["", "", "Handledning", "Lena Ek", "31 mars 2026", "Pågående", ""],
      ["Hot och våld", "3 x 3 = 9", "Utbildning", "Karin Ström", "2025-11-30", "Klar", "Trygghet"],
    ]);
    const r = records([
      { p: "Socialnämndens arbetsmiljöredovisning 2025" },
      { h: "1. Uppföljning av förra årets åtgärder" },
      { t },
    ]);
    expect(r.risks.map((x) => [x.section, x.risk, x.level, x.measures.length])).toEqual([
      ["evaluation", "Hög arbetsbelastning", 16, 2],
      ["evaluation", "Hot och våld", 9, 1],
    ]);
    expect(r.risks[0]?.measures.map((m) => [m.endDate, m.owner, m.desiredEffect])).toEqual([
      ["2025-06-30", "Lena Ek", "Jämnare belastning"],
      ["2026-03-31", "Lena Ek", null],
    ]);
  });

  it("reads an Önskad effekt sub-row with its label in a cell of its own", () => {
    const t = table([
      cell(0, 0, "Risk"),
      cell(0, 1, "Risknivå"),
      cell(0, 2, "Åtgärd"),
      cell(0, 3, "Status"),
      cell(0, 4, "Slutdatum"),
      cell(1, 0, "Belastningsskador", { rowSpan: 2 }),
      cell(1, 1, "Hög (12)", { rowSpan: 2 }),
      cell(1, 2, "Lättare städvagnar"),
      cell(1, 3, "Avslutad"),
      cell(1, 4, "2024-04-30"),
      cell(2, 2, "Önskad effekt"),
      cell(2, 3, "Färre besvär i axlar och rygg", { colSpan: 2 }),
    ]);
    const r = records([
      { p: "Arbetsmiljörapport 2024" },
      { h: "Risker och åtgärder inför 2025" },
      { t },
    ]);
    expect(r.risks[0]).toMatchObject({ section: "reported", level: 12 });
    expect(r.risks[0]?.measures[0]?.desiredEffect).toBe("Färre besvär i axlar och rygg");
  });

  it("reads the text of an Önskad effekt cell that the page break moved to a row of its own", () => {
    const t = table([
      cell(0, 0, "Risk"),
      cell(0, 1, "Risknivå"),
      cell(0, 2, "Åtgärd"),
      cell(0, 3, "Status"),
      cell(0, 4, "Slutdatum"),
      cell(1, 0, "Trängsel i lokalerna", { rowSpan: 4 }),
      cell(1, 1, "8", { rowSpan: 4 }),
      cell(1, 2, "Revidering av Husboken"),
      cell(1, 3, "Avslutad"),
      cell(1, 4, "2023-09-30"),
      cell(2, 2, "Önskad effekt", { colSpan: 3 }),
      cell(3, 2, "Alla följer förhållningssätten.", { colSpan: 3 }),
      cell(4, 2, "Ny tjänst som kontorsvärd"),
      cell(4, 3, "Avslutad"),
      cell(4, 4, "2023-09-30"),
    ]);
    const r = records([
      { p: "Arbetsmiljörapport 2024" },
      { h: "Risker och åtgärder inför 2025" },
      { t },
    ]);
    expect(r.risks[0]?.measures.map((m) => [m.measure, m.desiredEffect])).toEqual([
      ["Revidering av Husboken", "Alla följer förhållningssätten."],
      ["Ny tjänst som kontorsvärd", null],
    ]);
  });
});

describe("documents of other administrations", () => {
  it.each([
    ["Handlingsplan för kommunikation 2024", "kommunikationsplan"],
    ["Aktivitetsplan för intern kommunikation 2025", "kommunikationsplan"],
    ["Årsplan kommunikation 2025", "kommunikationsplan"],
    ["Kommunikationsplan 2026", "kommunikationsplan"],
    ["Socialnämndens arbetsmiljöredovisning 2025", "arbetsmiljorapport"],
    ["Uppföljning av det systematiska arbetsmiljöarbetet 2024", "arbetsmiljorapport"],
    ["Arbetsmiljöbokslut 2023", "arbetsmiljorapport"],
    ["Riktlinjer för kommunikation", "policy"],
    ["Riktlinjer för extern kommunikation", "policy"],
    ["Kommunikationspolicy för Region Dalarna", "policy"],
    ["Kommunikationsstrategi 2024–2027", "program"],
    ["Strategi för kommunikation 2024–2027", "program"],
    ["Kommunikationsprogram 2017–2022", "program"],
    ["Medarbetarenkät 2024 – resultat", "annat"],
    ["Verksamhetsplan 2025", "annat"],
  ])("%j is a %s", (title, type) => {
    expect(records([{ p: title }, { h: "Inledning" }, { p: "Text." }]).document.type).toBe(type);
  });

  it.each([
    [
      ["Kommunikationsplan 2026", "Barn- och utbildningsförvaltningen, Uppsala kommun"],
      "Barn- och utbildningsförvaltningen",
    ],
    [["Socialnämndens arbetsmiljöredovisning 2025", "Socialförvaltningen"], "Socialnämnden"],
    [["Miljöförvaltningens kommunikationsplan 2023"], "Miljöförvaltningen"],
    [["Arbetsmiljörapport 2024", "Norrvik Bostäder AB"], "Norrvik Bostäder AB"],
    [["Arbetsmiljörapport 2024", "AB Familjebostäder"], "AB Familjebostäder"],
    [["Kommunikationsstrategi 2024–2027", "Region Dalarna"], "Region Dalarna"],
    [["Region Dalarnas kommunikationsstrategi 2024–2027"], "Region Dalarna"],
    [["Riktlinjer för kommunikation", "Tekniska nämnden, Lunds kommun"], "Tekniska nämnden"],
    [
      ["Kommunikationsplan 2025", "Förvaltningen för funktionsstöd"],
      "Förvaltningen för funktionsstöd",
    ],
    [["Kommunikationsplan 2025", "Hela förvaltningen ska delta."], null],
  ])("%j is from %s", (lines, organisation) => {
    const r = records([...lines.map((p) => ({ p })), { h: "Inledning" }]);
    expect(r.document.organisation).toBe(organisation);
  });

  it("does not take a sender line above the title for the title", () => {
    const r = records([
      { p: "Region Dalarna" },
      { h: "Kommunikationsstrategi 2024–2027" },
      { h: "Inledning", level: 2 },
    ]);
    expect(r.document).toMatchObject({
      title: "Kommunikationsstrategi 2024–2027",
      organisation: "Region Dalarna",
      year: 2024,
      type: "program",
    });
  });

  it.each([
    ["Riktlinjerna gäller 2023–2026.", 2023],
    ["Planen gäller för år 2025.", 2025],
    ["Period: 2024–2026", 2024],
    ["Rapporten avser verksamhetsåret 2024.", 2024],
    ["Policyn gäller alla medarbetare sedan 2019.", null],
  ])("reads the year from %j", (line, year) => {
    const r = records([{ p: "Riktlinjer för kommunikation" }, { p: line }, { h: "Syfte" }]);
    expect(r.document.year).toBe(year);
  });

  it.each([
    ["Antagen av tekniska nämnden 2022-11-16. Gäller 2023–2026.", "2022-11-16"],
    ["Fastställd av förvaltningsledningen 2025-12-10", "2025-12-10"],
    ["Rapportdatum: 2026-02-15", "2026-02-15"],
    ["15 januari 2025", "2025-01-15"],
    ["Planen följs upp 2025-06-30 och 2025-12-31.", null],
  ])("reads the report date from %j", (line, date) => {
    const r = records([{ p: "Kommunikationsplan 2025" }, { p: line }, { h: "Syfte" }]);
    expect(r.document.reportDate).toBe(date);
  });
});

describe("section labels", () => {
  it.each([
    ["Fokusområde 2: Stärka chefers förutsättningar", true],
    ["Fokusområde 2 Stärka chefers förutsättningar", true],
    ["Tema: Sommar", true],
    ["Insatsområde 1 – Trygghet och trivsel", true],
    ["Mål 1: Fler hushåll sorterar matavfall", true],
    ["Mål: Andelen hushåll ska öka.", false],
    ["Delar av året", false],
    ["Fokusområdena beskrivs nedan", false],
  ])("%j is a section label: %s", (text, expected) => {
    expect(SECTION_LABEL.test(text)).toBe(expected);
  });
});
