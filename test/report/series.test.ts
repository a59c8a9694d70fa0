import { describe, expect, it } from "vitest";
import { buildSeries, canonicalRecords, quartersBetween } from "../../src/report/series.js";
import { sampleRecords } from "./sample-records.js";

describe("buildSeries", () => {
  it("groups documents by organisation and type, renditions apart", () => {
    const series = buildSeries(sampleRecords().documents);
    expect(
      series.map((s) => [s.organisation, s.type, s.years, s.documents.length, s.renditions.length]),
    ).toEqual([
      ["Kommunstyrelsens förvaltning", "arbetsmiljorapport", [2023, 2024], 2, 0],
      ["Vård- och omsorgsförvaltningen", "kommunikationsplan", [2024], 1, 1],
    ]);
  });

  it("names the years missing between the first and the latest", () => {
    const docs = sampleRecords().documents;
    const prev = docs.find((d) => d.year === 2023 && d.type === "arbetsmiljorapport")!;
    prev.year = 2021;
    expect(buildSeries(docs)[0]?.missingYears).toEqual([2022, 2023]);
  });
});

describe("canonicalRecords", () => {
  it("drops the records of renditions", () => {
    const records = sampleRecords();
    const r = canonicalRecords(records);
    expect(r.documents).toHaveLength(records.documents.length - 1);
    expect(r.activities.map((a) => a.id)).toEqual(["act-2", "act-1", "act-3"]);
  });
});

describe("quartersBetween", () => {
  it("lists the calendar quarters an activity runs in", () => {
    expect(quartersBetween("2025-01-01", "2025-06-30")).toEqual([
      { year: 2025, quarter: 1 },
      { year: 2025, quarter: 2 },
    ]);
    expect(
      quartersBetween("2024-11-01", "2025-02-28").map((q) => `${q.year}-${q.quarter}`),
    ).toEqual(["2024-4", "2025-1"]);
    expect(quartersBetween("2025-05-01", null)).toEqual([{ year: 2025, quarter: 2 }]);
    expect(quartersBetween("2017-01-01", "2022-12-31")).toHaveLength(8);
    expect(quartersBetween("2025-05-01", "2024-01-01")).toEqual([{ year: 2025, quarter: 2 }]);
  });
});
