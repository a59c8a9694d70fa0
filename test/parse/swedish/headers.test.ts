import { describe, expect, it } from "vitest";
import {
  classifyHeaderRow,
  matchHeader,
  normaliseHeader,
} from "../../../src/parse/swedish/headers.js";
import { loadTruthFiles } from "./truth.js";

const ACTIVITY_COLUMNS = ["when", "activity", "purpose", "targetGroups", "responsible"];

describe("normaliseHeader", () => {
  it.each([
    ["Syfte/mål", "syfte mål"],
    ["  Kommunika\u00adtions\u00adinsats ", "kommunikationsinsats"],
    ["Kommunikations-\ninsats", "kommunikationsinsats"],
    ["Risk\nnivå", "risk nivå"],
    ["Önskad   effekt:", "önskad effekt"],
    ["ANSVARIG CHEF", "ansvarig chef"],
  ])("%j → %j", (text, expected) => {
    expect(normaliseHeader(text)).toBe(expected);
  });
});

describe("matchHeader", () => {
  it.each([
    ["Datum", "activity", "when"],
    ["Tidpunkt", "activity", "when"],
    ["När", "activity", "when"],
    ["Vecka", "activity", "when"],
    ["Kommunikationsinsats", "activity", "activity"],
    ["Aktivitet", "activity", "activity"],
    ["Syfte/mål", "activity", "purpose"],
    ["Syfte och mål", "activity", "purpose"],
    ["Målgrupp", "activity", "targetGroups"],
    ["Målgrupp(er)", "activity", "targetGroups"],
    ["Till vem", "activity", "targetGroups"],
    ["Ansvarig", "activity", "responsible"],
    ["Vem ansvarar?", "activity", "responsible"],
    ["Kanal", "activity", "channel"],
    ["Kommunikationskanaler", "activity", "channel"],
    ["Risk", "risk", "risk"],
    ["Identifierad risk", "risk", "risk"],
    ["Risknivå", "risk", "level"],
    ["Risk nivå", "risk", "level"],
    ["Riskvärde", "risk", "level"],
    ["Åtgärd", "risk", "measure"],
    // Also an activity's header; classifyHeaderRow decides by the other columns.
    ["Åtgärd", "activity", "activity"],
    ["Insats", "risk", "measure"],
    ["Status", "risk", "status"],
    ["Slutdatum", "risk", "endDate"],
    ["Klart senast", "risk", "endDate"],
    ["Ansvarig chef", "risk", "owner"],
    ["Önskad effekt", "risk", "desiredEffect"],
  ] as const)("%j (%s) → %s, exact", (text, kind, field) => {
    expect(matchHeader(text, kind)).toEqual({ field, score: 1 });
  });

  it.each([
    ["Kommunikationsinstas", "activity", "activity"],
    ["Målgupp", "activity", "targetGroups"],
    ["Ansvarg", "activity", "responsible"],
    ["Slutdatun", "risk", "endDate"],
    ["Risknviå", "risk", "level"],
  ] as const)("misspelt %j (%s) → %s", (text, kind, field) => {
    const m = matchHeader(text, kind);
    expect(m?.field).toBe(field);
    expect(m?.score).toBeGreaterThanOrEqual(0.92);
    expect(m?.score).toBeLessThan(1);
  });

  it.each([
    ["Budget 2025", "activity"],
    ["Utfall", "activity"],
    ["Beskrivning", "activity"],
    ["Sjukfrånvaro", "risk"],
    ["Statistik", "risk"],
    ["Tim", "activity"],
    ["", "activity"],
    ["Kommunikationsmål", "activity"],
  ] as const)("%j (%s) is not a field, or not the wrong one", (text, kind) => {
    const m = matchHeader(text, kind);
    if (text === "Kommunikationsmål") expect(m?.field).toBe("purpose");
    else expect(m).toBeNull();
  });
});

describe("classifyHeaderRow", () => {
  it("classifies every table header of the samples' truth", () => {
    const headers = loadTruthFiles().flatMap((t) =>
      t.tables.map((tb) =>
        tb.cells
          .filter((c) => c.row === 0)
          .sort((a, b) => a.col - b.col)
          .map((c) => c.text),
      ),
    );
    const kinds = { activity: 0, risk: 0, none: 0 };
    for (const cells of headers) {
      const { kind, columns } = classifyHeaderRow(cells);
      if (cells[0] === "Datum") {
        expect(kind).toBe("activity");
        expect(columns).toEqual(ACTIVITY_COLUMNS);
        kinds.activity++;
      } else if (cells[0] === "Risk") {
        expect(kind).toBe("risk");
        const fourth = cells[3] === "Status" ? "status" : "owner";
        expect(columns).toEqual(["risk", "level", "measure", fourth, "endDate"]);
        kinds.risk++;
      } else {
        expect(kind, cells.join(" | ")).toBeNull();
        kinds.none++;
      }
    }
    expect(kinds.activity).toBeGreaterThan(0);
    expect(kinds.risk).toBeGreaterThan(0);
    expect(kinds.none).toBeGreaterThan(0);
  });

  it("reads reordered columns", () => {
    expect(classifyHeaderRow(["Målgrupp", "Aktivitet", "Ansvarig", "När"])).toEqual({
      kind: "activity",
      columns: ["targetGroups", "activity", "responsible", "when"],
    });
    expect(classifyHeaderRow(["Åtgärd", "Risk", "Slutdatum"])).toEqual({
      kind: "risk",
      columns: ["measure", "risk", "endDate"],
    });
  });

  it("reads Åtgärd as the activity beside a purpose, audience or channel, else as a measure", () => {
    expect(classifyHeaderRow(["Åtgärd", "Syfte", "Målgrupp", "Tidpunkt", "Ansvarig"])).toEqual({
      kind: "activity",
      columns: ["activity", "purpose", "targetGroups", "when", "responsible"],
    });
    expect(classifyHeaderRow(["Åtgärder", "Ansvarig", "När"])).toEqual({
      kind: "risk",
      columns: ["measure", "owner", "endDate"],
    });
    expect(classifyHeaderRow(["Risk", "Åtgärd", "Ansvarig", "Klart senast"]).kind).toBe("risk");
  });

  it("reads 'Vad ska kommuniceras' as the activity", () => {
    expect(
      classifyHeaderRow(["Vad ska kommuniceras", "Till vem", "När", "Hur", "Ansvarig"]),
    ).toEqual({
      kind: "activity",
      columns: ["activity", "targetGroups", "when", "channel", "responsible"],
    });
  });

  it("leaves extra columns null and copes with missing ones", () => {
    expect(
      classifyHeaderRow(["Vecka", "Kommunikationsinsats", "Budskap", "Kanal", "Kostnad"]),
    ).toEqual({
      kind: "activity",
      columns: ["when", "activity", null, "channel", null],
    });
    expect(classifyHeaderRow(["Åtgärd", "Ansvarig", "Status"])).toEqual({
      kind: "risk",
      columns: ["measure", "owner", "status"],
    });
  });

  it("reads misspelt and hyphenated headers", () => {
    expect(
      classifyHeaderRow(["Datum", "Kommunikationsinstas", "Syfte/mål", "Målgupp", "Ansvarg"]),
    ).toEqual({ kind: "activity", columns: ACTIVITY_COLUMNS });
    expect(classifyHeaderRow(["Risk", "Risk-\nnivå", "Åtgärd", "Status"]).kind).toBe("risk");
  });

  it("keeps the first of two columns naming the same field", () => {
    const { columns } = classifyHeaderRow(["Datum", "Aktivitet", "Målgrupp", "Målgrupp"]);
    expect(columns).toEqual(["when", "activity", "targetGroups", null]);
  });

  it("prefers risk when a header names a risk or its level", () => {
    expect(classifyHeaderRow(["Risk", "Insats", "Ansvarig", "Datum", "Status"]).kind).toBe("risk");
  });

  it.each([
    [["Post", "Budget 2025", "Utfall"]],
    [
      [
        "Äldre direkt",
        "Förskola (kunder = förvaltningar)",
        "Förskoleklass/ skolbarnomsorg (kunder)",
        "Tekniska verksamheter",
      ],
    ],
    [["Sjukfrånvaro", "R12 2023–12", "R12 2022–12", "Skillnad"]],
    [["Kanal", "Beskrivning"]],
    [["Arbetsskador och tillbud", "Föregående år"]],
    [["Arbetet med arbetsskador och tillbud", "Ja/Nej"]],
    [["Aktivitet", "Datum"]],
    [["Risk", "Beskrivning"]],
    [[]],
  ])("%j is neither an activity nor a risk table", (cells) => {
    expect(classifyHeaderRow(cells)).toEqual({ kind: null, columns: cells.map(() => null) });
  });

  it("does not take a data row of an activity table for a header", () => {
    const row = [
      "Våren 2025",
      "Ta fram filmer utifrån olika yrkesroller",
      "Stärka arbetsgivarvarumärket, attrahera nya medarbetare",
      "Alla medarbetare",
      "Kommunikatör (CW, LP)",
    ];
    expect(classifyHeaderRow(row).kind).toBeNull();
  });
});
