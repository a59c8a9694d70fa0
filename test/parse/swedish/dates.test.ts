import { describe, expect, it } from "vitest";
import { parseIsoOrSwedishDate, parsePeriod } from "../../../src/parse/swedish/dates.js";
import { loadTruthFiles } from "./truth.js";

const truths = loadTruthFiles();

describe("parsePeriod on every activity of the samples' truth", () => {
  // The samples count these timing cells as "no time" (activity-missing-field).
  const missingTime = new Set(["", "Ej tidssatt", "Våren 2025 datum ej satt"]);
  const cases = truths.flatMap((t) =>
    t.activities.map((a) => ({ file: t.file, year: t.documents[0]?.year ?? null, ...a })),
  );

  it("has activities to check", () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  it.each(cases)("$file: $when", ({ when, year, start, end }) => {
    const p = parsePeriod(when, year);
    expect({ start: p.start, end: p.end }).toEqual({ start, end });
    expect(p.undated).toBe(missingTime.has(when));
  });

  it("reads every measure end date of the truth", () => {
    const endDates = truths.flatMap((t) =>
      t.risks.flatMap((r) => r.measures.map((m) => m.endDate)),
    );
    expect(endDates.length).toBeGreaterThan(10);
    for (const d of endDates) if (d) expect(parseIsoOrSwedishDate(d)).toBe(d);
  });
});

describe("parsePeriod forms", () => {
  const forms: [string, number | null, string | null, string | null, boolean][] = [
    // half-years as business plans write them; recurring; from a date on
    ["H1 2025", null, "2025-01-01", "2025-06-30", false],
    ["H2", 2025, "2025-07-01", "2025-12-31", false],
    ["Varannan månad", 2025, "2025-01-01", "2025-12-31", false],
    ["Varje kvartal", 2025, "2025-01-01", "2025-12-31", false],
    ["Från 1 april", 2025, "2025-04-01", "2025-12-31", false],
    ["Fr.o.m. v. 12", 2025, "2025-03-17", "2025-12-31", false],
    // seasons
    ["Våren 2025", null, "2025-01-01", "2025-06-30", false],
    ["Hösten 2025", null, "2025-07-01", "2025-12-31", false],
    ["våren", 2026, "2026-01-01", "2026-06-30", false],
    ["Sommaren 2025", null, "2025-06-01", "2025-08-31", false],
    ["Sommaren", 2024, "2024-06-01", "2024-08-31", false],
    ["Vintern 2025", null, "2025-01-01", "2025-02-28", false],
    ["Vintern", 2024, "2024-01-01", "2024-02-29", false],
    ["VT 2026", null, "2026-01-01", "2026-06-30", false],
    ["ht25", null, "2025-07-01", "2025-12-31", false],
    ["Våren 2025 datum ej satt", null, "2025-01-01", "2025-06-30", true],
    ["Våren 2025 (datum ej satt)", null, "2025-01-01", "2025-06-30", true],
    ["Hösten, datum ej satt", 2025, "2025-07-01", "2025-12-31", true],
    // days
    ["13 mars", 2025, "2025-03-13", "2025-03-13", false],
    ["13 mars 2026", 2025, "2026-03-13", "2026-03-13", false],
    ["den 8:e maj", 2025, "2025-05-08", "2025-05-08", false],
    ["26 februari 4 april", 2025, "2025-02-26", "2025-04-04", false],
    ["26 februari – 4 april 2026", null, "2026-02-26", "2026-04-04", false],
    ["26–28 februari", 2025, "2025-02-26", "2025-02-28", false],
    ["15 december 2025 – 15 januari", null, "2025-12-15", "2026-01-15", false],
    ["13, 20 och 27 mars", 2025, "2025-03-13", "2025-03-27", false],
    // months
    ["Början i mars 2025", null, "2025-03-01", "2025-03-31", false],
    ["Början av mars", 2025, "2025-03-01", "2025-03-31", false],
    ["Mitten av maj", 2024, "2024-05-01", "2024-05-31", false],
    ["Slutet av februari 2024", null, "2024-02-01", "2024-02-29", false],
    ["mars", 2025, "2025-03-01", "2025-03-31", false],
    ["Januari 2024", null, "2024-01-01", "2024-01-31", false],
    ["April 2024", null, "2024-04-01", "2024-04-30", false],
    ["sept. 2025", null, "2025-09-01", "2025-09-30", false],
    ["januari–mars 2026", null, "2026-01-01", "2026-03-31", false],
    ["januari-mars 2026", null, "2026-01-01", "2026-03-31", false],
    ["januari till mars", 2026, "2026-01-01", "2026-03-31", false],
    ["december–februari 2026", null, "2025-12-01", "2026-02-28", false],
    // quarters, tertials, half-years
    ["Q2 2026", null, "2026-04-01", "2026-06-30", false],
    ["Kvartal 2 2026", null, "2026-04-01", "2026-06-30", false],
    ["kv. 2", 2026, "2026-04-01", "2026-06-30", false],
    ["Q4", 2025, "2025-10-01", "2025-12-31", false],
    ["Q1–Q2 2026", null, "2026-01-01", "2026-06-30", false],
    ["andra kvartalet 2025", null, "2025-04-01", "2025-06-30", false],
    ["Tertial 2", 2025, "2025-05-01", "2025-08-31", false],
    ["första halvåret", 2025, "2025-01-01", "2025-06-30", false],
    // ISO weeks
    ["v. 12", 2026, "2026-03-16", "2026-03-22", false],
    ["v 12", 2026, "2026-03-16", "2026-03-22", false],
    ["v12", 2026, "2026-03-16", "2026-03-22", false],
    ["Vecka 11", 2024, "2024-03-11", "2024-03-17", false],
    ["Vecka 34–36", 2026, "2026-08-17", "2026-09-06", false],
    ["v. 34-36", 2026, "2026-08-17", "2026-09-06", false],
    ["v. 34 - v. 36", 2026, "2026-08-17", "2026-09-06", false],
    ["v. 11, 13 och 15", 2025, "2025-03-10", "2025-04-13", false],
    ["Vecka 1 2026", 2025, "2025-12-29", "2026-01-04", false],
    ["v. 52–2", 2025, "2025-12-22", "2026-01-11", false],
    ["v. 53", 2026, "2026-12-28", "2027-01-03", false],
    // numeric dates
    ["2026-03-13", null, "2026-03-13", "2026-03-13", false],
    ["2026-03-13 – 2026-04-01", 2026, "2026-03-13", "2026-04-01", false],
    ["13/3", 2025, "2025-03-13", "2025-03-13", false],
    ["13/3 2025", null, "2025-03-13", "2025-03-13", false],
    ["13/3–20/3", 2025, "2025-03-13", "2025-03-20", false],
    ["2025-03", null, "2025-03-01", "2025-03-31", false],
    // the whole year
    ["Löpande", 2024, "2024-01-01", "2024-12-31", false],
    ["löpande under året", 2025, "2025-01-01", "2025-12-31", false],
    ["Hela året", 2025, "2025-01-01", "2025-12-31", false],
    ["Under året", 2025, "2025-01-01", "2025-12-31", false],
    ["Kontinuerligt", 2025, "2025-01-01", "2025-12-31", false],
    ["Återkommande", 2025, "2025-01-01", "2025-12-31", false],
    ["Löpande 2026", 2025, "2026-01-01", "2026-12-31", false],
    ["2025", null, "2025-01-01", "2025-12-31", false],
    ["Under 2025", null, "2025-01-01", "2025-12-31", false],
    ["2023–2026", null, "2023-01-01", "2026-12-31", false],
    // not set
    ["Ej tidssatt", 2025, null, null, true],
    ["datum ej satt", 2025, null, null, true],
    ["Ej fastställt", 2025, null, null, true],
    ["Ej bestämt", 2025, null, null, true],
    ["Inget datum", 2025, null, null, true],
    ["", 2025, null, null, true],
    ["   ", 2025, null, null, true],
    ["Efter behov och resurser", 2025, null, null, true],
    ["31 februari 2025", null, null, null, true],
    // no year to be had: a time is given, so it is not "undated"
    ["mars", null, null, null, false],
    ["Våren", null, null, null, false],
    ["Löpande", null, null, null, false],
  ];

  it.each(forms)("%j (plan year %s)", (text, planYear, start, end, undated) => {
    expect(parsePeriod(text, planYear)).toEqual({ start, end, undated });
  });

  it("is case-insensitive and tolerant of punctuation, soft hyphens and odd spaces", () => {
    const expected = { start: "2025-01-01", end: "2025-06-30", undated: false };
    expect(parsePeriod("VÅREN 2025", null)).toEqual(expected);
    expect(parsePeriod("Våren\u00a02025.", null)).toEqual(expected);
    expect(parsePeriod(" Vå\u00adren  2025 ", null)).toEqual(expected);
    expect(parsePeriod("Vecka\u202f34\u221236", 2026)).toMatchObject({ start: "2026-08-17" });
  });

  it("does not read 'vår' (our) or 'jul' (Christmas) as a season or month", () => {
    expect(parsePeriod("Vår personal", 2025).start).toBeNull();
    expect(parsePeriod("Inför jul", 2025).start).toBeNull();
  });
});

describe("parseIsoOrSwedishDate", () => {
  it.each([
    ["2024-03-31", "2024-03-31"],
    ["31 mars 2024", "2024-03-31"],
    ["31/3 2024", "2024-03-31"],
    ["31.3.2024", "2024-03-31"],
    ["Klart 2024-03-31", "2024-03-31"],
    ["2024-03", "2024-03-31"],
    ["mars 2024", "2024-03-31"],
    ["Q1 2024", "2024-03-31"],
  ])("%j → %s", (text, expected) => {
    expect(parseIsoOrSwedishDate(text)).toBe(expected);
  });

  it("gives the first day of a coarse period on request", () => {
    expect(parseIsoOrSwedishDate("2024-03", "start")).toBe("2024-03-01");
  });

  it.each(["Avslutad", "", "31 mars", "Pågår", "2024-02-30"])("%j → null", (text) => {
    expect(parseIsoOrSwedishDate(text)).toBeNull();
  });
});
