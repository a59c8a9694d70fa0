import { describe, expect, it } from "vitest";
import { periodOf, pivotKeyFigures } from "../../src/report/key-figures.js";
import { RENDITION_ID, sampleRecords } from "./sample-records.js";

describe("periodOf", () => {
  it("reads rolling twelve months, years and relative years", () => {
    expect(periodOf("R12 2023–12", 2024)).toEqual({ label: "R12 2023–12", sortKey: 202312 });
    expect(periodOf("R12  2023-06", 2024)).toEqual({ label: "R12 2023–06", sortKey: 202306 });
    expect(periodOf("2022", null)).toEqual({ label: "2022", sortKey: 202212 });
    expect(periodOf("Föregående år", 2023)).toEqual({ label: "2022", sortKey: 202212 });
    expect(periodOf("Innevarande år", 2023)).toEqual({ label: "2023", sortKey: 202312 });
    expect(periodOf("2017–2022", null)?.sortKey).toBe(202212);
  });

  it("names no period for differences, plain headers, or a relative year without a document year", () => {
    expect(periodOf("Skillnad", 2024)).toBeNull();
    expect(periodOf("Förändring 2022–2023", 2024)).toBeNull();
    expect(periodOf("Timmar", 2024)).toBeNull();
    expect(periodOf("Föregående år", null)).toBeNull();
  });
});

describe("pivotKeyFigures", () => {
  it("puts each period in its own column, in time order", () => {
    const pivot = pivotKeyFigures(sampleRecords());
    expect(pivot.periods.map((p) => p.label)).toEqual([
      "R12 2021–12",
      "2022",
      "R12 2022–12",
      "R12 2023–12",
    ]);
    const [sick, injuries] = pivot.rows;
    expect(sick?.row).toBe("Total sjukfrånvaro");
    expect(sick?.unit).toBe("%");
    expect([...sick!.values.entries()].map(([p, v]) => [p, v.statistic.value])).toEqual([
      ["R12 2023–12", 4.2],
      ["R12 2022–12", 4.5],
      ["R12 2021–12", 3.9],
    ]);
    expect(sick?.conflicts.map((c) => [c.period, c.values.map((v) => v.statistic.raw)])).toEqual([
      ["R12 2022–12", ["4,5", "4,4"]],
    ]);
    expect(injuries?.values.get("2022")?.statistic.value).toBe(5);
  });

  it("counts a rendition once and ignores failed files", () => {
    const records = sampleRecords();
    records.statistics.push({
      ...records.statistics[0]!,
      id: "s-r",
      documentId: RENDITION_ID,
      table: "Annat",
    });
    expect(pivotKeyFigures(records).rows.some((r) => r.table === "Annat")).toBe(false);
    records.documents = records.documents.map((d) => ({ ...d, status: "failed" as const }));
    expect(pivotKeyFigures(records).rows).toEqual([]);
  });
});
