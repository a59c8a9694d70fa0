// The Swedish parsers on wordings other administrations use (issue 4): more date forms, key-figure
// column periods, header synonyms and ambiguity, risk levels, units and the status vocabulary.
import { describe, expect, it } from "vitest";
import { parseFigurePeriod, parsePeriod } from "../../../src/parse/swedish/dates.js";
import {
  ACTIVITY_HEADER_SYNONYMS,
  classifyHeaderRow,
  isWeekHeader,
  matchHeader,
  normaliseHeader,
  RISK_HEADER_SYNONYMS,
} from "../../../src/parse/swedish/headers.js";
import {
  parseRiskLevel,
  parseSwedishNumber,
  unitInLabel,
} from "../../../src/parse/swedish/numbers.js";
import {
  isClosedState,
  isOpenState,
  STATUS_VOCABULARY,
  statusState,
} from "../../../src/parse/swedish/statuses.js";

describe("parsePeriod: more forms", () => {
  it.each([
    ["Löpande under våren", 2025, "2025-01-01", "2025-06-30"],
    ["Löpande från mars", 2025, "2025-03-01", "2025-12-31"],
    ["Start v. 12, sedan löpande", 2025, "2025-03-17", "2025-12-31"],
    ["Q2 2026 och löpande", null, "2026-04-01", "2026-12-31"],
    ["Löpande 2026", 2025, "2026-01-01", "2026-12-31"],
    ["T2 2024", null, "2024-05-01", "2024-08-31"],
    ["T1", 2025, "2025-01-01", "2025-04-30"],
    ["Feb/mars", 2025, "2025-02-01", "2025-03-31"],
    ["Maj–juni 2026", null, "2026-05-01", "2026-06-30"],
    ["Under våren", 2025, "2025-01-01", "2025-06-30"],
    ["Mitten av maj 2023", null, "2023-05-01", "2023-05-31"],
    ["v. 8 och v. 14", 2023, "2023-02-20", "2023-04-09"],
    ["13–14 oktober", 2026, "2026-10-13", "2026-10-14"],
    ["1 juni – 31 augusti", 2024, "2024-06-01", "2024-08-31"],
  ])("%j (plan year %s) → %s..%s", (text, year, start, end) => {
    expect(parsePeriod(text, year)).toMatchObject({ start, end });
  });
});

describe("parseFigurePeriod", () => {
  it.each([
    ["R12 2023–12", "2023-01-01", "2023-12-31"],
    ["R12 2024-06", "2023-07-01", "2024-06-30"],
    ["R12 dec 2023", "2023-01-01", "2023-12-31"],
    ["Rullande 12 mån 2024-03", "2023-04-01", "2024-03-31"],
    ["2023", "2023-01-01", "2023-12-31"],
    ["Jan–dec 2023", "2023-01-01", "2023-12-31"],
    ["Jan–jun 2024", "2024-01-01", "2024-06-30"],
    ["2023-12-31", "2023-12-31", "2023-12-31"],
    ["T2 2024", "2024-05-01", "2024-08-31"],
    ["Helår 2023", "2023-01-01", "2023-12-31"],
  ])("%j → %s..%s", (header, start, end) => {
    expect(parseFigurePeriod(header)).toEqual({ start, end });
  });

  it.each(["Skillnad", "Förändring", "Föregående år", "Kvinnor", "Mål 2024", ""])(
    "%j → null",
    (header) => {
      expect(parseFigurePeriod(header)).toBeNull();
    },
  );
});

describe("header synonyms of other administrations", () => {
  it.each([
    ["Tidpunkt", "activity", "when"],
    ["Vecka nr", "activity", "when"],
    ["Start", "activity", "when"],
    ["Slut", "activity", "whenEnd"],
    ["Till och med", "activity", "whenEnd"],
    ["Vad ska göras?", "activity", "activity"],
    ["Aktivitet/insats", "activity", "activity"],
    ["Varför", "activity", "purpose"],
    ["Vem vill vi nå?", "activity", "targetGroups"],
    ["Målgrupp/mottagare", "activity", "targetGroups"],
    ["Vem ansvarar", "activity", "responsible"],
    ["Kontaktperson", "activity", "responsible"],
    ["Kanal/metod", "activity", "channel"],
    ["Riskområde", "risk", "risk"],
    ["Riskvärde", "risk", "level"],
    ["Vidtagna åtgärder", "risk", "measure"],
    ["Åtgärdsansvarig", "risk", "owner"],
    ["Klart när", "risk", "endDate"],
    ["Förväntat resultat", "risk", "desiredEffect"],
  ] as const)("%j (%s) → %s", (text, kind, field) => {
    expect(matchHeader(text, kind)?.field).toBe(field);
  });

  it("reads headers qualified by a date, and the parts of a combined header", () => {
    expect(matchHeader("Status 2024-12-31", "risk")?.field).toBe("status");
    expect(matchHeader("Status per 31 december 2024", "risk")?.field).toBe("status");
    expect(matchHeader("Ansvarig/kontaktperson", "activity")?.field).toBe("responsible");
    expect(matchHeader("Målgrupp & kanal", "activity")?.field).toBe("targetGroups");
  });

  it("names each field in one place only", () => {
    for (const synonyms of [ACTIVITY_HEADER_SYNONYMS, RISK_HEADER_SYNONYMS]) {
      const seen = new Map<string, string>();
      for (const [field, words] of Object.entries(synonyms)) {
        for (const w of words) {
          const n = normaliseHeader(w);
          expect(seen.get(n) ?? field, `${w} in ${field} and ${seen.get(n)}`).toBe(field);
          seen.set(n, field);
        }
      }
    }
  });

  it("reads Vem by what the other columns leave", () => {
    expect(classifyHeaderRow(["När", "Vad", "Vem", "Kanal"]).columns).toEqual([
      "when",
      "activity",
      "responsible",
      "channel",
    ]);
    expect(classifyHeaderRow(["Vem", "Vad", "När", "Ansvarig"]).columns).toEqual([
      "targetGroups",
      "activity",
      "when",
      "responsible",
    ]);
  });

  it("reads Start and Slut columns", () => {
    expect(classifyHeaderRow(["Aktivitet", "Start", "Slut", "Målgrupp", "Ansvarig"])).toEqual({
      kind: "activity",
      columns: ["activity", "when", "whenEnd", "targetGroups", "responsible"],
    });
  });

  it("does not take a list of channels for an activity table", () => {
    expect(classifyHeaderRow(["Kanal", "Vad", "Målgrupp", "Ansvarig"]).kind).toBeNull();
    expect(classifyHeaderRow(["Kanal", "Aktivitet", "När", "Ansvarig"]).kind).toBe("activity");
  });

  it("decides a table that reads both ways by what only one kind has", () => {
    expect(classifyHeaderRow(["Insats", "Ansvarig", "Datum", "Status"]).kind).toBe("risk");
    expect(classifyHeaderRow(["Insats", "Målgrupp", "Datum", "Ansvarig"]).kind).toBe("activity");
  });

  it.each([
    ["Vecka", true],
    ["V", true],
    ["Vecka nr", true],
    ["Veckor (2025)", true],
    ["Datum/vecka", true],
    ["Tid (v.)", true],
    ["Vad", false],
    ["Datum", false],
    ["Tidpunkt", false],
  ])("%j is a week header: %s", (text, expected) => {
    expect(isWeekHeader(text)).toBe(expected);
  });
});

describe("parseRiskLevel", () => {
  it.each([
    ["12", 12],
    ["16 (hög)", 16],
    ["Hög (16)", 16],
    ["3 x 4 = 12", 12],
    ["3 × 4", 12],
    ["S3 × K4", 12],
    ["9 – medel", 9],
    ["Hög", null],
    ["", null],
    ["Risken bedöms som hög eftersom 3 av 4 enheter saknar rutiner", null],
  ])("%j → %s", (text, level) => {
    expect(parseRiskLevel(text)).toBe(level);
  });
});

describe("units", () => {
  it.each([
    ["−0,3 %-enheter", -0.3, "%-enheter"],
    ["4,2*", 4.2, null],
    ["12¹", 12, null],
  ])("%j → %s %s", (raw, value, unit) => {
    expect(parseSwedishNumber(raw)).toEqual({ value, unit });
  });

  it.each([
    ["Sjukfrånvaro (%)", "%"],
    ["Sjukfrånvaro totalt, %", "%"],
    ["Övertid, timmar", "timmar"],
    ["Kostnad i tkr", "tkr"],
    ["Sjukfrånvaro i procent av ordinarie arbetstid", "%"],
    ["Frånvaro, antal dagar", "dagar"],
    ["Antal anställda", null],
    ["Anställda i år", null],
    ["Index", null],
  ])("%j states the unit %s", (label, unit) => {
    expect(unitInLabel(label)).toBe(unit);
  });
});

describe("statusState", () => {
  it.each([
    ["Avslutad", "done"],
    ["Klar", "done"],
    ["Genomförd", "done"],
    ["Slutförd 2024-03-31", "done"],
    ["Avklarad", "done"],
    ["Kvarstår", "ongoing"],
    ["Delvis genomförd", "partly-done"],
    ["Pågående", "ongoing"],
    ["Pågår enligt plan", "ongoing"],
    ["Påbörjad", "ongoing"],
    ["Ej påbörjad", "not-started"],
    ["Ej startad", "not-started"],
    ["Inte påbörjad", "not-started"],
    ["Försenad", "delayed"],
    ["Pågår men är försenad", "delayed"],
    ["Stryks", "cancelled"],
    ["Åtgärden utgår", "cancelled"],
    ["", null],
    ["Se kommentar", null],
  ] as const)("%j → %s", (text, state) => {
    expect(statusState(text)).toBe(state);
  });

  it("tells closed from open states", () => {
    expect(isClosedState("done")).toBe(true);
    expect(isClosedState("cancelled")).toBe(true);
    expect(isOpenState("ongoing")).toBe(true);
    expect(isOpenState("delayed")).toBe(true);
    expect(isOpenState("done")).toBe(false);
    expect(STATUS_VOCABULARY.length).toBeGreaterThan(4);
  });
});
