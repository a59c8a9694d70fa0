// Record parsing on small hand-made tables: the layouts other municipalities use.
import { describe, expect, it } from "vitest";
import { buildRecords } from "../../../src/parse/records/index.js";
import { riskSection } from "../../../src/parse/records/risks.js";
import { cell, content, type ScriptItem, simpleTable, table } from "./helpers.js";

const ID = "0123456789abcdef0123456789abcdef";
const FILE = { id: ID, file: "x.docx", format: "docx" as const };

function records(items: ScriptItem[], opts: Parameters<typeof content>[1] = {}) {
  return buildRecords(content(items, opts), FILE);
}

const ACTIVITY_HEADER = ["Datum", "Kommunikationsinsats", "Syfte/mål", "Målgrupp", "Ansvarig"];

describe("activities", () => {
  it("takes the section from a section row spanning the table, else from the heading above", () => {
    const t = table([
      ...ACTIVITY_HEADER.map((h, c) => cell(0, c, h)),
      ...[
        "Våren 2025",
        "Intranätsartikel",
        "Informera",
        "Alla medarbetare",
        "Kommunikatör (AB)",
      ].map((v, c) => cell(1, c, v)),
      cell(2, 0, "Fokusområde 2: Chefer", { colSpan: 5 }),
      ...["13 mars", "Chefsforum", "Dialog", "Chefer", "HR (CD)"].map((v, c) => cell(3, c, v)),
      // A lone label in the first column with the other columns empty is a section row too.
      cell(4, 0, "Extern kommunikation"),
      ...[1, 2, 3, 4].map((c) => cell(4, c, "")),
      ...["v. 12", "Pressmeddelande", "", "Media", ""].map((v, c) => cell(5, c, v)),
    ]);
    const r = records([{ p: "Kommunikationsplan 2025" }, { h: "Fokusområde 1: Kultur" }, { t }]);
    expect(r.activities.map((a) => [a.section, a.activity])).toEqual([
      ["Fokusområde 1: Kultur", "Intranätsartikel"],
      ["Fokusområde 2: Chefer", "Chefsforum"],
      ["Extern kommunikation", "Pressmeddelande"],
    ]);
    expect(r.activities[1]).toMatchObject({ start: "2025-03-13", end: "2025-03-13" });
    expect(r.activities[2]).toMatchObject({
      purpose: null,
      responsible: null,
      responsibleInitials: [],
    });
  });

  it("applies a date and a responsible cell merged over rows to every row they cover", () => {
    const t = table([
      ...ACTIVITY_HEADER.map((h, c) => cell(0, c, h)),
      cell(1, 0, "Hösten 2025", { rowSpan: 2 }),
      cell(1, 1, "Film"),
      cell(1, 2, "Attrahera"),
      cell(1, 3, "Blivande medarbetare Alla medarbetare", {
        lines: ["Blivande medarbetare", "Alla medarbetare"],
      }),
      cell(1, 4, "Kommunikatörer (CW, MW)", { rowSpan: 2 }),
      cell(2, 1, "Poddavsnitt"),
      cell(2, 2, "Attrahera"),
      cell(2, 3, "Studenter, praktikanter"),
    ]);
    const r = records([{ p: "Kommunikationsplan 2025" }, { t }]);
    expect(r.activities).toHaveLength(2);
    for (const a of r.activities) {
      expect(a).toMatchObject({
        when: "Hösten 2025",
        start: "2025-07-01",
        end: "2025-12-31",
        responsible: "Kommunikatörer (CW, MW)",
        responsibleInitials: ["CW", "MW"],
      });
    }
    expect(r.activities[0]?.targetGroups).toEqual(["Blivande medarbetare", "Alla medarbetare"]);
    expect(r.activities[1]?.targetGroups).toEqual(["Studenter", "praktikanter"]);
    // The title is no section.
    expect(r.activities[0]?.section).toBeNull();
  });

  it("reads reordered and missing columns by their headers", () => {
    const t = simpleTable([
      ["Ansvarig", "Aktivitet", "Kanal", "När"],
      ["Kommunikatör (HM)", "Nyhetsbrev", "E-post", "Löpande"],
      ["", "", "", ""],
      ["Ansvarig", "Aktivitet", "Kanal", "När"],
      ["Webbredaktör", "Webbtext", "Webben", "Q2 2026"],
    ]);
    const r = records([{ p: "Aktivitetslista" }, { h: "Plan för 2026" }, { t }], {
      runningTexts: ["Kommunikationsplan 2026"],
    });
    expect(r.activities).toEqual([
      expect.objectContaining({
        activity: "Nyhetsbrev",
        when: "Löpande",
        start: "2026-01-01",
        end: "2026-12-31",
        purpose: null,
        targetGroups: [],
        responsible: "Kommunikatör (HM)",
        responsibleInitials: ["HM"],
        channel: "E-post",
        section: "Plan för 2026",
      }),
      expect.objectContaining({ activity: "Webbtext", start: "2026-04-01", end: "2026-06-30" }),
    ]);
  });

  it("keeps row provenance and gives deterministic ids", () => {
    const t = table(
      [
        ...ACTIVITY_HEADER.map((h, c) => cell(0, c, h)),
        ...["mars", "A", "", "Chefer", "X"].map((v, c) => cell(1, c, v)),
        ...["april", "B", "", "Chefer", "Y"].map((v, c) => cell(2, c, v)),
      ],
      { page: 3, rowPages: [3, 3, 4] },
    );
    const r = buildRecords(content([{ p: "Kommunikationsplan 2025" }, { t }], { format: "pdf" }), {
      ...FILE,
      format: "pdf",
    });
    expect(r.activities.map((a) => [a.id, a.documentId, a.page])).toEqual([
      ["0123456789ab-a1", ID, 3],
      ["0123456789ab-a2", ID, 4],
    ]);
  });
});

const RISK_HEADER = ["Risk", "Risknivå", "Åtgärd", "Status", "Slutdatum"];

describe("risks", () => {
  it("reads a risk merged over its measures with Önskad effekt sub-rows", () => {
    const t = table([
      ...RISK_HEADER.map((h, c) => cell(0, c, h)),
      cell(1, 0, "Hög arbetsbelastning", { rowSpan: 4 }),
      cell(1, 1, "12", { rowSpan: 4 }),
      ...["Rekrytering", "Avslutad", "2024-03-31"].map((v, i) => cell(1, i + 2, v)),
      cell(2, 2, "Önskad effekt Bättre bemanning.", { colSpan: 3 }),
      ...["Stödsamtal", "Pågår", "31 december 2024"].map((v, i) => cell(3, i + 2, v)),
      // The label may stand in a cell of its own.
      cell(4, 2, "Önskad effekt:"),
      cell(4, 3, "Mindre stress", { colSpan: 2 }),
    ]);
    const r = records([
      { p: "Arbetsmiljörapport 2024" },
      { h: "1. Bedömning och utvärdering av föregående års åtgärder" },
      { t },
    ]);
    expect(r.risks).toHaveLength(1);
    expect(r.risks[0]).toMatchObject({
      id: "0123456789ab-r1",
      section: "evaluation",
      risk: "Hög arbetsbelastning",
      level: 12,
    });
    expect(r.risks[0]?.measures).toEqual([
      expect.objectContaining({
        id: "0123456789ab-r1m1",
        measure: "Rekrytering",
        status: "Avslutad",
        endDate: "2024-03-31",
        owner: null,
        desiredEffect: "Bättre bemanning.",
      }),
      expect.objectContaining({
        measure: "Stödsamtal",
        endDate: "2024-12-31",
        desiredEffect: "Mindre stress",
      }),
    ]);
  });

  it("continues a risk written only on its first row, with Önskad effekt as a column", () => {
    const t = simpleTable([
      ["Identifierad risk", "Åtgärder", "Ansvarig chef", "Klart senast", "Önskad effekt"],
      ["Buller i lokalen", "Ljudabsorbenter", "Per Persson", "2025-02-28", "Lägre ljudnivå"],
      ["", "Tysta rum", "Per Persson", "2025-06-30", "Plats för fokus"],
      ["Ensamarbete", "Larmrutin", "Eva Ek", "2025-03-31", ""],
    ]);
    const r = records([
      { p: "Arbetsmiljörapport 2024" },
      { h: "3. Utvalda risker och åtgärder som rapporteras vidare", level: 1 },
      { h: "3.1 Risker", level: 2 },
      { t },
    ]);
    expect(r.risks.map((x) => [x.section, x.risk, x.level, x.measures.length])).toEqual([
      ["reported", "Buller i lokalen", null, 2],
      ["reported", "Ensamarbete", null, 1],
    ]);
    expect(r.risks[0]?.measures[1]).toMatchObject({
      measure: "Tysta rum",
      owner: "Per Persson",
      status: null,
      endDate: "2025-06-30",
      desiredEffect: "Plats för fokus",
    });
    expect(r.risks[1]?.measures[0]?.desiredEffect).toBeNull();
  });

  it("reads a silent heading's section from the table in a work-environment report", () => {
    const evaluated = simpleTable([
      ["Risk", "Åtgärd", "Status"],
      ["Halka", "Sandning", "Klar"],
    ]);
    const planned = simpleTable([
      ["Risk", "Åtgärd", "Ansvarig"],
      ["Halka", "Sandning", "Driftchef"],
    ]);
    const r = records([
      { p: "Arbetsmiljörapport 2024" },
      { h: "4. Övrigt" },
      { t: evaluated },
      { h: "5. Risker" },
      { t: planned },
    ]);
    expect(r.risks.map((x) => x.section)).toEqual(["evaluation", "reported"]);
  });

  it("says other where no heading speaks of evaluation or reporting in other documents", () => {
    const t = simpleTable([
      ["Risk", "Åtgärd", "Status"],
      ["Halka", "Sandning", "Klar"],
    ]);
    const r = records([{ p: "Kommunikationsplan 2024" }, { h: "4. Övrigt" }, { t }]);
    expect(r.risks[0]?.section).toBe("other");
  });

  it("lets the earliest wording of a heading decide", () => {
    expect(riskSection(["Uppföljning av åtgärder inför 2024"])).toBe("evaluation");
    expect(riskSection(["Risker och åtgärder inför 2025"])).toBe("reported");
    expect(riskSection(["3. Utvalda risker och åtgärder som rapporteras vidare"])).toBe("reported");
    expect(riskSection(["Övrigt", "1. Bedömning och utvärdering av föregående års åtgärder"])).toBe(
      "evaluation",
    );
  });
});

describe("statistics", () => {
  it("names figures by caption, section row and header", () => {
    const t = simpleTable([
      ["Sjukfrånvaro", "2024", "2023", "Skillnad"],
      ["Total", "4,2", "4,4", "-0,2"],
      ["Kort sjukfrånvaro (0–14 dagar)", "", "", ""],
      ["Kvinnor", "1,5 %", "1,6 %", "−0,1"],
    ]);
    const r = records([
      { p: "Arbetsmiljörapport 2024" },
      { h: "2.2 Sjukfrånvaro" },
      { p: "Tabell 2: sjukfrånvaro per kön" },
      { t },
    ]);
    expect(r.statistics.map((s) => [s.table, s.row, s.column, s.value, s.raw, s.unit])).toEqual([
      ["Sjukfrånvaro per kön", "Total", "2024", 4.2, "4,2", null],
      ["Sjukfrånvaro per kön", "Total", "2023", 4.4, "4,4", null],
      ["Sjukfrånvaro per kön", "Total", "Skillnad", -0.2, "-0,2", null],
      [
        "Sjukfrånvaro per kön",
        "Kort sjukfrånvaro (0–14 dagar) / Kvinnor",
        "2024",
        1.5,
        "1,5 %",
        "%",
      ],
      [
        "Sjukfrånvaro per kön",
        "Kort sjukfrånvaro (0–14 dagar) / Kvinnor",
        "2023",
        1.6,
        "1,6 %",
        "%",
      ],
      [
        "Sjukfrånvaro per kön",
        "Kort sjukfrånvaro (0–14 dagar) / Kvinnor",
        "Skillnad",
        -0.1,
        "−0,1",
        null,
      ],
    ]);
    expect(r.statistics[0]?.id).toBe("0123456789ab-s1");
  });

  it("uses the header's first cell without a caption", () => {
    const t = simpleTable([
      ["Arbetstid (timmar)", "R12 2023–12"],
      ["Övertid", "205"],
    ]);
    const r = records([{ h: "2.4 Övertid" }, { p: "Övertiden minskade." }, { t }]);
    expect(r.statistics.map((s) => s.table)).toEqual(["Arbetstid (timmar)"]);
  });

  it("does not take a budget table as statistics", () => {
    const budget = simpleTable([
      ["Aktivitet", "Budget 2025"],
      ["Film", "50 000"],
      ["Annonser", "120 000"],
    ]);
    const costs = simpleTable([
      ["Post", "2025", "2026"],
      ["Tryck", "10 000 kr", "12 000 kr"],
    ]);
    const r = records([{ p: "Kommunikationsplan 2025" }, { t: budget }, { t: costs }]);
    expect(r.statistics).toEqual([]);
  });

  it("does not take a Ja/Nej table or a table of figures with comparisons as statistics", () => {
    const yesNo = simpleTable([
      ["Företagshälsovård", "Ja/Nej"],
      ["Har tjänster avropats?", "Ja"],
    ]);
    const yesNoNoHeader = simpleTable([
      ["Fråga", "Svar"],
      ["Har skyddsombud medverkat?", "Ja"],
      ["Har åtgärder återrapporterats?", "Delvis"],
    ]);
    const nki = simpleTable([
      ["Äldre direkt", "Förskola", "Tekniska verksamheter"],
      ["53 (2010: 62)", "59 (2010: 52)", "51 (2010: 55)"],
    ]);
    const r = records([{ p: "Rapport" }, { t: yesNo }, { t: yesNoNoHeader }, { t: nki }]);
    expect(r.statistics).toEqual([]);
  });

  it("does not take activity or risk tables as statistics", () => {
    const t = simpleTable([
      ["Risk", "Risknivå", "Åtgärd", "Slutdatum"],
      ["Stress", "12", "Samtal", "2025-01-31"],
    ]);
    expect(records([{ t }]).statistics).toEqual([]);
  });
});

describe("document", () => {
  it("recases an all-caps title broken over two lines, and finds its organisation", () => {
    const r = records([
      { p: "KOMMUNIKATIONSPLAN FÖR" },
      { p: "SERVICEFÖRVALTNINGEN 2012" },
      { p: "Planen fastställs av förvaltningsledningen." },
    ]);
    expect(r.document).toMatchObject({
      type: "kommunikationsplan",
      title: "Kommunikationsplan för Serviceförvaltningen 2012",
      organisation: "Serviceförvaltningen",
      year: 2012,
      reportDate: null,
      renditionOf: null,
    });
  });

  it("takes the metadata title's casing when it is the same title", () => {
    const r = records([{ h: "KOMMUNIKATIONSPLAN FÖR SERVICEFÖRVALTNINGEN 2012" }], {
      metadataTitle: "Kommunikationsplan för Serviceförvaltningen 2012",
    });
    expect(r.document.title).toBe("Kommunikationsplan för Serviceförvaltningen 2012");
  });

  it("turns a genitive organisation into its base form and takes the period's first year", () => {
    const r = records([
      { p: "Stockholms stads kommunikationsprogram 2017–2022" },
      { p: "Stadsledningskontoret följer upp programmet 2019." },
    ]);
    expect(r.document).toMatchObject({
      type: "program",
      organisation: "Stockholms stad",
      year: 2017,
    });
  });

  it("prefers the administration over the municipality and reads a stated date", () => {
    const r = records([
      { p: "Arbetsmiljörapport 2024" },
      { p: "Kommunstyrelsens förvaltning, Huddinge kommun" },
      { p: "Datum: 2024-02-15" },
      { h: "1. Inledning" },
    ]);
    expect(r.document).toMatchObject({
      type: "arbetsmiljorapport",
      organisation: "Kommunstyrelsens förvaltning",
      reportDate: "2024-02-15",
    });
  });

  it("finds the organisation named like the title in the body, and no year where none is given", () => {
    const r = records([
      { p: "Norrmalms kommunikationspolicy" },
      { p: "Den bygger på Stockholms stads policy från 2009." },
      { h: "Ansvar" },
      { p: "Medarbetare företräder Stockholms stad och Norrmalms stadsdelsförvaltning." },
    ]);
    expect(r.document).toMatchObject({
      type: "policy",
      title: "Norrmalms kommunikationspolicy",
      organisation: "Norrmalms stadsdelsförvaltning",
      year: null,
    });
  });

  it("reads the organisation from a running header", () => {
    const r = records([{ p: "Kommunikationsplan 2025" }, { h: "Fokusområde 1" }], {
      runningTexts: ["Vård- och omsorgsförvaltningenKommunikationsplan 2025", "Sida 1 av 3"],
    });
    expect(r.document).toMatchObject({
      title: "Kommunikationsplan 2025",
      organisation: "Vård- och omsorgsförvaltningen",
      year: 2025,
    });
  });

  it("falls back to the headings and then the content for the type", () => {
    const byHeading = records([
      { p: "Socialförvaltningen" },
      {
        p: "Inledande text om verksamheten som är lång nog för att inte vara en titel alls, inte alls.",
      },
      { h: "Riktlinjer för sociala medier" },
    ]);
    expect(byHeading.document.type).toBe("policy");
    const none = records([
      { p: "Minnesanteckningar" },
      { p: "Vi talade om en kommunikationsplan." },
    ]);
    expect(none.document.type).toBe("annat");
  });
});

describe("headings written as paragraphs (PDF body-size headings)", () => {
  it("takes a labelled paragraph nearer than the real heading as the section", () => {
    const t1 = simpleTable([
      ["När", "Aktivitet", "Målgrupp"],
      ["mars", "Workshop", "Chefer"],
    ]);
    const t2 = simpleTable([
      ["När", "Aktivitet", "Målgrupp"],
      ["april", "Film", "Alla"],
    ]);
    const r = records([
      { p: "Kommunikationsplan 2025" },
      { h: "Aktiviteter" },
      { p: "Fokusområde 2: Chefers förutsättningar" },
      { p: "Chefer behöver stöd i förändringsarbetet, därför gör vi följande." },
      { t: t1 },
      { t: t2 },
    ]);
    expect(r.activities.map((a) => a.section)).toEqual([
      "Fokusområde 2: Chefers förutsättningar",
      "Fokusområde 2: Chefers förutsättningar",
    ]);
  });

  it("reads the risk section from a numbered heading paragraph or a parent heading", () => {
    const t = simpleTable([
      ["Risk", "Åtgärd", "Ansvarig"],
      ["Stress", "Samtal", "Chef"],
    ]);
    const fromParagraph = records([
      { p: "Arbetsmiljörapport 2024" },
      { p: "3. Risker och åtgärder som rapporteras vidare" },
      { t },
    ]);
    expect(fromParagraph.risks[0]?.section).toBe("reported");
    const fromParent = records([
      { p: "Arbetsmiljörapport 2024" },
      { h: "1. Uppföljning av förra årets åtgärder", level: 1 },
      { h: "1.1 Stress", level: 2 },
      { t },
    ]);
    expect(fromParent.risks[0]?.section).toBe("evaluation");
  });
});

describe("target groups in PDF cells", () => {
  it("joins a wrapped line that starts in lower case to the group above", () => {
    const t = table([
      ...["Datum", "Aktivitet", "Målgrupp"].map((h, c) => cell(0, c, h)),
      cell(1, 0, "8 maj"),
      cell(1, 1, "Utbildning"),
      cell(1, 2, "Nya chefer och chefer som vill ha en uppfräschning", {
        lines: ["Nya chefer och chefer", "som vill ha en uppfräschning", "Stabschefer"],
      }),
    ]);
    const r = buildRecords(content([{ p: "Kommunikationsplan 2025" }, { t }], { format: "pdf" }), {
      ...FILE,
      format: "pdf",
    });
    expect(r.activities[0]?.targetGroups).toEqual([
      "Nya chefer och chefer som vill ha en uppfräschning",
      "Stabschefer",
    ]);
  });
});

describe("title edge cases", () => {
  it("does not join an all-caps title with the all-caps heading below it", () => {
    const r = records([{ p: "KOMMUNIKATIONSPLAN 2012" }, { p: "INLEDNING" }, { p: "Text." }]);
    expect(r.document.title).toBe("Kommunikationsplan 2012");
  });

  it("takes no heading after opening prose as the title, but the metadata title", () => {
    const prose =
      "Kommunikation genomsyrar alla stadens verksamheter och varje dag har vi hundratusentals kontakter och möten med stockholmarna.";
    const r = records([{ p: prose }, { h: "Inledning" }], {
      metadataTitle: "Stockholms stads kommunikationsprogram",
    });
    expect(r.document.title).toBe("Stockholms stads kommunikationsprogram");
    expect(records([{ p: prose }, { h: "Inledning" }]).document.title).toBeNull();
  });

  it("skips reference lines above the title", () => {
    const r = records([
      { p: "Dnr KS-2024/123" },
      { p: "Arbetsmiljörapport 2024" },
      { h: "1. Inledning" },
    ]);
    expect(r.document).toMatchObject({ title: "Arbetsmiljörapport 2024", year: 2024 });
  });
});
